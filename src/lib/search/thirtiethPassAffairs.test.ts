// Session 38 (issue 15, thirtieth pass, 15d): the concepts of public affairs by field (content/search-near-synonyms-affairs.yaml).
// A reader's term finds a page writing the concept with the second common term or the phrase a reporter writes instead,
// ranked after the pages writing the reader's own words; and the senses the sets keep out stay out. Real curated data,
// real keying and planning; sentences written for the test, not taken from the fixture pages.
import { describe, expect, it } from 'vitest';
import { conceptOrWider as concept, ctx } from './curatedMatch.testkit';
import { indexKeys, planQuery } from './keys';
import { rankTiers } from './tiers';
import { conceptKey } from './terms';
import { fakePagefind } from './fakePagefind.testkit';

const near = (id: string) => conceptKey(`near-${id}`);
const tokens = (text: string) => new Set(indexKeys(text, ctx));

describe('a public-affairs concept said with another term or a phrase', () => {
  it('justice: a warrant as an order to arrest, house arrest as not leaving one’s home, spying as collusion', () => {
    expect(concept('مذكرة توقيف', 'أصدر القاضي أمر اعتقال بحق الوزير السابق')).toBe(true);
    expect(concept('مذكرة توقيف', 'صدر أمر دولي بالقبض على المتهم الفار')).toBe(true);
    expect(concept('الإقامة الجبرية', 'ألزمت المحكمة المعارض بعدم مغادرة منزله شهرين')).toBe(true);
    expect(concept('التجسس', 'أدين الموظف بتهمة التخابر مع جهة أجنبية')).toBe(true);
  });
  it('elections and parliaments: no confidence as «طرح الثقة» or a motion of censure, a postponed vote, a rigged count', () => {
    expect(concept('حجب الثقة', 'قدم النواب طلب طرح الثقة بوزير الداخلية')).toBe(true);
    expect(concept('حجب الثقة', 'وقع نواب المعارضة ملتمس رقابة ضد الحكومة')).toBe(true);
    expect(concept('تأجيل الانتخابات', 'قرر المجلس إرجاء الاستحقاق الانتخابي إلى الخريف')).toBe(true);
    expect(concept('تزوير الانتخابات', 'اتهمت الأحزاب السلطة بالتلاعب بنتائج الاقتراع')).toBe(true);
  });
  it('sanctions, war and energy: an oil ban said of crude, landmines as planted devices, tariffs as import taxes', () => {
    expect(concept('حظر النفط', 'قرر الاتحاد منع استيراد الخام من موانئ البلطيق')).toBe(true);
    expect(concept('الألغام الأرضية', 'قتل راع بانفجار عبوة مزروعة قرب القرية')).toBe(true);
    expect(concept('الرسوم الجمركية', 'رفعت الحكومة ضرائب الاستيراد على السيارات')).toBe(true);
    expect(concept('قمة ثنائية', 'لم يستبعد الكرملين لقاء على أعلى مستوى بين الرئيسين')).toBe(true);
  });
  it('ranks the page that writes the reader’s words first, the page that says the concept otherwise after it', async () => {
    const pages = {
      typed: 'أصدرت المحكمة مذكرة توقيف بحق رجل الأعمال',
      other: 'أصدر القاضي أمر اعتقال بحق رجل الأعمال',
      none: 'افتتحت البلدية سوقا أسبوعيا في الساحة',
    };
    const out = await rankTiers(planQuery('مذكرة توقيف', ctx), fakePagefind(pages, ctx), { total: 3 });
    expect(out.slice(0, 2).map((r) => [r.result.id, r.tier])).toEqual([
      ['typed', 'exact'],
      ['other', 'concept'],
    ]);
  });
});

describe('the senses the sets keep out (read on the corpus)', () => {
  it('melting ice is no rapprochement, a bird’s migration no forced displacement, a psychological defence agency no lawyer', () => {
    expect(tokens('يتسارع ذوبان الجليد في القطب الشمالي كل صيف').has(near('rapprochement'))).toBe(false);
    expect(tokens('قطعت الطيور آلاف الكيلومترات في هجرتها الخريفية').has(near('forced-displacement'))).toBe(false);
    expect(tokens('حذرت هيئة الدفاع النفسي من مقاطع مضللة').has(near('defence-lawyer'))).toBe(false);
    expect(tokens('حذرت هيئة الدفاع عن المتهمين من خرق الإجراءات').has(near('defence-lawyer'))).toBe(true);
  });
  it('an embassy’s adjective is no foreign policy, analysts are no advisers, a strike’s turnout no vote', () => {
    expect(tokens('استأنفت البعثة الدبلوماسية الروسية عملها في العاصمة').has(near('foreign-policy'))).toBe(false);
    expect(tokens('يقول خبراء عسكريون إن الهجوم تأخر').has(near('military-advisers'))).toBe(false);
    expect(tokens('بلغت نسبة المشاركة في الإضراب سبعين بالمئة').has(near('turnout'))).toBe(false);
    expect(tokens('تراجعت نسبة الإقبال على التصويت في الجنوب').has(near('turnout'))).toBe(true);
  });
});
