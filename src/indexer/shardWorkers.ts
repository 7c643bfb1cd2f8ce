// Pagefind shards written side by side. One Pagefind service handles its messages one after
// another on one thread (its service loop), so shards written one after another use one core
// of two; each shard here gets a worker thread with its own Pagefind service (the Node API keeps
// one service per module instance, and a worker has its own), at most `jobs` at once. Each
// shard's files are its own service's output alone, so the index is the same byte for byte
// whatever the number of jobs (docs/architecture.md «Builds»).
// A Pagefind service is a child process of its worker's thread: the worker waits for it to exit
// after closing it, so that it is reaped by this process and its CPU counts in the build's step
// line (until session 17 the worker ended first and init reaped the service: the index step's
// CPU missed Pagefind's, more than half of it; docs/scale.md «session 17»).
import { Worker } from 'node:worker_threads';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IndexTrace } from './trace';

/** Shards written at once: SEARCH_SHARD_JOBS, else 2 (each service holds ~2 GB at 9,000 records). */
export function shardJobs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.SEARCH_SHARD_JOBS);
  return Number.isInteger(n) && n >= 1 ? n : 2;
}

/**
 * The environment a Pagefind service gets besides ours: its allocator (jemalloc, linked into the
 * binary, read from `_RJEM_MALLOC_CONF`) never hands freed pages back to the kernel. By default it
 * purges them after 10 s in small batches, each an `madvise` whose TLB flush interrupts the other
 * CPUs its 15 threads ran on: 44 % of the service's CPU was in the kernel (docs/scale.md «session
 * 17»). A service lives for one shard, a minute at most, and its memory is returned when it
 * exits. A value the caller set is kept.
 */
export function pagefindServiceEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return { _RJEM_MALLOC_CONF: env._RJEM_MALLOC_CONF ?? 'dirty_decay_ms:-1,muzzy_decay_ms:-1' };
}

/** Records sent to a worker in one message, and messages a worker may have waiting. */
const BATCH = 32;
const WAITING = 4;

// The worker: plain JavaScript (no loader in a worker), handling one message at a time.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const childProcess = require('node:child_process');
// Pagefind's Node API spawns its service with child_process.spawn: keep each one's exit.
// Its allocator's settings (pagefindServiceEnv) go into the service's environment, nothing else.
const services = [];
const spawn = childProcess.spawn;
childProcess.spawn = function (command, args, options) {
  const child = spawn.call(this, command, args, { ...options, env: { ...(options && options.env || process.env), ...workerData.serviceEnv } });
  services.push({ pid: child.pid, exited: new Promise((resolve) => child.once('exit', resolve)) });
  return child;
};
let queue = Promise.resolve();
let pagefind, index;
const handle = async (m) => {
  if (m.op === 'open') {
    pagefind = await import(workerData.pagefind);
    const created = await pagefind.createIndex({ forceLanguage: 'ar' });
    if (!created.index) throw new Error('pagefind: ' + created.errors.join('; '));
    index = created.index;
    return { services: services.map((s) => s.pid) };
  } else if (m.op === 'add') {
    const added = await Promise.all(m.records.map((r) => index.addHTMLFile({ url: r.url, content: r.content })));
    added.forEach((a, i) => { if (a.errors.length) throw new Error('pagefind ' + m.records[i].slug + ': ' + a.errors.join('; ')); });
  } else if (m.op === 'write') {
    const written = await index.writeFiles({ outputPath: m.outputPath });
    if (written.errors.length) throw new Error('pagefind: ' + written.errors.join('; '));
    await index.deleteIndex();
    await pagefind.close();
    // Closed is killed (SIGTERM): reaped here once it is gone (a few tenths at most; 10 s at worst).
    let timer;
    await Promise.race([Promise.all(services.map((s) => s.exited)), new Promise((resolve) => { timer = setTimeout(resolve, 10000); })]);
    clearTimeout(timer);
  }
};
parentPort.on('message', (m) => {
  queue = queue.then(() => handle(m)).then((r) => parentPort.postMessage({ id: m.id, ...r }), (e) => parentPort.postMessage({ id: m.id, error: String(e && e.stack || e) }));
});
`;

/** The file URL of Pagefind's Node API (its package exports only `import`, which require.resolve cannot answer). */
function pagefindUrl(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    const pkg = path.join(dir, 'pagefind', 'package.json');
    if (!existsSync(pkg)) continue;
    const { exports } = JSON.parse(readFileSync(pkg, 'utf8')) as { exports: { '.': { import: string } } };
    return pathToFileURL(path.join(dir, 'pagefind', exports['.'].import)).href;
  }
  throw new Error('search: the pagefind package was not found');
}

/** A worker's answer to a message; `open` names the Pagefind services it started (their process ids), reaped after `write`. */
interface WorkerReply { services?: number[] }

/** One shard's worker: messages answered in order. */
class ShardWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failed: Error | undefined;

  constructor(pagefind: string) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pagefind, serviceEnv: pagefindServiceEnv() } });
    this.worker.on('message', (m: WorkerReply & { id: number; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error) p?.reject(new Error(m.error));
      else p?.resolve(m);
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`search: a shard's Pagefind worker exited (${code})`)));
  }

  private fail(e: Error) {
    this.failed ??= e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  get waiting(): number {
    return this.pending.size;
  }

  send(message: object): Promise<WorkerReply> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

export type AddRecord = (slug: string, url: string, content: string) => Promise<void>;

/** Writes shards through worker threads, at most `jobs` at once. */
export class ShardPool {
  private readonly pagefind = pagefindUrl();
  private running = 0;
  private readonly queued: Array<() => void> = [];
  /** The process ids of the Pagefind services the workers ran (each reaped once its shard is written). */
  readonly services: number[] = [];

  constructor(private readonly trace: IndexTrace, private readonly jobs: number) {}

  /**
   * Opens a Pagefind index for the shard, lets `feed` add its records, writes the index to
   * `outputPath`, then calls `after` (on this thread: the other shards go on meanwhile).
   */
  async write(outputPath: string, feed: (add: AddRecord) => Promise<void>, after?: () => void): Promise<void> {
    if (this.running >= this.jobs) await new Promise<void>((r) => this.queued.push(r));
    this.running++;
    const worker = new ShardWorker(this.pagefind);
    try {
      const inFlight: Promise<unknown>[] = [];
      let batch: Array<{ slug: string; url: string; content: string }> = [];
      const flush = async () => {
        if (!batch.length) return;
        inFlight.push(worker.send({ op: 'add', records: batch }));
        batch = [];
        // A few batches waiting in the worker: the next ones are made while Pagefind parses these.
        if (inFlight.length > WAITING) await this.trace.timeAsync('pagefind wait', () => inFlight.shift()!);
      };
      const opened = await this.trace.timeAsync('pagefind open', () => worker.send({ op: 'open' }));
      this.services.push(...(opened.services ?? []));
      await feed(async (slug, url, content) => {
        batch.push({ slug, url, content });
        if (batch.length >= BATCH) await flush();
      });
      await flush();
      await this.trace.timeAsync('pagefind wait', () => Promise.all(inFlight));
      await this.trace.timeAsync('pagefind write', () => worker.send({ op: 'write', outputPath }));
    } finally {
      await worker.stop();
      this.running--;
      this.queued.shift()?.();
    }
    after?.();
  }
}
