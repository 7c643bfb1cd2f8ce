// Session 32 (issue 15, twenty-fourth pass, 15c): concepts by field — the everyday news a reader searches
// outside diplomacy (content/search-near-synonyms.yaml «Session 32»), each family on the real data through
// the real keying and planning, and the other senses each family keeps out. Sentences are written for the
// test, not taken from the fixture pages.
import { describe, expect, it } from 'vitest';
import { conceptOrWider as concept, ctx } from './curatedMatch.testkit';
import { indexKeys } from './keys';
import { conceptKey } from './terms';

const tokens = (text: string) => indexKeys(text, ctx).filter((t) => t.startsWith('uu'));
const near = (id: string) => conceptKey(`near-${id}`);

describe('a reader’s everyday word finds the page that says it another way', () => {
  it('schools: «العودة إلى المدارس» finds the Maghreb’s «الدخول المدرسي» and a page on the school supplies', () => {
    expect(concept('العودة إلى المدارس', 'تستعد وزارة التربية للدخول المدرسي بتوظيف معلمين جدد')).toBe(true);
    expect(concept('بداية العام الدراسي', 'طوابير أمام المكتبات لشراء اللوازم المدرسية')).toBe(true);
  });
  it('weather: a heatwave said as «القيظ», a cold wave as a polar air mass, floods as running wadis', () => {
    expect(concept('موجة حر', 'يشتد القيظ في الكويت ويتجاوز الميزان خمسين درجة')).toBe(true);
    expect(concept('موجة برد', 'تؤثر على المنطقة كتلة هوائية قطبية حتى الخميس')).toBe(true);
    expect(concept('فيضانات', 'أغلقت الطرق بعد جريان الأودية في الباطنة')).toBe(true);
    expect(concept('تحت الصفر', 'سجلت المحطة ست درجات دون الصفر فجر اليوم')).toBe(true);
  });
  it('tourism, roads, bills: the season’s visitors, the jams, the crash, the tariff', () => {
    expect(concept('الموسم السياحي', 'يتوافد السياح على الشواطئ منذ مطلع يوليو')).toBe(true);
    expect(concept('زحمة السير', 'تسببت الأمطار في اختناقات مرورية على مداخل المدينة')).toBe(true);
    expect(concept('حادث سير', 'أصيب أربعة في انقلاب حافلة على طريق المطار')).toBe(true);
    expect(concept('فاتورة الكهرباء', 'رفعت الهيئة تعرفة الكهرباء للشريحة الثالثة')).toBe(true);
  });
  it('work, health, society, crime, pensions, sport, water', () => {
    expect(concept('البطالة', 'نصف الشباب في الحي عاطلون عن العمل')).toBe(true);
    expect(concept('الكوليرا', 'سجلت الوزارة حالات إسهال مائي حاد في المخيم')).toBe(true);
    expect(concept('حفلات الزفاف', 'ارتفعت مصاريف الأعراس مع غلاء قاعات الأفراح')).toBe(true);
    expect(concept('الاحتيال', 'شخص ينتحل صفة موظف في البريد ويطلب رموز البطاقات')).toBe(true);
    expect(concept('المتقاعدين', 'يعتصم أصحاب المعاشات أمام مقر الصندوق')).toBe(true);
    expect(concept('اعتزال', 'الحارس الدولي يعلق حذاءه في الأربعين')).toBe(true);
    expect(concept('انقطاع المياه', 'توقف ضخ المياه عن الأحياء الشرقية يومين')).toBe(true);
  });
});

describe('each family keeps the other senses out', () => {
  it('a warm welcome and a lane are no heat; Seoul is no flood; «نقطة الصفر» is no frost', () => {
    expect(tokens('لقي الوفد استقبالا حارا في حارة قديمة')).not.toContain(near('heatwave'));
    expect(tokens('وصل الوزير إلى سيول في زيارة رسمية')).not.toContain(near('floods'));
    expect(tokens('عادت المفاوضات إلى نقطة الصفر')).not.toContain(near('below-zero'));
  });
  it('a football feast is no wedding; lived reality is no pension; a monument and circumvented sanctions are no fraud', () => {
    expect(tokens('كانت المباراة عرسا كرويا وعرس ديمقراطي في الانتخابات')).not.toContain(near('wedding'));
    expect(tokens('يصف الكاتب الواقع المعاش في المدينة')).not.toContain(near('pensions'));
    const fraud = tokens('أزاحوا الستار عن نصب تذكاري وناقشوا التحايل على العقوبات');
    expect(fraud).not.toContain(near('fraud'));
  });
  it('the course of talks is no traffic; a clash of interests is no crash; the cost of a war is no bill', () => {
    expect(tokens('تابع الوزير سير المفاوضات وسط الزحام الإعلامي')).not.toContain(near('traffic-jam'));
    expect(tokens('يخشى المراقبون تصادم المصالح بين البلدين')).not.toContain(near('road-crash'));
    expect(tokens('يدفع الاقتصاد فاتورة الحرب')).not.toContain(near('electricity-bill'));
  });
  it('fortifying positions is no vaccination; a weekly review is no harvest; Korea is no exam', () => {
    expect(tokens('يواصل الجيش تحصين المواقع على الجبهة')).not.toContain(near('vaccination'));
    expect(tokens('نقدم لكم حصاد الأسبوع السياسي')).not.toContain(near('harvest'));
    expect(tokens('زار رئيس وزراء كوريا الجنوبية البلاد')).not.toContain(near('school-leaving-exam'));
  });
});
