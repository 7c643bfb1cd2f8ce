// Session 13 (issue 14, topics): an offer to host or receive the two sides' representatives is
// mediation though no talks word follows (the lead's probe: the Vatican offering to host Moscow's
// and Kyiv's representatives; o-dev od01); and the learnt reader neither reads nor shows function
// words (content/function-words.yaml). Texts written for this test in the shape of short wire
// items, none copied.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex, normalizeArabic } from '../arabic';
import { loadFunctionWords, loadTopicModel, loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';
import { compileTopicModel, functionWordTest, modelFeatures, readWithModel, type TopicModel } from './model';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const topics = loadTopics(`${root}content/topics.yaml`);
const forms = buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`));
const lexiconOnly = compileTopicLexicon(topics, forms);
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lexiconOnly).map((t) => t.id);

describe('an offer to host the two sides is mediation (the lexicon alone)', () => {
  it('hosting or receiving both sides\' representatives', () => {
    expect(ids('الفاتيكان يعرض استضافة ممثلي موسكو وكييف', 'قال أمين سر الفاتيكان إن الكرسي الرسولي مستعد لتقديم كل ما يلزم.')).toEqual(['mediation']);
    expect(ids('عرض فاتيكاني', 'أبدى الفاتيكان استعداده لاستقبال ممثلين عن موسكو وكييف على أراضيه.')).toEqual(['mediation']);
    expect(ids('عرض تركي', 'قال الوزير إن أنقرة مستعدة لاستقبال الطرفين في أي وقت يختارانه، واستضافة ممثلي الوفدين.')).toEqual(['mediation']);
  });
  it('opening its doors to them', () => {
    expect(ids('عرض فاتيكاني', 'قال الكاردينال إن الكرسي الرسولي مستعد لفتح أبوابه أمام ممثلين عن روسيا وأوكرانيا للجلوس معا.')).toEqual(['mediation']);
  });
  it('not one side\'s representatives, nor a meeting of others', () => {
    expect(ids('زيارة عمل', 'استقبل الرئيس ممثلي الشركات الروسية العاملة في البلاد لبحث الاستثمار.')).toEqual([]);
    expect(ids('منتدى اقتصادي', 'تستضيف المدينة ممثلي الدول الأوروبية في منتدى للطاقة المتجددة.')).toEqual([]);
    expect(ids('مؤتمر صحفي', 'فتحت الوزارة أبوابها أمام الصحفيين الروس لحضور المؤتمر.')).toEqual([]);
  });
});

describe('function words and the learnt reader', () => {
  const fw = loadFunctionWords(`${root}content/function-words.yaml`);
  const isFw = functionWordTest(fw)!;
  it('the list is normalised, and a clitic on a function word is read through', () => {
    expect(isFw(normalizeArabic('إذا'))).toBe(true);
    expect(isFw(normalizeArabic('وإذا'))).toBe(true);
    expect(isFw(normalizeArabic('وساطة'))).toBe(false);
  });
  it('a function word is no feature, and no pair is made across it', () => {
    const f = modelFeatures('هدنة', ['قالت الحكومة إذا وافقت موسكو على الهدنة.'], 'lead', (n) => n, isFw);
    expect(f.has(normalizeArabic('إذا'))).toBe(false);
    expect([...f.keys()].some((k) => k.split(' ').includes(normalizeArabic('إذا')))).toBe(false);
    expect(f.has(normalizeArabic('وافقت'))).toBe(true);
  });
  it('a weight left on a function word never stands as evidence', () => {
    const m: TopicModel = { scope: 'lead', alone: 0.5, confirm: 1, functionWords: [normalizeArabic('إذا')], topics: [{ id: 'mediation', bias: 0, weights: { [normalizeArabic('إذا')]: 5, [normalizeArabic('مستعد')]: 1 } }] };
    const features = modelFeatures('عرض', ['إذا كان مستعد'], 'lead', (n) => n);
    const [r] = readWithModel(compileTopicModel(m), features);
    expect(r.evidence.map((h) => h.text)).toEqual(['مستعد']);
  });
  it('the shipped model lists the function words and carries no weight on them', () => {
    const model = loadTopicModel(`${root}content/topic-model.yaml`);
    expect(model.functionWords).toEqual([...new Set(fw)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const onFw = model.topics.flatMap((t) => Object.keys(t.weights).filter((k) => k.split(' ').some(isFw)));
    expect(onFw).toEqual([]);
  });
});
