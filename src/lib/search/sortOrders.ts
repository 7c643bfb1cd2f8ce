// A sharded index's date order, outside Pagefind's metadata. Pagefind keeps each sort key's page
// order in the bundle's metadata file, which every search fetches and decompresses before its
// first results; a relevance search (the default) never reads it (18 KB of the dated bundle's
// 89 KB gzipped at 10,000 articles). The indexer moves the orders into a file of their own beside
// the metadata (`kb-order.<metadata hash>.json`, fetched only for a date order), and the page
// orders a shard's relevance hits by it exactly as Pagefind's sort would (docs/search.md «the
// date-order file»).
//
// Pure: metadata bytes in, metadata without sorts and the orders out; hits and an order in,
// the sorted hits out.
import { head, skip } from './chunks';

/** Per sort key, the bundle's page hashes (Pagefind's result ids) in Pagefind's order: ascending by the key. */
export type SortOrders = Record<string, string[]>;

/** The order file of a bundle, by its metadata hash (kb-search.json `bundles`' `hash`). */
export const sortOrderFile = (metaHash: string): string => `kb-order.${metaHash}.json`;

const SIGNATURE = 'pagefind_dcd';
/** CBOR: an empty array (Pagefind writes the sorts as an array of [key, [page index…]] pairs). */
const EMPTY_ARRAY = 0x80;

function textAt(b: Uint8Array, at: number, what: string): { text: string; next: number } {
  const h = head(b, at);
  if (h.major !== 3) throw new Error(`${what} is not a string`);
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(h.next, h.next + h.n)), next: h.next + h.n };
}

/**
 * Splits a decompressed Pagefind 1.6 metadata file ("pagefind_dcd" + CBOR [version, pages,
 * chunks, filters, sorts, meta fields]; a page is [hash, word count, …], a sort [key, [page
 * index…]]) into the same file with no sorts and the sorts as page hashes. Every other byte is
 * kept, so the word index, the pages and their order are Pagefind's own.
 */
export function splitSorts(meta: Uint8Array, file = 'metadata'): { meta: Uint8Array; orders: SortOrders } {
  if (new TextDecoder().decode(meta.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`${file}: not a Pagefind metadata file (no "${SIGNATURE}" signature)`);
  const top = head(meta, SIGNATURE.length);
  if (top.major !== 4 || top.n < 5) throw new Error(`${file}: Pagefind metadata is not the array this code reads (Pagefind 1.6)`);
  let i = skip(meta, top.next); // version
  const pages = head(meta, i);
  if (pages.major !== 4) throw new Error(`${file}: the page list is not an array`);
  const hashes: string[] = [];
  i = pages.next;
  for (let p = 0; p < pages.n; p++) {
    const page = head(meta, i);
    if (page.major !== 4 || page.n < 1) throw new Error(`${file}: page ${p} is not [hash, …]`);
    hashes.push(textAt(meta, page.next, `${file}: page ${p}'s hash`).text);
    i = skip(meta, i);
  }
  i = skip(meta, skip(meta, i)); // chunks, filters
  const sortsAt = i;
  const sorts = head(meta, i);
  if (sorts.major !== 4) throw new Error(`${file}: the sorts are not an array`);
  const orders: SortOrders = {};
  i = sorts.next;
  for (let s = 0; s < sorts.n; s++) {
    const pair = head(meta, i);
    if (pair.major !== 4 || pair.n !== 2) throw new Error(`${file}: sort ${s} is not [key, pages]`);
    const key = textAt(meta, pair.next, `${file}: sort ${s}'s key`);
    const list = head(meta, key.next);
    if (list.major !== 4) throw new Error(`${file}: sort «${key.text}» is not a list of pages`);
    const order: string[] = [];
    let k = list.next;
    for (let n = 0; n < list.n; n++) {
      const index = head(meta, k);
      if (index.major !== 0 || index.n >= hashes.length) throw new Error(`${file}: sort «${key.text}» names no page at its item ${n}`);
      order.push(hashes[index.n]);
      k = index.next;
    }
    orders[key.text] = order;
    i = k;
  }
  const out = new Uint8Array(meta.length - (i - sortsAt) + 1);
  out.set(meta.subarray(0, sortsAt));
  out[sortsAt] = EMPTY_ARRAY;
  out.set(meta.subarray(i), sortsAt + 1);
  return { meta: out, orders };
}

/**
 * Pagefind's sort (pagefind_web 1.6 `search`), applied to a relevance answer: only the hits on
 * the order's pages, scored by their place in it (desc: the place; asc: minus the place), highest
 * score first. The hits are copies with that score (their data() is the same).
 */
export function sortHits<T extends { id: string; score: number }>(hits: T[], order: string[], direction: 'asc' | 'desc'): T[] {
  const place = new Map(order.map((id, n) => [id, n]));
  const out: T[] = [];
  for (const hit of hits) {
    const n = place.get(hit.id);
    if (n !== undefined) out.push({ ...hit, score: direction === 'asc' ? -n : n });
  }
  return out.sort((a, b) => b.score - a.score);
}
