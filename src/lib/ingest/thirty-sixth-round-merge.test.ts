// Thirty-sixth round, at the merge (13m): aside36's (spent) misses in other outlets' shapes — «من عام» / «من العام»
// between the month and the year, the Libyan month names («5 الطير 2028») and the Albanian ones («14 shkurt 2028»), a
// markdown file's name (a writing app's window title, a path) marking a markdown copy so its «# » is cut, an unlisted
// wire's Latin code vouching for a place the station's own name holds («بودغوريتسا (MINA) –» on «راديو بودغوريتسا»),
// NNA's short name with the article «صيدا - الوطنية -», a weak frame name (a contact line, the site's photo credit) its
// Latin form elsewhere agrees with, a clipped source line's date beside the name; and guards: «الوطنية» in prose,
// month-like words and «من عام» in a story under a printed date. Pages: tests/fixtures/ingest-unseen/dev/u3390–u3404
// (three of them guards).
import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline';
import { markdownKinds, withoutMarkdownMarkers } from './markdown-copy';
import { roundFixtures } from './round-fixtures';
import { extractWithEvidence } from './extract';
import { latinAgreedName } from './latin-agreement';
import type { ClassifiedLine } from './classify';

const { lex, labelled } = roundFixtures(['dev']);
const pages = new Map<string, ReturnType<typeof labelled>>(); // each page extracted once
const pageOf = (id: string) => pages.get(id) ?? pages.set(id, labelled(id)).get(id)!;
const field = (id: string, name: string) => pageOf(id).extraction.evidence[0].fields.find((f) => f.field === name)?.value ?? null;

describe('dates in rarer words', () => {
  it.each([
    ['الأحد الثالث من مارس من عام 2028', '2028-03-03'],
    ['نشر في 9 فبراير من العام 2028', '2028-02-09'],
    ['الأربعاء 5 الطير 2028', '2028-04-05'],
    ['21 النوار 2028', '2028-02-21'],
    ['18 أي النار 2028', '2028-01-18'],
    ['14 shkurt 2028', '2028-02-14'],
    ['25 janar 2028', '2028-01-25'],
    ['3 nëntor 2027', '2027-11-03'],
  ])('%s → %s', (text, iso) => expect(lex.dates.parse(text)).toBe(iso));
  it.each(['يستعد المزارعون لموسم الربيع 2028', 'منذ الربع الأول من عام 2027 تضاعفت الصادرات'])('%s holds no full date', (text) =>
    expect(lex.dates.parse(text)).toBeUndefined());
});

describe('a markdown file names its copy', () => {
  it.each(['gharyan-grain.md - Ulysses', 'notes/jadu-bakeries.markdown', 'kyiv.md — iA Writer'])('%s with a heading is a markdown copy', (top) => {
    const lines = [top, '# عنوان الخبر هنا', 'نص الخبر.'];
    expect(markdownKinds(lines)).toBe(2);
    expect(withoutMarkdownMarkers(lines)[1]).toBe('عنوان الخبر هنا');
  });
  it('a hashtag beside a file name is left as printed', () => {
    const lines = ['notes.md', '#أوكرانيا', 'نص الخبر.'];
    expect(withoutMarkdownMarkers(lines)[1]).toBe('#أوكرانيا');
  });
  it('a domain ending in «.md» letters but no file («site.mdx») is not a markdown file', () =>
    expect(markdownKinds(['site.mdx', '# عنوان'])).toBe(1));
});

describe('datelines', () => {
  it('«الوطنية» between dashes after a place is NNA', () => {
    const d = parseDateline('صيدا - الوطنية - طالب تجار في صيدا بتسهيل استيراد زيوت الطعام من أوكرانيا.', lex);
    expect(d?.place).toBe('صيدا');
    expect(d?.agency?.name).toBe('الوطنية');
    expect(lex.names('الوطنية')?.kind).toBe('agency');
  });
});

describe('the pages (dev u3390–u3402)', () => {
  it.each(['u3390', 'u3391', 'u3392', 'u3393', 'u3394', 'u3401', 'u3402'])('%s: the date', (id) =>
    expect(pageOf(id).extraction.articles[0].date).toBe(pageOf(id).expected.date));
  it.each(['u3395', 'u3396'])('%s: a markdown file\'s heading and its site line', (id) => {
    expect(pageOf(id).extraction.articles[0].title).toBe(pageOf(id).expected.title);
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
  });
  it('u3397: the wire\'s Latin code before the station\'s own place name', () => {
    expect(pageOf('u3397').extraction.articles[0].agency).toBe('MINA');
    expect(pageOf('u3397').extraction.articles[0].paragraphs[0].startsWith('عرضت')).toBe(true);
  });
  it.each(['u3398', 'u3399'])('%s: NNA\'s short name is the agency, cut from the lead', (id) => {
    expect(pageOf(id).extraction.articles[0].agency).toBe('الوطنية');
    expect(pageOf(id).extraction.articles[0].paragraphs[0]).toBe(pageOf(id).expected.paragraphs[0]);
  });
  it('u3400: «الوطنية» in prose credits no one', () => expect(pageOf('u3400').extraction.articles[0].agency).toBeUndefined());
});

describe('a weak frame name and its Latin form', () => {
  const lines = (texts: string[]) => texts.map((text, index) => ({ text, index, kind: 'other', words: text.split(/\s+/).length }) as unknown as ClassifiedLine);
  it('a photo credit and a Latin masthead agree', () =>
    expect(latinAgreedName(lines(['TALSINT PRESS', 'عنوان', 'عدسة تالسينت بريس']), lex)[0]?.value).toBe('تالسينت بريس'));
  it('a contact line and a footer domain agree', () =>
    expect(latinAgreedName(lines(['للتواصل مع تالسينت بريس: info@x.ma', 'talsint-press.ma']), lex)[0]?.value).toBe('تالسينت بريس'));
  it('a contact line and an e-mail address\'s name agree', () =>
    expect(latinAgreedName(lines(['تواصل مع تالسينت بريس', 'راسلونا: talsintpress@gmail.com']), lex)[0]?.value).toBe('تالسينت بريس'));
  it('a photographer\'s name the Latin line does not spell names no one', () =>
    expect(latinAgreedName(lines(['TALSINT PRESS', 'تصوير: محمد العلوي']), lex)).toEqual([]));
  it('a Latin line alone names no one', () => expect(latinAgreedName(lines(['TALSINT PRESS', 'عنوان الخبر']), lex)).toEqual([]));
  it.each(['u3403', 'u3404'])('%s: the outlet', (id) => expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet));
});

describe('a Kurmanji masthead, a year-less wire day, a clipped source line', () => {
  const run = (raw: string[]) => extractWithEvidence(raw.join('\n'), 'page.txt', lex);
  const story = ['نجحت جهود وساطة جديدة في إتمام عملية تبادل للأسرى بين روسيا وأوكرانيا بعد أشهر من المحادثات.', 'وأعربت الوزارة عن شكرها للبلدين على تعاونهما في هذا الملف الإنساني.'];
  it('«Derbendîxan» and «دربندخان» are one name (a Kurmanji «x» is «خ»)', () => expect(lex.sameName('Derbendîxan News', 'دربندخان نيوز')).toBe(true));
  it('a Latin «x» is still read as «كس» («Alex News» / «الكس نيوز»)', () => expect(lex.sameName('Alex News', 'الكس نيوز')).toBe(true));
  it('a year-less wire day takes the one year of the © line when nothing else dates the page', () =>
    expect(run(['صحيفة المثال', 'عنوان الخبر عن تبادل الأسرى بين روسيا وأوكرانيا', `أبوظبي في 8 يناير / وام / ${story[0]}`, story[1], '© صحيفة المثال - 2028']).articles[0].date).toBe('2028-01-08'));
  it('a © range names no year: the day stays undated', () =>
    expect(run(['صحيفة المثال', 'عنوان الخبر عن تبادل الأسرى بين روسيا وأوكرانيا', `أبوظبي في 8 يناير / وام / ${story[0]}`, story[1], '© 2015 - 2028 صحيفة المثال']).articles[0].date).toBeUndefined());
  it('a printed date beats the © year', () =>
    expect(run(['صحيفة المثال', 'عنوان الخبر عن تبادل الأسرى بين روسيا وأوكرانيا', '3 فبراير 2027', `أبوظبي في 2 فبراير / وام / ${story[0]}`, story[1], '© صحيفة المثال - 2028']).articles[0].date).toBe('2027-02-03'));
  it('«المصدر: NAME – DATE»: the name without its date', () =>
    expect(run(['عنوان الخبر عن تبادل الأسرى بين روسيا وأوكرانيا', 'المصدر: تالسينت بريس – 22 يناير 2028', ...story]).articles[0].source).toBe('تالسينت بريس'));
});
