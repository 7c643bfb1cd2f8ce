// Thirty-eighth round, at the merge (13m): aside38's (spent) misses in other outlets' shapes — a month in Roman
// numerals («22/VI/2028»), digits parted by tatweels («٢٠ـ٥ـ٢٠٢٨»), Kurmanji («9ê Hezîranê 2028»), Polish in the
// genitive («3 czerwca 2028») and Portuguese («2 de junho de 2028») dates, a note app's «[[DATE]]» link to its daily
// note (cut: the copy's day, not the page's), a «✨ جديد ·» badge beside its icon before the headline, and a site's
// name printed whole in the rights line after a story with no headline; and guards: «جديد» as a headline's own word
// (no icon), a «[[topic]]» link (no date), a masthead in the rights line over a printed headline, an agency's own site
// crediting itself (the agency too, as the earlier sets label it); a follow line «تابعوا قناة NAME على واتساب» and a bare
// domain gluing the two-word name «kafrsousatoday.sy»; a desk line «NAME في COUNTRY – بالعربية» under a Latin acronym.
// Pages: tests/fixtures/ingest-unseen/dev/u3650–u3666.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { headlineFurniture } from './headline-furniture';
import { withoutMarkdownMarkers, markdownKinds } from './markdown-copy';

const { lex, labelled } = roundFixtures(['dev']);
const field = (id: string, name: string) => labelled(id).extraction.evidence[0].fields.find((f) => f.field === name)?.value ?? null;

describe('dates in Roman numerals, with tatweels, in Kurmanji, Polish and Portuguese', () => {
  it.each([
    ['10.IV.2028', '2028-04-10'],
    ['22/VI/2028', '2028-06-22'],
    ['5-VII-2028', '2028-07-05'],
    ['1.XII.2027', '2027-12-01'],
    ['١٤ـ٤ـ٢٠٢٨', '2028-04-14'],
    ['٢٠ـــ٥ـــ٢٠٢٨', '2028-05-20'],
    ['4ê Gulanê 2028', '2028-05-04'],
    ['9ê Hezîranê 2028', '2028-06-09'],
    ['13 maja 2028', '2028-05-13'],
    ['3 czerwca 2028', '2028-06-03'],
    ['14 de maio de 2028', '2028-05-14'],
    ['2 de junho de 2028', '2028-06-02'],
  ])('%s → %s', (text, iso) => expect(lex.dates.parse(text)).toBe(iso));
  it.each([
    'المرحلة IV من الخطة تبدأ في 2028',
    '10 IV 2028',
    '10.IV/2028',
    '31.II.2028',
    'بلغ الإنتاج ١٤ـ٤ ألف طن',
  ])('%s holds no full date', (text) => expect(lex.dates.parse(text)).toBeUndefined());
});

describe('a note app\'s daily-note link', () => {
  const page = ['Obsidian - Vault', '[[2028-06-09]]', '# ميناء صلالة يستعد لاستقبال شحنات حبوب إضافية', '3 يونيو 2028'];
  it('makes a markdown copy with a heading, and its dated link is cut', () => {
    expect(markdownKinds(page)).toBe(2);
    expect(withoutMarkdownMarkers(page)).toEqual(['Obsidian - Vault', '', 'ميناء صلالة يستعد لاستقبال شحنات حبوب إضافية', '3 يونيو 2028']);
  });
  it('a topic link is kept as printed', () => expect(withoutMarkdownMarkers(['[[أوكرانيا]]', '# عنوان الخبر هنا'])).toEqual(['[[أوكرانيا]]', 'عنوان الخبر هنا']));
  it('a heading alone is no markdown copy', () => expect(markdownKinds(['# عنوان الخبر هنا', 'نص'])).toBe(1));
});

describe('a new-story badge beside its icon', () => {
  it('«✨ جديد ·» is cut as a badge and its icon', () => {
    const cut = headlineFurniture('✨ جديد · الأردن يبحث مع شركائه بدائل لشحنات الذرة', lex.headlineFurniture);
    expect(cut?.rest).toBe('الأردن يبحث مع شركائه بدائل لشحنات الذرة');
    expect(cut?.kinds).toEqual(['symbols', 'badge']);
  });
  it('«جديد» alone before a bar is no cut', () => expect(headlineFurniture('جديد | أزمة الحبوب في المفرق تتفاقم', lex.headlineFurniture)).toBeUndefined());
});

describe('a domain gluing a two-word name', () => {
  it.each([
    ['sheikhbadrtoday.sy', 'الشيخ بدر اليوم'],
    ['kafrsousatoday.sy', 'كفر سوسة اليوم'],
  ])('%s spells %s word by word', (latin, arabic) => expect(lex.sameName(latin, arabic, true)).toBe(true));
  it.each([
    ['sheikhbadrtoday.sy', 'قناة الشيخ بدر'],
    ['sheikhbadrtoday.sy', 'الشيخ زايد اليوم'],
  ])('%s does not spell %s whole', (latin, arabic) => expect(lex.sameName(latin, arabic, true)).toBe(false));
});

describe('the pages', () => {
  it.each([
    ['u3650', 'title', 'الأردن يبحث مع شركائه بدائل لشحنات الذرة الأوكرانية'],
    ['u3651', 'title', 'ميناء صلالة يستعد لاستقبال شحنات حبوب إضافية من البحر الأسود'],
    ['u3651', 'date', '2028-06-03'],
    ['u3652', 'outlet', 'تلعفر اليوم'],
    ['u3653', 'date', '2028-06-22'],
    ['u3655', 'date', '2028-05-20'],
    ['u3656', 'date', '2028-06-09'],
    ['u3657', 'date', '2028-06-03'],
    ['u3658', 'date', '2028-06-02'],
    ['u3659', 'agency', 'وكالة أنباء الزبير'],
    ['u3661', 'title', 'جديد أزمة الحبوب: المفرق تطلب حصة إضافية من القمح'],
    ['u3663', 'date', '2028-05-21'],
    ['u3664', 'title', 'الرستاق اليوم: مزارعو الولاية يطلبون دعما للأسمدة'],
    ['u3665', 'outlet', 'كفر سوسة اليوم'],
    ['u3666', 'outlet', 'الإذاعة والتلفزيون في مقدونيا الشمالية'],
  ])('%s: %s is %s', (id, name, value) => expect(field(id, name)).toBe(value));
  it('u3652: no headline printed, the title is made from the lead, never the masthead', () => {
    const title = labelled('u3652').extraction.evidence[0].fields.find((f) => f.field === 'title');
    expect(title?.value).not.toBe('تلعفر اليوم');
    expect(labelled('u3652').extraction.articles[0].title).not.toBe('تلعفر اليوم');
  });
});
