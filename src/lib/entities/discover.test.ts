import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildActorMatcher } from './matcher';
import { discoverPeople, discoveredActors, looksLikeCommonNoun } from './discover';
import { compileLexicon, loadDiscoveryLexicon, DiscoveryLexiconSchema } from './discovery-lexicon';
import { evaluateDiscovery, type DiscoveryCase } from './discovery-eval';
import { seedActors, seedArticles } from './__fixtures__/seeds';

const fixture = (name: string): DiscoveryCase[] =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/discovery/${name}`, import.meta.url)), 'utf8')).cases;

const matcher = buildActorMatcher(seedActors);
const names = (text: string, m = matcher) => discoverPeople([text], undefined, m).map((c) => [c.name, c.strong]);

describe('discoverPeople patterns', () => {
  it('role + name, with or without a comma', () => {
    expect(names('قال وزير الخارجية التركي هاكان فيدان إن أنقرة مستعدة.')).toEqual([['هاكان فيدان', true]]);
    expect(names('أعرب وزير الدفاع الإيطالي، غويدو كروسيتو، عن استعداده.')).toEqual([['غويدو كروسيتو', true]]);
    expect(names('وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو منفتحة.')).toEqual([['دميتري بيسكوف', true]]);
  });
  it('reporting verb + name is weak alone, strong when repeated or followed by a role', () => {
    expect(names('وأكد رجب طيب أردوغان استعداد تركيا.')).toEqual([['رجب طيب أردوغان', false]]);
    expect(names('قال ستولتنبرغ إن الحلف لن يرسل قوات. وأضاف ستولتنبرغ أن الدعم مستمر.')).toEqual([['ستولتنبرغ', true]]);
    expect(names('وقالت كايا كالاس، مسؤولة السياسة الخارجية في الاتحاد الأوروبي، إن…')).toEqual([['كايا كالاس', true]]);
  });
  it('ignores titles without names, anonymous sources, agencies and dictionary people', () => {
    expect(names('وقال الرئيس الأمريكي إن إدارته تعمل على خطة.')).toEqual([]);
    expect(names('وقال مصدر دبلوماسي غربي لوكالة فرانس برس إن المفاوضات تعثرت.')).toEqual([]);
    expect(names('وذكرت وكالة رويترز أن اجتماعا سيعقد.')).toEqual([]);
    expect(names('وقال وزير الخارجية الروسي سيرغي لافروف إن…')).toEqual([]);
    expect(names('وزير الدفاع الأوكراني يجري بالفعل محادثات')).toEqual([]);
    expect(names('رفض الرئيس الأميركي، تقديم ضمانات في إطار الحلف')).toEqual([]);
  });
  it('merges later surname hits into the full name and gives an ASCII id and English label', () => {
    const [c] = discoverPeople(['أعرب وزير الدفاع الإيطالي، غويدو كروسيتو، عن استعداده.', 'وقال كروسيتو إن السلام ممكن.'], undefined, matcher);
    expect(c.occurrences).toBe(2);
    expect(c.aliases).toEqual(['كروسيتو']);
    expect(c.id).toMatch(/^discovered-[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(c.en).toMatch(/^[A-Za-z ]+$/);
    const [actor] = discoveredActors([c]);
    expect(actor).toMatchObject({ type: 'person', discovered: true, short: ['كروسيتو'], name: 'غويدو كروسيتو' });
  });
  it('shape rules keep verbal nouns and plurals out of names', () => {
    expect(looksLikeCommonNoun('تقديم')).toBe(true);
    expect(looksLikeCommonNoun('ارسال')).toBe(true);
    expect(looksLikeCommonNoun('ضمانات')).toBe(true);
    expect(looksLikeCommonNoun('اولاف')).toBe(false);
    expect(looksLikeCommonNoun('فيدان')).toBe(false);
  });
});

describe('discovery lexicon (content/discovery-stopwords.yaml)', () => {
  it('loads and validates', () => {
    const lex = loadDiscoveryLexicon();
    expect(lex.roleHeads.has('وزير')).toBe(true);
    expect(lex.reportingVerbs.has('قال')).toBe(true);
    expect(lex.stopwords.size).toBeGreaterThan(100);
  });
  it('rejects a malformed file with the field at fault', () => {
    expect(DiscoveryLexiconSchema.safeParse({ roleHeads: 'وزير' }).success).toBe(false);
    expect(compileLexicon(DiscoveryLexiconSchema.parse({ roleHeads: ['رئيس الوزراء'] })).roleWords.has('الوزراء')).toBe(true);
  });
});

// Thresholds set after measuring (docs/entities.md has the figures); they guard against regressions.
describe('discovery precision / recall', () => {
  it('annotated outlet paragraphs (tuning set)', () => {
    const cases = fixture('outlets.json');
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const strong = evaluateDiscovery(cases, matcher, { strongOnly: true });
    const all = evaluateDiscovery(cases, matcher);
    expect(strong.precision).toBeGreaterThanOrEqual(0.95);
    expect(strong.recall).toBeGreaterThanOrEqual(0.85);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
  });
  it('held-out paragraphs (scored once, not tuned on)', () => {
    const s = evaluateDiscovery(fixture('held-out.json'), matcher, { strongOnly: true });
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
  });
  it('seed articles, with a dictionary of countries and organisations only', () => {
    const arts = seedArticles();
    const cases = fixture('seeds.json').map((c) => ({ ...c, text: arts[c.id].paragraphs }));
    const m = buildActorMatcher(seedActors.filter((a) => a.type !== 'person'));
    const s = evaluateDiscovery(cases, m, { strongOnly: true });
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
  });
});
