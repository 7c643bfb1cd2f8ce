// Forty-third session (13p): a fresh probe of real outlets' pages — Russia–Ukraine and the Arab world's own
// news (36 excerpts, 36 new sites). Its tune part's misses that transfer: a dateline «CITY،COUNTRY-» glued to
// the lead, the site's credit «NAME/PLACE..» on its own line, a lead saying which day «today» is by a full date
// with no weekday or by a Hijri date and «الموافق», an aggregator's «… الرابط التالي: هنا» line. Pages in our own
// words (dev u3880–u3897; the aside third u3882, u3885, u3888, u3891, u3894, u3897 is not read here); the real
// text stays outside the repository (docs/ingest.md «Fortieth round: a fresh probe of real pages (helper 13p)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { cityAndCountry, nameSlashPlace } from './dateline-joins';
import { parseDateline } from './dateline';
import { todayInLead } from './lead-date';

const { lex, fromText, extract } = roundFixtures(['dev']);
const HEAD = 'مجلس المحافظة يناقش خطة الطوارئ لموسم الشتاء';
const LEAD = 'ناقش مجلس المحافظة خطة الطوارئ لموسم الشتاء وتوزيع فرق الصيانة على الأحياء المنخفضة قبل نهاية الشهر.';
const MORE = 'وقال عضو في المجلس إن الخطة تشمل تنظيف شبكات تصريف المياه في المناطق التي غمرتها السيول العام الماضي.';

describe('«CITY،COUNTRY-» opening the lead (dateline-joins.ts)', () => {
  it('a known city and a listed country, glued or spaced, a dash or a colon: the city is the place', () => {
    expect(cityAndCountry(`أربيل،العراق-${LEAD}`, lex)).toMatchObject({ place: 'أربيل' });
    expect(cityAndCountry(`القاهرة، مصر – ${LEAD}`, lex)).toMatchObject({ place: 'القاهرة' });
    expect(cityAndCountry(`الدوحة،قطر:${LEAD}`, lex)).toMatchObject({ place: 'الدوحة' });
    expect(cityAndCountry(`دبي، الإمارات العربية المتحدة – ${LEAD}`, lex)).toMatchObject({ place: 'دبي' });
  });
  it('not: two cities, a country first, an unlisted word after the comma, no story after it', () => {
    expect(cityAndCountry(`واشنطن، موسكو – ${LEAD}`, lex)).toBeUndefined();
    expect(cityAndCountry(`العراق،بغداد-${LEAD}`, lex)).toBeUndefined();
    expect(cityAndCountry(`بغداد، الأربعاء - ${LEAD}`, lex)).toBeUndefined();
    expect(cityAndCountry('بغداد،العراق- أعلن', lex)).toBeUndefined();
  });
  it('the dateline grammar reads it and cuts it from the lead', () => {
    const d = parseDateline(`البصرة،العراق-${LEAD}`, lex)!;
    expect(d.place).toBe('البصرة');
    expect(`البصرة،العراق-${LEAD}`.slice(d.end)).toBe(LEAD);
  });
});

describe('«NAME/PLACE..» — the site\'s credit and its place (dateline-joins.ts)', () => {
  it('an unlisted name, a slash, a known place closed by «..» or «:»: the outlet and the place', () => {
    expect(nameSlashPlace('صدى الفرات/بغداد..', lex)).toMatchObject({ place: 'بغداد', outlet: { name: 'صدى الفرات' } });
    expect(nameSlashPlace(`أفق الجنوب/ عدن.. ${LEAD}`, lex)).toMatchObject({ place: 'عدن', outlet: { name: 'أفق الجنوب' } });
    expect(nameSlashPlace('ركن الخبر/ الموصل:', lex)).toMatchObject({ place: 'الموصل', outlet: { name: 'ركن الخبر' } });
  });
  it('not a name: a reporter, a section, a credit word — the place alone', () => {
    for (const line of ['عباس جواد/بغداد..', 'محليات/بغداد..', 'متابعات/بغداد..']) {
      const d = nameSlashPlace(line, lex);
      expect(d?.place).toBe('بغداد');
      expect(d?.outlet).toBeUndefined();
    }
  });
  it('not: an unknown place after the slash, no closing «..» or «:», a slash in prose', () => {
    expect(nameSlashPlace('صدى الفرات/الحي الشرقي..', lex)).toBeUndefined();
    expect(nameSlashPlace(`موسكو/ كييف: ${LEAD}`, lex)).toBeUndefined();
    expect(nameSlashPlace(`صدى الفرات/بغداد ${LEAD}`, lex)).toBeUndefined();
    expect(nameSlashPlace('قال المتحدث إن الرحلات بين أربيل/بغداد.. ستعود', lex)).toBeUndefined();
  });
  it('on a page: the line under the headline names the outlet and leaves the body', () => {
    const x = fromText(`${HEAD}\nصدى الفرات/بغداد..\n${LEAD}\n${MORE}\n`);
    expect(x.article.source).toBe('صدى الفرات');
    expect(x.place).toBe('بغداد');
    expect(x.article.paragraphs).toEqual([LEAD, MORE]);
  });
});

describe('the lead says which day «today» is (lead-date.ts)', () => {
  it('a full date right after «اليوم», its year printed, no weekday', () => {
    expect(todayInLead('أشرف الوالي اليوم 14 جوان 2027 على انطلاق الأشغال.', lex.dates)).toBe('2027-06-14');
    expect(todayInLead('ترأس الوزير الأول اليوم 9 نوفمبر، 2026 اجتماعا للحكومة.', lex.dates)).toBe('2026-11-09');
    expect(todayInLead('ترأس الوزير الأول اليوم 9 نوفمبر الجاري اجتماعا للحكومة.', lex.dates)).toBeUndefined();
    expect(todayInLead('مددت الوزارة المهلة حتى اليوم 30 جوان على أن تبدأ المراقبة.', lex.dates)).toBeUndefined();
  });
  it('a Hijri date and «الموافق» after the weekday: the Gregorian date, not the Hijri one converted', () => {
    expect(todayInLead('عقد المجلس اليوم الأحد 24 رجب 1448هـ الموافق 3 يناير 2027م جلسته الدورية.', lex.dates)).toBe('2027-01-03');
    expect(todayInLead('دشن المحافظ اليوم الأحد 28 شعبان 1448 هـ الموافق 7 فبراير 2027 م مركزا صحيا.', lex.dates)).toBe('2027-02-07');
    expect(todayInLead('عقد المجلس اليوم الثلاثاء 11 جمادى الآخرة 1448هـ الموافق 2 فبراير 2027م جلسته.', lex.dates)).toBe('2027-02-02');
  });
  it('still: «اليوم» with a weekday and a date (the thirty-second session\'s shape)', () => {
    expect(todayInLead('أعلنت الهيئة مساء اليوم الثلاثاء 16 آذار 2027 توسيع القائمة.', lex.dates)).toBe('2027-03-16');
  });
});

describe('an aggregator\'s line sending the reader to the source\'s site', () => {
  it('«… الرابط التالي: هنا» under the story is dropped; a story asking readers to visit a site is kept', () => {
    const link = 'للاطلاع على التفاصيل كاملة، يرجى زيارة موقع المصدر بالضغط على الرابط التالي: هنا.';
    expect(fromText(`${HEAD}\n${LEAD}\n${MORE}\n${link}\n`).article.paragraphs).toEqual([LEAD, MORE]);
    const asks = 'ودعت الوزارة المواطنين إلى زيارة الموقع الرسمي للاطلاع على جداول الصيانة قبل نهاية الأسبوع.';
    expect(fromText(`${HEAD}\n${LEAD}\n${asks}\n`).article.paragraphs).toEqual([LEAD, asks]);
  });
});

describe('the pages', () => {
  it('datelines, credits, dates and link lines as labelled; the guards hold', () => {
    expect(extract('u3880').place).toBe('أبوظبي');
    expect(extract('u3880').article.paragraphs[0].startsWith('أعلنت الهيئة العامة')).toBe(true);
    expect(extract('u3881').place).toBe('البصرة');
    expect(extract('u3883').place).toBe('الرياض');
    expect(extract('u3884').place).toBeUndefined();
    expect(extract('u3884').article.title).toBe('واشنطن، موسكو – سباق جديد على مقاعد التفاوض');
    expect(extract('u3886').article.source).toBe('نبض الجنوب');
    expect(extract('u3887').article.source).toBe('منارة الخبر');
    expect(extract('u3889').article.source).toBeUndefined();
    expect(extract('u3890').article.date).toBe('2027-06-14');
    expect(extract('u3892').article.date).toBe('2027-01-03');
    expect(extract('u3893').article.date).toBe('2027-02-07');
    expect(extract('u3895').article.paragraphs).toHaveLength(2);
    expect(extract('u3896').article.paragraphs).toHaveLength(2);
  });
});
