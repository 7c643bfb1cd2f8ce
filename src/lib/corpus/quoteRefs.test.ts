// Quotes kept as [speaker, sentence index] (quoteRefs.ts): the corpus's quotes are the same as
// when the sentence's text was kept, a cache of the old shape is never read as refs, and a
// damaged entry is found again. On the bundled articles and the dev stories pages, real data.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './buildCorpus';
import { JsonCorpusCache } from './cache';
import { keptQuotes, quoteRefs, quotesFromRefs, type QuoteRef } from './quoteRefs';
import { loadCuratedData } from '../data/load';
import { splitSentences } from '../arabic/sentences';
import { readBundledArticles, readPart } from '../stories/fixtures.test-helpers';

const data = loadCuratedData();
const articles = [...readBundledArticles(), ...readPart('dev')].slice(0, 14);

describe('quotes kept as sentence refs', () => {
  it('give each quote the text and paragraph of its sentence, and a corpus from the cache equals one from nothing', { timeout: 90_000 }, () => {
    const fresh = buildCorpus({ ...data, articles });
    expect(fresh.quotes.length).toBeGreaterThan(5);
    for (const q of fresh.quotes) {
      const a = fresh.bySlug.get(q.slug)!;
      // The quote's sentence is one of its article's sentences, in its paragraph.
      expect(a.sentences.some((s) => s.text === q.sentence && s.paragraph === q.paragraph)).toBe(true);
    }
    const cache = new JsonCorpusCache();
    buildCorpus({ ...data, articles }, { cache, codeVersion: 'v1' });
    const saved = cache.used();
    const again = new JsonCorpusCache(saved);
    expect(buildCorpus({ ...data, articles }, { cache: again, codeVersion: 'v1' }).quotes).toEqual(fresh.quotes);
    expect(again.misses).toBe(0);
    // The saved refs are smaller than the quotes' text would be (what this saves an update parsing).
    const refsBytes = Object.values(saved.quoteRefs).join('').length;
    const textBytes = JSON.stringify(fresh.quotes.map((q) => ({ actorId: q.actorId, paragraph: q.paragraph, sentence: q.sentence }))).length;
    expect(refsBytes * 3).toBeLessThan(textBytes);
  });

  it('a cache saved with the text (stage «quotes», the old shape) is not read as refs: found again, the old entries dropped', { timeout: 90_000 }, () => {
    const cache = new JsonCorpusCache();
    const fresh = buildCorpus({ ...data, articles }, { cache, codeVersion: 'v1' });
    const saved = cache.used();
    // The old code's entries under the same keys, in the old stage.
    const bySlugText = new Map(fresh.quotes.map((q) => [q.slug, [] as unknown[]]));
    for (const q of fresh.quotes) bySlugText.get(q.slug)!.push({ actorId: q.actorId, paragraph: q.paragraph, sentence: q.sentence });
    saved.quotes = Object.fromEntries(Object.keys(saved.quoteRefs).map((k, i) => [k, JSON.stringify([...bySlugText.values()][i % bySlugText.size] ?? [])]));
    delete saved.quoteRefs;
    const old = new JsonCorpusCache(saved);
    expect(buildCorpus({ ...data, articles }, { cache: old, codeVersion: 'v1' }).quotes).toEqual(fresh.quotes);
    expect(old.computedKeys('quoteRefs').size).toBe(articles.length);
    expect(Object.keys(old.used())).not.toContain('quotes');
  });

  it('a ref that names no sentence, or an entry of another shape, is found again and saved over', () => {
    const sentences = splitSentences(['قال الوزير إن المحادثات مستمرة. وأضاف أن الوفد يصل غداً.', 'ولم يعلق الكرملين.']);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    const good: QuoteRef[] = [['x', 1], ['y', 2]];
    expect(quotesFromRefs(good, sentences, 's', '2025-01-02')).toEqual([
      { actorId: 'x', slug: 's', paragraph: 0, sentence: sentences[1].text, date: '2025-01-02' },
      { actorId: 'y', slug: 's', paragraph: 1, sentence: 'ولم يعلق الكرملين.', date: '2025-01-02' },
    ]);
    for (const damaged of [[['x', 3]], [{ actorId: 'x', paragraph: 0, sentence: 'نص' }], 'نص', [['x', '1']]]) {
      expect(quotesFromRefs(damaged, sentences, 's', null)).toBeUndefined();
      const saves: QuoteRef[][] = [];
      expect(keptQuotes(damaged, () => good, (r) => saves.push(r), sentences, 's', null).map((q) => q.sentence)).toEqual([sentences[1].text, sentences[2].text]);
      expect(saves).toEqual([good]);
    }
    // Refs as speakerQuotes' sentences give them: the sentence's own index.
    expect(quoteRefs([{ actorId: 'x', sentence: sentences[2], paragraph: 1 }])).toEqual([['x', 2]]);
  });
});
