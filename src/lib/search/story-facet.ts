// Stories in search (issue 16): the story id as a filter of each record, the key a result
// folds on (a same-text copy folds under its canonical article), and the facet's labels.
// The records carry both (record.ts: filter `story`, meta `g` = the canonical's text key).
// Shared by the indexer (the facet's labels) and the browser (the fold key).

/**
 * What results fold on: a copy's canonical (meta `g`), else the article itself (meta `k`), so a
 * canonical and its copies share one key and every other article has its own.
 */
export function foldKey(meta: { k?: string; g?: string } | undefined, url: string): string {
  return meta?.g ?? meta?.k ?? url;
}

interface Candidate {
  title: string;
  date: string | null;
  length: number;
  slug: string;
}

/** Earliest dated first (undated last), then the longest text, then slug: the founder rule. */
function before(x: Candidate, y: Candidate): boolean {
  if (x.date !== y.date) {
    if (x.date === null) return false;
    if (y.date === null) return true;
    return x.date < y.date;
  }
  return x.length !== y.length ? x.length > y.length : x.slug < y.slug;
}

/**
 * The story facet's labels, gathered while indexing: each story is named by the headline of
 * its founding article as the stories stage chooses it (earliest dated, then longest), from
 * the articles that are not copies of another.
 */
export class StoryLabels {
  private best = new Map<string, Candidate>();

  add(story: string | null | undefined, a: { slug: string; title: string; date?: string | null; paragraphs: string[]; sameTextAs?: string | null }): void {
    if (!story || a.sameTextAs) return;
    const c: Candidate = { title: a.title, date: a.date ?? null, length: a.paragraphs.reduce((n, p) => n + p.length, 0), slug: a.slug };
    const cur = this.best.get(story);
    if (!cur || before(c, cur)) this.best.set(story, c);
  }

  /** story id → label, in id order (a stable context file). */
  labels(): Record<string, string> {
    return Object.fromEntries([...this.best].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([id, c]) => [id, c.title]));
  }
}

/**
 * One entry per text, for lists that cannot nest (the header box's options): the first hit of
 * each fold key, in order, with how many of its copies followed it.
 */
export function firstOfEachText<T extends { fold: string }>(hits: T[]): Array<{ hit: T; copies: number }> {
  const byKey = new Map<string, { hit: T; copies: number }>();
  for (const hit of hits) {
    const seen = byKey.get(hit.fold);
    if (seen) seen.copies++;
    else byKey.set(hit.fold, { hit, copies: 0 });
  }
  return [...byKey.values()];
}
