// What the corpus-wide steps read of an article's mentions, kept apart from them (issue 18,
// docs/scale.md «The corpus read lazily»): at 10k pages the mentions are ~113 MB of the corpus
// cache, and a daily update needs them only for the articles it links again or renders. The
// ranked actors, the spellings the merged people were linked by and the sentence each mention
// leads are small; the mentions stay JSON text until a page asks for them (`lazyMentions`).
import type { Mention } from '../types';
import { rankActors } from '../entities/link';

/** What linking found in one article, as the corpus cache keeps it beside the mentions. */
export interface LinkSummary {
  /** Actors named in the headline. */
  inTitle: string[];
  /** keyOf({ mentions, inTitle }) as computed: what the article's pages stand for them by. */
  digest?: string;
  /** rankActors(mentions). */
  ranked: string[];
  /**
   * Each distinct [actor id, text as written] of the mentions of a dictionary person, in mention
   * order: a discovered spelling is merged into such a person only (src/lib/entities/known-spelling.ts),
   * and the corpus lists the articles that wrote it (buildCorpus articlesWithSpellings).
   */
  forms: Array<[string, string]>;
  /** sentenceLeads(mentions). */
  leads: Array<[number, string]>;
}

/**
 * Per sentence holding a mention, in mention order: its index and the actor of its first
 * mention (a story page quotes a sentence for the actor who leads it: src/lib/site/stories.ts).
 */
export function sentenceLeads(mentions: readonly Mention[]): Array<[number, string]> {
  const seen = new Set<number>();
  const out: Array<[number, string]> = [];
  for (const m of mentions) {
    if (seen.has(m.sentence)) continue;
    seen.add(m.sentence);
    out.push([m.sentence, m.actorId]);
  }
  return out;
}

export function summarize(mentions: readonly Mention[], inTitle: string[], people: ReadonlySet<string>, digest?: string): LinkSummary {
  const forms = new Map<string, [string, string]>();
  for (const m of mentions) {
    if (!people.has(m.actorId)) continue;
    const k = `${m.actorId}\u0000${m.text}`;
    if (!forms.has(k)) forms.set(k, [m.actorId, m.text]);
  }
  return { inTitle, ...(digest === undefined ? {} : { digest }), ranked: rankActors([...mentions]), forms: [...forms.values()], leads: sentenceLeads(mentions) };
}

/**
 * Sets `article.mentions` to be parsed from `text` when first read (then kept as a plain
 * value): enumerable like any field, so deep equality and JSON see the same article.
 */
export function lazyMentions<T extends { mentions: Mention[] }>(article: T, parse: () => Mention[]): T {
  Object.defineProperty(article, 'mentions', {
    enumerable: true,
    configurable: true,
    get() {
      const value = parse();
      Object.defineProperty(article, 'mentions', { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value: Mention[]) {
      Object.defineProperty(article, 'mentions', { value, enumerable: true, configurable: true, writable: true });
    },
  });
  return article;
}
