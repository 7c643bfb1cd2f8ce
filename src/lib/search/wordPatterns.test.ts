import { describe, expect, it } from 'vitest';
import { femininePluralBase, patternFamily, suffixReadings, verbalNounOf } from './wordPatterns';

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

describe('verbalNounOf: measures III–VI, read only where the shape is hard to mistake', () => {
  it('reads III (present, past with an ending), IV (past with an ending), V and VI (every form)', () => {
    for (const w of ['يصادر', 'صادرت', 'صادروا', 'سيصادر', 'نصادر']) expect(verbalNounOf(w), w).toBe('مصادره');
    for (const w of ['اسقطت', 'اسقطوا', 'اسقطتا']) expect(verbalNounOf(w), w).toBe('اسقاط');
    for (const w of ['يتحدث', 'تتحدث', 'تحدثت', 'تحدثوا', 'سيتحدث']) expect(verbalNounOf(w), w).toBe('تحدث');
    for (const w of ['يتبادل', 'يتبادلان', 'تبادلت', 'تبادلوا', 'ستتبادل']) expect(verbalNounOf(w), w).toBe('تبادل');
  });
  it('reads the forms the old VII/VIII/X reading missed: we, the dual, the jussive plural', () => {
    expect(verbalNounOf('ننسحب')).toBe('انسحاب');
    expect(verbalNounOf('ينسحبان')).toBe('انسحاب');
    expect(verbalNounOf('ينسحبوا')).toBe('انسحاب');
  });
  it('leaves measure II, bare III and IV pasts, IV presents and ambiguous roots alone', () => {
    for (const w of ['يدرب', 'دربت', 'صادر', 'طالبا', 'اكبر', 'اشهر', 'يسقط', 'تبادل', 'تحدث', 'يتاثر', 'تهمنا', 'سيتخذه', 'انتهت', 'يناير']) {
      expect(verbalNounOf(w), w).toBeUndefined();
    }
  });
  it("gives a V/IV verbal noun's plural its own singular (تحركات → تحرك، اعلانات → اعلان)", () => {
    expect(femininePluralBase('تحركات', ctx)).toBe('تحرك');
    expect(femininePluralBase('اعلانات', ctx)).toBe('اعلان');
  });
});

describe('suffixReadings: a page word with a pronoun suffix or the tanween alif', () => {
  it('takes the ending off (نفطها → نفط، حكومتها → حكومه، مصنعا → مصنع، مشروعا → مشروع)', () => {
    expect(suffixReadings('نفطها', ctx)).toEqual(['نفط']);
    expect(suffixReadings('حكومتها', ctx)).toEqual(['حكومت', 'حكومه']);
    expect(suffixReadings('قواتهم', ctx)).toEqual(['قوات']);
    expect(suffixReadings('مصنعا', ctx)).toEqual(['مصنع']);
    expect(suffixReadings('مشروعا', ctx)).toEqual(['مشروع']);
  });
  it('reads nothing from prepositions, short names, verbs in وا, a final hamza, or the data\'s words', () => {
    expect(suffixReadings('عليها', ctx)).toEqual([]);
    expect(suffixReadings('منها', ctx)).toEqual([]);
    expect(suffixReadings('درعا', ctx)).toEqual([]);
    expect(suffixReadings('قالوا', ctx)).toEqual([]);
    expect(suffixReadings('تبدا', ctx, 'تبدأ')).toEqual([]);
    expect(suffixReadings('امارات', ctx)).toEqual([]);
  });
});
