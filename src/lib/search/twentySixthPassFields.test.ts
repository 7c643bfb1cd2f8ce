// Session 34 (issue 15, twenty-sixth pass, 15n): everyday concepts said in other words — dust and snow, the
// midday work ban, visas waived, fares, lorry queues, teachers and strikes, crop pests, feed and herders, brain
// drain (content/search-near-synonyms.yaml «Session 34»), the power cut and the cost of living
// (content/search-synonyms.yaml), each on the real data through the real keying and planning, and the other
// senses each family keeps out. Sentences are written for the test, not taken from the fixture pages.
import { describe, expect, it } from 'vitest';
import { conceptOrWider as concept, ctx } from './curatedMatch.testkit';
import { indexKeys } from './keys';
import { conceptKey } from './terms';

const tokens = (text: string) => indexKeys(text, ctx).filter((t) => t.startsWith('uu'));
const near = (id: string) => conceptKey(`near-${id}`);

describe('a reader’s everyday word finds the page that says it another way', () => {
  it('weather: a sandstorm said as a wave of dust or «العجاج», a snowstorm as the Maghreb’s «التساقطات الثلجية»', () => {
    expect(concept('عاصفة رملية', 'تضرب موجة غبار المنطقة الشرقية منذ الفجر')).toBe(true);
    expect(concept('عاصفة ترابية', 'حجب العجاج الرؤية على الطريق السريع')).toBe(true);
    expect(concept('عاصفة ثلجية', 'قطعت التساقطات الثلجية الطرق الجبلية')).toBe(true);
  });
  it('work in the heat: the Gulf’s ban as another country names it, and the hours of peak heat', () => {
    expect(concept('منع العمل تحت أشعة الشمس', 'يبدأ حظر العمل في الأماكن المكشوفة منتصف يونيو')).toBe(true);
    expect(concept('حظر العمل وقت الظهيرة', 'تتوقف الورشات خلال ساعات الذروة الحرارية')).toBe(true);
  });
  it('travel and borders: a visa waiver as entry without one; lorries stuck at a crossing; fares as what a rider pays', () => {
    expect(concept('إعفاء متبادل من التأشيرة', 'يدخل مواطنو البلدين دون تأشيرة مسبقة')).toBe(true);
    expect(concept('طوابير الشاحنات', 'مئات الشاحنات العالقة عند المعبر منذ يومين')).toBe(true);
    expect(concept('أجرة المواصلات', 'رفع السائقون أجرة الراكب مئة ريال')).toBe(true);
  });
  it('the cost of living as the inflation rate and the purchasing power; the power cut as hours switched off', () => {
    expect(concept('غلاء المعيشة', 'بلغت نسبة التضخم تسعة بالمائة في مارس')).toBe(true);
    expect(concept('غلاء المعيشة', 'تدهور المقدرة الشرائية للأجراء')).toBe(true);
    expect(concept('انقطاع الكهرباء', 'طالت ساعات الانطفاء في الأحياء الشرقية')).toBe(true);
    expect(concept('انقطاع الكهرباء', 'بعد توقف المحطة غرقت في الظلام أحياء واسعة')).toBe(true);
  });
  it('schools, farms, health: teachers by another name, pests and fodder a page names, brain drain', () => {
    expect(concept('إضراب المعلمين', 'قرر المدرسون حجب الأعداد حتى تنفيذ الاتفاق')).toBe(true);
    expect(concept('الآفات الزراعية', 'رصدت الفرق إصابات بسوسة النخيل الحمراء')).toBe(true);
    expect(concept('غلاء الأعلاف', 'تضاعف سعر التبن في الأسواق الأسبوعية')).toBe(true);
    expect(concept('مربي الماشية', 'يشتكي الكسابة من الجفاف')).toBe(true);
    expect(concept('هجرة العقول', 'يتسارع نزيف الكفاءات في المستشفيات')).toBe(true);
  });
});

describe('each family keeps the other senses out', () => {
  it('dust swept off a project and Tuz Khurmatu are no sandstorm; a snowball effect is no snow', () => {
    expect(tokens('نفضت الحكومة الغبار عن مشروع المطار')).not.toContain(near('sandstorm'));
    expect(tokens('وصل الوفد إلى قضاء طوز خورماتو')).not.toContain(near('sandstorm'));
    expect(tokens('تكبر الأزمة مثل كرة الثلج')).not.toContain(near('snowfall'));
  });
  it('a revoked visa and a Visa card are no waiver; rush hour is no heat ban; taxis and freight charges are no fare', () => {
    expect(tokens('ألغت السفارة التأشيرة الممنوحة للاعب ودفع ببطاقة فيزا')).not.toContain(near('visa-waiver'));
    expect(tokens('تزدحم الطرق في ساعات الذروة')).not.toContain(near('midday-work-ban'));
    expect(tokens('ارتفعت أجور النقل البحري وتوقفت سيارات الأجرة')).not.toContain(near('transport-fares'));
  });
  it('law professors, chess grandmasters and livestock breeders are no teachers; loyalists and sponsors are no herders', () => {
    expect(tokens('قال أساتذة في القانون الدولي إن الأستاذ محق')).not.toContain(near('teachers'));
    expect(tokens('تعادل أساتذة كبار في بطولة الشطرنج')).not.toContain(near('teachers'));
    expect(tokens('طالب المربين بدعم الأعلاف')).not.toContain(near('teachers'));
    expect(tokens('هاجم المسلحون الموالين للحكومة وشكر المنظمون الرعاة')).not.toContain(near('herders'));
  });
  it('a social scourge is no crop pest; a name is no fodder; an enlarged heart and acting in secret are no prices and no cut', () => {
    expect(tokens('تحارب الجمعية آفة المخدرات')).not.toContain(near('crop-pests'));
    expect(tokens('صرح زياد النخالة للصحفيين')).not.toContain(near('livestock-feed'));
    expect(tokens('يعاني المريض من تضخم عضلة القلب')).not.toContain(conceptKey('price-rise'));
    expect(tokens('يعمل المهربون في الظلام')).not.toContain(conceptKey('power-cut'));
  });
});
