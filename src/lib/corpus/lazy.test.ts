// A corpus from its cache reads an article's mentions only when asked (linkSummary.ts): what the
// corpus-wide steps and the story pages read of them comes from a summary kept beside them. After
// a daily update (an article edited to name another actor, an editor's removal, a new article)
// every lazily read field must equal a corpus built from nothing: the mentions themselves, the
// ranked actors, the sentences each actor leads (story pages) and the summary's other fields.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './buildCorpus';
import { JsonCorpusCache } from './cache';
import { sentenceLeads } from './linkSummary';
import { loadCuratedData } from '../data/load';
import { storyPageView } from '../site/pageViews';
import { readBundledArticles, readPart } from '../stories/fixtures.test-helpers';
import type { ArticleDoc } from '../types';

const data = loadCuratedData();
const originals: ArticleDoc[] = [...readBundledArticles(), ...readPart('dev')].slice(0, 24);
const isLazy = (a: object) => Object.getOwnPropertyDescriptor(a, 'mentions')?.get !== undefined;

describe('the corpus read lazily from its cache', () => {
  it('keeps no lazily read field stale after an update, and parses no unchanged article’s mentions', { timeout: 120_000 }, () => {
    const before = originals.slice(0, 20);
    const first = new JsonCorpusCache();
    const old = buildCorpus({ ...data, articles: before }, { cache: first, codeVersion: 'v1' });
    // The update: one article gains a sentence naming Lavrov first (its ranking and the
    // sentences it leads change), one loses by an editor's removal the actor its first sentence
    // names first (its ranking and the sentences each actor leads change), and four are new.
    const edited = before[3];
    const trimmed = before[7];
    const trimmedTop = buildCorpus({ ...data, articles: [trimmed] }).sentenceLeads?.get(trimmed.slug)?.[0]?.[1];
    expect(trimmedTop).toBeDefined();
    const lead = 'وقال سيرغي لافروف إن موسكو منفتحة على المحادثات، وأضاف لافروف أن اللقاء سيعقد قريبا.';
    const articles = [
      ...before.map((a) =>
        a === edited
          ? { ...a, paragraphs: [lead, ...a.paragraphs] }
          : a === trimmed
            ? { ...a, actors: { remove: [trimmedTop!] } }
            : a,
      ),
      ...originals.slice(20),
    ];
    const cache = new JsonCorpusCache(first.used());
    const got = buildCorpus({ ...data, articles }, { cache, codeVersion: 'v1' });
    const want = buildCorpus({ ...data, articles });
    // Read lazily: the unchanged articles' mentions are still JSON text after the build.
    const unchanged = got.articles.filter((a) => before.some((b) => b.slug === a.slug) && a.slug !== edited.slug && a.slug !== trimmed.slug);
    expect(unchanged.length).toBe(18);
    expect(unchanged.every(isLazy)).toBe(true);
    // The fields the summary stands for, article by article.
    for (const w of want.articles) {
      const g = got.bySlug.get(w.slug)!;
      expect(g.actorIds, w.slug).toEqual(w.actorIds);
      expect(got.sentenceLeads?.get(w.slug), w.slug).toEqual(sentenceLeads(w.mentions));
      expect(g.mentions, w.slug).toEqual(w.mentions);
    }
    expect(got.sentenceLeads?.get(edited.slug)?.[0]).toEqual([0, 'sergey-lavrov']);
    expect(old.bySlug.get(edited.slug)!.actorIds).not.toContain('sergey-lavrov');
    expect(got.bySlug.get(edited.slug)!.actorIds).toContain('sergey-lavrov');
    expect(got.bySlug.get(edited.slug)!.mentions.some((m) => m.actorId === 'sergey-lavrov')).toBe(true);
    expect(old.bySlug.get(trimmed.slug)!.actorIds).toContain(trimmedTop);
    expect(got.bySlug.get(trimmed.slug)!.actorIds).not.toContain(trimmedTop);
    expect(got.bySlug.get(trimmed.slug)!.mentions.some((m) => m.actorId === trimmedTop)).toBe(false);
    expect(got.sentenceLeads?.get(trimmed.slug)?.some(([, id]) => id === trimmedTop)).toBe(false);
    // What the corpus-wide steps made of them, and the story pages (the sentences each actor leads).
    expect(got.spellingMerges).toEqual(want.spellingMerges);
    expect(got.actorArticles).toEqual(want.actorArticles);
    expect(got.quotes).toEqual(want.quotes);
    expect(got.stories.stories.map((s) => storyPageView(s, got))).toEqual(want.stories.stories.map((s) => storyPageView(s, want)));
    // The mentions saved for the next build: the edited article's new ones, the others as read.
    const again = buildCorpus({ ...data, articles }, { cache: new JsonCorpusCache(cache.used()), codeVersion: 'v1' });
    expect(again.bySlug.get(edited.slug)!.mentions).toEqual(want.bySlug.get(edited.slug)!.mentions);
    expect(again.articles.map((a) => a.mentions)).toEqual(want.articles.map((a) => a.mentions));
  });
});
