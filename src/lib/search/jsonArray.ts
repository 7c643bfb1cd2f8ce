// Splits a JSON array into its elements while the text streams in, so a large export
// (a part of dist/data/articles/: ~85 MB of JSON per 10,000 articles) is parsed one article at a time
// instead of being held whole. Any formatting; strings may contain brackets and escapes.

export class JsonArraySplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private done = false;
  /** Text of the element being read (only while depth ≥ 2 or inside a scalar element). */
  private buf = '';
  private elemStart = -1;

  /** Feeds the next chunk; returns the complete elements it closed, as JSON text. */
  push(chunk: string): string[] {
    const out: string[] = [];
    let from = this.elemStart >= 0 ? 0 : -1; // carry-over lives in buf
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.done) break;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92 /* \ */) this.escaped = true;
        else if (c === 34 /* " */) this.inString = false;
        continue;
      }
      if (c === 34) {
        this.inString = true;
        if (this.depth === 1 && from < 0) from = i;
        continue;
      }
      if (c === 91 /* [ */ || c === 123 /* { */) {
        if (!this.started) {
          if (c !== 91) throw new Error('expected a JSON array');
          this.started = true;
          this.depth = 1;
          continue;
        }
        if (this.depth === 1 && from < 0) from = i;
        this.depth++;
        continue;
      }
      if (c === 93 /* ] */ || c === 125 /* } */) {
        this.depth--;
        if (this.depth === 0) {
          this.flushScalar(chunk, from, i, out);
          from = -1;
          this.done = true;
          break;
        }
        if (this.depth === 1) {
          this.buf += chunk.slice(Math.max(from, 0), i + 1);
          out.push(this.buf);
          this.buf = '';
          from = -1;
          this.elemStart = -1;
        }
        continue;
      }
      if (this.depth === 1 && this.started) {
        if (c === 44 /* , */) {
          this.flushScalar(chunk, from, i, out);
          from = -1;
        } else if (from < 0 && c > 32) from = i;
      }
    }
    if (from >= 0) {
      this.buf += chunk.slice(from);
      this.elemStart = 0;
    }
    return out;
  }

  private flushScalar(chunk: string, from: number, to: number, out: string[]) {
    const text = (this.buf + (from >= 0 ? chunk.slice(from, to) : '')).trim();
    this.buf = '';
    this.elemStart = -1;
    if (text) out.push(text);
  }

  /** True once the closing bracket of the array was read. */
  get finished(): boolean {
    return this.done;
  }
}
