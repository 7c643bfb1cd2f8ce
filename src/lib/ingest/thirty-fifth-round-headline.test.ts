// Thirty-fifth round (13h): headline and date on unseen pages — a copy tool's labelled header read by its shape
// (a TiddlyWiki tiddler's «title:», a Capacities weblink's «Title:», an Org capture's «* HEADLINE» over its
// drawer), dates in rare shapes (a day in ordinal words after «نُشر في», a toolbar's date beside «طباعة»,
// «منذ 45 دقيقة» under a mail's Date past midnight, «أول أمس» under the header's current date, a copy-link
// line's path). Pages: tests/fixtures/ingest-unseen/dev/u3170–u3199, the round's development part only
// (every third page from u3171 is the aside third `dev-aside-38h`, never read here).
import { describe, expect, it } from 'vitest';
import { withoutCopyHeaderLabels } from './copy-header';
import { extractWithEvidence } from './extract';
import { roundFixtures } from './round-fixtures';

const { lex, labelled } = roundFixtures(['dev']);
const pages = new Map<string, ReturnType<typeof labelled>>(); // each page extracted once
const pageOf = (id: string) => pages.get(id) ?? pages.set(id, labelled(id)).get(id)!;
const article = (id: string) => pageOf(id).extraction.articles[0];

describe('a copy tool\'s labelled header: its headline field read bare', () => {
  const head = 'الأمم المتحدة تدعو إلى هدنة محلية حول المحطة';
  it('a tiddler\'s «title:» among its stamps and link', () => {
    const lines = ['created: 20270405181233000', `title: ${head}`, 'url: https://example-site.com/2027/04/02/x', 'نص'];
    expect(withoutCopyHeaderLabels(lines)[1]).toBe(head);
  });
  it('a weblink\'s «Title:» under the tool\'s type line', () => {
    const lines = ['Weblink', `Title: ${head}`, 'URL: https://example-site.com/a', 'Saved: 16/07/2027'];
    expect(withoutCopyHeaderLabels(lines)[1]).toBe(head);
  });
  it('Org\'s heading stars over a properties drawer', () => {
    expect(withoutCopyHeaderLabels([`* ${head}`, ':PROPERTIES:', ':URL: https://example-site.com/a', ':END:'])[0]).toBe(head);
  });
  it('a lone labelled line is no header: kept', () => {
    const lines = [`Title: ${head}`, 'نص الخبر كاملاً هنا'];
    expect(withoutCopyHeaderLabels(lines)).toEqual(lines);
  });
  it('a header without a link or a stamp is no copy\'s: kept', () => {
    const lines = [`Title: ${head}`, 'Tags: politics'];
    expect(withoutCopyHeaderLabels(lines)).toEqual(lines);
  });
  it('a field the page prints again (a mail\'s Subject over the newsletter\'s headline): kept', () => {
    const lines = ['From: a <a@b.org>', `Subject: النشرة: ${head}`, 'Date: 9 April 2027 at 07:45', head];
    expect(withoutCopyHeaderLabels(lines)).toEqual(lines);
  });
});

describe('copies made by tools: the headline, and the page\'s date over the save', () => {
  it.each([
    ['u3170', 'an Org capture: the printed date, never :CAPTURED:'],
    ['u3172', 'a tiddler: the title field, the date from its url (created is the save)'],
    ['u3179', 'a weblink: the Title field, the date from its URL (Saved is the save)'],
  ])('%s — %s', (id) => {
    const { expected } = pageOf(id);
    expect(article(id).title).toBe(expected.title);
    expect(article(id).date).toBe(expected.date);
  });
});

describe('dates in rare shapes', () => {
  it('a day in ordinal words after «نُشر في» and «نشر هذا الخبر في»', () => {
    expect(lex.dates.parse('نُشر في الثاني والعشرين من آذار 2027')).toBe('2027-03-22');
    expect(lex.dates.parse('نشر هذا الخبر في العاشر من تشرين الأول 2027')).toBe('2027-10-10');
  });
  it('an ordinal after «في» without a verb of publishing stays no day', () => {
    expect(lex.dates.parse('اجتمعوا في الأسبوع الثاني من آذار 2027')).not.toBe('2027-03-02');
  });
  it.each([
    ['u3181', 'an ordinal day and a Levantine month under the headline'],
    ['u3184', '«أول أمس» under the header\'s current date, a menu between them'],
    ['u3185', 'a toolbar «طباعة | إرسال | DATE»: the page\'s date, not a print\'s'],
    ['u3187', '«منذ 45 دقيقة» under a mail sent at 00:20: the day before'],
    ['u3188', 'a date only in a copy-link line'],
  ])('%s — %s', (id) => {
    expect(article(id).date).toBe(pageOf(id).expected.date);
  });
  it('guards: an updated stamp before the published one, another outlet\'s dated URL under a printed date', () => {
    for (const id of ['u3182', 'u3194', 'u3196']) expect(article(id).date).toBe(pageOf(id).expected.date);
  });
});

describe('furniture on the headline\'s line', () => {
  const lead = 'تتعثر مفاوضات الحبوب بين روسيا وأوكرانيا مع اقتراب كل شتاء، إذ يربط كل طرف استمرار الشحنات بملفات أخرى.';
  const titleOf = (line: string, body = lead) => extractWithEvidence(['اسم الموقع', line, '5 ديسمبر 2027', body, 'ويرى مراقبون أن الوسطاء يحتاجون إلى آلية دائمة.'].join('\n'), 'page.txt', lex).articles[0].title;
  it.each(['بقلم: سامر الخطيب', 'كتب: نادر سليم'])('a column\'s byline after an em dash «— %s»: cut', (byline) => {
    expect(titleOf(`لماذا تتعثر مفاوضات الحبوب كل شتاء؟ — ${byline}`)).toBe('لماذا تتعثر مفاوضات الحبوب كل شتاء؟');
  });
  it('the byline cut from a title bar\'s shape is never the site\'s name', () => {
    const x = extractWithEvidence(['اسم الموقع', 'لماذا تتعثر مفاوضات الحبوب كل شتاء؟ — بقلم: سامر الخطيب', '5 ديسمبر 2027', lead].join('\n'), 'page.txt', lex);
    expect(String(x.evidence[0].fields.find((f) => f.field === 'outlet')?.value ?? '')).not.toContain('بقلم');
  });
  it('a gallery counter before a genre tag: the counter cut, the tag kept with the headline', () => {
    const body = 'وصلت دفعة جديدة من الأسرى الأوكرانيين المفرج عنهم إلى مدينة تشيرنيهيف بعد عملية تبادل.';
    expect(titleOf('📸 3 / 7 — صور: وصول دفعة جديدة من الأسرى الأوكرانيين إلى تشيرنيهيف', body)).toBe('صور: وصول دفعة جديدة من الأسرى الأوكرانيين إلى تشيرنيهيف');
  });
  it('guard: words after an em dash that are no byline stay the headline\'s', () => {
    expect(titleOf('لماذا تتعثر مفاوضات الحبوب كل شتاء؟ — قراءة في الموقف التركي')).toBe('لماذا تتعثر مفاوضات الحبوب كل شتاء؟ — قراءة في الموقف التركي');
  });
});
