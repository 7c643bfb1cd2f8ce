// Twenty-seventh round (session 30): a headline printed on one line with more than the headline —
// the page's date before or after it, a trail or the site's name before a spaced separator whose
// entries the page prints elsewhere — is a candidate, the part cut off (headline-segments.ts).
// aside26's two headline misses (u1931, u1949) and a real-page probe's «NAME | HEADLINE» lines, in
// our own words; guards for dates that are the headline's own words.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { gluedDate, ownClosingDate } from './headline-segments';

const { fromText, page, lex } = roundFixtures([]);

const HEADLINE = 'أوسلو تعرض استضافة محادثات حول الممرات البحرية في البحر الأسود';
const STORY = 'عرضت الحكومة النرويجية استضافة محادثات بين موسكو وكييف حول تأمين الممرات البحرية في البحر الأسود، وقالت إن العرض نقل إلى الطرفين هذا الأسبوع.';
const MORE = 'ولم يصدر تعليق رسمي من العاصمتين على العرض حتى مساء اليوم.';

describe('a date glued to the headline on one line', () => {
  it('a weekday, a day, a two-word Levantine month and a year before it: the headline alone is the title', () => {
    const got = fromText(page('صدى الوديان', 'الرئيسية', 'دولي', `الثلاثاء 3 تشرين الثاني 2026 ${HEADLINE}`, STORY, MORE));
    expect(got.article.title).toBe(HEADLINE);
  });
  it('the date and a clock time after it: cut', () => {
    const got = fromText(page('صدى الوديان', 'الرئيسية', 'دولي', `${HEADLINE} الثلاثاء 03-11-2026 11:05 ص`, STORY, MORE));
    expect(got.article.title).toBe(HEADLINE);
  });
  it('guard: a day and a month without a year opening the headline are its words', () => {
    expect(gluedDate('20 نوفمبر موعدا لجولة جديدة من المحادثات', lex.dates, lex.functionWords)).toBeUndefined();
  });
  it('guard: a date its own preposition leads into closes the headline and is kept, the line not refused', () => {
    const headline = 'النرويج تمدد عرض الوساطة البحرية حتى 31 مارس 2027';
    expect(gluedDate(headline, lex.dates, lex.functionWords)).toBeUndefined();
    expect(ownClosingDate(headline, lex.dates, lex.functionWords)).toBe(true);
    const got = fromText(page('صدى الوديان', 'الرئيسية', 'دولي', headline, '03/11/2026', 'قررت الحكومة النرويجية تمديد عرض الوساطة البحرية بين موسكو وكييف حتى نهاية مارس المقبل.', MORE));
    expect(got.article.title).toBe(headline);
  });
});

describe('a trail or the site\'s name glued before the headline, named elsewhere on the page', () => {
  it('«أخبار العالم » البحر الأسود » HEADLINE»: the lead names the trail\'s words, the menu prints its first entry: cut', () => {
    const got = fromText(page('صدى الوديان', 'أخبار العالم', 'اقتصاد', `أخبار العالم » البحر الأسود » ${HEADLINE}`, '03/11/2026', STORY, MORE));
    expect(got.article.title).toBe(HEADLINE);
  });
  it('«NAME | HEADLINE» on top, a name the story repeats, printed in the lead\'s dateline and a closing «المصدر:» line: the name cut off', () => {
    const lead = `أوسلو/ النرويج بالعربية/ ${STORY} وقال متحدث لـ«النرويج بالعربية» إن الوساطة مستمرة.`;
    const got = fromText(page(`النرويج بالعربية | ${HEADLINE}`, lead, MORE, 'المصدر: النرويج بالعربية'));
    expect(got.article.title).toBe(HEADLINE);
  });
  it('guard: a section the lead names and the page prints nowhere else stays uncut (twenty-fifth round\'s guard)', () => {
    const got = fromText(page('صدى الوديان', 'الرئيسية', 'محليات', `النرويج | ${HEADLINE}`, '03/11/2026', `${STORY} وأكدت النرويج استعدادها.`, MORE));
    expect(got.article.title).not.toBe(HEADLINE);
  });
});
