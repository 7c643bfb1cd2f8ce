// Stories in search, end to end on the library side: the fixture corpus (one agency dispatch
// carried by three outlets, a second event told by two) through buildCorpus and the site's own
// export, then the indexer's documents, records and facet labels.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from '../corpus/buildCorpus';
import { exportArticles } from '../corpus/exports';
import { loadCuratedData } from '../data/load';
import { parseArticleMdx } from '../ingest/mdx';
import { EMPTY_CONTEXT } from './keys';
import { corpusDocs, exportDoc, FacetLabels } from './documents';
import { keyedRecordHtml, textKey } from './record';
import { firstOfEachText, foldKey } from './story-facet';

const DIR = 'tests/fixtures/stories-site';
const data = loadCuratedData();
const corpus = buildCorpus({
  articles: readdirSync(DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { frontmatter, paragraphs } = parseArticleMdx(readFileSync(path.join(DIR, f), 'utf8'), f);
      return { slug: f.replace(/\.mdx$/, ''), ...frontmatter, paragraphs };
    }),
  ...data,
});
const docs = exportArticles(corpus, (p) => p).map((row) => exportDoc(row, data.sources, new Map()));
const doc = (slug: string) => docs.find((d) => d.slug === slug)!.doc;
const group = corpus.stories.groups.find((g) => g.members.includes('ankara-wire-yenisafak'))!;

describe('the story facet', () => {
  it('gives each article of a story its story id as a filter, and the others none', () => {
    for (const d of docs) expect(d.doc.filters.story).toEqual(corpus.stories.storyOf.has(d.slug) ? [corpus.stories.storyOf.get(d.slug)] : []);
    expect(doc('brussels-sanctions-alittihad').filters.story).toEqual([]);
    expect(keyedRecordHtml(doc('ankara-wire-yenisafak'), EMPTY_CONTEXT)).toContain(`<span data-pagefind-filter="story">${corpus.stories.storyOf.get('ankara-wire-yenisafak')}</span>`);
  });

  it('labels each story with its founding headline, never a copy\'s', () => {
    const facets = new FacetLabels();
    for (const d of docs) facets.add(d);
    expect(facets.contextJson(data.actors).stories).toEqual(Object.fromEntries([...corpus.stories.stories].sort((a, b) => (a.id < b.id ? -1 : 1)).map((s) => [s.id, corpus.bySlug.get(s.founder)!.title])));
  });

  it('reads the same filters from the corpus as from the export', () => {
    for (const d of corpusDocs(corpus)) expect([d.doc.filters.story, d.doc.sameTextAs ?? null]).toEqual([doc(d.slug).filters.story, doc(d.slug).sameTextAs ?? null]);
  });
});

describe('the fold key of results', () => {
  it('is shared by a text\'s copies and its canonical, and differs for every other article', () => {
    const keyOf = (slug: string) => {
      const html = keyedRecordHtml(doc(slug), EMPTY_CONTEXT);
      const meta = Object.fromEntries([...html.matchAll(/data-pagefind-meta="(\w+)">([^<]*)</g)].map((m) => [m[1], m[2]]));
      return foldKey(meta, `/articles/${slug}/`);
    };
    const keys = group.members.map(keyOf);
    expect(new Set(keys)).toEqual(new Set([textKey({ slug: group.canonical })]));
    const others = docs.map((d) => d.slug).filter((s) => !group.members.includes(s)).map(keyOf);
    expect(new Set(others).size).toBe(others.length);
    expect(others).not.toContain(keys[0]);
  });
});

describe('the header box\'s options', () => {
  it('keep the first hit of each text, in order, counting the copies after it', () => {
    const hits = ['a', 'b', 'a', 'c', 'a', 'b'].map((fold, i) => ({ fold, i }));
    expect(firstOfEachText(hits).map(({ hit, copies }) => [hit.i, copies])).toEqual([[0, 2], [1, 1], [3, 0]]);
  });
});
