// Fingerprints of what a page shows, for incremental builds (docs/architecture.md «Builds»).
// A dynamic page's props are its view data; the hash of the props is the page's fingerprint:
// when it is unchanged, the page's HTML would be too (everything else a page reads — code,
// curated YAML, BASE/SITE — is in the build's global fingerprint).
import { createHash } from 'node:crypto';

/**
 * Writes `value` as a canonical string (object keys sorted, `undefined` fields dropped the way
 * JSON drops them). Refuses what JSON would silently flatten (Map, Set, functions, class
 * instances other than Date): a Map hashed as `{}` would hide every change inside it.
 * `shared` hashes an object that many views reference (an article in related lists) once and
 * stands for it by that hash.
 */
function canonical(value: unknown, shared: SharedHashes, out: string[], where: string): void {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    out.push(JSON.stringify(value));
    return;
  }
  if (value === undefined) {
    out.push('null'); // only reached inside arrays, as JSON.stringify does
    return;
  }
  if (typeof value !== 'object') throw new Error(`fingerprint: ${where} is a ${typeof value}; page props must be plain data`);
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((v, i) => {
      if (i) out.push(',');
      canonical(v, shared, out, `${where}[${i}]`);
    });
    out.push(']');
    return;
  }
  if (value instanceof Date) {
    out.push(JSON.stringify(value.toISOString()));
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new Error(`fingerprint: ${where} is a ${proto?.constructor?.name ?? 'class instance'}; page props must be plain data (arrays and objects)`);
  }
  const memo = shared.get(value);
  if (memo) {
    out.push(`#${memo}`);
    return;
  }
  out.push('{');
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    canonical(v, shared, out, `${where}.${key}`);
  }
  out.push('}');
}

/** Hashes of objects referenced from many views, keyed by identity (see `fingerprintOf`). */
export class SharedHashes {
  private hashes = new WeakMap<object, string>();

  /** Registers the hash that stands for `o` (e.g. an article's, computed once by `fingerprintOf`). */
  set(o: object, hash: string): this {
    this.hashes.set(o, hash);
    return this;
  }

  get(o: object): string | undefined {
    return this.hashes.get(o);
  }
}

function hashOf(value: unknown, shared: SharedHashes, where: string): string {
  const out: string[] = [];
  canonical(value, shared, out, where);
  // One update of the joined text: the same digest as one update per part, ~30 % less time.
  return createHash('sha1').update(out.join('')).digest('base64url');
}

/** The fingerprint of a value: equal for equal plain data, whatever the key order. */
export function fingerprintOf(value: unknown, shared: SharedHashes = new SharedHashes(), where = 'props'): string {
  return hashOf(value, shared, where);
}

/**
 * The fingerprint of an article as its pages show it (with the MDX source of a person's markup
 * edit, else null). With `keys` (a corpus built with its cache), the hash of the article as
 * written stands for its text (the paragraphs and the sentences split from them) and the keys
 * its mentions and topics were cached under stand for those (the corpus cache computes them
 * from nothing else: src/lib/corpus/cache.ts); every other field is hashed as it is. Without
 * them, the whole article.
 */
const STOOD_FOR = new Set(['paragraphs', 'sentences', 'mentions', 'topics']);

export function articleFingerprint(
  article: { paragraphs: unknown; sentences: unknown; mentions: unknown; topics: unknown },
  markup: string | null,
  keys?: { content?: string; results?: string },
): string {
  if (keys?.content === undefined || keys.results === undefined) return fingerprintOf({ article, markup });
  // The other fields copied by name, not spread: a spread would read the mentions, which a
  // corpus from its cache parses only when asked (src/lib/corpus/buildCorpus.ts lazyMentions).
  const rest = Object.fromEntries(Object.keys(article).filter((k) => !STOOD_FOR.has(k)).map((k) => [k, (article as Record<string, unknown>)[k]]));
  return fingerprintOf({ article: rest, text: keys.content, results: keys.results, markup });
}
