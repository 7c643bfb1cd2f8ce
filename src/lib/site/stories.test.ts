// The story views on a real corpus: the fixture articles of tests/fixtures/stories-site
// (an agency dispatch carried by three outlets, two outlets' own reports of the same
// meeting, an unrelated article, a second event) linked by buildCorpus like the site does.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import { parseArticleMdx } from '../ingest/mdx';
import type { StoryIndex } from '../stories/types';
import { articleStoryLinks, foldSameText } from './same-text';
import { formatCopyCount, storyActors, storySummaries, storyTimeline, storyTopics, type StoryCorpus } from './stories';

const DIR = 'tests/fixtures/stories-site';
const articles = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const { frontmatter, paragraphs } = parseArticleMdx(readFileSync(path.join(DIR, f), 'utf8'), f);
    return { slug: f.replace(/\.mdx$/, ''), ...frontmatter, paragraphs };
  });
const corpus = buildCorpus({ articles, ...loadCuratedData() });

// The index as the stories stage states it for these fixtures (the contract's shape).
const WIRE = ['ankara-wire-trt', 'ankara-wire-yenisafak', 'ankara-wire-alkhaleej'];
const ANKARA = ['ankara-report-rt', 'ankara-wire-trt', 'ankara-wire-yenisafak', 'ankara-report-jazeera', 'ankara-wire-alkhaleej'];
const index: StoryIndex = {
  stories: [
    { id: 's-kyiv', title: 'كالاس في كييف', founder: 'kyiv-kallas-dw', firstDate: '2025-05-02', lastDate: '2025-05-02', articles: ['kyiv-kallas-dw', 'kyiv-kallas-euronews'], sameText: [], outlets: ['dw-arabic', 'euronews-arabic'], actorIds: ['kaja-kallas', 'volodymyr-zelensky'], topicIds: [] },
    { id: 's-ankara', title: 'فيدان ولافروف يبحثان في أنقرة تبادل الأسرى بين موسكو وكييف', founder: 'ankara-wire-trt', firstDate: '2025-04-14', lastDate: '2025-04-15', articles: ANKARA, sameText: ['g-ankara'], outlets: ['al-jazeera', 'al-khaleej', 'rt-arabic', 'trt-arabic', 'yeni-safak'], actorIds: ['sergey-lavrov', 'hakan-fidan', 'turkey'], topicIds: ['prisoner-exchange'] },
  ],
  groups: [{ id: 'g-ankara', canonical: 'ankara-wire-trt', members: WIRE }],
  storyOf: new Map([...ANKARA.map((s) => [s, 's-ankara'] as const), ['kyiv-kallas-dw', 's-kyiv'], ['kyiv-kallas-euronews', 's-kyiv']]),
  groupOf: new Map(WIRE.map((s) => [s, 'g-ankara'])),
};
const site: StoryCorpus = { ...corpus, stories: index };
const ankara = index.stories[1];

describe('story list', () => {
  it('counts articles, outlets and copies, in the index order', () => {
    expect(storySummaries(index).map((s) => [s.id, s.url, s.articles, s.outlets, s.copies])).toEqual([
      ['s-kyiv', '/stories/s-kyiv/', 2, 2, 0],
      ['s-ankara', '/stories/s-ankara/', 5, 5, 2],
    ]);
  });
});

describe('story timeline', () => {
  it('shows each outlet with its own headline, the same text once as a group where it first appears', () => {
    const t = storyTimeline(ankara, site);
    expect(t.map((v) => v.kind)).toEqual(['report', 'same-text', 'report']);
    const group = t[1];
    if (group.kind !== 'same-text') throw new Error('expected a group');
    expect(group.members.map((m) => [m.slug, m.canonical, m.outletName])).toEqual([
      ['ankara-wire-trt', true, 'تي آر تي عربي'],
      ['ankara-wire-yenisafak', false, 'يني شفق'],
      ['ankara-wire-alkhaleej', false, 'الخليج'],
    ]);
    // Each outlet's framing: the headlines differ though the text is one.
    expect(new Set(group.members.map((m) => m.title)).size).toBe(3);
    expect(t[0].kind === 'report' && t[0].article.outletName).toBe('روسيا اليوم');
  });

  it('leaves out a slug the corpus lacks instead of linking to a missing page', () => {
    const stale = { ...ankara, articles: [...ankara.articles, 'no-such-article'] };
    expect(storyTimeline(stale, site)).toHaveLength(3);
  });
});

describe('story actors and topics', () => {
  it('quotes the sentences naming each actor, once per same-text group, linked to the paragraph', () => {
    const actors = storyActors(ankara, site);
    expect(actors.map((a) => a.id)).toEqual(['sergey-lavrov', 'hakan-fidan', 'turkey']);
    const lavrov = actors[0];
    expect(lavrov.sentences.length).toBeGreaterThan(0);
    for (const s of lavrov.sentences) {
      expect(s.url).toMatch(/^\/articles\/[a-z-]+\/#p-\d+$/);
      // The copies of the dispatch are never quoted: their canonical is.
      expect(['ankara-wire-yenisafak', 'ankara-wire-alkhaleej']).not.toContain(s.slug);
      const p = Number(s.url.split('#p-')[1]) - 1;
      expect(corpus.bySlug.get(s.slug)!.paragraphs[p]).toContain(s.text);
    }
    expect(new Set(lavrov.sentences.map((s) => s.text)).size).toBe(lavrov.sentences.length);
  });

  it('takes its quotes in turns from the outlets, and a sentence under one actor only', () => {
    const actors = storyActors(ankara, site);
    expect(new Set(actors[0].sentences.map((s) => s.slug)).size).toBe(actors[0].sentences.length);
    const all = actors.flatMap((a) => a.sentences.map((s) => s.text));
    expect(new Set(all).size).toBe(all.length);
  });

  it('quotes the sentence holding the words that gave a topic', () => {
    const topics = storyTopics(ankara, site);
    expect(topics.map((t) => t.id)).toEqual(['prisoner-exchange']);
    expect(topics[0].sentences.length).toBeGreaterThan(0);
    expect(topics[0].sentences[0].text).toMatch(/الأسرى/);
  });
});

describe('article cross-links', () => {
  it('a copy names the other outlets of its text, and the story\'s other reports', () => {
    const links = articleStoryLinks(corpus.bySlug.get('ankara-wire-alkhaleej')!, site);
    expect(links.sameText.map((v) => [v.slug, v.canonical])).toEqual([['ankara-wire-trt', true], ['ankara-wire-yenisafak', false]]);
    expect(links.story?.url).toBe('/stories/s-ankara/');
    expect(links.story?.others.map((v) => v.slug)).toEqual(['ankara-report-rt', 'ankara-report-jazeera']);
  });

  it('a distinct report has no same-text line but the whole story', () => {
    const links = articleStoryLinks(corpus.bySlug.get('ankara-report-rt')!, site);
    expect(links.sameText).toEqual([]);
    expect(links.story?.others.map((v) => v.slug)).toEqual(['ankara-wire-trt', 'ankara-wire-yenisafak', 'ankara-report-jazeera', 'ankara-wire-alkhaleej']);
  });

  it('an article in no story has neither', () => {
    expect(articleStoryLinks(corpus.bySlug.get('brussels-sanctions-alittihad')!, site)).toEqual({ sameText: [], story: null });
  });
});

describe('folded listings', () => {
  it('folds the copies under the canonical article, at its place, and keeps every article', () => {
    const folded = foldSameText(corpus.articles, index);
    expect(folded).toHaveLength(corpus.articles.length - 2);
    const head = folded.find((f) => f.copies.length);
    expect(head?.article.slug).toBe('ankara-wire-trt');
    expect(head?.copies.map((c) => c.slug).sort()).toEqual(['ankara-wire-alkhaleej', 'ankara-wire-yenisafak']);
    expect(folded.flatMap((f) => [f.article, ...f.copies]).map((a) => a.slug).sort()).toEqual(corpus.articles.map((a) => a.slug).sort());
  });

  it('heads the group with the first member listed when the list lacks the canonical', () => {
    const list = corpus.articles.filter((a) => a.slug !== 'ankara-wire-trt');
    const head = foldSameText(list, index).find((f) => f.copies.length);
    expect(head?.article.slug).toBe(list.find((a) => WIRE.includes(a.slug))!.slug);
    expect(head?.copies).toHaveLength(1);
  });

  it('leaves a lone member of a group as it is', () => {
    const list = corpus.articles.filter((a) => a.slug === 'ankara-wire-yenisafak' || !WIRE.includes(a.slug));
    expect(foldSameText(list, index).every((f) => f.copies.length === 0)).toBe(true);
  });

  it('counts copies in Arabic', () => {
    expect([1, 2, 3, 11].map(formatCopyCount)).toEqual(['+1 نسخة', '+2 نسختان', '+3 نسخ', '+11 نسخة']);
  });
});

describe('with the stories stage\'s own index', () => {
  // buildCorpus runs the stories stage: the dispatch's three copies are one same-text group.
  it('cross-links the copies and folds them under the canonical', () => {
    const links = articleStoryLinks(corpus.bySlug.get('ankara-wire-yenisafak')!, corpus);
    expect(links.sameText.map((v) => v.slug).sort()).toEqual(['ankara-wire-alkhaleej', 'ankara-wire-trt']);
    expect(links.story?.url).toBe(`/stories/${corpus.stories.storyOf.get('ankara-wire-yenisafak')}/`);
    const head = foldSameText(corpus.articles, corpus.stories).find((f) => f.copies.length);
    expect(head?.article.slug).toBe('ankara-wire-trt');
  });
});
