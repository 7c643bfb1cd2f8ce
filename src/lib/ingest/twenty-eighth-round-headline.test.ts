// Twenty-eighth round (session 31): the headline on real outlets' pages. Three causes of the real
// probes' title misses, in our own words: an export's «date» field glued before the headline or the
// lead (headline-segments.ts, dateline.ts), a short label under the headline whose few words the lead
// repeats all of (headline-deck.ts), and a lead-in, a ticker or a notice read as the story's first
// paragraph over the headline (headline-candidates.ts headlineBelowStart). Guards beside each.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { gluedDate } from './headline-segments';

const { fromText, page, lex } = roundFixtures([]);

const HEADLINE = 'هلسنكي تعرض استضافة محادثات فنية بين موسكو وكييف حول تبادل الجثامين';
const STORY = 'عرضت الحكومة الفنلندية استضافة محادثات فنية بين موسكو وكييف حول تبادل جثامين الجنود، وقالت إن العرض نقل إلى الطرفين هذا الأسبوع.';
const MORE = 'ولم يصدر تعليق رسمي من العاصمتين على العرض حتى مساء اليوم.';

describe('an export\'s «date» field glued before the headline or the lead', () => {
  it('«date 2027-02-01 HEADLINE» under a menu: the field is cut, the headline is the title', () => {
    const got = fromText(page('صدى الوديان', 'الرئيسية', 'دولي', `date 2027-02-01 ${HEADLINE}`, STORY, MORE));
    expect(got.article.title).toBe(HEADLINE);
  });
  it('«date 2027-01 LEAD» (a month alone): the field is cut off the lead, the title made from the lead, no date', () => {
    const got = fromText(page(`date 2027-01 ${STORY}`, MORE));
    expect(got.article.paragraphs[0]).toBe(STORY);
    expect(got.article.title.startsWith('عرضت الحكومة الفنلندية')).toBe(true);
    expect(got.article.date ?? null).toBeNull();
  });
  it('guard (read on main too): «date 2027-01-19 - LEAD», a dash after the field: cut, the field\'s date kept', () => {
    const got = fromText(page(`date 2027-01-19 - ${STORY}`, MORE));
    expect(got.article.paragraphs[0]).toBe(STORY);
    expect(got.article.date).toBe('2027-01-19');
  });
  it('guard: a field before a line as short as a section\'s heading is no headline on that evidence', () => {
    expect(gluedDate('date 2027-02-01 أهمية محادثات الجثامين', lex.dates, lex.functionWords)).toBeUndefined();
    expect(gluedDate(`date 2027-02-01 ${HEADLINE}`, lex.dates, lex.functionWords)?.rest).toBe(HEADLINE);
  });
  it('guard: «date … HEADLINE - NAME» is the title bar when the headline is printed alone below it', () => {
    const got = fromText(page(`date 2027-02-01 ${HEADLINE} - صدى الوديان`, 'الاثنين 1 فبراير 2027', HEADLINE, STORY, MORE));
    expect(got.article.title).toBe(HEADLINE);
  });
});

describe('a short label under the headline', () => {
  it('three words the lead repeats all of, under a headline the lead repeats more words of: the headline wins', () => {
    const got = fromText(page('نبض الساحل', '', 'واشنطن تعاقب شركتي شحن روسيتين بسبب سقف أسعار النفط', '', 'عقوبات النفط الروسي', '',
      'فرضت وزارة الخزانة الأمريكية عقوبات جديدة على شركتين روسيتين للشحن البحري، قالت إنهما ساعدتا في نقل النفط الروسي فوق السقف السعري الذي حددته مجموعة السبع.', '', MORE));
    expect(got.article.title).toBe('واشنطن تعاقب شركتي شحن روسيتين بسبب سقف أسعار النفط');
  });
  it('guard: a short headline under a long tagline the lead repeats fewer words of stays the headline', () => {
    const got = fromText(page('منبر الهضاب', 'صوت الهضاب العليا ومنبر أخبار الطاقة والاقتصاد والتعاون الدولي', 'تعاون نووي جزائري روسي',
      'بحث وزير الطاقة الجزائري مع سفير روسيا تطوير التعاون النووي السلمي بين البلدين، وفق بيان للوزارة.', MORE));
    expect(got.article.title).toBe('تعاون نووي جزائري روسي');
  });
});

describe('a line of the page read as the story\'s first paragraph over the headline', () => {
  it('a chat\'s lead-in closed by a colon over the headline, the site\'s name and a date: the headline is the title', () => {
    const got = fromText(page('#أخبار > أوكرانيا', 'للمتابعة، هذا ما نشر اليوم عن العرض:', HEADLINE, 'صدى الوديان', '17 فبراير 2027', STORY, MORE));
    expect(got.article.title).toBe(HEADLINE);
    expect(got.article.paragraphs[0]).toBe(STORY);
  });
  it('guard: a lead, a sub-heading the next paragraph repeats, and that paragraph about the same story: the lead stays', () => {
    const lead = 'عرضت الحكومة الفنلندية استضافة محادثات فنية بين موسكو وكييف، وقالت إن العرض يشمل تبادل جثامين الجنود وملفات إنسانية أخرى.';
    const got = fromText(page(lead, 'ملفات إنسانية على طاولة المحادثات الفنية', 'وتشمل الملفات الإنسانية المطروحة على طاولة المحادثات الفنية في هلسنكي تبادل جثامين الجنود وزيارات الأسرى.'));
    expect(got.article.paragraphs[0]).toBe(lead);
    expect(got.article.title.startsWith('عرضت الحكومة الفنلندية')).toBe(true);
  });
});
