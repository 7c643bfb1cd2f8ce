// Articles written while the run goes on deciding the next pages: a write's outcome («written»)
// is decided before it starts, so the run need not wait for the disk, only for room (a bounded
// number of writes at once) and, before it reads the output folder again or saves its state, for
// every write to be done.
export class Writes {
  private readonly pending = new Set<Promise<unknown>>();
  private writing = 0;

  constructor(private readonly limit: number) {}

  /** Waits until fewer than `limit` writes are under way. */
  async room(): Promise<void> {
    while (this.writing >= this.limit) await Promise.race(this.pending);
  }

  /** Starts a write (after room()); its promise is the caller's, settled or not. */
  start<T>(write: () => Promise<T>): Promise<T> {
    this.writing++;
    const running = write();
    this.track(running.finally(() => { this.writing--; }));
    return running;
  }

  /** Keeps a promise that must settle before the run goes on (what follows a page's writes). */
  track(work: Promise<unknown>): void {
    const settled: Promise<unknown> = work.then(() => {}, () => {}).finally(() => this.pending.delete(settled));
    this.pending.add(settled);
  }

  /** Every write and what follows them, done. */
  async drain(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
  }
}
