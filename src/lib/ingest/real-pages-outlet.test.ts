// Twenty-third round, second part (session 26, 13s): the outlet on REAL pages. A short top line was
// read as the site's name (0.5) where real pages print the story's label there — a section, a
// category, a widget, a staff box. Pages in our own words (dev u1620–u1629) and inline lines; the
// real text stays outside the repository (docs/ingest.md «Twenty-third round: the outlet on real pages»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { labelShaped, labelWords, staffRoleLine } from './story-label';
import { parseDateline } from './dateline';

const { lex, fromText, extract } = roundFixtures(['dev']);
const words = labelWords(lex);
const HEADLINE = 'اليونان تعرض نقل شحنات الحبوب الأوكرانية عبر موانئها الشمالية';
const LEAD = 'عرضت الحكومة اليونانية على أوكرانيا نقل جزء من شحنات الحبوب عبر موانئها الشمالية، في ظل ازدحام الممرات البرية عبر دول الجوار.';
const MORE = 'وقال وزير النقل إن العرض يشمل تخفيضات في رسوم الموانئ خلال الأشهر الثلاثة الأولى.';

describe('a short line right over the story is its label, not the masthead', () => {
  it('a section under the date bar («حول العالم») over the headline names no outlet', () => {
    const { article } = extract('u1620');
    expect(article.source).toBeUndefined();
    expect(article.title).toBe('أنقرة تعرض استضافة جولة فنية جديدة بين موسكو وكييف حول سلامة الملاحة');
  });
  it('the page\'s first line shaped like a label: one definite word, a category with «غير», a widget over the lead', () => {
    expect(extract('u1621').article.source).toBeUndefined();
    expect(extract('u1622').article.source).toBeUndefined();
    expect(extract('u1623').article.source).toBeUndefined();
    expect(extract('u1628').article.source).toBeUndefined();
  });
  it('inline: «الاقتصادية» over a headline is refused, «الاقتصادية» over a date bar is still read as a masthead', () => {
    expect(fromText(`الاقتصادية\n${HEADLINE}\n${LEAD}\n${MORE}\n`).article.source).toBeUndefined();
    expect(fromText(`الاقتصادية\nالأحد 15 فبراير 2026\n${HEADLINE}\n${LEAD}\n${MORE}\n`).article.source).toBe('الاقتصادية');
  });
  it('label shapes: what they refuse and what they keep', () => {
    for (const t of ['الاقتصادية', 'المحتويات', 'جريدة', 'أخبار عالمية', 'غير مصنف', 'شؤون دولية']) expect(labelShaped(t, words), t).toBe(true);
    for (const t of ['منشيت', 'زاجل', 'صوت الشعب', 'أخبار الشمال', 'الساحل نيوز', 'خارج الحدود']) expect(labelShaped(t, words), t).toBe(false);
  });
});

describe('a masthead is still read where a brand or furniture stands by it', () => {
  it('a coined one-word name alone over the headline stays the guess; a Latin brand above the line makes it the masthead', () => {
    expect(extract('u1626').article.source).toBe('زاجل');
    expect(extract('u1627').article.source).toBe('الرافد');
  });
});

describe('a masthead\'s staff box and a credited caption', () => {
  it('«رئيس مجلس الإدارة» printed twice is a role, not the site\'s name printed again', () => {
    expect(extract('u1624').article.source).toBeUndefined();
    expect(staffRoleLine('رئيس التحريرسامي عبد الجليل', lex.staffRoles)).toBe(true);
    expect(staffRoleLine('رئيس الوزراء يستقبل السفير', lex.staffRoles)).toBe(false);
  });
  it('the masthead over a glued staff line is still the outlet', () => {
    expect(extract('u1629').article.source).toBe('الرصيف');
  });
  it('an alt text and its caption with a credit word after it («…، أرشيفية») yield to the headline above them', () => {
    expect(extract('u1625').article.title).toBe('الكرملين يحدد شروطه لأي لقاء بين بوتين وزيلينسكي');
  });
});

describe('a site\'s name and a colon before the lead', () => {
  it('«المدار الاخبارية : افتتح …»: two words closed by a site\'s word credit the story; they are no place', () => {
    const { article, place } = extract('u1630');
    expect(article.source).toBe('المدار الاخبارية');
    expect(place).toBeUndefined();
    expect(article.paragraphs[0]).toMatch(/^افتتح وزير الزراعة/);
    const d = parseDateline(`الساحل الشرقي : ${LEAD}`, lex);
    expect(d?.outlet).toBeUndefined(); // a two-word place stays a place
  });
});

describe('«NAME- » before a lead that opens with a particle', () => {
  it('«نبض الوادي- لم تستطع …»: «لم» opens the story, so the name before it is the credit; «- الذي …» still continues a clause', () => {
    const d = parseDateline(`نبض الوادي- لم تستطع الحكومة حتى الآن تحديد موعد لاستئناف المحادثات مع الجانب الأوكراني.`, lex);
    expect(d?.outlet?.name).toBe('نبض الوادي');
    expect(parseDateline(`نبض الوادي- الذي تأسس قبل عامين يواصل تغطية المحادثات مع الجانب الأوكراني.`, lex)?.outlet).toBeUndefined();
  });
});
