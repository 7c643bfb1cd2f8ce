// Thirty-third round, merged (13m): aside33's (spent) misses in other outlets' shapes — headline furniture
// of new shapes at the line's ends (an icon and its count, a series' part «الحلقة 2 من 3 ::», a pager's
// links between arrows, a fact-check badge beside a check mark), and a feed reader's chrome (its tabs in
// any language, the feed's unread count) never the outlet; a comment line opening on its count and a year
// written in words as dates. Pages: tests/fixtures/ingest-unseen/dev/u2940–u2959 (six of them guards).
import { describe, expect, it } from 'vitest';
import { extractWithEvidence } from './extract';
import { headlineFurniture } from './headline-furniture';
import { notANameByShape, withoutUnreadCount } from './outlet-shape';
import { roundFixtures } from './round-fixtures';

const { lex, labelled } = roundFixtures(['dev']);
const words = lex.headlineFurniture;
const pages = new Map<string, ReturnType<typeof labelled>>(); // each page extracted once
const pageOf = (id: string) => pages.get(id) ?? pages.set(id, labelled(id)).get(id)!;
const extracted = (id: string) => pageOf(id).extraction;
const expected = (id: string) => pageOf(id).expected;
const outletOf = (id: string) => extracted(id).evidence[0].fields.find((f) => f.field === 'outlet')?.value ?? null;
const HEAD = 'وزير النقل يفتتح محطة القطار الجديدة';

describe('headlineFurniture: an icon count, a series part, a pager, a fact-check badge', () => {
  it.each([
    [`${HEAD} ❤ 96`, '❤ 96', true],
    [`${HEAD} • 👁 2,310`, '• 👁 2,310', true],
    [`الحلقة 4 من 6 :: ${HEAD}`, 'الحلقة 4 من 6 ::', false],
    [`Part 2 of 3 | ${HEAD}`, 'Part 2 of 3 |', false],
    [`${HEAD} ⟵ السابق | التالي ⟶`, '⟵ السابق | التالي ⟶', true],
    [`${HEAD} ◀ الخبر السابق | الخبر التالي ▶`, '◀ الخبر السابق | الخبر التالي ▶', true],
    [`${HEAD} ✓ تم التحقق`, '✓ تم التحقق', true],
  ])('%s', (line, cut, after) => {
    expect(headlineFurniture(line, words)).toMatchObject({ cut, rest: HEAD, after });
  });
  it('guards: a pager word or a badge alone, a series label without its count, a number inside the headline', () => {
    expect(headlineFurniture('كييف تتهم موسكو بخرق التفاهم المبرم خلال الأسبوع السابق', words)).toBeUndefined();
    expect(headlineFurniture('الوكالة الذرية تقول إن سلامة المحطة تم التحقق', words)).toBeUndefined();
    expect(headlineFurniture('الحلقة 2 من المحادثات الفنية تنطلق في الدوحة', words)).toBeUndefined();
    expect(headlineFurniture('الجزء 3 من المساعدات يصل إلى خيرسون', words)).toBeUndefined();
    expect(headlineFurniture('أوكرانيا تستعيد 214 أسيرا في صفقة تبادل جديدة', words)).toBeUndefined();
  });
});

describe('a feed reader\'s chrome is never the outlet', () => {
  it('its tabs and buttons in any language are interface labels; a name is not', () => {
    for (const label of ['Unread only', 'Starred only', 'Open in browser', 'Non lus', 'غير المقروءة فقط']) expect(notANameByShape(label, lex)).toBeDefined();
    expect(notANameByShape('منزل تميم نيوز', lex)).toBeUndefined();
  });
  it('the feed\'s unread count is cut from its name; a number of the name is kept', () => {
    const line = (text: string) => ({ text, key: text, words: text.split(' ').length });
    expect(withoutUnreadCount(line('بوسالم بوست (4)'))?.text).toBe('بوسالم بوست');
    expect(withoutUnreadCount(line('عين دراهم 24 (7)'))?.text).toBe('عين دراهم 24');
    expect(withoutUnreadCount(line('وكالة الأنباء القرآنية الدولية (إكنا)'))?.text).toBe('وكالة الأنباء القرآنية الدولية (إكنا)');
  });
});

describe('the dev pages', () => {
  it.each(['u2940', 'u2941', 'u2942', 'u2943', 'u2944', 'u2945', 'u2946', 'u2947', 'u2948', 'u2949'])('%s: the headline less its furniture, the guards whole', (id) => {
    expect(extracted(id).articles[0].title).toBe(expected(id).title);
  });
  it.each(['u2950', 'u2951', 'u2952', 'u2953'])('%s: the feed\'s name, never a tab; no outlet when no feed is named', (id) => {
    expect(outletOf(id)).toBe(expected(id).outlet);
  });
});

describe('dates: a year in words, a comment line opening on its count', () => {
  it('reads a year written in words and a year\'s label between the month and the year', () => {
    expect(lex.dates.parse('الخميس السادس عشر من ديسمبر عام ألفين وسبعة وعشرين')).toBe('2027-12-16');
    expect(lex.dates.parse('20 ديسمبر سنة ألفين وخمسة وعشرين')).toBe('2025-12-20');
    expect(lex.dates.parse('3 مارس عام 2027')).toBe('2027-03-03');
  });
  it('guards: a year in words with no day and month is no date; a thousands word alone dates nothing', () => {
    expect(lex.dates.parse('منذ عام ألفين وعشرين')).toBeUndefined();
    expect(lex.dates.parse('بلغت الخسائر ألفين وخمسمئة دولار')).toBeUndefined();
  });
  it.each(['u2954', 'u2955', 'u2956', 'u2957', 'u2958', 'u2959'])('%s: the page\'s date', (id) => {
    expect(extracted(id).articles[0].date ?? null).toBe(expected(id).date);
  });
});

// The dev ids of this wave (u2940–u2959) are all used: the notes app's node is written here, in our own words.
const NODE_PAGE = [
  'ملفات ▸ تونس ▸ سجنان نيوز',
  'عقدة: تونس وأوكرانيا والقمح',
  '2027/12/28 - 09:41',
  'سجنان نيوز',
  'تونس توقع مع أوكرانيا اتفاقا لتوريد القمح الصلب',
  '26 ديسمبر 2027',
  'وقعت تونس وأوكرانيا اتفاقا لتوريد شحنات من القمح الصلب خلال الموسم المقبل بأسعار تفضيلية، وفق ما أعلنه ديوان الحبوب.',
  'وقال المدير العام للديوان إن الاتفاق يضمن تزويد المطاحن بانتظام إلى نهاية الصيف.',
].join('\n');

describe('a hierarchical notes app\'s node: its tree path, node title and edit time are the app\'s', () => {
  it('the headline, the printed date and the site\'s name under the app\'s header', () => {
    const x = extractWithEvidence(NODE_PAGE, 'node.txt', lex);
    expect(x.articles[0].title).toBe('تونس توقع مع أوكرانيا اتفاقا لتوريد القمح الصلب');
    expect(x.articles[0].date).toBe('2027-12-26');
    expect(x.evidence[0].fields.find((f) => f.field === 'outlet')?.value).toBe('سجنان نيوز');
  });
  it('guard: a site\'s own trail with «▸» and no node title is no notes app (its masthead still read)', () => {
    const page = ['سجنان نيوز', 'الرئيسية ▸ وطنية ▸ اقتصاد', ...NODE_PAGE.split('\n').slice(4)].join('\n');
    const x = extractWithEvidence(page, 'site.txt', lex);
    expect(x.articles[0].title).toBe('تونس توقع مع أوكرانيا اتفاقا لتوريد القمح الصلب');
    expect(x.evidence[0].fields.find((f) => f.field === 'outlet')?.rule).not.toMatch(/copying tool/u);
  });
});
