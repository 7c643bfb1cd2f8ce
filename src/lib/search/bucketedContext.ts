// A key context read from the word buckets (wordBuckets.ts) as they arrive. A lookup whose bucket is not in yet
// answers «absent» and records the bucket as missed; `settle` runs a computation (a query's plan, an excerpt),
// fetches what it missed and runs it again, until a run misses nothing. A run that missed nothing read, for
// every key it looked up, the entries the whole data holds for that key, and the tables it reads are only
// ever read by key (a walk over a bucketed table throws): so its result is the whole context's.
import { contextFromJson, type SearchPlanningJson } from './context';
import type { KeyContext } from './keyContext';
import { shownBucket, wordBucket, type WordBucketJson, type WordsIndexJson } from './wordBuckets';
import { thesaurusPhrasing, type ThesaurusPhrasing } from './thesaurus';

type Table<V> = Map<string, V>;

/** Fetches buckets (never one twice), resolving when they are in. */
export type BucketLoader = (buckets: string[]) => Promise<void>;

function walked(): never {
  throw new Error('search: a table of the bucketed word data was walked whole (read it by key)');
}

/** A Set read by key only: a member's bucket must be in (a ReadonlySet to its readers; the set algebra is absent too). */
class BucketedSet {
  constructor(private readonly has_: (k: string) => boolean) {}
  has(k: string): boolean {
    return this.has_(k);
  }
  get size(): number {
    return walked();
  }
  forEach(): void {
    walked();
  }
  keys(): SetIterator<string> {
    return walked();
  }
  values(): SetIterator<string> {
    return walked();
  }
  entries(): SetIterator<[string, string]> {
    return walked();
  }
  [Symbol.iterator](): SetIterator<string> {
    return walked();
  }
}

/** A Map read by key only. */
class BucketedMap<V> implements ReadonlyMap<string, V> {
  constructor(private readonly get_: (k: string) => V | undefined) {}
  get(k: string): V | undefined {
    return this.get_(k);
  }
  has(k: string): boolean {
    return this.get_(k) !== undefined;
  }
  get size(): number {
    return walked();
  }
  forEach(): void {
    walked();
  }
  keys(): MapIterator<string> {
    return walked();
  }
  values(): MapIterator<V> {
    return walked();
  }
  entries(): MapIterator<[string, V]> {
    return walked();
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return walked();
  }
}

/** The key context's tables read from the buckets (or, actorConcepts, from `words`); every other one is read whole from kb-search.json. */
export const BUCKETED_TABLES = ['known', 'families', 'ownPlurals', 'dataStems', 'places', 'spellings', 'conceptNames', 'conceptPhrases', 'conceptShown', 'actorConcepts', 'thesaurus'] as const satisfies ReadonlyArray<keyof KeyContext>;

const wholeFileTablesOf = new WeakMap<object, KeyContext>();
/** The whole-file tables as contextFromJson reads them (no word field is in the JSON any more), once per file. */
function wholeFileTables(json: SearchPlanningJson): KeyContext {
  let ctx = wholeFileTablesOf.get(json);
  if (!ctx) wholeFileTablesOf.set(json, (ctx = contextFromJson({ ...json, known: [] })));
  return ctx;
}

/**
 * The key context of a kb-search.json whose word tables are in buckets. The whole-file tables (aliases,
 * not-name phrases, hamza, definite and function-word sets) come from the JSON; the bucketed ones answer
 * from the buckets added so far.
 */
export class BucketedWords {
  readonly ctx: KeyContext;
  /** The buckets the index wrote; null: not known yet (`firstReads`), so every bucket may hold the key. */
  private readonly present: ReadonlySet<string> | null;
  private readonly loaded = new Set<string>();
  private missed = new Set<string>();
  private readonly known = new Set<string>();
  private readonly families: Table<string> = new Map();
  private readonly ownPlurals = new Set<string>();
  private readonly dataStems = new Set<string>();
  private readonly places = new Set<string>();
  private readonly spellings: Table<string[]> = new Map();
  private readonly conceptNames: Table<Array<{ stems: string[]; id: string }>> = new Map();
  private readonly conceptPhrases: Table<Array<{ stems: string[]; ids: string[] }>> = new Map();
  private readonly shown: Table<string[]> = new Map();
  private readonly thesaurusPhrases: Table<Array<{ stems: string[]; concept: string }>> = new Map();
  private readonly thesaurusConcepts: Table<ThesaurusPhrasing[]> = new Map();

  constructor(json: SearchPlanningJson & { words: WordsIndexJson }, present: ReadonlySet<string> | null = new Set(json.words.buckets)) {
    this.present = present;
    // Every table of the key context that is not one of the bucketed ones below comes from kb-search.json
    // (a rule, not a list: a table the planning file gains is read whole, wordBuckets.test.ts checks it).
    const whole = Object.fromEntries(Object.entries(wholeFileTables(json)).filter(([k]) => !(BUCKETED_TABLES as readonly string[]).includes(k))) as Omit<KeyContext, (typeof BUCKETED_TABLES)[number]>;
    const ready = (k: string, bucket = wordBucket(k)) => {
      if (this.loaded.has(bucket) || (this.present && !this.present.has(bucket))) return true;
      this.missed.add(bucket);
      return false;
    };
    const set = (s: Set<string>) => new BucketedSet((k) => typeof k === 'string' && ready(k) && s.has(k)) as unknown as ReadonlySet<string>;
    const map = <V>(m: Table<V>) => new BucketedMap<V>((k) => (typeof k === 'string' && ready(k) ? m.get(k) : undefined));
    const actorConcepts = new Map(Object.entries(json.words.actorConcepts));
    this.ctx = {
      ...whole,
      known: set(this.known),
      families: map(this.families),
      conceptPhrases: map(this.conceptPhrases),
      conceptNames: map(this.conceptNames),
      // Shipped beside the concept's names too: found there, its own bucket is not needed.
      conceptShown: new BucketedMap((id) => this.shown.get(id) ?? (ready(id, shownBucket(id)) ? this.shown.get(id) : undefined)),
      actorConcepts,
      ownPlurals: set(this.ownPlurals),
      dataStems: set(this.dataStems),
      places: set(this.places),
      spellings: map(this.spellings),
      // A concept's phrasings come in the bucket of the phrase that named it: read by id, never missed.
      thesaurus: { phrases: map(this.thesaurusPhrases), concepts: new BucketedMap((id) => this.thesaurusConcepts.get(id)) },
    };
  }

  /** Whether a bucket is in (or needs no fetch: not written, so empty). */
  has(bucket: string): boolean {
    return this.loaded.has(bucket) || (!!this.present && !this.present.has(bucket));
  }

  /** Every bucket the index wrote. */
  all(): string[] {
    return [...(this.present ?? [])];
  }

  /** Adds a fetched bucket (null: its file was not found, so it is empty). */
  add(bucket: string, json: WordBucketJson | null): void {
    if (this.loaded.has(bucket)) return;
    this.loaded.add(bucket);
    if (!json) return;
    for (const w of json.known ?? []) this.known.add(w);
    for (const [form, fam] of json.families ?? []) this.families.set(form, fam);
    for (const w of json.ownPlurals ?? []) this.ownPlurals.add(w);
    for (const w of json.dataStems ?? []) this.dataStems.add(w);
    for (const w of json.places ?? []) this.places.add(w);
    for (const [skeleton, stems] of json.spellings ?? []) this.spellings.set(skeleton, stems);
    for (const [first, es] of json.conceptNames ?? []) this.conceptNames.set(first, es.map(([p, id]) => ({ stems: p.split(' '), id })));
    for (const [first, es] of json.conceptPhrases ?? []) this.conceptPhrases.set(first, es.map(([p, ids]) => ({ stems: p.split(' '), ids })));
    for (const [id, shown] of Object.entries(json.shown ?? {})) this.shown.set(id, shown);
    for (const [first, es] of json.thesaurusPhrases ?? []) this.thesaurusPhrases.set(first, es.map(([p, concept]) => ({ stems: p.split(' '), concept })));
    for (const [id, ps] of Object.entries(json.thesaurus ?? {})) if (!this.thesaurusConcepts.has(id)) this.thesaurusConcepts.set(id, ps.map(thesaurusPhrasing));
  }

  /** Runs `fn` on the context as loaded so far: its value and the buckets it looked in but lacked. */
  run<T>(fn: (ctx: KeyContext) => T): { value: T; missed: string[] } {
    this.missed = new Set();
    const value = fn(this.ctx);
    return { value, missed: [...this.missed] };
  }
}

/**
 * `fn`'s value on the whole word data: run, fetch the buckets it missed, run again, until a run misses none.
 * Every round loads at least one bucket more, so it ends (at worst with every bucket in). `rounds` reports how
 * many runs it took.
 */
export async function settle<T>(words: BucketedWords, fn: (ctx: KeyContext) => T, load: BucketLoader, rounds?: (n: number) => void): Promise<T> {
  for (let n = 1; ; n++) {
    const { value, missed } = words.run(fn);
    if (!missed.length) {
      rounds?.(n);
      return value;
    }
    await load(missed);
    if (missed.some((b) => !words.has(b))) throw new Error(`search: word buckets not added after loading (${missed.join(', ')})`);
  }
}

/**
 * A run missing more buckets than this fetches the file of every bucket instead (an excerpt, the box's list):
 * a query misses a median of 4 and at most ~30 in all its rounds, an excerpt hundreds.
 */
export const MANY_BUCKETS = 16;

const NO_TABLES = { aliases: [], known: [], words: { buckets: [], actorConcepts: {} } } as unknown as SearchPlanningJson & { words: WordsIndexJson };

/**
 * The buckets `fn` reads in its first run, known from the query alone, before kb-search.json is in: run on a
 * context with no whole-file table and nothing loaded, where every bucket may hold the key, so every lookup
 * names its bucket. The page fetches them beside kb-search.json, so the first real run usually misses none.
 * Not exact (the whole-file tables can change what is looked up: an alias, the definite set): a bucket it
 * did not name is fetched in a second round, one it named needlessly costs a request.
 */
export function firstReads(fn: (ctx: KeyContext) => unknown): string[] {
  return new BucketedWords(NO_TABLES, null).run(fn).missed;
}

/**
 * A loader over a fetch of one bucket's JSON (null when the file is not there) and of the file of every bucket:
 * each bucket fetched once, the missed ones in parallel, or all at once when more than MANY_BUCKETS are missed
 * (and from then on, once that file is asked for). A failed fetch is forgotten so a later search may try again.
 */
export function bucketLoader(words: BucketedWords, fetchBucket: (bucket: string) => Promise<WordBucketJson | null>, fetchAll?: () => Promise<ReadonlyMap<string, WordBucketJson>>): BucketLoader {
  const pending = new Map<string, Promise<void>>();
  let all: Promise<void> | undefined;
  const loadAll = () => {
    all ??= fetchAll!().then((buckets) => {
      for (const b of words.all()) words.add(b, buckets.get(b) ?? null);
    });
    all.catch(() => (all = undefined));
    return all;
  };
  return async (buckets) => {
    const wanted = buckets.filter((b) => !words.has(b));
    if (fetchAll && (all || wanted.length > MANY_BUCKETS)) return loadAll();
    await Promise.all(
      wanted.map((b) => {
        let p = pending.get(b);
        if (!p) {
          p = fetchBucket(b).then((json) => words.add(b, json));
          p.catch(() => pending.delete(b));
          pending.set(b, p);
        }
        return p;
      }),
    );
  };
}

/** Every bucket added at once (the index side, tests, the quality harness): the whole context, read by key. */
export function wholeBucketedContext(json: SearchPlanningJson & { words: WordsIndexJson }, buckets: ReadonlyMap<string, WordBucketJson>): KeyContext {
  const words = new BucketedWords(json);
  for (const b of words.all()) words.add(b, buckets.get(b) ?? null);
  return words.ctx;
}
