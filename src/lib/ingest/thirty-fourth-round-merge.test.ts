// Thirty-fourth round, merged (13m): aside34's (spent) misses in other outlets' shapes — a Typora copy (a
// bold span opening the date line makes the page a markdown copy; the editor's window title names a file,
// never the outlet), an update mark in brackets closing the headline (a genre tag kept), a date only in a «الرابط الدائم»
// / «Permalink» line, and a follow line with a Latin © line agreeing on the site (the © line
// is another spelling of the name on another line: an independent place), a Latin masthead the lead's «مراسل NAME»
// spells whole in Arabic, a paper under its institution's organ line. Pages: tests/fixtures/ingest-unseen/dev/u3070–u3085
// (four of them guards).
import { describe, expect, it } from 'vitest';
import { withoutMarkdownMarkers } from './markdown-copy';
import { roundFixtures } from './round-fixtures';
import { isDocumentFileTitle } from './text';
import { extractWithEvidence } from './extract';

const { lex, labelled } = roundFixtures(['dev']);
const pages = new Map<string, ReturnType<typeof labelled>>(); // each page extracted once
const pageOf = (id: string) => pages.get(id) ?? pages.set(id, labelled(id)).get(id)!;
const field = (id: string, name: string) => pageOf(id).extraction.evidence[0].fields.find((f) => f.field === name)?.value ?? null;

describe('an editor\'s window title names a file, never the outlet', () => {
  it.each(['talks.md — Typora', 'odesa.md - Typora', 'notes.txt', 'brief.docx – Word', 'page.html'])('%s is a file', (t) => {
    expect(isDocumentFileTitle(t)).toBe(true);
  });
  it.each(['point.md', 'hespress.com', 'SWI swissinfo.ch', 'وادي حنيفة نيوز'])('%s is no file', (t) => {
    expect(isDocumentFileTitle(t)).toBe(false);
  });
});

describe('a bold span opening a line is markdown\'s', () => {
  it('with a heading it makes the page a markdown copy: both markers cut', () => {
    expect(withoutMarkdownMarkers(['# العنوان هنا', '**اسم الموقع** · 3 نوفمبر 2027'])).toEqual(['العنوان هنا', 'اسم الموقع · 3 نوفمبر 2027']);
  });
  it('alone it is not enough: the lines kept', () => {
    const lines = ['**اسم الموقع** · 3 نوفمبر 2027', 'نص الخبر'];
    expect(withoutMarkdownMarkers(lines)).toEqual(lines);
  });
});

describe('an update mark closing the headline is cut; a genre tag is kept', () => {
  const lead = 'افتتح وزير النقل محطة القطار الجديدة في المدينة بحضور عدد من المسؤولين.';
  const head = 'وزير النقل يفتتح محطة القطار الجديدة في المدينة';
  const titleOf = (line: string) => extractWithEvidence([line, '3 ديسمبر 2027', lead, 'وقال الوزير إن المحطة تخدم آلاف الركاب يومياً.'].join('\n'), 'page.txt', lex).articles[0].title;
  it.each(['(محدث)', '(محدّث)', '(Updated)'])('%s: cut', (mark) => expect(titleOf(`${head} ${mark}`)).toBe(head));
  it.each(['(فيديو)', '(تحديث مستمر)'])('%s: kept as printed', (tag) => expect(titleOf(`${head} ${tag}`)).toBe(`${head} ${tag}`));
});

describe('the dev pages', () => {
  it.each(['u3070', 'u3071', 'u3072', 'u3073', 'u3074', 'u3075'])('%s: the headline without its markers or its update mark; a genre tag and a real bracket kept', (id) => {
    expect(pageOf(id).extraction.articles[0].title).toBe(pageOf(id).expected.title);
  });
  it.each(['u3070', 'u3071', 'u3072'])('%s: the outlet is the site, never the file name', (id) => {
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
  });
  it.each(['u3079', 'u3080', 'u3081'])('%s: a follow line and a Latin © line naming the site agree; a wire\'s follow line is never the site', (id) => {
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
  });
  it.each(['u3082', 'u3083'])('%s: a Latin masthead the lead\'s «مراسل NAME» spells in Arabic, shown by its Arabic name', (id) => {
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
  });
  it.each(['u3084', 'u3085'])('%s: the paper under its institution\'s organ line «لسان حال حزب …» / «الناطقة بلسان اتحاد …»', (id) => {
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
  });
  it.each(['u3076', 'u3077', 'u3078'])('%s: the date of the page\'s own permanent link; another site\'s link dates nothing', (id) => {
    expect(field(id, 'date')).toBe(pageOf(id).expected.date);
  });
});
