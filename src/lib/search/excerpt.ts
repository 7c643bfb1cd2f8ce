// Excerpts and highlights from the article's REAL text: the index holds keys, so we find
// the matched words by keying the displayed text with the same function as the query.
import { keyTokens, aliasAt, arabicKey, conceptsAt, type KeyContext, type QueryPlan } from './keys';
import { singularPlural } from './wordPatterns';

export interface Segment {
  text: string;
  mark: boolean;
}

const unmarkedCache = new WeakMap<KeyContext, ReadonlySet<string>>();
/** Index keys of the context's function words (content/function-words.yaml). */
function unmarkedKeys(ctx: KeyContext): ReadonlySet<string> {
  let keys = unmarkedCache.get(ctx);
  if (!keys) unmarkedCache.set(ctx, (keys = new Set([...(ctx.unmarked ?? [])].map((s) => arabicKey(s)))));
  return keys;
}

/**
 * Char ranges [start, end) of the words in `text` that the query plan matches: its words
 * in any of their forms, its actors under any name, and the phrasings of its concepts.
 */
export function matchRanges(text: string, plan: QueryPlan, ctx: KeyContext): Array<[number, number]> {
  const toks = keyTokens(text, ctx);
  const stems = toks.map((t) => t.stem);
  const matches = toks.map((t) => t.match);
  // A function word of the query (الحرب في أوكرانيا) is searched, but marking every «في» of
  // the text hides the words that matter; marked only when the query has nothing else.
  const skip = unmarkedKeys(ctx);
  const rest = plan.exact.filter((k) => !skip.has(k));
  const exact = new Set(rest.length ? rest : plan.exact);
  const wanted = new Set(plan.actors);
  const concepts = new Set(plan.concept?.ids ?? []);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < toks.length; i++) {
    const alias = wanted.size || concepts.size ? aliasAt(stems, i, ctx) : null;
    const named = alias && (wanted.has(alias.id) || concepts.has(ctx.actorConcepts.get(alias.id) ?? ''));
    const phrase = named ? alias.length : concepts.size ? conceptsAt(matches, i, ctx).find((c) => c.ids.some((id) => concepts.has(id)))?.length : undefined;
    if (phrase) {
      out.push([toks[i].token.start, toks[i + phrase - 1].token.end]);
      i += phrase - 1;
      continue;
    }
    const { key, familyKey, stem } = toks[i];
    // A plural query («العبارات») marks the singular the page was found by («عبارة», keys.ts readingKeys).
    const plural = toks[i].token.type === 'ar' && !toks[i].hamza && stem.endsWith('ه') ? singularPlural(stem, ctx) : undefined;
    if (exact.has(key) || (familyKey && exact.has(familyKey)) || (plural && exact.has(arabicKey(plural))) || (plan.prefix && key.startsWith(plan.prefix))) out.push([toks[i].token.start, toks[i].token.end]);
  }
  return out;
}

/** Splits text into plain and marked segments along the given ranges. */
export function segments(text: string, ranges: Array<[number, number]>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * The window of about `words` words with the most matches, from the paragraph that has
 * the most; cut on word boundaries, with an ellipsis where text was left out.
 */
export function buildExcerpt(paragraphs: string[], plan: QueryPlan, ctx: KeyContext, words = 36): Segment[] {
  let best = { p: 0, ranges: [] as Array<[number, number]> };
  for (let p = 0; p < paragraphs.length; p++) {
    const ranges = matchRanges(paragraphs[p], plan, ctx);
    if (ranges.length > best.ranges.length) best = { p, ranges };
  }
  const text = paragraphs[best.p] ?? '';
  const spaces = [...text.matchAll(/\s+/g)].map((m) => m.index!);
  if (spaces.length < words) return segments(text, best.ranges);
  // Start a few words before the first match, then cut after `words` words.
  const first = best.ranges[0]?.[0] ?? 0;
  const wordIndex = spaces.findIndex((s) => s > first);
  const startWord = Math.max(0, (wordIndex < 0 ? spaces.length : wordIndex) - 6);
  const start = startWord === 0 ? 0 : spaces[startWord - 1] + 1;
  const endSpace = spaces[startWord + words - 1];
  const end = endSpace === undefined ? text.length : endSpace;
  const slice = text.slice(start, end);
  const ranges = best.ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as [number, number]);
  const segs = segments(slice, ranges);
  if (start > 0) segs.unshift({ text: '… ', mark: false });
  if (end < text.length) segs.push({ text: ' …', mark: false });
  return segs;
}
