// Forty-first pass (session 49, helper 15m): forms the blind aside41 showed missing.
import { describe, expect, it } from 'vitest';
import { concept, conceptOrWider, ctx, finds } from './curatedMatch.testkit';
import { planQuery } from './keys';

describe('a loanword singular written with its long vowel reaches the broken plural', () => {
  it('كاردينال as كردينال: the cardinals (الكرادلة) of a page', () => {
    const page = 'وقال السفير إن أحد الكرادلة الإيطاليين زار كييف وموسكو بتكليف من البابا';
    expect(finds('كاردينال', page)).toBe(true);
    expect(finds('الكاردينال', page)).toBe(true);
    expect(finds('كردينال', page)).toBe(true);
  });
  it('does not join the plural to an unrelated word (guard)', () => {
    expect(finds('كاردينال', 'وقال السفير إن أحد الكهنة الإيطاليين زار كييف')).toBe(false);
  });
});

describe('stopping the strikes names a truce (content/search-synonyms.yaml ceasefire names)', () => {
  const truce = 'قالت السفارة إن موسكو وكييف التزمتا بتعليق القصف على محطات توليد الكهرباء في تفاهم رعته واشنطن، وفق سفارة أوكرانيا';
  const condemned = 'نددت الوزارة بضرب محطات الكهرباء في أوكرانيا في عز الشتاء';
  it('reads «وقف ضرب …» and «وقف الضربات …» as the truce: the page about it in other words is a concept match', () => {
    expect(planQuery('وقف ضرب محطات الكهرباء في أوكرانيا', ctx).units.some((u) => u.concept === 'ceasefire')).toBe(true);
    expect(concept('وقف ضرب محطات الكهرباء في أوكرانيا', truce)).toBe(true);
    expect(concept('وقف الضربات على محطات الكهرباء', truce)).toBe(true);
    expect(concept('تعليق القصف على محطات الكهرباء', truce)).toBe(true);
  });
  it('leaves the strikes themselves a plain act (guard): no truce read, the condemnation is no truce page', () => {
    expect(planQuery('ضرب محطات الكهرباء في أوكرانيا', ctx).units.some((u) => u.concept === 'ceasefire')).toBe(false);
    expect(planQuery('القصف على محطات الكهرباء', ctx).units.some((u) => u.concept === 'ceasefire')).toBe(false);
    expect(concept('وقف ضرب محطات الكهرباء في أوكرانيا', condemned)).toBe(false);
  });
});

describe('the minerals deal and the sea’s mine clearance in the pages’ other words (near-synonym sets)', () => {
  it('«المعادن النادرة» reaches «الثروات الباطنية» and the rare earths’ other name', () => {
    expect(conceptOrWider('صفقة المعادن النادرة', 'أعلنت الوزارة أول صفقة ضمن الشراكة مع واشنطن لاستغلال الثروات الباطنية')).toBe(true);
    expect(conceptOrWider('صفقة المعادن النادرة', 'وقعت الحكومة صفقة لاستخراج العناصر الأرضية النادرة')).toBe(true);
    // guard: metals in general (a scrap or jewellery page) are not the rare minerals
    expect(conceptOrWider('صفقة المعادن النادرة', 'وقع التاجر صفقة لبيع المعادن المستعملة في السوق')).toBe(false);
  });
  it('«إزالة الألغام» reaches the ships sweeping the lanes, not the lanes alone', () => {
    expect(conceptOrWider('إزالة الألغام في أوديسا', 'ستضع سفينتين بتصرف القوة لتطهير الممرات المؤدية إلى أوديسا')).toBe(true);
    expect(conceptOrWider('إزالة الألغام في أوديسا', 'أرسلت البحرية كاسحات ألغام إلى المياه قبالة أوديسا')).toBe(true);
    expect(conceptOrWider('إزالة الألغام في أوديسا', 'افتتحت البلدية الممرات الجديدة للمشاة قبالة أوديسا')).toBe(false);
  });
});
