// Session 44 (issue 15, thirty-sixth pass, 15p): the broad inventory of the news's other phrasing
// (content/search-thesaurus-phrasing.yaml), read after content/search-thesaurus.yaml as one list. A typed phrasing of a
// concept asks for the pages writing another phrasing of it (the other region's or register's word), a part's concept may
// extend the main file's, and a word with another common sense asks for nothing alone. Real curated data, real keying
// and planning; sentences written for the test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ctx } from './curatedMatch.testkit';
import { indexKeys, planQuery } from './keys';
import { loadThesaurus } from '../data/thesaurus';
import { DataFileError } from '../data/yaml';

/** Does one of the plan's thesaurus searches match the text (every key among the text's keys)? */
const reads = (q: string, text: string) => {
  const keys = new Set(indexKeys(text, ctx));
  return (planQuery(q, ctx).thesaurus?.searches ?? []).some((s) => s.split(' ').every((k) => keys.has(k)));
};

describe('the inventory reads a region’s or register’s other phrasing', () => {
  it('a new concept: «الهجرة غير الشرعية» reads the Maghreb’s «الحراقة», and back', () => {
    expect(reads('الهجرة غير الشرعية', 'أوقفت البحرية عشرات الحراقة قبالة السواحل الغربية')).toBe(true);
    expect(reads('الحراقة', 'أحبطت البحرية محاولة للهجرة غير الشرعية قبالة السواحل الغربية')).toBe(true);
  });
  it('a concept of search-thesaurus.yaml extended: «طرح الأحمال» (Libya) reads Egypt’s «تخفيف الأحمال»', () => {
    expect(reads('طرح الأحمال', 'أعلنت الشركة جدولا جديدا لتخفيف الأحمال في الصيف')).toBe(true);
  });
  it('the reader’s other words are kept: «صهاريج المياه في تعز» asks for «الوايتات» in Taiz, not elsewhere', () => {
    expect(reads('صهاريج المياه في تعز', 'ارتفع سعر الوايتات في تعز مع اشتداد الحر')).toBe(true);
    expect(reads('صهاريج المياه في تعز', 'ارتفع سعر الوايتات في عدن مع اشتداد الحر')).toBe(false);
  });
  it('a government said by its capital: «الجانب الروسي» reads «الكرملين»', () => {
    expect(reads('موقف الجانب الروسي', 'أعلن الكرملين موقف بلاده من المقترح')).toBe(true);
  });
});

describe('a word with another common sense asks for nothing alone', () => {
  it('«البرد» (cold as often as hail) and «الاختبارات» (a missile’s tests) have no thesaurus search', () => {
    expect(planQuery('البرد', ctx).thesaurus).toBeUndefined();
    expect(reads('البرد', 'تساقطت حبات الجليد على الحقول')).toBe(false);
    expect(reads('الاختبارات الصاروخية', 'أجرى التلاميذ امتحانات نهاية العام')).toBe(false);
  });
  it('but «عاصفة البرد» does read «حبات الجليد»', () => {
    expect(reads('عاصفة البرد', 'تساقطت حبات الجليد على الحقول')).toBe(true);
  });
});

describe('loading the parts (src/lib/data/thesaurus.ts)', () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), 'thesaurus-part-'));
  const main = '- domain: water\n  concepts:\n    cuts: [انقطاع الماء, قطع المياه]\n';
  it('a part’s concept with the main file’s id extends it, even with one phrasing; a new concept stands alone', () => {
    const d = dir();
    writeFileSync(path.join(d, 'search-thesaurus.yaml'), main);
    writeFileSync(path.join(d, 'search-thesaurus-phrasing.yaml'), '- domain: water\n  concepts:\n    cuts: [توقف ضخ المياه]\n- domain: phrasing-water\n  concepts:\n    tankers: [صهاريج المياه, الوايتات]\n');
    const all = loadThesaurus(path.join(d, 'search-thesaurus.yaml'));
    expect(all).toEqual([
      { id: 'water/cuts', phrasings: ['انقطاع الماء', 'قطع المياه', 'توقف ضخ المياه'] },
      { id: 'phrasing-water/tankers', phrasings: ['صهاريج المياه', 'الوايتات'] },
    ]);
    // Loaded twice: the cached main file is not extended again.
    expect(loadThesaurus(path.join(d, 'search-thesaurus.yaml'))[0].phrasings).toHaveLength(3);
  });
  it('refuses a phrasing of another concept (with or without the article) and a new concept of one phrasing', () => {
    const a = dir();
    writeFileSync(path.join(a, 'search-thesaurus.yaml'), main);
    writeFileSync(path.join(a, 'search-thesaurus-phrasing.yaml'), '- domain: phrasing-water\n  concepts:\n    other: [الانقطاع الماء, الوايتات]\n');
    expect(() => loadThesaurus(path.join(a, 'search-thesaurus.yaml'))).toThrow(DataFileError);
    const b = dir();
    writeFileSync(path.join(b, 'search-thesaurus.yaml'), main);
    writeFileSync(path.join(b, 'search-thesaurus-phrasing.yaml'), '- domain: phrasing-water\n  concepts:\n    tankers: [الوايتات]\n');
    expect(() => loadThesaurus(path.join(b, 'search-thesaurus.yaml'))).toThrow(DataFileError);
  });
  it('the thesaurus with its part: 700 concepts or more, no phrasing twice in a concept', () => {
    const all = loadThesaurus();
    expect(all.length).toBeGreaterThanOrEqual(700);
    const seen = new Set<string>();
    for (const c of all) for (const p of c.phrasings) {
      expect(seen.has(`${c.id}|${p}`)).toBe(false);
      seen.add(`${c.id}|${p}`);
    }
  });
});
