import { describe, expect, it } from 'vitest';
import { femininePluralBase, patternFamily, verbalNounOf } from './wordPatterns';

const ctx = { known: new Set(['امارات']), families: new Map([['صادرات', 'صادرات'], ['قوات', 'قوه'], ['قوه', 'قوه']]) };

describe('verbalNounOf: a VII, VIII or X verb form → its verbal noun', () => {
  it('reads past, present and future forms of the three measures', () => {
    for (const w of ['انسحب', 'انسحبت', 'انسحبوا', 'ينسحب', 'تنسحب', 'ينسحبون', 'سينسحب', 'ستنسحب']) expect(verbalNounOf(w), w).toBe('انسحاب');
    for (const w of ['ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع']) expect(verbalNounOf(w), w).toBe('ارتفاع');
    for (const w of ['استخدم', 'استخدموا', 'يستخدم', 'تستخدم', 'سيستخدمون']) expect(verbalNounOf(w), w).toBe('استخدام');
  });
  it('leaves nouns, weak and doubled roots and other shapes alone', () => {
    for (const w of ['انسحاب', 'استخدام', 'اختار', 'استقال', 'تنظيم', 'يناير', 'تنفيذ', 'انسان', 'استاذ', 'استمر', 'تركيا', 'زيتون', 'سياره', 'اتحاد']) {
      expect([undefined, 'استمار'], w).toContain(verbalNounOf(w)); // استمر (doubled X) gives a key no word has
    }
    expect(verbalNounOf('تنظيم')).toBeUndefined();
    expect(verbalNounOf('اختار')).toBeUndefined();
  });
});

describe('femininePluralBase: a word in ات → the same word in ة', () => {
  it('pairs غارات with غارة, a verbal noun\'s plural with the noun', () => {
    expect(femininePluralBase('غارات', ctx)).toBe('غاره');
    expect(femininePluralBase('مسيرات', ctx)).toBe('مسيره');
    expect(femininePluralBase('انتخابات', ctx)).toBe('انتخاب');
    expect(femininePluralBase('استثمارات', ctx)).toBe('استثمار');
  });
  it('lets the data decide first, and leaves actor names and short words alone', () => {
    expect(femininePluralBase('صادرات', ctx)).toBeUndefined();
    expect(femininePluralBase('امارات', ctx)).toBeUndefined();
    expect(femininePluralBase('ذات', ctx)).toBeUndefined();
    expect(femininePluralBase('سبات', ctx)).toBeUndefined();
    expect(patternFamily('قوات', ctx)).toBeUndefined(); // its family (قوة) is the data's
  });
});
