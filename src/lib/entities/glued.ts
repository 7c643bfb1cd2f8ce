// Careless sources drop the space between two names: «روسياأوكرانيا», «الأممالمتحدة». A token
// no phrase starts with is split in two when both halves are known names (or together are one
// two-word name). Only names and aliases count, never a bare surname or a nisba, so an ordinary
// long word is never cut into two accidental names.
import { surfaceOffset, tokenize, type PhraseMatch, type PhraseTrie, type Token } from '../arabic';
import type { ActorKey, ActorMatcher } from './matcher';
import type { SpanMatch } from './link';

/** Each half of a glued token keeps at least this many letters. */
export const MIN_GLUED_PART = 3;
/** Tokens shorter than this are not tried (two 3-letter names and no more is very rare). */
export const MIN_GLUED_TOKEN = 7;

interface GluedPart {
  /** Normalised char range of the part in the token (clitic excluded). */
  from: number;
  to: number;
  keys: ActorKey[];
}

const NAME_KINDS = new Set(['name', 'alias', 'capital']);

function nameKeys(hit: PhraseMatch<ActorKey> | null, to: number): ActorKey[] {
  if (!hit || hit.to !== to) return [];
  return hit.values.filter((v) => NAME_KINDS.has(v.kind) && !v.hint && !v.bare);
}

/** Where the clitic of a hit ends, in normalised chars of its first token (وأوكرانيا → 1). */
function cliticCut(hit: PhraseMatch<ActorKey>): number {
  return hit.prefix.endsWith('ال') && hit.reading.startsWith('ال') ? hit.prefix.length - 2 : hit.prefix.length;
}

/** The split of a normalised token into known names, or null. */
export function splitGlued(trie: PhraseTrie<ActorKey>, norm: string): GluedPart[] | null {
  let found: GluedPart[] | null = null;
  for (let k = MIN_GLUED_PART; k <= norm.length - MIN_GLUED_PART && !found; k++) {
    const left = norm.slice(0, k);
    if (!trie.hasFirst(left)) continue;
    const mini = `${left} ${norm.slice(k)}`;
    const tokens = tokenize(mini);
    if (tokens.length !== 2) continue;
    const whole = trie.matchAt(tokens, 0, mini);
    const both = nameKeys(whole, 2);
    if (both.length) {
      found = [{ from: 0, to: norm.length, keys: both }];
      break;
    }
    const first = nameKeys(whole, 1);
    const rightHit = trie.matchAt(tokens, 1, mini);
    const second = nameKeys(rightHit, 2);
    if (first.length && second.length) found = [{ from: 0, to: k, keys: first }, { from: k + cliticCut(rightHit!), to: norm.length, keys: second }];
  }
  return found;
}

/** Spans for a glued token at index i of a paragraph, or null when it is not two names. */
export function gluedSpans(m: ActorMatcher, t: Token, i: number, paragraph: number): SpanMatch[] | null {
  if (t.type !== 'ar' || t.norm.length < MIN_GLUED_TOKEN) return null;
  // Memoised on the token's WrittenWord with the trie itself as the owner (its readings use a
  // key of their own), so each spelling is split once per trie.
  const trie = m.layers[0];
  let parts = t.word.memo(trie) as GluedPart[] | null | undefined;
  if (parts === undefined) parts = t.word.remember(trie, splitGlued(trie, t.norm));
  if (!parts) return null;
  return parts.map((p) => ({
    paragraph,
    fromToken: i,
    toToken: i + 1,
    start: t.start + surfaceOffset(t.text, p.from),
    end: t.start + surfaceOffset(t.text, p.to),
    keys: p.keys,
  }));
}
