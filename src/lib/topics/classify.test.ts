import { describe, expect, it } from 'vitest';
import type { Topic, TopicId } from '../types';
import { classifyTopics, compileTopicLexicon, requiredScore, topicEvidence, MIN_TOPIC_SCORE, TITLE_HIT_WEIGHT } from './classify';
import { seedArticles } from '../entities/__fixtures__/seeds';

const T = (id: TopicId, phrases: string[]): Topic => ({ id, name: id, en: id, phrases });
// A small in-test lexicon; the real one is content/topics.yaml (see real-data.test.ts).
const topics: Topic[] = [
  T('ceasefire', ['وقف إطلاق النار', 'هدنة', 'وقف القتال', 'وقف إطلاق نار']),
  T('energy-infrastructure', ['منشآت الطاقة', 'البنية التحتية للطاقة', 'منشآت البنية التحتية للطاقة', 'شبكة الكهرباء']),
  T('security-guarantees', ['ضمانات أمنية', 'الضمانات الأمنية', 'ضمان الأمن']),
  T('air-defense', ['الدفاع الجوي', 'دفاع جوي', 'مضادة للطائرات', 'صواريخ باتريوت', 'صواريخ اعتراضية']),
  T('military-aid', ['مساعدة أمنية', 'المساعدات الأمنية', 'مساعدات عسكرية', 'الدعم العسكري', 'أسلحة']),
  T('nato', ['حلف شمال الأطلسي', 'حلف شمال الأطلنطي', 'الناتو']),
  T('summit', ['قمة']),
  T('sanctions', ['عقوبات', 'العقوبات']),
];
const ids = (title: string, ps: string[]) => classifyTopics(title, ps, topics).map((t) => t.id);
const arts = seedArticles();

describe('classifyTopics', () => {
  it('a title hit alone is enough; one passing body mention is not', () => {
    expect(ids('هدنة في الشرق', ['نص لا علاقة له.'])).toEqual(['ceasefire']);
    expect(ids('', ['تحدث الوزير عن الهدنة مرة واحدة.'])).toEqual([]);
    expect(TITLE_HIT_WEIGHT).toBeGreaterThan(1);
  });
  it('is normalised and clitic-aware, and agreement-insensitive (بالضمانات الأمنية)', () => {
    expect(ids('', ['تمسك بالضمانات الأمنية.', 'وضمانات أمنية أخرى.'])).toEqual(['security-guarantees']);
    expect(ids('', ['لوقف إطلاق النار', 'ووقف اطلاق النار'])).toEqual(['ceasefire']);
  });
  it('long articles need more evidence', () => {
    // Two opening sentences first: the lead counts like the title, so the phrases sit below it.
    const filler = 'افتتاحية أولى. وافتتاحية ثانية. ' + Array.from({ length: 100 }, () => 'كلام عام عن الوضع في المنطقة هنا').join(' ');
    const body = [filler, 'منشآت الطاقة', 'البنية التحتية للطاقة'];
    expect(requiredScore(10)).toBe(MIN_TOPIC_SCORE);
    expect(requiredScore(800)).toBeGreaterThan(MIN_TOPIC_SCORE);
    // Below the raised bar: not assigned beside a topic that passes (the title's truce)…
    expect(ids('هدنة ووقف القتال', body)).toEqual(['ceasefire']);
    expect(ids('هدنة ووقف القتال', ['افتتاحية أولى. وافتتاحية ثانية.', ...body.slice(1)]).sort()).toEqual(['ceasefire', 'energy-infrastructure']);
    // …but an article with no topic at all gets its best-evidenced one (FALLBACK_MIN_BODY_SCORE).
    expect(ids('', body)).toEqual(['energy-infrastructure']);
  });
  it('returns scores, best first, and evidence for debugging', () => {
    const r = classifyTopics('وقف إطلاق النار', ['أول. ثان.', 'هدنة', 'منشآت الطاقة'], topics);
    expect(r[0]).toMatchObject({ id: 'ceasefire', score: 4 });
    const ev = topicEvidence('وقف إطلاق النار', ['أول. ثان.', 'هدنة'], topics).find((e) => e.id === 'ceasefire')!;
    expect(ev).toMatchObject({ titleHits: 1, leadHits: 0, bodyHits: 1, phrases: ['وقف إطلاق النار', 'هدنة'] });
  });
  it("one topic's phrase does not hide an overlapping phrase of another topic", () => {
    const overlap = [T('mediation', ['استضافة المحادثات']), T('peace-talks', ['محادثات سلام', 'مفاوضات السلام'])];
    const ev = topicEvidence('', ['أكد استعداد بلاده لاستضافة محادثات سلام بين الطرفين.'], overlap);
    expect(ev.map((e) => [e.id, e.leadHits + e.bodyHits])).toEqual([['mediation', 1], ['peace-talks', 1]]);
    // Within one topic, a phrase inside a longer match of the same topic is not counted again.
    const nested = [T('ceasefire', ['وقف إطلاق النار', 'إطلاق النار'])];
    expect(topicEvidence('', ['دعا إلى وقف إطلاق النار فورا.'], nested)[0].leadHits).toBe(1);
  });
  it('accepts a precompiled lexicon', () => {
    const lex = compileTopicLexicon(topics);
    expect(classifyTopics('هدنة', [], lex).map((t) => t.id)).toEqual(['ceasefire']);
  });
});

describe('seed topics (in-test lexicon)', () => {
  const has = (key: string, id: TopicId) => expect(ids(arts[key].title, arts[key].paragraphs)).toContain(id);
  it('002 → ceasefire and energy-infrastructure', () => {
    has('002', 'ceasefire');
    has('002', 'energy-infrastructure');
  });
  it('004 → security-guarantees', () => has('004', 'security-guarantees'));
  it("001's embedded article → air-defense", () => has('001e', 'air-defense'));
  it("000's embedded article → military-aid", () => has('000e', 'military-aid'));
  it('a passing mention does not make a topic (001 mentions «قمة عالمية» once)', () => {
    expect(ids(arts['001'].title, arts['001'].paragraphs)).not.toContain('summit');
    expect(ids(arts['003'].title, arts['003'].paragraphs)).not.toContain('sanctions');
  });
});
