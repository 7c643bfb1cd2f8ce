// Issue 15, fifth pass: concepts carried by an article's assigned topics (topicConcepts.ts), the
// concepts that name the topics no concept named, countries outside the actor dictionary as
// concepts, and aside4's (spent) missing plurals — on the real curated data, never aside5's pages.
import { describe, expect, it } from 'vitest';
import { loadTopics } from '../data/load';
import { classifyTopics } from '../topics/classify';
import { concept, ctx, finds, vocabulary } from './curatedMatch.testkit';
import { conceptKey, indexKeys, planQuery } from './keys';
import { keyedRecordBody, TOPIC_CONCEPT_WEIGHT } from './record';
import { topicConceptIndex, topicConceptKeys } from './topicConcepts';

const index = topicConceptIndex(vocabulary.concepts);
const topics = loadTopics();

describe('an article carries the concepts of its assigned topics (topicConcepts.ts)', () => {
  // A short item on a grain cargo that names no phrasing of the food-security concept: the topic
  // classifier reads it as «grain-and-food» by what its verb does to a food crop (an act, not a
  // phrase, of content/topics.yaml); the record carries the concept.
  const title = 'ناقلة محملة بالشعير تصل إلى طرطوس';
  const paragraphs = ['رست الناقلة صباح اليوم بعد رحلة استغرقت أسبوعا، وفق ما أعلنته السلطات المحلية.'];
  const assigned = classifyTopics(title, paragraphs, topics).map((t) => t.id);

  it('the topic classifier assigns the topic, the text alone does not hold the concept', () => {
    expect(assigned).toContain('grain-and-food');
    expect(concept('الأمن الغذائي', [title, ...paragraphs].join(' '))).toBe(false);
  });
  it('the record body holds the concept key, at a low weight, after the text', () => {
    const body = keyedRecordBody({ title, paragraphs, filters: { topic: assigned } }, ctx, index);
    // The topic's concepts open the low-weight paragraph (the eleventh pass puts suffix readings
    // there too: «أسبوعا» → أسبوع).
    expect(body.includes(`<p data-pagefind-weight="${TOPIC_CONCEPT_WEIGHT}">${topicConceptKeys(assigned, index).join(' ')}`) && body.endsWith('</p>')).toBe(true);
    expect(body).toContain(conceptKey('food-security'));
    expect(planQuery('الأمن الغذائي', ctx).concept?.search).toBe(conceptKey('food-security'));
  });
  it('carries nothing for a topic it was not assigned, nor without the index (plain, or no topics)', () => {
    expect(keyedRecordBody({ title, paragraphs, filters: { topic: ['sanctions'] } }, ctx, index)).not.toContain(conceptKey('food-security'));
    expect(keyedRecordBody({ title, paragraphs }, ctx, index)).toBe(keyedRecordBody({ title, paragraphs }, ctx));
  });
  it('maps every topic a concept names, refugees and aid both to «humanitarian»', () => {
    expect(index.get('humanitarian')).toEqual([conceptKey('refugees'), conceptKey('humanitarian-aid')]);
    expect(index.get('grain-and-food')).toEqual([conceptKey('food-security')]);
    expect(topicConceptKeys(['humanitarian', 'humanitarian'], index)).toEqual([conceptKey('refugees'), conceptKey('humanitarian-aid')]);
  });
});

describe('concepts for the topics no concept named, and neutrality (aside4, spent)', () => {
  it('finds aid, a nuclear threat, food security and neutrality said in other words', () => {
    expect(concept('مساعدات إنسانية', 'سيرت المؤسسة شحنة إغاثية جديدة إلى النازحين')).toBe(true);
    expect(concept('تهديد نووي', 'عاد المسؤول يلوح بالسلاح الذري في وجه الغرب')).toBe(true);
    expect(concept('الأمن الغذائي', 'يكفي المخزون الاستراتيجي من القمح ثلاثة أشهر')).toBe(true);
    expect(concept('حياد', 'ستبقى دولة غير منحازة وخارج الناتو')).toBe(true);
  });
  // (A concept that names a topic takes the topic's whole lexicon: «تهديد نووي» also finds the
  // nuclear plants' pages, after the exact ones, as «هدنة» finds every ceasefire phrasing.)
  it('does not take bread or a price for food security by itself', () => {
    expect(concept('الأمن الغذائي', 'ارتفع سعر الخبز في الأسواق')).toBe(false);
  });
});

describe('a country outside the actor dictionary meets its adjective (concept country-*)', () => {
  it('السودان ↔ السوداني، المغاربة ↔ المغرب، both ways', () => {
    expect(concept('الموقف السوداني', 'عبر الموقف الرسمي في السودان عن القلق')).toBe(true);
    expect(concept('السودان', 'قال المسؤول السوداني إن القاعدة لن تقام')).toBe(true);
    expect(concept('طالب مغربي', 'عاد الطالب إلى المغرب')).toBe(true);
  });
  it('keeps Yemen apart from «right» (اليمين)', () => {
    expect(concept('اليمين', 'قال الوزير اليمني إن الشحنات توقفت')).toBe(false);
  });
});

describe('plurals of aside4 (spent): silos, and the construct of a sound plural', () => {
  it('صوامع ↔ صومعة، المجرمين ↔ مجرمي، المقاتلين ↔ مقاتل', () => {
    expect(finds('صوامع الحبوب', 'تضررت صومعة الحبوب في الميناء')).toBe(true);
    expect(finds('المجرمين', 'محاكمة مجرمي الحرب')).toBe(true);
    expect(finds('المقاتلين الأجانب', 'قتل مقاتل أجنبي في المعارك')).toBe(true);
  });
  it('a student is not a demand: طالب stays out of طلاب', () => {
    expect(finds('الطلاب', 'طالب الرئيس بوقف القتال')).toBe(false);
  });
});
