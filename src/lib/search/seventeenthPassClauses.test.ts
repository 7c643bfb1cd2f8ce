// Session 25 (issue 15, seventeenth pass, part C): concepts said in whole clauses — a reader's clause whose
// meaning words the page says in other words (content/search-near-synonyms.yaml: delay, funds, avoid,
// airspace, amputation, wheat, exporters …), a set's phrase ending in a country's word leaving that word
// to the reader, and a partial match counted in the reader's words — on the real data, through the real
// keying and planning.
import { describe, expect, it } from 'vitest';
import { ctx } from './curatedMatch.testkit';
import { indexKeys, planQuery, type QueryUnit } from './keys';
import { bestPartial } from './tiers';

/** The query's wider concept search (the near-synonym sets' other words) matches the text. */
const wider = (q: string, text: string) => {
  const plan = planQuery(q, ctx).concept;
  const keys = new Set(indexKeys(text, ctx));
  const search = plan?.wider ?? plan?.search;
  return !!search && search.split(' ').every((k) => keys.has(k));
};
const concepts = (text: string) => indexKeys(text, ctx).filter((t) => t.startsWith('uunear'));
const units = (q: string) => planQuery(q, ctx).units.map((u) => [u.text, u.concept ?? '']);

describe('a clause’s meaning words said by the page in other words', () => {
  it('«أموال» finds dues and remittances a page names («مستحقات»، «الحوالات»), «تأخر» finds «تأخير»', () => {
    expect(wider('أموال المصدرين', 'قال مصدرون إن مستحقاتهم لدى المستوردين ما زالت عالقة')).toBe(true);
    expect(wider('الأموال', 'باتت الحوالات تستغرق أسابيع')).toBe(true);
    expect(wider('تأخر الرواتب', 'تأخير صرف الرواتب ثلاثة أشهر')).toBe(true);
  });
  it('«يتجنب» finds «تتفادى»; «الأجواء الأوكرانية» finds «المجال الجوي الأوكراني»', () => {
    expect(wider('الطائرات تتجنب الأجواء الأوكرانية', 'باتت الطائرات تتفادى المجال الجوي الأوكراني')).toBe(true);
  });
  it('«فقدوا أطرافهم» finds «مبتوري الساق»; «أطراف اصطناعية» finds «أطراف صناعية»; «المصدرين» finds «مصدرون»', () => {
    expect(wider('جنود فقدوا أطرافهم', 'يعالج المركز مئات من مبتوري الساق والذراع من الجنود')).toBe(true);
    expect(wider('تركيب أطراف اصطناعية', 'لتركيب أطراف صناعية وتدريبهم على استخدامها')).toBe(true);
    expect(wider('أموال المصدرين', 'قال مصدرون مصريون إن مستحقاتهم محتجزة')).toBe(true);
  });
});

describe('each set keeps out the words with another sense in news', () => {
  it('the atmosphere of talks is no airspace; pending issues are no delay', () => {
    expect(concepts('أغلقت أنقرة مجالها الجوي')).toContain('uunearairspaceuu');
    expect(concepts('جرى اللقاء في أجواء إيجابية وتهيئة الأجواء للقمة')).not.toContain('uunearairspaceuu');
    expect(concepts('تأخر وصول الشحنة')).toContain('uuneardelayuu');
    expect(concepts('وتناول الطرفان الملفات العالقة بين البلدين')).not.toContain('uuneardelayuu');
  });
  it('rallying round a leader is no avoiding; transfers of players are no funds; «بتر» alone is no amputation', () => {
    expect(concepts('لتفادي التصعيد')).toContain('uunearavoiduu');
    expect(concepts('التف المواطنون حول قيادتهم')).not.toContain('uunearavoiduu');
    expect(concepts('أغلقت الأندية باب التحويلات في سوق اللاعبين')).not.toContain('uunearfundsuu');
    expect(concepts('اتهم الوزير الصحيفة ببتر تصريحه')).not.toContain('uunearamputationuu');
  });
});

describe('a set’s phrase ending in a country’s word leaves that word to the reader', () => {
  it('«الأجواء الروسية» is airspace beside Russia, two units, not one', () => {
    expect(units('الطيران يتجنب الأجواء الروسية')).toEqual([
      ['الطيران', ''],
      ['يتجنب', 'near-avoid'],
      ['الأجواء', 'near-airspace'],
      ['الروسية', 'a-russia'],
    ]);
  });
  it('a phrase of no country stays whole («فقدوا أطرافهم»)', () => {
    expect(units('جنود فقدوا أطرافهم')).toEqual([
      ['جنود', ''],
      ['فقدوا أطرافهم', 'near-amputation'],
    ]);
  });
});

describe('a partial match is counted in the reader’s words, not in units', () => {
  const unit = (text: string): QueryUnit => ({ text, terms: [text], any: text });
  const r = (...ids: string[]) => ids.map((id, i) => ({ id, score: 1 - i / 100 }));
  it('a page holding only a two-word unit of three holds two of the words: a partial match', () => {
    const out = bestPartial([unit('الطيران'), unit('يتجنب'), unit('فقدوا أطرافهم')], [r('a', 'b'), r('a'), r('c')], { total: 20 });
    expect(out.map((x) => x.result.id)).toContain('c');
  });
  it('a page holding one one-word unit is still no near miss', () => {
    const out = bestPartial([unit('أسعار'), unit('الزيت'), unit('المغرب')], [r('a', 'b'), r('a'), r('c')], { total: 20 });
    expect(out.map((x) => x.result.id)).not.toContain('c');
  });
});

describe('a near-synonym unit weighs as the typed word on the pages that say it', () => {
  const airspace: QueryUnit = { text: 'الأجواء', terms: ['0ajwaq9'], any: 'uunearairspaceuu', concept: 'near-airspace' };
  const aviation: QueryUnit = { text: 'الطيران', terms: ['0pyran9'], any: '0pyran9' };
  const many = Array.from({ length: 40 }, (_, i) => ({ id: `majal${i}`, score: 2 }));
  it('the page saying «الأجواء» comes before the forty saying «المجال الجوي», though their Pagefind scores are higher', () => {
    const perUnit = [[], [...many, { id: 'ajwa', score: 1 }]];
    const out = bestPartial([aviation, airspace], perUnit, { total: 100, minHeld: 1, own: [null, [{ id: 'ajwa', score: 1 }]] });
    expect(out[0].result.id).toBe('ajwa');
    expect(bestPartial([aviation, airspace], perUnit, { total: 100, minHeld: 1 })[0].result.id).not.toBe('ajwa');
  });
});

describe('the note shows another word first, not the typed verb’s other forms', () => {
  it('«يتجنب» shows «تفادي» first', () => {
    expect(planQuery('يتجنب', ctx).concept!.shown[0]).toBe('تفادي');
  });
});
