// Which word-index chunk files of a Pagefind bundle a search reads, known before the index is
// open. Pagefind's worker asks for a query's chunks only once it has the bundle's metadata and
// wasm; the /search/ page names them itself from a copy of each bundle's chunk table shipped in
// kb-search.json (`wordChunks`), fetches them as soon as the query is planned, and the worker
// finds them in the HTTP cache (docs/search.md «the query's word index early»).
//
// Pure: metadata bytes in, tables out; a table and terms in, file names out.
import type { BundleLanguages } from './context';

/**
 * A bundle's chunk table, flat: [from, to, hash, from, to, hash, …] — the first and last word of
 * each chunk and its file's hash (index/<hash>.pf_index), in the order Pagefind lists them.
 */
export type ChunkTable = string[];

const SIGNATURE = 'pagefind_dcd';

/** Reads one CBOR head (definite lengths only, what Pagefind writes): major type, length/value, next offset. */
export function head(b: Uint8Array, at: number): { major: number; n: number; next: number } {
  if (at >= b.length) throw new Error('Pagefind metadata: ends early');
  const major = b[at] >> 5;
  const info = b[at] & 31;
  let n = 0;
  let next = at + 1;
  if (info < 24) n = info;
  else if (info <= 27) {
    const size = 1 << (info - 24);
    for (let k = 0; k < size; k++) n = n * 256 + b[next + k];
    next += size;
  } else throw new Error(`Pagefind metadata: unsupported CBOR length at byte ${at}`);
  return { major, n, next };
}

/** The offset after the CBOR item at `at` (also read by scripts/bench/search-meta.ts). */
export function skip(b: Uint8Array, at: number): number {
  const { major, n, next } = head(b, at);
  if (major === 2 || major === 3) return next + n;
  let i = next;
  if (major === 4) for (let k = 0; k < n; k++) i = skip(b, i);
  else if (major === 5) for (let k = 0; k < 2 * n; k++) i = skip(b, i);
  else if (major === 6) i = skip(b, i);
  return i;
}

/**
 * The chunk table of a bundle's metadata file, decompressed (Pagefind 1.6: "pagefind_dcd" + a
 * CBOR array [version, pages, chunks, filters, sorts, meta fields], each chunk [from, to, hash]).
 */
export function readChunkTable(meta: Uint8Array, file = 'metadata'): ChunkTable {
  const text = new TextDecoder('utf-8', { fatal: true });
  if (text.decode(meta.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`${file}: not a Pagefind metadata file (no "${SIGNATURE}" signature)`);
  let i = SIGNATURE.length;
  const top = head(meta, i);
  if (top.major !== 4 || top.n < 3) throw new Error(`${file}: Pagefind metadata is not the array this code reads (Pagefind 1.6)`);
  i = skip(meta, skip(meta, top.next)); // version, pages
  const chunks = head(meta, i);
  if (chunks.major !== 4) throw new Error(`${file}: the word-index chunk table is not an array`);
  const out: ChunkTable = [];
  i = chunks.next;
  for (let c = 0; c < chunks.n; c++) {
    const chunk = head(meta, i);
    if (chunk.major !== 4 || chunk.n !== 3) throw new Error(`${file}: chunk ${c} is not [from, to, hash]`);
    i = chunk.next;
    for (let k = 0; k < 3; k++) {
      const s = head(meta, i);
      if (s.major !== 3) throw new Error(`${file}: chunk ${c} holds a non-string`);
      out.push(text.decode(meta.subarray(s.next, s.next + s.n)));
      i = s.next + s.n;
    }
  }
  return out;
}

const utf8 = new TextEncoder();

/** Byte-wise order of UTF-8 strings, as Rust compares &str. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** The first `n` bytes, or null when `n` cuts a character (Rust's `str::get(0..n)`). */
function prefixBytes(s: Uint8Array, n: number): Uint8Array | null {
  if (n < s.length && (s[n] & 0xc0) === 0x80) return null;
  return s.subarray(0, n);
}

/**
 * The chunk files (hashes) Pagefind's `request_indexes` asks for a normalised search string
 * (pagefind_web 1.6): per term, the first chunk whose [from, to] holds it; when no term falls in
 * any chunk, the first chunk that may hold an extension or a prefix of each term. Sorted, once each.
 */
export function chunkFiles(table: ChunkTable, search: string): string[] {
  const chunks: Array<{ from: Uint8Array; to: Uint8Array; hash: string }> = [];
  for (let i = 0; i + 2 < table.length; i += 3) chunks.push({ from: utf8.encode(table[i]), to: utf8.encode(table[i + 1]), hash: table[i + 2] });
  const terms = search.split(' ').map((t) => utf8.encode(t));
  const find = (loose: boolean) => {
    const hashes = new Set<string>();
    for (const term of terms) {
      const hit = chunks.find((c) => {
        if (!loose) return compareBytes(term, c.from) >= 0 && compareBytes(term, c.to) <= 0;
        const termFrom = prefixBytes(term, Math.min(term.length, c.from.length));
        const chunkFrom = prefixBytes(c.from, Math.min(term.length, c.from.length));
        const termTo = prefixBytes(term, Math.min(term.length, c.to.length));
        const chunkTo = prefixBytes(c.to, Math.min(term.length, c.to.length));
        if (!termFrom || !chunkFrom || !termTo || !chunkTo) return false;
        return compareBytes(termFrom, chunkFrom) >= 0 && compareBytes(termTo, chunkTo) <= 0;
      });
      if (hit) hashes.add(hit.hash);
    }
    return [...hashes].sort();
  };
  const strict = find(false);
  return strict.length || !search.trim() ? strict : find(true);
}

/**
 * A search string as Pagefind's worker normalises it before it names chunks: lower case, marks
 * stripped (its normalizeDiacritics), punctuation dropped, single spaces.
 */
export function pagefindTerms(search: string): string {
  return search
    .toLocaleLowerCase()
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
    .split(/\s+/)
    .map((t) => {
      const stripped = t.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
      return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
    })
    .filter(Boolean)
    .join(' ');
}

/** The language index Pagefind's worker opens for a page in `lang` (its findIndex). */
export function pickLanguage(langs: BundleLanguages | undefined, lang: string): BundleLanguages[string] | undefined {
  if (!langs) return undefined;
  return langs[lang] ?? langs[lang.split('-')[0]] ?? Object.values(langs).sort((a, b) => b.page_count - a.page_count)[0];
}
