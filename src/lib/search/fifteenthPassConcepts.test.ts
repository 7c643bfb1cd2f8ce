// Session 23 (issue 15 point 2): a concept reversed by its head word, read as the reversing concept
// (content/search-synonyms.yaml `reverses` + `reversedBy`), and rising prices said as a jump in one
// price — on the real data, through the real keying and planning.
import { describe, expect, it } from 'vitest';
import { concept, ctx } from './curatedMatch.testkit';
import { indexKeys, planQuery } from './keys';

const concepts = (text: string) => indexKeys(text, ctx).filter((t) => t.startsWith('uu'));
const named = (q: string) => planQuery(q, ctx).units.map((u) => u.concept).filter(Boolean);

describe('a negated concept is the reversing concept, not the head word beside the concept', () => {
  it('«خفض التصعيد» and its heads name de-escalation, one unit, never escalation', () => {
    expect(named('خفض التصعيد')).toEqual(['de-escalation']);
    expect(planQuery('خفض التصعيد', ctx).units).toHaveLength(1);
    expect(named('دعوات لوقف التصعيد')).toEqual(['de-escalation']);
    expect(named('تخفيف التصعيد العسكري')).toEqual(['de-escalation']);
  });
  it('«رفع العقوبات» and «تخفيف العقوبات» name sanctions relief, not sanctions', () => {
    expect(named('رفع العقوبات عن الأسمدة الروسية')).toEqual(expect.arrayContaining(['sanctions-relief']));
    expect(named('رفع العقوبات عن الأسمدة الروسية')).not.toContain('sanctions');
    expect(named('تخفيف العقوبات')).toEqual(['sanctions-relief']);
  });
  it('the concept search of a negated query does not list a page that only says the concept', () => {
    // Before: «خفض» + escalation's token, so a page saying «تؤجج الصراع» and «خفض» anywhere came back.
    const escalation = 'ضربات تؤجج الصراع، وأعلنت موسكو خفض عدد الرحلات';
    expect(concept('خفض التصعيد', escalation)).toBe(false);
    const sanctions = 'أدرجت الشركات على القائمة السوداء، وقرر البنك رفع سعر الخصم';
    expect(concept('رفع العقوبات', sanctions)).toBe(false);
  });
  it('finds the reversing concept in the outlets’ words', () => {
    expect(concept('خفض التصعيد', 'دعت موسكو الأطراف إلى ضبط النفس ونزع فتيل التوتر')).toBe(true);
    expect(concepts('وأعلنت الخزانة إلغاء التجميد عن حسابات المصرف')).toContain('uusanctionsreliefuu');
  });
  it('the concepts alone keep their reading (guards)', () => {
    expect(named('التصعيد')).toEqual(['escalation']);
    expect(named('عقوبات أوروبية')).toContain('sanctions');
    expect(concepts('إن القرار يصب الزيت على النار')).toContain('uuescalationuu');
  });
});

describe('rising prices (price-rise)', () => {
  it('«غلاء» and «ارتفاع أسعار» name it; a jump in one price says it', () => {
    // «الطحين» names its own word set since session 39 (flour: «الدقيق» one way), never a second price concept.
    expect(named('غلاء الطحين')).toEqual(['price-rise', 'near-flour']);
    expect(named('ارتفاع أسعار الخبز في الأردن')).toContain('price-rise');
    expect(concept('ارتفاع أسعار الخبز', 'اشتكى مواطنون من قفزة في سعر ربطة الخبز')).toBe(true);
    expect(concept('غلاء المعيشة', 'وقد قفز سعر كيس الطحين إلى الضعف')).toBe(true);
  });
  it('«ارتفاع» alone and a rise of something else carry nothing (guards)', () => {
    expect(named('ارتفاع')).toEqual([]);
    expect(concepts('ارتفاع درجات الحرارة في الصيف')).not.toContain('uupriceriseuu');
  });
});
