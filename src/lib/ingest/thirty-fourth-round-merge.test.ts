// Thirty-fourth round, merged (13m): aside34's (spent) misses in other outlets' shapes — a Typora copy (a
// bold span opening the date line makes the page a markdown copy; the editor's window title names a file,
// never the outlet), a genre or update tag in brackets closing the headline, a date only in a «الرابط الدائم»
// / «Permalink» line. Pages: tests/fixtures/ingest-unseen/dev/u3070–u3078 (three of them guards).
import { describe, expect, it } from 'vitest';
import { withoutMarkdownMarkers } from './markdown-copy';
import { roundFixtures } from './round-fixtures';
import { isDocumentFileTitle } from './text';

const { labelled } = roundFixtures(['dev']);
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

describe('the dev pages', () => {
  it.each(['u3070', 'u3071', 'u3072', 'u3073', 'u3074', 'u3075'])('%s: the headline without its markers or its tag; a real bracket kept', (id) => {
    expect(pageOf(id).extraction.articles[0].title).toBe(pageOf(id).expected.title);
  });
  it.each(['u3070', 'u3071', 'u3072'])('%s: the outlet is the site, never the file name', (id) => {
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
  });
  it.each(['u3076', 'u3077', 'u3078'])('%s: the date of the page\'s own permanent link; another site\'s link dates nothing', (id) => {
    expect(field(id, 'date')).toBe(pageOf(id).expected.date);
  });
});
