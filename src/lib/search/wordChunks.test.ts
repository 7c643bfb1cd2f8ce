import { describe, expect, it } from 'vitest';
import { chunkFiles, readChunkTable } from './chunks';
import { cborHead, chunkWords, prefixBounds, splitWordChunk, withChunkTable } from './wordChunks';

const enc = new TextEncoder();
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const text = (s: string) => cat(cborHead(3, enc.encode(s).length), enc.encode(s));
const uint = (n: number) => cborHead(0, n);
const sig = enc.encode('pagefind_dcd');

/** A word as Pagefind 1.6 writes it: [word, [[page, [locs…]]…], []] (locations past 23 take two bytes). */
function word(w: string, pages: number[][]): Uint8Array {
  const packed = pages.map(([page, ...locs]) => cat(cborHead(4, 2), uint(page), cborHead(4, locs.length), ...locs.map(uint)));
  return cat(cborHead(4, 3), text(w), cborHead(4, pages.length), ...packed, cborHead(4, 0));
}
const chunkOf = (words: Uint8Array[]) => cat(sig, cborHead(4, 1), cborHead(4, words.length), ...words);

// Keys in the shape of the index's (transliterated, sorted byte-wise as Rust sorts &str).
const WORDS = ['0a3af', '0a3afi', '0a3afi9', '0a3c', '0abo', '0abr', '0abw4ba', '0abw4by', '0abw4bya9', '0acari', '0acart', '0acart9', 'bwtyn', 'zylnsky'];
const chunk = chunkOf(WORDS.map((w, i) => word(w, [[i, 3, 40, 200], [i + 20, 7], [i + 40, 1, 2, 300, 900]])));

describe('a word-index chunk cut smaller', () => {
  it('reads the words of a chunk in order, each span one CBOR item', () => {
    const words = chunkWords(chunk);
    expect(words.map((w) => w.word)).toEqual(WORDS);
    expect(words[0].start).toBe(sig.length + 2);
    expect(words.at(-1)!.end).toBe(chunk.length);
  });

  it('keeps every word once, in order, each piece within the size unless one word is larger', () => {
    const pieces = splitWordChunk(chunk, '0a3', 'zylnsky', 60);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.flatMap((p) => chunkWords(p.bytes).map((w) => w.word))).toEqual(WORDS);
    for (const p of pieces) {
      const words = chunkWords(p.bytes);
      const size = words.reduce((n, w) => n + w.end - w.start, 0);
      expect(words.length === 1 || size <= 60).toBe(true);
    }
    // The words' bytes are Pagefind's own: the pieces' bodies put together are the chunk's body.
    expect(cat(...pieces.map((p) => p.bytes.subarray(sig.length + 1 + cborHead(4, chunkWords(p.bytes).length).length)))).toEqual(chunk.subarray(sig.length + 2));
  });

  it('keeps the outer bounds, and the runtime finds each word in the piece that holds it', () => {
    const pieces = splitWordChunk(chunk, '0a3', 'zylnsky', 60);
    expect(pieces[0].from).toBe('0a3');
    expect(pieces.at(-1)!.to).toBe('zylnsky');
    const table = pieces.flatMap((p, i) => [p.from, p.to, `ar_${i}`]);
    pieces.forEach((p, i) => {
      for (const w of chunkWords(p.bytes)) expect(chunkFiles(table, w.word)).toEqual([`ar_${i}`]);
    });
    // Each cut's lower bound, a prefix of its piece's first word, is a term that lands in that piece.
    for (let i = 1; i < pieces.length; i++) {
      expect(chunkWords(pieces[i].bytes)[0].word.startsWith(pieces[i].from)).toBe(true);
      expect(chunkFiles(table, pieces[i].from)).toEqual([`ar_${i}`]);
    }
  });

  it('leaves a chunk within the size as it is', () => {
    const [one] = splitWordChunk(chunk, '0a3', 'zylnsky', 1e6);
    expect(one).toEqual({ from: '0a3', to: 'zylnsky', bytes: chunk });
  });

  it('cuts bounds one character past the common prefix, as Pagefind does', () => {
    expect(prefixBounds('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(prefixBounds('cath', 'cathartic')).toEqual(['cath', 'catha']);
    expect(prefixBounds('زيلنسكي', 'زيلينسكي')).toEqual(['زيلن', 'زيلي']);
  });

  it('refuses what is not a Pagefind chunk', () => {
    expect(() => chunkWords(enc.encode('not a chunk'))).toThrow(/signature/);
    expect(() => chunkWords(cat(chunk, Uint8Array.of(0)))).toThrow(/after the words/);
  });
});

describe('a metadata file with another chunk table', () => {
  // [version, pages, chunks, filters, sorts, meta fields] as Pagefind 1.6 writes it.
  const meta = (chunks: string[][]) => cat(sig, cborHead(4, 6), text('1.6.0'),
    cborHead(4, 2), cborHead(4, 2), text('pg1'), uint(120), cborHead(4, 2), text('pg2'), uint(80),
    cborHead(4, chunks.length), ...chunks.map((c) => cat(cborHead(4, 3), ...c.map(text))),
    cborHead(4, 0), cborHead(4, 0), cborHead(4, 1), text('title'));

  it('replaces the table and keeps every other byte', () => {
    const before = meta([['0a', 'zz', 'ar_aaaaaaa']]);
    const table: Array<[string, string, string]> = Array.from({ length: 30 }, (_, i) => [`w${i}`, `w${i}z`, `ar_${String(i).padStart(7, '0')}`]);
    const after = withChunkTable(before, table);
    expect(readChunkTable(after)).toEqual(table.flat());
    expect(after).toEqual(meta(table));
  });
});
