// Issue 15, ninth pass: the leftovers of the spent sets (aside8's misses) on the real curated
// data, with sentences written for these tests (never the held-out aside9 pages).
import { describe, expect, it } from 'vitest';
import { ctx, concept, finds } from './curatedMatch.testkit';
import { matchRanges } from './excerpt';
import { planQuery } from './keys';

const marked = (q: string, text: string) => matchRanges(text, planQuery(q, ctx), ctx).map(([s, e]) => text.slice(s, e));

describe('a concept said by a word with a pronoun', () => {
  it('«حيادها» is neutrality: «الحياد السويسري» meets «سويسرا … حيادها»', () => {
    expect(concept('الحياد السويسري', 'قالت سويسرا إنها لن تتخلى عن حيادها رغم الضغوط')).toBe(true);
    expect(concept('الحياد', 'تمسكت فيينا بحيادها العسكري')).toBe(true);
  });
  it('the country alone is not neutrality', () => {
    expect(concept('الحياد السويسري', 'وصل وزير خارجية سويسرا إلى كييف')).toBe(false);
  });
});

describe('plurals and demonyms the data lacked', () => {
  it('كاهن ↔ الكهنة, عربي ↔ العرب', () => {
    expect(finds('كاهن', 'رفع الكهنة صلاة من أجل السلام')).toBe(true);
    expect(finds('الكهنة', 'قال كاهن الرعية إن الكنيسة استقبلت النازحين')).toBe(true);
    expect(finds('وسيط عربي', 'قال أحد الوسطاء العرب إن الاتصالات مستمرة')).toBe(true);
  });
});

describe('traps of the spent sets', () => {
  it('fuels are not burnt fields (المحروقات ≠ المحروقة)', () => {
    expect(finds('المحروقات', 'خسر المزارعون محاصيلهم في الحقول المحروقة')).toBe(false);
    expect(finds('المحروقات', 'ارتفعت أسعار المحروقات في الأسواق')).toBe(true);
  });
  it('the Iraqi prime minister is not Sudan (شياع السوداني)', () => {
    expect(concept('السودان', 'بحث محمد شياع السوداني مع بوتين أسعار النفط')).toBe(false);
    expect(concept('السودان', 'أكد الموقف السوداني رفض العقوبات')).toBe(true);
  });
});

describe('excerpts leave the query\'s function words unmarked', () => {
  const text = 'تستمر الحرب في أوكرانيا في عامها الرابع';
  it('«في» is not marked beside the words that matter', () => {
    expect(marked('الحرب في أوكرانيا', text)).toEqual(['الحرب', 'أوكرانيا']);
  });
  it('a query of function words alone is still marked', () => {
    expect(marked('في', text)).toEqual(['في', 'في']);
  });
});
