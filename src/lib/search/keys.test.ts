import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize';
import { searchStem, planQuery, indexKeys, arabicKey, actorKey, EMPTY_CONTEXT } from './keys';
import { buildContextJson, contextFromJson } from './context';
import type { Actor } from '../types';

const actors: Actor[] = [
  { id: 'donald-trump', type: 'person', name: 'دونالد ترامب', en: 'Donald Trump', aliases: ['ترمب', 'دونالد ترمب'], short: ['ترامب'] },
  { id: 'volodymyr-zelensky', type: 'person', name: 'فولوديمير زيلينسكي', en: 'Zelensky', aliases: ['زيلنسكي', 'فلاديمير زيلينسكي'] },
  { id: 'nato', type: 'organization', name: 'حلف شمال الأطلسي', en: 'NATO', aliases: ['الناتو', 'حلف الناتو', 'حلف شمال الأطلنطي'] },
  { id: 'vladimir-putin', type: 'person', name: 'فلاديمير بوتين', en: 'Putin', aliases: [], short: ['بوتين'] },
];
const ctx = contextFromJson(buildContextJson(actors));
const stem = (w: string) => searchStem(normalizeArabic(w), ctx.known);
const one = (q: string) => planQuery(q, ctx).search;
const doc = (t: string) => new Set(indexKeys(t, ctx));
/** Does a query (all terms exact, as for a submitted query) match a text? */
const matches = (q: string, t: string) => planQuery(q, ctx).exact.every((k) => doc(t).has(k));

describe('searchStem', () => {
  it('strips clitics the same way whatever is stacked', () => {
    for (const w of ['السلام', 'والسلام', 'بالسلام', 'للسلام', 'فالسلام', 'سلام', 'وسلام']) expect(stem(w)).toBe('سلام');
    expect(stem('بأوكرانيا')).toBe(stem('أوكرانيا'));
    expect(stem('وأوكرانيا')).toBe(stem('اوكرانيا'));
    expect(stem('لزيلينسكي')).toBe('زيلينسكي');
    expect(stem('للافروف')).toBe(stem('لافروف'));
  });
  it('is confluent: stem(clitic + w) === stem(w) for any word of 3+ letters', () => {
    const words = ['وزير', 'بايدن', 'كييف', 'فرنسا', 'مفاوضات', 'لبنان', 'الوزير', 'بوتين', 'ولد', 'قال'];
    for (const w of words) for (const c of ['و', 'ف', 'ب', 'ل', 'ك']) expect(searchStem(c + normalizeArabic(w))).toBe(searchStem(normalizeArabic(w)));
  });
  it('keeps known names whole and never strips below three letters', () => {
    expect(stem('بوتين')).toBe('بوتين');
    expect(searchStem(normalizeArabic('بوتين'), EMPTY_CONTEXT.known)).toBe('تين');
    expect(stem('الله')).toBe('الله');
    expect(stem('ولد')).toBe('ولد');
  });
});

describe('planQuery and indexKeys', () => {
  it('folds ى/ي, ة/ه and hamza seats both ways', () => {
    expect(matches('مصطفي', 'مصطفى')).toBe(true);
    expect(matches('مصطفى', 'مصطفي')).toBe(true);
    expect(matches('الروسيه', 'الروسية')).toBe(true);
    expect(matches('الروسية', 'الروسيه')).toBe(true);
    expect(matches('مسئول', 'مسؤول')).toBe(true);
  });
  it('matches definite and indefinite forms and clitics on either side', () => {
    expect(matches('ضمانات', 'والضمانات الأمنية')).toBe(true);
    expect(matches('الضمانات', 'بضمانات')).toBe(true);
    expect(matches('مفاوضات', 'المفاوضات')).toBe(true);
    expect(matches('وبوتين', 'قال بوتين')).toBe(true);
    expect(matches('لترامب', 'قال ترمب')).toBe(true);
  });
  it('does not over-stem: الزيتون is not زيت', () => {
    expect(matches('الزيتون', 'زيت الطعام')).toBe(false);
    expect(matches('زيت', 'الزيتون')).toBe(false);
  });
  it('maps every alias of an actor to one actor key', () => {
    expect(one('ترمب')).toBe(actorKey('donald-trump'));
    expect(one('زيلنسكي')).toBe(one('زيلينسكي'));
    expect(one('الناتو')).toBe(one('حلف شمال الأطلسي'));
    expect(matches('الناتو', 'اجتمع حلف شمال الأطلنطي')).toBe(true);
    expect(matches('حلف شمال الأطلسي', 'وزراء خارجية الناتو')).toBe(true);
  });
  it('finds an actor by the English name a reader may type, full or family name alone', () => {
    expect(one('Putin')).toBe(actorKey('vladimir-putin'));
    expect(one('donald trump')).toBe(actorKey('donald-trump'));
    expect(one('Trump')).toBe(actorKey('donald-trump'));
    expect(one('NATO')).toBe(one('الناتو'));
    expect(matches('Zelensky', 'التقى الرئيس الأوكراني فولوديمير زيلينسكي')).toBe(true);
    expect(matches('Putin', 'قال بوتين إن')).toBe(true);
  });
  it('leaves the last word open while typing', () => {
    const plan = planQuery('وقف زيلين', ctx, { prefixLast: true });
    expect(plan.exact).toEqual([arabicKey('وقف')]);
    expect(plan.prefix).toBe(arabicKey('زيلين', true));
    expect(doc('زيلينسكي')).toContain(arabicKey('زيلينسكي'));
  });
  it('indexes Latin words and numbers as themselves, ASCII-folded', () => {
    expect(indexKeys('قالت Hürriyet عام ٢٠٢٤', ctx)).toEqual([arabicKey('قالت'), 'hurriyet', arabicKey('عام'), '2024']);
  });
});
