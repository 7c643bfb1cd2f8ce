// Session 43 (issue 15, thirty-fifth pass, 15c): words that share contexts across the corpus (learntNeighbours.ts),
// the candidate measured by scripts/concept-reach.ts. Real stemming (stemWord); sentences written for the test.
import { describe, expect, it } from 'vitest';
import { DEFAULT_NEIGHBOUR_RULES, sentencesOf, WordContexts } from './learntNeighbours';
import { stemWord } from './stems';

const FUNCTION = new Set(['في', 'من', 'على', 'الى', 'عن', 'مع', 'بعد'].map((w) => stemWord(w)));
const page = (text: string) => sentencesOf(text, (w) => stemWord(w), (k) => FUNCTION.has(k));

// Two writers' words for one thing («نقص»، «شح») in the same frames, and a word of another sense beside them.
const corpus = [
  'نقص المياه في القرى الجبلية يقلق السكان',
  'شح المياه في القرى الجبلية يقلق السكان',
  'نقص الدواء في المستشفيات العمومية',
  'شح الدواء في المستشفيات العمومية',
  'نقص الوقود في المحطات منذ أسبوع',
  'شح الوقود في المحطات منذ أسبوع',
  'افتتاح معرض الكتاب في العاصمة بحضور الوزير',
  'افتتاح ملعب جديد في العاصمة بحضور الوزير',
  'افتتاح مسبح بلدي في العاصمة بحضور الوزير',
  'مباراة الفريق المحلي انتهت بالتعادل',
  'الفريق الضيف فاز في مباراة الأمس',
  'المدرب غاب عن مباراة الفريق',
];

const learn = (rules = {}) => {
  const wc = new WordContexts({ ...DEFAULT_NEIGHBOUR_RULES, maxShare: 1, ...rules });
  for (const t of corpus) wc.add(page(t));
  return wc;
};

describe('sentencesOf', () => {
  it('splits at clause marks and drops function words', () => {
    expect(page('نقص المياه في القرى، وشح الدواء.')).toEqual([[stemWord('نقص'), stemWord('المياه'), stemWord('القرى')], [stemWord('وشح'), stemWord('الدواء')]]);
  });
});

describe('second order: words whose contexts agree', () => {
  it('«شح» is the first substitute of «نقص» — it stands in the same frames, never beside it', () => {
    const wc = learn();
    expect(wc.substitutes(stemWord('نقص'), 3)[0]).toBe(stemWord('شح'));
    expect(wc.similarity(stemWord('نقص'), stemWord('شح'))).toBeGreaterThan(wc.similarity(stemWord('نقص'), stemWord('افتتاح')));
  });
  it('a word on fewer pages than minPages has no vector and no substitutes', () => {
    const wc = learn({ minPages: 4 });
    expect(wc.substitutes(stemWord('نقص'))).toEqual([]);
  });
  it('the mutual guard keeps a pair only when each is among the other\'s nearest', () => {
    const wc = learn({ mutual: true, perWord: 1 });
    expect(wc.substitutes(stemWord('نقص'))).toEqual([stemWord('شح')]);
    expect(wc.substitutes(stemWord('شح'))).toEqual([stemWord('نقص')]);
  });
});

describe('first order: words standing in one sentence more than chance', () => {
  it('«مباراة» is associated with «الفريق» (three pages), not with «المياه»', () => {
    const wc = learn();
    const near = wc.associates(stemWord('مباراة'));
    expect(near).toContain(stemWord('الفريق'));
    expect(near).not.toContain(stemWord('المياه'));
  });
  it('a pair seen on fewer pages than minPages is no association', () => {
    const wc = learn({ minPages: 4 });
    expect(wc.associates(stemWord('مباراة'))).toEqual([]);
  });
});
