// What a caller (scripts/ingest.ts, the tests) can ask of an ingest run.
import type { Source } from '../lib/data/schemas';
import type { Lexicon } from '../lib/ingest/boilerplate';
import type { WriteFile } from './writes';

export interface IngestOptions {
  input: string;
  output: string;
  reportPath: string;
  /** Defaults to ingest-state.json beside the report. */
  statePath?: string;
  lenient?: boolean;
  /** Compiled content/boilerplate.yaml; default: loaded through the data layer. */
  lexicon?: Lexicon;
  /** content/sources.yaml (saved web pages: canonical domain → outlet); default: loaded. */
  sources?: Source[];
  onProgress?: (done: number, total: number, file: string) => void;
  /** Extraction threads (pool.ts); 0: every page on this thread. Default: one per core. */
  workers?: number;
  /** The least pages to extract (new to the state) for which the workers are started (fewer: this thread; 0: whenever a page is read). */
  workersFrom?: number;
  /** Told how the run goes: the workers started (0: none) for the pages to read. */
  onStart?: (start: { workers: number; pages: number }) => void;
  /** Told what the run found and handled on its way (a lock left by a run that was killed). */
  onNotice?: (message: string) => void;
  /** Stops the run between pages (Ctrl-C): the pages being written are finished, nothing else is written. */
  signal?: AbortSignal;
  /** Writes an article's file (tests inject a failing one: a full disk). */
  writeFile?: WriteFile;
}
