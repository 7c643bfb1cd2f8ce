// Header box completions on the real dictionary (content/actors.yaml, content/topics.yaml).
// Article counts are the index's input (kb-search.json); here they are set per test.
import { describe, expect, it } from 'vitest';
import { loadActors, loadTopics } from '../data/load';
import { buildContextJson, contextFromJson } from './context';
import { complete, completionIndex, prefixReadings, typedLetters } from './complete';

const actors = loadActors();
const topics = loadTopics();

function setup(counts: Record<string, number>, topicCounts: Record<string, number> = {}) {
  const json = buildContextJson(actors, {
    articles: new Map(Object.entries(counts)),
    topics: Object.fromEntries(topics.map((t) => [t.id, t.name])),
    topicArticles: topicCounts,
  });
  // Through JSON, as the browser gets it.
  const shipped = JSON.parse(JSON.stringify(json));
  const ctx = contextFromJson(shipped);
  const index = completionIndex(shipped, ctx);
  return (q: string, limit?: number, opts?: { spelledOut?: boolean }) => complete(q, index, ctx, limit, opts).map((c) => c.label);
}

describe('complete', () => {
  const labels = setup({ 'volodymyr-zelensky': 562, 'vladimir-putin': 900, 'donald-trump': 700, nato: 300, 'sergey-lavrov': 120 }, { 'peace-talks': 400, sanctions: 250 });

  it('completes a name from its first two letters, under any alias or short name', () => {
    expect(labels('زي')).toEqual(['فولوديمير زيلينسكي']);
    expect(labels('زيلن')).toEqual(['فولوديمير زيلينسكي']); // زيلنسكي
    expect(labels('ترم')).toEqual(['دونالد ترامب']); // ترمب
    expect(labels('Pu')).toEqual(['فلاديمير بوتين']);
  });

  it('reads ال and proclitics in front of the letters typed', () => {
    expect(labels('لزيل')).toEqual(['فولوديمير زيلينسكي']);
    expect(labels('وبو')).toContain('فلاديمير بوتين');
    expect(labels('النات')).toEqual(['حلف شمال الأطلسي']);
  });

  it('matches the earlier words whole and the last one as a prefix', () => {
    expect(labels('فلاديمير ب')).toEqual(['فلاديمير بوتين']);
    // فلاديمير زيلينسكي is an alias of Zelensky: the second word decides.
    expect(labels('فلاديمير ز')).toEqual(['فولوديمير زيلينسكي']);
    expect(labels('فلاديمير')).toEqual(['فلاديمير بوتين', 'فولوديمير زيلينسكي']);
  });

  it('offers topics by their words, most frequent first', () => {
    expect(labels('مفاو')).toEqual(['مفاوضات السلام']);
    expect(labels('العقو')).toEqual(['العقوبات']);
    expect(labels('سلا')).toEqual(['مفاوضات السلام']);
  });

  it('offers nothing for a name already typed in full, but completes a first name', () => {
    expect(labels('لافروف')).toEqual([]);
    expect(labels('زيلينسكي')).toEqual([]);
    expect(labels('ترمب')).toEqual([]);
    expect(labels('فلاديمير بوتين')).toEqual([]);
  });

  it('offers a name typed in full while the articles are not there yet (spelledOut)', () => {
    expect(labels('لافروف', 2, { spelledOut: true })).toEqual(['سيرغي لافروف']);
    expect(labels('زيلينسكي', 2, { spelledOut: true })).toEqual(['فولوديمير زيلينسكي']);
    expect(labels('ترمب', 2, { spelledOut: true })).toEqual(['دونالد ترامب']);
    expect(labels('فلاديمير بوتين', 2, { spelledOut: true })).toEqual(['فلاديمير بوتين']);
    expect(labels('لاف', 2, { spelledOut: true })).toEqual(['سيرغي لافروف']);
    expect(labels('شويغو', 2, { spelledOut: true })).toEqual([]); // no article names him here
  });

  it('ranks by articles and stops at the limit', () => {
    const many = setup({ 'vladimir-putin': 10, 'volodymyr-zelensky': 50 });
    // Both have a name starting with «ف» + «ل/و»: the one in more articles first.
    expect(many('فل')).toEqual(['فولوديمير زيلينسكي', 'فلاديمير بوتين']);
    expect(many('فل', 1)).toEqual(['فولوديمير زيلينسكي']);
  });

  it('offers nothing for one letter, and never an actor no article mentions', () => {
    expect(labels('ز')).toEqual([]);
    expect(labels('')).toEqual([]);
    // Lavrov is in the dictionary with articles; Shoigu has none here.
    expect(labels('لاف')).toEqual(['سيرغي لافروف']);
    expect(labels('شويغ')).toEqual([]);
  });
});

describe('prefixReadings and typedLetters', () => {
  it('drops ال and up to two proclitics while two letters remain', () => {
    expect(prefixReadings('والز')).toEqual(expect.arrayContaining(['والز', 'الز', 'ز']));
    expect(prefixReadings('بو')).toEqual(['بو']);
    expect(typedLetters('زي')).toBe(2);
    expect(typedLetters('وزي')).toBe(2);
    expect(typedLetters('الزيل')).toBe(3);
    expect(typedLetters('الحرب في أوكر')).toBe(4);
  });
});
