// Issue 15, eighth pass: the leftovers of the spent sets — a name that is a plain word in a
// phrase (أذان المغرب, content/search-forms.yaml notNamePhrases) — on the real curated data,
// with sentences written for these tests (never the held-out aside8 pages).
import { describe, expect, it } from 'vitest';
import { ctx, concept, finds } from './curatedMatch.testkit';
import { arabicKey, conceptKey, indexKeys, planQuery, stemWord } from './keys';
import { parseSearchFormsData } from '../data/search';

describe('a name that is a plain word in a phrase (notNamePhrases)', () => {
  it('the sunset prayer is not Morocco (country-morocco)', () => {
    expect(concept('المغربي', 'ينتظر الطلبة أذان المغرب في شقة صغيرة')).toBe(false);
    expect(concept('المغربي', 'توزع الوجبات بعد صلاة المغرب في المركز')).toBe(false);
    expect(concept('المغاربة', 'يصلون المغرب والعشاء جماعة')).toBe(false);
  });
  it('Morocco is still Morocco elsewhere, in the same text too', () => {
    expect(concept('المغربي', 'وصل وزير خارجية المغرب إلى موسكو')).toBe(true);
    expect(concept('المغربي', 'قال وزير خارجية المغرب بعد صلاة المغرب إن بلاده محايدة')).toBe(true);
  });
  it('the words keep their own keys: a reader typing the phrase finds it', () => {
    const keys = indexKeys('بعد أذان المغرب', ctx);
    expect(keys).toContain(arabicKey(stemWord('المغرب', ctx)));
    expect(keys).not.toContain(conceptKey('country-morocco'));
    expect(finds('أذان المغرب', 'ينتظر الطلبة أذان المغرب في شقة صغيرة')).toBe(true);
    expect(planQuery('صلاة المغرب', ctx).concept).toBeNull();
    // The country as a concept (session 39: «سفير» reads the ambassador's word set too).
    expect(planQuery('سفير المغرب', ctx).concept?.ids).toContain('country-morocco');
  });
  it('a phrase of one word is an error naming the file and the entry', () => {
    expect(() => parseSearchFormsData('notNamePhrases: [المغرب]\n', 'content/search-forms.yaml')).toThrow(/search-forms\.yaml[\s\S]*notNamePhrases[\s\S]*2 to 4 words/);
  });
});

describe('a written hamza that is the only reading (keepHamzaForms)', () => {
  it('riddles are not gas, not even at a low weight', () => {
    const weak: string[] = [];
    indexKeys('لعبة الألغاز تستهوي الأطفال', ctx, weak);
    expect(weak).not.toContain(arabicKey('غاز'));
    expect(finds('الغاز', 'لعبة الألغاز تستهوي الأطفال')).toBe(false);
    expect(finds('الألغاز', 'لعبة الألغاز تستهوي الأطفال')).toBe(true);
  });
  it('other hamza words keep their bare key (ألاسكا typed الاسكا)', () => {
    const weak: string[] = [];
    indexKeys('قمة ألاسكا', ctx, weak);
    expect(weak).toContain(arabicKey(stemWord('الاسكا')));
  });
  it('a word without أل/إل/آل is an error naming the file and the entry', () => {
    expect(() => parseSearchFormsData('keepHamzaForms: [غاز]\n', 'content/search-forms.yaml')).toThrow(/search-forms\.yaml[\s\S]*keepHamzaForms[\s\S]*must start with/);
  });
});
