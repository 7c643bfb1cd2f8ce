// An article's mentions from its raw trie hits (link.ts matchParagraph), split from link.ts (session 48,
// no rule changed): the article-wide guards — a bare surname needs one owner or one owner named in full,
// a guarded alias needs its actor near, a surname another person bears is nobody's — then each mention
// placed in its sentence, and the actors ranked by how often they are named.
import type { Mention, MentionKind, Sentence } from '../types';
import type { ActorMatcher } from './matcher';
import type { SpanMatch } from './link';

/** Index of the sentence holding char `start` of paragraph `p` (sentences are in order). */
export function sentenceAt(sentences: Sentence[], p: number, start: number): number {
  let lo = 0, hi = sentences.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s.paragraph < p || (s.paragraph === p && s.start <= start)) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans >= 0 && sentences[ans].paragraph === p ? ans : sentences.findIndex((s) => s.paragraph === p);
}

/** Who is named in full (name, alias or discovered) somewhere in the spans. */
function fullyNamedIn(spans: SpanMatch[]): Set<string> {
  const fullyNamed = new Set<string>();
  for (const s of spans) for (const k of s.keys) if (!k.guarded && (k.kind === 'name' || k.kind === 'alias' || k.kind === 'discovered')) fullyNamed.add(k.actorId);
  return fullyNamed;
}

/** Owners of a surname another person bears here («دانييل مدفيديف»), unless they are named in full too. */
export function sharedSurnames(spans: SpanMatch[], fullyNamed = fullyNamedIn(spans)): string[] {
  const shared = new Set<string>();
  for (const s of spans) if (s.otherPerson) for (const k of s.keys) if (!fullyNamed.has(k.actorId)) shared.add(k.actorId);
  return [...shared];
}

/** The guarded mentions of an article from its raw trie hits (see linkActors). */
export function mentionsFromSpans(paragraphs: string[], spans: SpanMatch[], matcher: ActorMatcher, sentences: Sentence[]): Mention[] {
  const fullyNamed = fullyNamedIn(spans);
  // Paragraph → actors named there (any kind) and the actors those belong to (Actor.affiliation).
  const namedIn = new Map<number, Set<string>>();
  for (const s of spans) {
    if (s.near) {
      const here = namedIn.get(s.paragraph) ?? namedIn.set(s.paragraph, new Set()).get(s.paragraph)!;
      for (const id of s.near) here.add(id);
    }
    for (const k of s.keys) {
      if (k.guarded) continue;
      const here = namedIn.get(s.paragraph) ?? namedIn.set(s.paragraph, new Set()).get(s.paragraph)!;
      here.add(k.actorId);
      const owner = matcher.actors.get(k.actorId)?.affiliation;
      if (owner) here.add(owner);
    }
  }
  const namedNear = (id: string, p: number) => !!(namedIn.get(p)?.has(id) || namedIn.get(p - 1)?.has(id));
  // Surnames another person of the article also bears («دانييل مدفيديف … ويلتقي مدفيديف»).
  const shared = new Set(spans.some((s) => s.otherPerson) ? sharedSurnames(spans, fullyNamed) : []);

  const mentions: Mention[] = [];
  for (const s of spans) {
    // A guarded alias (تراس, which folding makes the verb ترأس; «المملكة») needs the full name, a
    // title, or the actor (its nisba, its capital, one of its people) in this paragraph or the one before.
    if (s.otherPerson) continue;
    let keys = s.keys.filter((k) => !k.guarded || s.titled || fullyNamed.has(k.actorId) || namedNear(k.actorId, s.paragraph));
    if (shared.size && keys[0]?.kind === 'short') keys = keys.filter((k) => !shared.has(k.actorId));
    if (!keys.length) continue;
    if (keys[0].kind === 'short') {
      // Every actor with this surname sits at the same trie key, so `keys` lists all owners.
      const owners = keys.map((k) => k.actorId);
      if (owners.length > 1) {
        const named = owners.filter((id) => fullyNamed.has(id));
        keys = named.length === 1 ? [{ actorId: named[0], kind: 'short' }] : [];
      }
    }
    for (const k of keys) {
      const actor = matcher.actors.get(k.actorId);
      const kind: MentionKind = actor?.discovered ? 'discovered' : k.kind;
      mentions.push({
        actorId: k.actorId,
        paragraph: s.paragraph,
        sentence: sentenceAt(sentences, s.paragraph, s.start),
        start: s.start,
        end: s.end,
        text: paragraphs[s.paragraph].slice(s.start, s.end),
        kind,
      });
    }
  }
  return mentions;
}

/** Distinct actor ids, most mentioned first (ties: first mention first). */
export function rankActors(mentions: Mention[]): string[] {
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.actorId, (count.get(m.actorId) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
}
