// What a result's Pagefind fragment keeps (issue 18, «a smaller dist/»). Pagefind writes, for
// every record, a gzipped `fragment/<hash>.pf_fragment` with the record's indexed body as
// `content` (for us the key stream of record.ts, ~1.3 KB gzipped per article) and its filter
// values. The site reads neither from a fragment: a result's title, date, source and text key
// come from `meta`, its excerpt from the article's text file (pagefind/kb-text/<k>.kbt), the
// filter counts from the filter index. So both are emptied after Pagefind writes the bundle.
// The file keeps its name and its place in the index; Pagefind's runtime still reads it
// (an empty content makes an empty Pagefind excerpt, which the site never shows).
import { gunzipSync, gzipSync } from 'node:zlib';

/** Pagefind's signature at the start of every decompressed file. */
const SIGNATURE = 'pagefind_dcd';

interface PagefindFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: unknown[];
  [field: string]: unknown;
}

function slimOne(f: PagefindFragment): PagefindFragment {
  return { ...f, content: '', filters: {} };
}

/**
 * A fragment file's bytes without the fields the site never reads. A fragment group (one file
 * holding several fragments by hash) is slimmed fragment by fragment. `file` names the file in
 * an error.
 */
export function slimFragment(bytes: Uint8Array, file: string): Buffer {
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
  if (isFragment(json)) slim = slimOne(json);
  else if (typeof json === 'object' && json !== null && Object.values(json).every(isFragment)) {
    slim = Object.fromEntries(Object.entries(json as Record<string, PagefindFragment>).map(([hash, f]) => [hash, slimOne(f)]));
  } else throw new Error(`${file}: a Pagefind fragment without a url`);
  return gzipSync(SIGNATURE + JSON.stringify(slim), { level: 9 });
}
