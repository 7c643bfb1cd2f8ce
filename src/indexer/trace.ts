// Where the index step's time goes, by phase (docs/scale.md «The search index and ingest of an
// update»): the time our process spends in each, measured around the calls. Pagefind's service
// works in its own process meanwhile: `pagefind wait` is the time we waited for it to take the
// records, `pagefind write` the time its writeFiles took.
export class IndexTrace {
  readonly ms = new Map<string, number>();

  add(phase: string, ms: number) {
    this.ms.set(phase, (this.ms.get(phase) ?? 0) + ms);
  }

  time<T>(phase: string, fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.add(phase, performance.now() - t0);
    }
  }

  async timeAsync<T>(phase: string, fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      this.add(phase, performance.now() - t0);
    }
  }

  /** The items of `source`, the time spent getting each one counted to `phase`. */
  async *iterate<T>(phase: string, source: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
    const it = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>;
    for (;;) {
      const t0 = performance.now();
      const next = await it.next();
      this.add(phase, performance.now() - t0);
      if (next.done) return;
      yield next.value;
    }
  }

  /** `phase 1.2 s, …`, largest first, phases under 0.05 s left out. */
  summary(): string {
    return [...this.ms]
      .filter(([, ms]) => ms >= 50)
      .sort((a, b) => b[1] - a[1])
      .map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`)
      .join(', ');
  }
}
