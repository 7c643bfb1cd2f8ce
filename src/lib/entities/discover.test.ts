import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildActorMatcher } from './matcher';
import { discoverPeople, discoveredActors } from './discover';
import { looksLikeCommonNoun, looksLikeVerb, looksLikePrepositionPhrase, looksLikeAdverb, commonWordShape } from './word-shapes';
import { compileLexicon } from './discovery-lexicon';
import { loadDiscoveryLexicon } from '../data/load';
import { DiscoveryLexiconSchema } from '../data/schemas';
import { evaluateDiscovery, type DiscoveryCase } from './discovery-eval';
import { seedActors, seedArticles } from './__fixtures__/seeds';

const fixture = (name: string): DiscoveryCase[] =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/discovery/${name}`, import.meta.url)), 'utf8')).cases;

const lexicon = compileLexicon(loadDiscoveryLexicon());
const matcher = buildActorMatcher(seedActors);
const names = (text: string, m = matcher) => discoverPeople([text], m, lexicon).map((c) => [c.name, c.strong]);

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
    const [c] = discoverPeople(['أعرب وزير الدفاع الإيطالي، غويدو كروسيتو، عن استعداده.', 'وقال كروسيتو إن السلام ممكن.'], matcher, lexicon);
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

describe('common words after reporting verbs and roles are not people', () => {
  it('preposition-prefixed nouns, verbal nouns, broken plurals, adverbs, verbs, tatweel, -iyya', () => {
    expect(names('وقال بشكل واضح إن بلاده لن تقبل. وأضاف بشكل صريح أن الحوار ممكن.')).toEqual([]);
    expect(names('أفادت وسائل إعلام روسية بأن الدفاعات تصدت، فيما أفادت وسائل إعلام أوكرانية بانفجارات.').filter(([, s]) => s)).toEqual([]);
    expect(names('إن الأمين العام لحلف شمال الأطلسي يحتاج إلى دعم، وإن المتحدث باسم الحلف يستعد للإعلان.')).toEqual([]);
    expect(names('وشدد رئيس الوزراء البريطاني بشكل عاجل على ضرورة ذلك، ودعا وزير الدفاع الألماني مجددا إلى التعزيز.')).toEqual([]);
    expect(names('وأعلن رسميا عن تشكيل لجنة، وأكد رسمياً أن اللجنة ستبدأ، وحذر بلهجة حادة من التصعيد.')).toEqual([]);
    expect(names('وقال المتحدث باسم مجموعة الـ 7 إن الدعم مستمر.')).toEqual([]);
  });
  it('a name after a role keeps going up to the adverb; hamza-alef names are not definite', () => {
    expect(names('وقال المبعوث الأمريكي الخاص ستيف ويتكوف بشكل واضح إن واشنطن تريد اتفاقا.')).toEqual([['ستيف ويتكوف', true]]);
    expect(names('وقال وزير الدفاع البيلاروسي ألكسندر فولفوفيتش إن التدريبات ستستمر.')).toEqual([['ألكسندر فولفوفيتش', true]]);
  });
  it('a verb-only name needs corroboration (first-name list or foreign family-name ending) to be strong', () => {
    expect(names('وقال ماكوفسكي إن المحادثات تتقدم. وأضاف ماكوفسكي أن الطرفين اتفقا.')).toEqual([['ماكوفسكي', true]]);
    expect(names('وقالت يوليا سفيريدينكو إن الخطة جاهزة. وأضافت سفيريدينكو أن المانحين سيجتمعون.')).toEqual([['يوليا سفيريدينكو', true]]);
    expect(names('وقال رامل إن المحادثات تتقدم. وأضاف رامل أن الطرفين اتفقا.')).toEqual([['رامل', false]]);
  });
  it('shape predicates', () => {
    expect(looksLikeVerb('تحتاج')).toBe(true);
    expect(looksLikeVerb('يستعد')).toBe(true);
    expect(looksLikeVerb('ترامب')).toBe(false);
    expect(looksLikeVerb('توماس')).toBe(false);
    expect(looksLikePrepositionPhrase('بشكل', 'بشكل')).toBe(true);
    expect(looksLikePrepositionPhrase('بصورة', 'بصوره')).toBe(true);
    expect(looksLikePrepositionPhrase('بوتين', 'بوتين')).toBe(false);
    expect(looksLikePrepositionPhrase('لافروف', 'لافروف')).toBe(false);
    expect(looksLikeCommonNoun('وساءل')).toBe(true);
    expect(looksLikeCommonNoun('احترام')).toBe(true);
    expect(looksLikeAdverb('رسميا', 'رسميا')).toBe(true);
    expect(looksLikeAdverb('ماريا', 'ماريا')).toBe(false);
    expect(commonWordShape({ text: 'واحترام', norm: 'واحترام' }, 0)).toBe('noun');
    expect(commonWordShape({ text: 'فيتسو', norm: 'فيتسو' }, 0)).toBe(null);
  });
});

describe('discovery lexicon (content/discovery-stopwords.yaml)', () => {
  it('loads and validates', () => {
    const lex = lexicon;
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
    const strong = evaluateDiscovery(cases, matcher, lexicon, { strongOnly: true });
    const all = evaluateDiscovery(cases, matcher, lexicon);
    expect(strong.precision).toBeGreaterThanOrEqual(0.95);
    expect(strong.recall).toBeGreaterThanOrEqual(0.85);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
    // The common-word traps (trap-*) must produce no site actor at all.
    expect(strong.errors.filter((e) => e.id.startsWith('trap-') && e.falsePositives.length)).toEqual([]);
  });
  it('held-out paragraphs (scored once, not tuned on)', () => {
    const s = evaluateDiscovery(fixture('held-out.json'), matcher, lexicon, { strongOnly: true });
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
  });
  it('seed articles, with a dictionary of countries and organisations only', () => {
    const arts = seedArticles();
    const cases = fixture('seeds.json').map((c) => ({ ...c, text: arts[c.id].paragraphs }));
    const m = buildActorMatcher(seedActors.filter((a) => a.type !== 'person'));
    const s = evaluateDiscovery(cases, m, lexicon, { strongOnly: true });
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
  });
});
