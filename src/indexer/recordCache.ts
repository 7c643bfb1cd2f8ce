// Each article's search record kept between index runs, so that a shard written again only
// feeds Pagefind: no export read a second time and no search keys made again for the articles
// that did not change (docs/scale.md «The search index and ingest of an update»).
//
// An entry is the record's indexed body (keyedRecordBody or plainRecordBody, src/lib/search/
// record.ts) and its gzipped text (put into its Pagefind fragment, src/lib/search/fragment.ts), keyed by a hash of the document as indexed (documentHash:
// every field the record and the text file are made from, and the text file's name) and of
// everything else a body depends on: the keying context (actors, word families, concepts), the
// kind of record, and the caller's key (the build's global fingerprint: the code). Entries live
// in 256 NDJSON buckets by key; a run keeps only the entries it used, and rewrites only the
// buckets that changed. Without a folder the cache lives in memory for one run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** Bump when an entry's format or the way bodies are made changes without the code key changing. */
export const RECORD_CACHE_VERSION = 1;

interface Entry {
  /** The body, gzipped. */
  b: Buffer;
  /** The article's text (textJson, gzipped), for keyed records. */
  t?: Buffer;
}

interface StoredEntry { k: string; b: string; t?: string }

const bucketOf = (key: string) => key.slice(0, 2);

export class RecordCache {
  private entries = new Map<string, Entry>();
  /** Buckets as read from disk: their keys. */
  private stored = new Map<string, Set<string>>();
  private used = new Set<string>();
  hits = 0;
  misses = 0;

  /**
   * `dir`: where the entries are kept (none: this run only); `key`: what else the bodies depend
   * on (keying context, record kind, code), hashed into every entry's key; `read`: false to make
   * every record anew (and still save them), as a full build does.
   */
  constructor(private dir: string | undefined, private key: string, read = true) {
    if (!dir || !read || !existsSync(dir)) return;
    for (const file of readdirSync(dir)) {
      if (!/^[0-9a-f]{2}\.ndjson$/.test(file)) continue;
      const keys = new Set<string>();
      try {
        for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
          if (!line) continue;
          const e = JSON.parse(line) as StoredEntry;
          keys.add(e.k);
          this.entries.set(e.k, { b: Buffer.from(e.b, 'base64'), t: e.t === undefined ? undefined : Buffer.from(e.t, 'base64') });
        }
      } catch (err) {
        console.warn(`search: ${path.join(dir, file)} unreadable (${(err as Error).message}); its records are made again`);
      }
      this.stored.set(file.slice(0, 2), keys);
    }
  }

  /** The entry key of a document (by its documentHash). */
  keyOf(docHash: string): string {
    return createHash('sha1').update(`${RECORD_CACHE_VERSION}\0${this.key}\0${docHash}`).digest('hex');
  }

  /** Whether the document's record is kept, without marking it used. */
  has(docHash: string): boolean {
    return this.entries.has(this.keyOf(docHash));
  }

  /** Whether the document's record is kept; when not, `make` makes it and it is kept. Marks it used. */
  ensure(docHash: string, make: () => { body: string; text?: Buffer }): { key: string; hit: boolean } {
    const key = this.keyOf(docHash);
    this.used.add(key);
    if (this.entries.has(key)) {
      this.hits++;
      return { key, hit: true };
    }
    this.misses++;
    const made = make();
    this.entries.set(key, { b: gzipSync(made.body, { level: 1 }), t: made.text });
    return { key, hit: false };
  }

  body(key: string): string {
    return gunzipSync(this.entry(key).b).toString('utf8');
  }

  text(key: string): Buffer | undefined {
    return this.entry(key).t;
  }

  private entry(key: string): Entry {
    const e = this.entries.get(key);
    if (!e) throw new Error(`search: no record ${key} in the record cache`);
    return e;
  }

  /** Writes the buckets whose used entries differ from what is on disk; drops every entry this run did not use, read or not. */
  save(): void {
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true });
    const buckets = new Map<string, string[]>();
    for (const key of this.used) {
      const b = bucketOf(key);
      if (!buckets.has(b)) buckets.set(b, []);
      buckets.get(b)!.push(key);
    }
    for (const [b, keys] of buckets) {
      const onDisk = this.stored.get(b);
      if (onDisk && onDisk.size === keys.length && keys.every((k) => onDisk.has(k))) continue;
      keys.sort();
      const lines = keys.map((k) => {
        const e = this.entries.get(k)!;
        const stored: StoredEntry = { k, b: e.b.toString('base64'), ...(e.t ? { t: e.t.toString('base64') } : {}) };
        return JSON.stringify(stored) + '\n';
      });
      const file = path.join(this.dir, `${b}.ndjson`);
      writeFileSync(`${file}.tmp`, lines.join(''));
      renameSync(`${file}.tmp`, file);
    }
    // Every other bucket on disk goes, also those this run did not read (a full build reads
    // none): a record left from an older run would otherwise be a hit for a document the last
    // index did not hold, and its excerpt file would be moved from that index stale.
    for (const file of readdirSync(this.dir)) {
      if (/^[0-9a-f]{2}\.ndjson$/.test(file) && !buckets.has(file.slice(0, 2))) rmSync(path.join(this.dir, file), { force: true });
    }
  }
}
