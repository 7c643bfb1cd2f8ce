// What the indexer's first pass keeps for its records' pass (passDocs.ts): every document's row, text name, hash and
// facets in order, the whole document only of those whose words were counted, and nothing whole past its limit.
import { describe, expect, it } from 'vitest';
import { FacetLabels, type SourceDoc } from '../lib/search/documents';
import { textKey } from '../lib/search/record';
import { PassDocs, recordDocHash } from './passDocs';
import { documentHash } from './shardReuse';

const doc = (slug: string, date: string | null, story: string | null = null): SourceDoc => ({
  slug,
  doc: {
    slug, url: `/articles/${slug}/`, title: `عنوان ${slug}`, date, source: 'RT', paragraphs: [`فقرة أولى من ${slug}`, 'فقرة ثانية أطول قليلا'],
    filters: { actor: ['putin'], topic: ['talks'], source: ['rt'], year: date ? [date.slice(0, 4)] : [], story: story ? [story] : [] }, sameTextAs: null,
  },
  actors: [{ id: 'putin', name: 'بوتين', en: 'Putin', type: 'person' }],
  topics: [{ id: 'talks', name: 'مفاوضات' }],
  sourceRef: { id: 'rt', name: 'RT' },
});

describe('PassDocs', () => {
  const docs = [doc('b', '2025-05-02', 's1'), doc('a/ب', '2025-05-01', 's1'), doc('c', null)];

  it('keeps each document\'s row without paragraphs, its text name and hash, and the facets the records\' pass would add', () => {
    const p = new PassDocs();
    docs.forEach((d, k) => p.add(d, k === 1));
    expect(p.entries.map((e) => e.meta)).toEqual(docs.map((d) => ({ ...d.doc, paragraphs: [] })));
    expect(p.entries.map((e) => e.textName)).toEqual(docs.map((d) => textKey(d.doc)));
    expect(p.entries.map((e) => e.base)).toEqual(docs.map((d) => documentHash(d.doc, textKey(d.doc))));
    expect(p.entries.map((e) => e.whole?.slug)).toEqual([undefined, 'a/ب', undefined]);
    const facets = new FacetLabels();
    docs.forEach((d) => facets.add(d));
    expect(p.facets.contextJson([])).toEqual(facets.contextJson([]));
  });

  it('is usable only when every record the cache lacks is of a document kept whole', () => {
    const p = new PassDocs();
    docs.forEach((d, k) => p.add(d, k === 1));
    const hashOf = (e: { base: string }, k: number) => recordDocHash(e.base, k === 0 ? 'x:y' : '');
    const cached = new Set([hashOf(p.entries[0], 0), hashOf(p.entries[2], 2)]);
    expect(p.usable(hashOf, (h) => cached.has(h))).toBe(p.entries);
    cached.delete(hashOf(p.entries[2], 2)); // a record to make of a document not kept whole
    expect(p.usable(hashOf, (h) => cached.has(h))).toBeUndefined();
  });

  it('lets its entries go past its limit of whole documents (a full build reads the export again)', () => {
    const p = new PassDocs(2);
    docs.forEach((d) => p.add(d, true));
    expect(p.overflow).toBe(true);
    expect(p.entries).toEqual([]);
    expect(p.usable(() => '', () => true)).toBeUndefined();
    const under = new PassDocs(3);
    docs.forEach((d) => under.add(d, true));
    expect(under.overflow).toBe(false);
    expect(under.entries.map((e) => e.whole?.slug)).toEqual(['b', 'a/ب', 'c']);
  });

  it('hashes a record\'s document with the corpus\'s readings, or leaves it as it is without any', () => {
    expect(recordDocHash('abc', '')).toBe('abc');
    expect(recordDocHash('abc', undefined)).toBe('abc');
    expect(recordDocHash('abc', 'x:y')).toMatch(/^[0-9a-f]{40}$/);
    expect(recordDocHash('abc', 'x:y')).not.toBe(recordDocHash('abc', 'x:z'));
  });
});
