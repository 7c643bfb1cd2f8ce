// Twenty-second round, part H (session 25): headline shapes — a genre tag glued to the headline
// («فيديو |», «صور |», «مباشر |», «عاجل |»: `genreTags`), a headline printed only in the browser's title
// bar with the site's name, a speaker's or kicker's line ending on a colon over the headline, a clip's
// description or an interview's teaser over it. Dev pages u1430–u1459 written before any change (the
// aside third `dev-aside-25h` — u1431, u1434, u1437, u1440, u1443, u1446, u1449, u1452, u1455, u1458 —
// is never asserted here) and pages written for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { lex, fromText, extract, page } = roundFixtures(['dev']);
const HEADLINE = 'النرويج تعرض استضافة جولة محادثات روسية أوكرانية في أوسلو';
const STORY = [
  'أعلنت النرويج استعدادها لاستضافة جولة جديدة من المحادثات بين روسيا وأوكرانيا حول تبادل الأسرى والممرات الإنسانية في أوسلو مطلع الشهر المقبل.',
  'وقال وزير الخارجية النرويجي إن بلاده تلقت إشارات إيجابية من الطرفين، وإن فريقا فنيا بدأ التحضير للقاءات.',
];

describe('a genre tag glued to the headline is no UI label (`genreTags`)', () => {
  it('dev u1433 (a live page «مباشر |»), u1439 (a video «فيديو |»), u1442 (a gallery «صور |»)', () => {
    expect(extract('u1433').article.title).toBe('مباشر | اليوم الثاني من محادثات إسطنبول بين روسيا وأوكرانيا');
    expect(extract('u1439').article.title).toBe('فيديو | لافروف يرد على سؤال حول لقاء بوتين وزيلينسكي');
    expect(extract('u1442').article.title).toBe('صور | وفود السلام تصل إلى جنيف وسط إجراءات أمنية مشددة');
  });
  it('a breaking headline written for this test, «عاجل | …», under a ticker of unrelated breaking lines', () => {
    expect(lex.genreTags.has('عاجل')).toBe(true);
    const breaking = 'عاجل | النرويج تعرض استضافة محادثات روسية أوكرانية في أوسلو';
    const { article } = fromText(page('صدى الفيورد', 'عاجل | ارتفاع أسعار الذهب في الأسواق', 'الرئيسية', 'دولي', breaking, '3 ديسمبر 2026', ...STORY));
    expect(article.title).toBe(breaking);
  });
  it('a genre or status tag closing the headline in brackets is no photo credit (written for this test)', () => {
    for (const tag of ['(فيديو)', '(تحديث مستمر)']) {
      const { article } = fromText(page('صدى الفيورد', 'الرئيسية', `${HEADLINE} ${tag}`, '3 ديسمبر 2026', ...STORY));
      expect(article.title).toBe(`${HEADLINE} ${tag}`);
    }
  });
  it('a call to action is no genre tag: «شاهد | …» over the headline stays a teaser (dev u910)', () => {
    expect(lex.genreTags.has('شاهد')).toBe(false);
    expect(extract('u910').article.title).toBe('الوفد الأوكراني يصل إلى جنيف استعدادا لجولة المحادثات مع روسيا');
  });
});

describe('a headline printed only in the title bar loses the site\'s name', () => {
  it('dev u1454 («HEADLINE | الميزان برس», the masthead under it) and u1456 («بريد الشرق | HEADLINE»: the bar names the outlet)', () => {
    expect(extract('u1454').article.title).toBe('وفد يمني يشارك في مؤتمر موسكو حول الأمن الغذائي');
    const named = extract('u1456').article;
    expect(named.title).toBe('الفاتيكان يعرض استضافة لقاء بين رجال دين روس وأوكرانيين');
    expect(named.source).toBe('بريد الشرق');
  });
  it('a first-line bar written for this test whose name is printed nowhere else («… - صدى النرويج»)', () => {
    const { article } = fromText(page(`${HEADLINE} - صدى النرويج`, 'Norway Echo', 'الرئيسية', 'سياسة', '3 ديسمبر 2026', ...STORY));
    expect(article.title).toBe(HEADLINE);
    expect(article.source).toBe('صدى النرويج');
  });
  it('a three-part bar «HEADLINE | SECTION | NAME» is a title bar, not a breadcrumb (written for this test)', () => {
    const { article } = fromText(page(`${HEADLINE} | سياسة | صدى النرويج`, 'الرئيسية', '3 ديسمبر 2026', ...STORY));
    expect(article.title).toBe(HEADLINE);
    expect(article.source).toBe('صدى النرويج');
    // A breadcrumb opens with a short entry and stays a menu line, however it ends.
    const crumb = fromText(page('صدى النرويج', `الرئيسية | دولي | ${HEADLINE}`, HEADLINE, '3 ديسمبر 2026', ...STORY)).article;
    expect(crumb.title).toBe(HEADLINE);
  });
  it('a dash between two sides the lead both repeats cuts nothing', () => {
    const both = 'أوسلو - محادثات روسية أوكرانية جديدة حول الأسرى';
    const { article } = fromText(page(both, 'الرئيسية', '3 ديسمبر 2026', ...STORY));
    expect(article.title).toBe(both);
  });
});

describe('a line over the headline that leads into it or describes it', () => {
  it('a speaker\'s line ending on a colon over the quote (written for this test; dev u1453 has a one-word speaker)', () => {
    const quote = '«مستعدون لاستضافة جولة محادثات روسية أوكرانية في أوسلو»';
    const { article } = fromText(page('صدى الفيورد', 'أخبار', 'وزير الخارجية النرويجي:', quote, '3 ديسمبر 2026', ...STORY));
    expect(article.title).toBe(quote);
    expect(extract('u1453').article.title).toBe('«أي تسوية يجب أن تراعي مصالح روسيا الأمنية»');
  });
  it('a kicker ending on a colon over the headline, with a deck under it (written for this test)', () => {
    const deck = 'وزير الخارجية النرويجي يعلن أن بلاده تلقت إشارات إيجابية من الطرفين';
    const { article } = fromText(page('صدى الفيورد', 'دولي', 'بعد اتصالات مكثفة مع الطرفين:', HEADLINE, deck, '3 ديسمبر 2026', ...STORY));
    expect(article.title).toBe(HEADLINE);
  });
  it('a clip\'s description over the headline, the headline on the running time (written for this test)', () => {
    const description = 'وزير الخارجية النرويجي يتحدث في مؤتمر صحفي في أوسلو عن استعداد بلاده لاستضافة جولة محادثات بين روسيا وأوكرانيا';
    const { article } = fromText(page('صدى الفيورد', 'فيديو', description, HEADLINE, 'مدة الفيديو 02:10', '3 ديسمبر 2026', ...STORY));
    expect(article.title).toBe(HEADLINE);
  });
  it('an interview\'s teaser over the quoted headline (written for this test)', () => {
    const teaser = 'في حوار خاص، وزير الخارجية النرويجي يتحدث عن استعداد أوسلو لاستضافة جولة محادثات بين روسيا وأوكرانيا';
    const quoted = 'وزير الخارجية النرويجي: «أوسلو مستعدة لاستضافة المحادثات»';
    const { article } = fromText(page('صدى الفيورد', 'حوارات', teaser, quoted, '3 ديسمبر 2026', ...STORY));
    expect(article.title).toBe(quoted);
  });
});
