// The records' pass of the indexer fed from its first pass (the corpus plurals' count, write.ts) instead of reading the
// articles export a second time: at 10k one read of the export is ~2 s of CPU (docs/scale.md «The update at 10,000
// pages, session 40»). The first pass keeps, for every indexed article in order, what the records' pass needs besides
// the record: the row's metadata (the document without its paragraphs), its text file's name, the hash of the document
// as indexed (documentHash) and the facet labels; and the whole document only of the articles whose words it had to
// count (new or edited texts), at most `limit` of them. The records' pass may use these when every record the cache
// lacks is one of those whole documents; else (a full build, or a record made again for a change outside the text)
// it reads the export again, as before.
import { createHash } from 'node:crypto';
import { FacetLabels, type SourceDoc } from '../lib/search/documents';
import { textKey, type SearchDoc } from '../lib/search/record';
import { documentHash } from './shardReuse';

export interface PassEntry {
  /** The document without its paragraphs (the index pass's row). */
  meta: SearchDoc;
  textName: string;
  /** documentHash(doc, textName): the record's key before the corpus's readings (write.ts). */
  base: string;
  /** The whole document, kept when its words were counted in this run. */
  whole?: SourceDoc;
}

/** Documents kept whole by default: one export part's worth (ARTICLES_PER_PART), far above a daily update's. */
export const KEPT_WHOLE = 2_000;

export class PassDocs {
  readonly entries: PassEntry[] = [];
  /** The facet labels of the documents in pass order (FacetLabels.add), used when the entries are. */
  readonly facets = new FacetLabels();
  private kept = 0;
  /** More documents needed keeping than `limit`: the entries are let go (none made after), and the records' pass reads the export. */
  overflow = false;

  constructor(private readonly limit = KEPT_WHOLE) {}

  /** One indexed document, in the order the records' pass takes them; `whole`: its words were counted (not kept). */
  add(d: SourceDoc, whole: boolean): void {
    if (this.overflow) return;
    if (whole && ++this.kept > this.limit) return this.letGo();
    const doc = d.doc;
    const textName = textKey(doc);
    this.facets.add(d);
    this.entries.push({ meta: { ...doc, paragraphs: [] }, textName, base: documentHash(doc, textName), ...(whole ? { whole: d } : {}) });
  }

  /**
   * The entries, when every record the cache lacks (`has`) is of a document kept whole; else undefined (read the export
   * again). `hashOf(entry, k)` is the record's document hash as the records' pass makes it.
   */
  usable(hashOf: (e: PassEntry, k: number) => string, has: (docHash: string) => boolean): PassEntry[] | undefined {
    if (this.overflow) return undefined;
    return this.entries.every((e, k) => e.whole !== undefined || has(hashOf(e, k))) ? this.entries : undefined;
  }

  private letGo(): void {
    this.overflow = true;
    this.entries.length = 0;
  }
}

/** A record's document hash: the document's, with the corpus's readings its words take (write.ts). */
export function recordDocHash(base: string, digest: string | undefined): string {
  return digest ? createHash('sha1').update(`${base}\0${digest}`).digest('hex') : base;
}
