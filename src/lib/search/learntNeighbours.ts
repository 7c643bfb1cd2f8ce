// Words that share contexts across the corpus (issue 15, thirty-fifth pass, session 43). The curated lists
// (thesaurus, meaning words) reach what their authors foresaw; a word's neighbours learnt from the corpus are
// the one source of other words that nobody has to foresee. Two kinds are measured here:
//   - first order: words standing in one sentence window on more pages than chance (PMI) — associates
//     («طوابير» beside «مخابز»);
//   - second order: words whose own contexts agree (cosine of positive-PMI context vectors) — substitutes,
//     what a writer puts in the word's place («طوابير» ~ «اصطفاف», «نقص» ~ «شح»).
// Pure: the caller keys the text (the search's stems) and says which keys are function words.
// scripts/concept-reach.ts uses it to estimate, before anything is built, how many spent blind concept misses
// such neighbours would reach (docs/search.md «Thirty-fifth pass: concepts on unseen pages»).

/** A page as the learner reads it: its sentences, each the content keys in order. */
export type PageSentences = readonly (readonly string[])[];

export interface NeighbourRules {
  /** Context words either side (second order). */
  window: number;
  /** A word (and a first-order pair) counts only on at least this many pages. */
  minPages: number;
  /** A word on more than this share of the pages is too common to be anyone's neighbour. */
  maxShare: number;
  /** Neighbours kept for one word. */
  perWord: number;
  /** Least cosine (second order) or PMI (first order) kept. */
  minScore: number;
  /** Keep a neighbour only when the word is among the neighbour's own `perWord` (the precision guard). */
  mutual: boolean;
}

export const DEFAULT_NEIGHBOUR_RULES: NeighbourRules = { window: 3, minPages: 3, maxShare: 0.1, perWord: 7, minScore: 0, mutual: false };

/** Sentences of a text: split at sentence and clause marks and line ends, each sentence's content keys. */
export function sentencesOf(text: string, keyOf: (word: string) => string, isFunction: (key: string) => boolean): string[][] {
  const out: string[][] = [];
  for (const part of text.split(/[.!؟?\n،؛:]+/)) {
    const keys = (part.match(/[\u0621-\u064A\u0671]+/g) ?? []).map(keyOf).filter((k) => k.length >= 2 && !isFunction(k));
    if (keys.length) out.push(keys);
  }
  return out;
}

/** The corpus's word contexts, counted once; then each word's neighbours of either order. */
export class WordContexts {
  private readonly pagesOf = new Map<string, number>();
  private readonly pairPages = new Map<string, Map<string, number>>();
  private readonly around = new Map<string, Map<string, number>>();
  private readonly contextTotal = new Map<string, number>();
  private total = 0;
  private pages = 0;
  private vectors?: Map<string, { v: Map<string, number>; norm: number }>;

  constructor(private readonly rules: NeighbourRules = DEFAULT_NEIGHBOUR_RULES) {}

  add(page: PageSentences): void {
    this.vectors = undefined;
    this.pages++;
    const seen = new Set(page.flat());
    for (const w of seen) this.pagesOf.set(w, (this.pagesOf.get(w) ?? 0) + 1);
    // First order: each pair of words in one sentence, counted once a page.
    const pairs = new Set<string>();
    for (const s of page) {
      const u = [...new Set(s)];
      for (const a of u) for (const b of u) if (a !== b) pairs.add(`${a}\u0000${b}`);
      // Second order: the words within `window` of each word.
      for (let i = 0; i < s.length; i++) {
        for (let j = Math.max(0, i - this.rules.window); j <= Math.min(s.length - 1, i + this.rules.window); j++) {
          if (j === i) continue;
          const m = this.around.get(s[i]) ?? this.around.set(s[i], new Map()).get(s[i])!;
          m.set(s[j], (m.get(s[j]) ?? 0) + 1);
          this.contextTotal.set(s[j], (this.contextTotal.get(s[j]) ?? 0) + 1);
          this.total++;
        }
      }
    }
    for (const p of pairs) {
      const [a, b] = p.split('\u0000');
      const m = this.pairPages.get(a) ?? this.pairPages.set(a, new Map()).get(a)!;
      m.set(b, (m.get(b) ?? 0) + 1);
    }
  }

  /** Pages holding `w`. */
  pageCount(w: string): number {
    return this.pagesOf.get(w) ?? 0;
  }

  private usable(w: string): boolean {
    const n = this.pageCount(w);
    return n >= this.rules.minPages && n <= this.rules.maxShare * this.pages;
  }

  /** First order: the words standing in `w`'s sentences on more pages than chance, by PMI weighed by support. */
  associates(w: string, k = this.rules.perWord): string[] {
    const m = this.pairPages.get(w);
    const dw = this.pageCount(w);
    if (!m || !dw) return [];
    const out: Array<[string, number]> = [];
    for (const [v, c] of m) {
      if (c < this.rules.minPages || !this.usable(v)) continue;
      const pmi = Math.log((this.pages * c) / (dw * this.pageCount(v)));
      if (pmi >= this.rules.minScore) out.push([v, pmi * Math.log(1 + c)]);
    }
    return top(out, k);
  }

  private sealVectors(): Map<string, { v: Map<string, number>; norm: number }> {
    if (this.vectors) return this.vectors;
    const vectors = new Map<string, { v: Map<string, number>; norm: number }>();
    for (const [w, m] of this.around) {
      if (this.pageCount(w) < this.rules.minPages) continue;
      let row = 0;
      for (const x of m.values()) row += x;
      const v = new Map<string, number>();
      let n2 = 0;
      for (const [c, x] of m) {
        const ppmi = Math.log((x * this.total) / (row * (this.contextTotal.get(c) ?? 1)));
        if (ppmi > 0) {
          v.set(c, ppmi);
          n2 += ppmi * ppmi;
        }
      }
      if (n2 > 0) vectors.set(w, { v, norm: Math.sqrt(n2) });
    }
    return (this.vectors = vectors);
  }

  /** Cosine of two words' context vectors (0 when either is too rare). */
  similarity(a: string, b: string): number {
    const vs = this.sealVectors();
    const x = vs.get(a);
    const y = vs.get(b);
    if (!x || !y) return 0;
    const [s, l] = x.v.size < y.v.size ? [x.v, y.v] : [y.v, x.v];
    let d = 0;
    for (const [c, p] of s) d += p * (l.get(c) ?? 0);
    return d / (x.norm * y.norm);
  }

  /** Second order: the words whose contexts agree most with `w`'s (mutual when the rules say so). */
  substitutes(w: string, k = this.rules.perWord): string[] {
    const near = this.nearest(w, k);
    return this.rules.mutual ? near.filter((v) => this.nearest(v, k).includes(w)) : near;
  }

  private nearest(w: string, k: number): string[] {
    const vs = this.sealVectors();
    if (!vs.has(w)) return [];
    const out: Array<[string, number]> = [];
    for (const u of vs.keys()) {
      if (u === w || !this.usable(u)) continue;
      const c = this.similarity(w, u);
      if (c > this.rules.minScore) out.push([u, c]);
    }
    return top(out, k);
  }
}

/** The `k` best by score, ties by key (stable across runs). */
function top(scored: Array<[string, number]>, k: number): string[] {
  return scored
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, k)
    .map((x) => x[0]);
}
