// Extraction on every core: worker threads read the raw pages ingest will need and analyse them
// (analyse.ts: hash, decoding, content key, extraction) ahead of the run, a bounded number of
// pages ahead, in page order. The run (run.ts) still decides everything in page order on the main
// thread, with the same functions, so its output is the one-thread run's, byte for byte. A page
// the pool cannot give (not planned, a worker gone) is analysed on the main thread instead.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BoilerplateData, Source } from '../lib/data/schemas';
import type { OutletModelData } from '../lib/data/schemas/outlet-model';
import type { PageAnalysis } from './analyse';
import { bundleExecArgv } from './worker-bundle';

/** What every worker is started with: the data it builds its own lexicon from. */
export interface PoolSetup { boilerplate: BoilerplateData; lexiconSources: readonly Source[]; sources: readonly Source[]; outletRating?: OutletModelData }
/** One page to read and analyse; `knownHash`: the last run's hash of it (not extracted when the same). */
export interface PoolJob { id: number; name: string; file: string; knownHash?: string }
/** What a worker is sent: first its setup (once), then pages. */
export type PoolMessage = { setup: PoolSetup } | PoolJob;
export type PoolReply = { id: number; analysis: PageAnalysis } | { id: number; error: string };

/** Workers by default: one per core the process may use. */
export const defaultWorkers = () => availableParallelism();

/** Below this many pages to extract, starting workers (each loads the code and builds its lexicon) costs more than it saves. */
export const MIN_PAGES_FOR_WORKERS = 150;

/**
 * A worker's stack, a little smaller than this thread's: V8 allows the main thread 984 kB
 * (--stack-size), a worker its thread's stack less 192 kB, and 4 MB by default would read pages
 * nested deeper than this thread can (one of 20,000 nested <div>s took minutes instead of
 * failing at once). A page whose extraction fails in a worker is extracted again on this thread
 * (run.ts), so a page that only a smaller stack fails still gets this thread's result.
 */
function workerStackMb(): number {
  const flag = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].map((a) => /^--stack-size=(\d+)$/.exec(a)?.[1]).find(Boolean);
  const mainKb = flag ? Number(flag) : 984;
  return (mainKb + 192 - 64) / 1024;
}

/**
 * A worker's young generation: 96 MB (32 MB semi-spaces, V8's default at most 16). Extraction makes
 * many short-lived strings: over the 3,000 bench pages in one thread, 162 scavenges with the default,
 * 94 with this (docs/ingest.md «Thirty-sixth round: ingest speed»). V8 grows the semi-spaces up to
 * it only as the thread allocates.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

/** Pages analysed ahead of the one the run is deciding: bounds the memory the results hold. */
const AHEAD = 256;
/** Jobs sent to a worker before its replies: the next one is waiting when it finishes one. */
const PER_WORKER = 2;

interface Pending { job: PoolJob; resolve: (a: PageAnalysis | undefined) => void; reject: (e: Error) => void; worker?: PoolWorker }
interface PoolWorker { thread: Worker; jobs: Set<Pending>; alive: boolean }

export class ExtractionPool {
  private jobs: Pending[] = [];
  private readonly byName = new Map<string, Pending>();
  private readonly promises = new Map<string, Promise<PageAnalysis | undefined>>();
  private readonly workers: PoolWorker[] = [];
  /** The next job to send, and the furthest the run has asked for. */
  private next = 0;
  private taken = -1;

  /**
   * Starts the workers, which load their code meanwhile; they read nothing before `begin`.
   * `bundle`: the worker as one plain module (worker-bundle.ts); without it each worker boots tsx and the TypeScript sources.
   */
  constructor(size: number, private readonly bundle?: URL) {
    for (let n = 0; n < size; n++) this.workers.push(this.start());
  }

  /** Gives every worker the data it builds its lexicon from, then the pages to read, in order. */
  begin(setup: PoolSetup, planned: Omit<PoolJob, 'id'>[]): void {
    this.jobs = planned.map((p, id) => {
      const pending = { job: { ...p, id } } as Pending;
      const promise = new Promise<PageAnalysis | undefined>((resolve, reject) => Object.assign(pending, { resolve, reject }));
      promise.catch(() => {}); // a page the run never asks for again (it vanished before): its read error is nobody's
      this.promises.set(p.name, promise);
      this.byName.set(p.name, pending);
      return pending;
    });
    for (const worker of this.workers) if (worker.alive) worker.thread.postMessage({ setup } satisfies PoolMessage);
    this.dispatch();
  }

  private start(): PoolWorker {
    const thread = this.thread();
    const worker: PoolWorker = { thread, jobs: new Set(), alive: true };
    thread.on('message', (reply: PoolReply) => {
      const pending = this.jobs[reply.id];
      worker.jobs.delete(pending);
      if ('error' in reply) pending.reject(new Error(reply.error));
      else pending.resolve(reply.analysis);
      this.dispatch();
    });
    // A worker that fails (its code did not load, it ran out of memory) gives its pages back: the
    // main thread analyses them; the run goes on with the other workers.
    const lost = () => {
      if (!worker.alive) return;
      worker.alive = false;
      for (const pending of worker.jobs) pending.resolve(undefined);
      worker.jobs.clear();
      if (!this.workers.some((w) => w.alive)) for (const pending of this.jobs.slice(this.next)) pending.resolve(undefined);
      else this.dispatch();
    };
    thread.on('error', lost);
    thread.on('exit', lost);
    return worker;
  }

  private thread(): Worker {
    const options = { resourceLimits: { stackSizeMb: workerStackMb(), maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
    if (this.bundle) {
      try {
        return new Worker(this.bundle, { ...options, execArgv: bundleExecArgv(process.execArgv) });
      } catch {
        // An option a worker refuses when it is named (a V8 flag): the thread's options inherited as they are.
        return new Worker(this.bundle, options);
      }
    }
    return new Worker(new URL('./extract-worker-boot.mjs', import.meta.url), options);
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      while (worker.alive && worker.jobs.size < PER_WORKER && this.next < this.jobs.length && this.next <= this.taken + AHEAD) {
        const pending = this.jobs[this.next++];
        pending.worker = worker;
        worker.jobs.add(pending);
        worker.thread.postMessage(pending.job satisfies PoolMessage);
      }
    }
  }

  /**
   * The analysis of a planned page (a read error rejects, as reading it here would throw), or
   * undefined when the page was not planned or its worker was lost: the caller analyses it.
   */
  take(name: string): Promise<PageAnalysis | undefined> {
    const pending = this.byName.get(name);
    if (!pending) return Promise.resolve(undefined);
    if (pending.job.id > this.taken) {
      this.taken = pending.job.id;
      this.dispatch();
    }
    return this.promises.get(name)!;
  }

  async close(): Promise<void> {
    const threads = this.workers.map((w) => { w.alive = false; return w.thread; });
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
