// An export part's inputs stand for its rows in an incremental build (src/astro/exportParts.ts):
// whenever a value the rows read changes, so must the part's fingerprint, or an update would
// keep a stale file. Checked on the bundled articles built as the site builds them (with the
// corpus cache, so the article hashes use their content and result keys as a build's do).
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './buildCorpus';
import { JsonCorpusCache } from './cache';
import { actorArticlesOfPart, articleParts, articlesCsvRows, csvText, exportArticles, jsonArrayParts } from './exports';
import { articlePartInputs } from './exportPartInputs';
import type { Corpus, CorpusArticle } from './types';
import { loadCuratedData } from '../data/load';
import { articleFingerprint, fingerprintOf, SharedHashes } from '../site/fingerprint';
import { readBundledArticles } from '../stories/fixtures.test-helpers';

const corpus = buildCorpus({ articles: readBundledArticles(), ...loadCuratedData() }, { cache: new JsonCorpusCache(), codeVersion: 'v1' });
const toUrl = (p: string) => `/kb${p}`;
// Parts of 3: the bundled corpus's 10 articles (2 dated, 8 undated) make four, so a change can
// fall outside a part; `older` is the oldest undated part (full), `newer` the dated one.
const parts = articleParts(corpus.articles, 3).map((p) => p.articles);
const [newer, older] = [parts[0], parts.at(-1)!];

/** The part's three files' text, as the routes' GET make them. */
const rowsOf = (part: readonly CorpusArticle[], url = toUrl) => [
  [...jsonArrayParts(exportArticles(corpus, url, part))].join(''),
  csvText(articlesCsvRows(corpus, url, part)),
  JSON.stringify(actorArticlesOfPart(corpus, part)),
].join('\n');

/** The part's route fingerprint as src/astro/routeFilter.ts makes it: each article by its hash. */
function fingerprint(part: readonly CorpusArticle[], url = toUrl): string {
  const hashes = new SharedHashes();
  for (const a of corpus.articles) hashes.set(a, articleFingerprint(a, null, { content: corpus.contentKeys?.get(a.slug), results: corpus.resultKeys?.get(a.slug) }));
  return fingerprintOf({ route: '/data/articles/part-1.json.br', props: { inputs: articlePartInputs(corpus, url, part) } }, hashes);
}

/** Applies `change`, reads the part's rows and fingerprint, and undoes it. */
function whileChanged(change: (c: Corpus) => () => void, part: readonly CorpusArticle[], url = toUrl) {
  const undo = change(corpus);
  try {
    return { rows: rowsOf(part, url), print: fingerprint(part, url) };
  } finally {
    undo();
  }
}

function set<T extends object, K extends keyof T>(o: T, key: K, value: T[K]): () => void {
  const was = o[key];
  o[key] = value;
  return () => { o[key] = was; };
}

/** Sets the map's entries (in that order); the undo puts the old ones back in theirs. */
function refill<K, V>(map: Map<K, V>, entries: [K, V][]): () => void {
  const was = [...map];
  const fill = (list: [K, V][]) => { map.clear(); for (const [k, v] of list) map.set(k, v); };
  fill(entries);
  return () => fill(was);
}

const partActor = () => corpus.actors.get(older.flatMap((a) => a.actorIds).find((id) => corpus.actors.has(id))!)!;
const partTopic = () => corpus.topics.find((t) => older.some((a) => a.topics.some((x) => x.id === t.id)))!;

// Every corpus-wide value the row builders (./exports.ts) read, changed one at a time.
const rowInputs: Record<string, (c: Corpus) => () => void> = {
  "an actor's display name": () => set(partActor(), 'name', 'اسم آخر'),
  "an actor's type": () => set(partActor(), 'type', partActor().type === 'person' ? 'organization' : 'person'),
  "an actor's English name": () => set(partActor(), 'en', 'Another Name'),
  'an actor gone from the corpus': (c) => refill(c.actors, [...c.actors].filter(([id]) => id !== partActor().id)),
  "the actors' order (the actors part lists them so)": (c) => refill(c.actors, [...c.actors].reverse()),
  "a topic's name": () => set(partTopic(), 'name', 'موضوع آخر'),
  "an article's story": (c) => {
    const slug = older[0].slug;
    const was = c.stories.storyOf.get(slug);
    c.stories.storyOf.set(slug, 'story-elsewhere');
    return () => (was === undefined ? c.stories.storyOf.delete(slug) : c.stories.storyOf.set(slug, was));
  },
  "an article's same-text canonical": (c) => {
    const group = { id: 'g-test', canonical: older[1].slug, members: [older[1].slug, older[0].slug] };
    c.stories.groups.push(group as (typeof c.stories.groups)[number]);
    return () => { c.stories.groups.pop(); };
  },
  "an article's own field (its title)": () => set(older[0], 'title', `${older[0].title} (محدث)`),
};

describe('articlePartInputs (what an export part\'s rows read)', () => {
  const before = { rows: rowsOf(older), print: fingerprint(older) };

  it('the bundled corpus reaches every lookup: actors, topics and stories in the part', () => {
    expect(older.length).toBe(3);
    expect(partActor()).toBeDefined();
    expect(partTopic()).toBeDefined();
    expect(fingerprint(older)).toBe(before.print);
  });

  for (const [what, change] of Object.entries(rowInputs)) {
    it(`moves with ${what}`, () => {
      const after = whileChanged(change, older);
      // The change must reach the rows, or it tests nothing …
      expect(after.rows).not.toBe(before.rows);
      // … and whatever reaches the rows must reach the fingerprint.
      expect(after.print).not.toBe(before.print);
      expect(fingerprint(older)).toBe(before.print);
    });
  }

  it('moves with the base or site the links are written under', () => {
    const other = (p: string) => `https://example.org/kb${p}`;
    expect(rowsOf(older, other)).not.toBe(before.rows);
    expect(fingerprint(older, other)).not.toBe(before.print);
  });

  it('stays when what changes is outside the part: another part\'s story, an actor the part does not name', () => {
    const outsideActor = [...corpus.actors.values()].find((a) => !older.some((x) => x.actorIds.includes(a.id)))!;
    expect(outsideActor).toBeDefined();
    const changes: ((c: Corpus) => () => void)[] = [
      () => set(outsideActor, 'name', 'اسم آخر'),
      (c) => {
        const slug = newer[0].slug;
        const was = c.stories.storyOf.get(slug);
        c.stories.storyOf.set(slug, 'story-elsewhere');
        return () => (was === undefined ? c.stories.storyOf.delete(slug) : c.stories.storyOf.set(slug, was));
      },
    ];
    for (const change of changes) {
      const after = whileChanged(change, older);
      expect(after.rows).toBe(before.rows);
      expect(after.print).toBe(before.print);
    }
  });
});
