// Smaller word-index chunks for a small bundle. Pagefind cuts a bundle's word index into chunks
// of ~20,000 word locations, so a bundle of a few hundred articles (the newest shard,
// src/indexer/shardLayout.ts) is ONE chunk of its whole word list (26 KB gzipped at 10,000
// articles), and every query fetches all of it: that chunk was most of what the newest shard
// cost /search/ (docs/scale.md «session 12»). Cut again into chunks of a few KB, a query fetches
// the pieces that hold its words. Each word's bytes are Pagefind's own, in Pagefind's order; only
// where chunks end and the chunk table change.
//
// The table's bounds as the runtime reads them (pagefind_web `request_indexes`: per term, the
// first chunk with from <= term <= to). At a cut of ours the lower bound of the next chunk is
// Pagefind's (the shortest prefix of its first word that sorts after the last word before it:
// a prefix term finds the chunk of its extensions) and the upper bound of the chunk before is
// its last word itself (Pagefind shortens it too, and then its own last word falls in no chunk).
//
// Pure: bytes in, bytes out (no compression, no file names).
import { head, skip } from './chunks';

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A CBOR head (definite length, shortest form, as minicbor writes it). */
export function cborHead(major: number, n: number): Uint8Array {
  const m = major << 5;
  if (n < 24) return Uint8Array.of(m | n);
  if (n < 0x100) return Uint8Array.of(m | 24, n);
  if (n < 0x10000) return Uint8Array.of(m | 25, n >> 8, n & 0xff);
  if (n < 0x100000000) return Uint8Array.of(m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  throw new Error(`CBOR length ${n} is past what Pagefind writes`);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const cborText = (s: string) => {
  const b = new TextEncoder().encode(s);
  return concat([cborHead(3, b.length), b]);
};

function hasSignature(b: Uint8Array): boolean {
  return SIGNATURE.every((c, i) => b[i] === c);
}

/** A decompressed chunk's words: each word's text and the span of its CBOR item ([word, pages, …]). */
export function chunkWords(chunk: Uint8Array, file = 'chunk'): Array<{ word: string; start: number; end: number }> {
  if (!hasSignature(chunk)) throw new Error(`${file}: not a Pagefind word-index chunk (no "pagefind_dcd" signature)`);
  const top = head(chunk, SIGNATURE.length);
  if (top.major !== 4 || top.n !== 1) throw new Error(`${file}: a word-index chunk is [words] (Pagefind 1.6)`);
  const list = head(chunk, top.next);
  if (list.major !== 4) throw new Error(`${file}: the words are not an array`);
  const out: Array<{ word: string; start: number; end: number }> = [];
  let i = list.next;
  for (let k = 0; k < list.n; k++) {
    const item = head(chunk, i);
    if (item.major !== 4 || item.n < 2) throw new Error(`${file}: word ${k} is not [word, pages, …]`);
    const w = head(chunk, item.next);
    if (w.major !== 3) throw new Error(`${file}: word ${k} has no text`);
    const end = skip(chunk, i);
    out.push({ word: utf8.decode(chunk.subarray(w.next, w.next + w.n)), start: i, end });
    i = end;
  }
  if (i !== chunk.length) throw new Error(`${file}: ${chunk.length - i} bytes after the words`);
  return out;
}

/** Pagefind's bound between two chunks (its `get_prefixes`): each word cut one character past their common prefix. */
export function prefixBounds(last: string, first: string): [string, string] {
  const a = Array.from(last);
  const b = Array.from(first);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

export interface SplitChunk {
  from: string;
  to: string;
  /** The chunk file's bytes, decompressed ("pagefind_dcd" + CBOR [[word…]]). */
  bytes: Uint8Array;
}

/**
 * Cuts a decompressed chunk into chunks of at most `target` bytes of words (a word larger than
 * that alone), keeping its table entry's outer bounds `from` and `to`. One piece when it fits.
 */
export function splitWordChunk(chunk: Uint8Array, from: string, to: string, target: number, file = 'chunk'): SplitChunk[] {
  const words = chunkWords(chunk, file);
  const groups: Array<typeof words> = [];
  let group: typeof words = [];
  let size = 0;
  for (const w of words) {
    if (group.length && size + (w.end - w.start) > target) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(w);
    size += w.end - w.start;
  }
  if (group.length) groups.push(group);
  if (groups.length <= 1) return [{ from, to, bytes: chunk }];
  return groups.map((g, k) => {
    const lower = k === 0 ? from : prefixBounds(groups[k - 1][groups[k - 1].length - 1].word, g[0].word)[1];
    const upper = k === groups.length - 1 ? to : g[g.length - 1].word;
    const body = chunk.subarray(g[0].start, g[g.length - 1].end);
    return { from: lower, to: upper, bytes: concat([SIGNATURE, cborHead(4, 1), cborHead(4, g.length), body]) };
  });
}

/**
 * A decompressed metadata file ("pagefind_dcd" + CBOR [version, pages, chunks, …]) with its chunk
 * table replaced by `table` ([from, to, hash] each); every other byte is Pagefind's.
 */
export function withChunkTable(meta: Uint8Array, table: Array<[string, string, string]>, file = 'metadata'): Uint8Array {
  if (!hasSignature(meta)) throw new Error(`${file}: not a Pagefind metadata file (no "pagefind_dcd" signature)`);
  const top = head(meta, SIGNATURE.length);
  if (top.major !== 4 || top.n < 3) throw new Error(`${file}: Pagefind metadata is not the array this code reads (Pagefind 1.6)`);
  const at = skip(meta, skip(meta, top.next)); // version, pages
  if (head(meta, at).major !== 4) throw new Error(`${file}: the word-index chunk table is not an array`);
  const end = skip(meta, at);
  const entries = table.flatMap(([f, t, h]) => [cborHead(4, 3), cborText(f), cborText(t), cborText(h)]);
  return concat([meta.subarray(0, at), cborHead(4, table.length), ...entries, meta.subarray(end)]);
}
