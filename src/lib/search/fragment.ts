// What a result's Pagefind fragment holds (issue 18, «a smaller dist/»). Pagefind writes, for
// every record, a gzipped `fragment/<hash>.pf_fragment` with the record's indexed body as
// `content` (for us the key stream of record.ts, ~1.3 KB gzipped per article) and its filter
// values. The site reads neither from a fragment: a result's title, date and source come from
// `meta`, the filter counts from the filter index. So both are emptied after Pagefind writes the
// bundle, and the article's real paragraphs (what the result's excerpt is cut from) are put in
// `meta.p` instead: they were a file of their own per article (pagefind/kb-text/<k>.kbt), one
// file per article more in dist/ for the same bytes. They never go through Pagefind's service
// (as meta they doubled its peak memory and indexing time). The file keeps its name and its
// place in the index; Pagefind's runtime reads it and hands `meta` over as it is (an empty
// content makes an empty Pagefind excerpt, which the site never shows).
import { gunzipSync, gzipSync } from 'node:zlib';

/** Pagefind's signature at the start of every decompressed file. */
const SIGNATURE = 'pagefind_dcd';

interface PagefindFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  /** Pagefind's meta values are strings; `p` (the paragraphs) is ours, added after Pagefind. */
  meta: Record<string, string | string[]>;
  anchors: unknown[];
  [field: string]: unknown;
}

/** An article's paragraphs by its text key (the record's meta `k`, textKey), or undefined. */
export type ArticleTextOf = (key: string) => string[] | undefined;

function slimOne(f: PagefindFragment, file: string, textOf?: ArticleTextOf): PagefindFragment {
  const slim = { ...f, content: '', filters: {} };
  if (!textOf) return slim;
  const key = f.meta?.k;
  const p = typeof key === 'string' ? textOf(key) : undefined;
  if (!p) throw new Error(`${file}: no article text for the fragment of ${f.url} (text key ${typeof key === 'string' ? key : 'missing'})`);
  return { ...slim, meta: { ...f.meta, p } };
}

/**
 * A fragment file's bytes without the fields the site never reads and, with `textOf`, with the
 * article's paragraphs in `meta.p`. A fragment group (one file holding several fragments by hash)
 * is rewritten fragment by fragment. `file` names the file in an error.
 */
export function slimFragment(bytes: Uint8Array, file: string, textOf?: ArticleTextOf): Buffer {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : Buffer.from(bytes);
  const text = raw.toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (no "${SIGNATURE}" signature)`);
  let json: unknown;
  try {
    json = JSON.parse(text.slice(SIGNATURE.length));
  } catch (e) {
    throw new Error(`${file}: a Pagefind fragment that is not JSON (${(e as Error).message})`);
  }
  const isFragment = (x: unknown): x is PagefindFragment => typeof x === 'object' && x !== null && typeof (x as PagefindFragment).url === 'string';
  let slim: unknown;
  if (isFragment(json)) slim = slimOne(json, file, textOf);
  else if (typeof json === 'object' && json !== null && Object.values(json).every(isFragment)) {
    slim = Object.fromEntries(Object.entries(json as Record<string, PagefindFragment>).map(([hash, f]) => [hash, slimOne(f, file, textOf)]));
  } else throw new Error(`${file}: a Pagefind fragment without a url`);
  return gzipSync(SIGNATURE + JSON.stringify(slim), { level: 9 });
}
