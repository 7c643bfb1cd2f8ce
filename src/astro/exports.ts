// Shared by the /data/* endpoints: absolute URLs when SITE is set, base-relative otherwise;
// every export is gzipped, compressed piece by piece as its text is produced.
import { createHash } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { href } from './href';

export function exportUrl(sitePath: string): string {
  const path = href(sitePath);
  return import.meta.env.SITE ? new URL(path, import.meta.env.SITE).href : path;
}

/**
 * Gzip level of every export: 6 (zlib's default) costs ~40 % less time than 9 for 1–3 % more
 * bytes on these JSON and CSV files (docs/benchmarks.md «A smaller dist/, second round»).
 */
export const EXPORT_GZIP_LEVEL = 6;

/**
 * Gzip of the concatenated pieces, never the whole text in memory (graph.json and the articles
 * reach hundreds of megabytes of JSON on large corpora). No file name or time in the header:
 * the same data gives the same bytes.
 */
export async function gzipOf(pieces: Iterable<string>): Promise<Buffer<ArrayBuffer>> {
  const gzip = createGzip({ level: EXPORT_GZIP_LEVEL });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => { gzip.on('end', resolve); gzip.on('error', reject); });
  for (const piece of pieces) {
    // Wait for the compressor to take each piece: the text is never queued whole.
    if (!gzip.write(piece)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(chunks);
}

export async function gzipResponse(pieces: Iterable<string>): Promise<Response> {
  return new Response(await gzipOf(pieces), { headers: { 'content-type': 'application/gzip' } });
}

/**
 * A digest of the pieces' text: what a page's props carry instead of the text itself, so an
 * incremental build sees a change without the build holding every export at once.
 */
export function digestOf(pieces: Iterable<string>): string {
  const h = createHash('sha1');
  for (const piece of pieces) h.update(piece);
  return h.digest('base64url');
}

/** A compact JSON export, gzipped. */
export function jsonGz(data: unknown): Promise<Response> {
  return gzipResponse([JSON.stringify(data)]);
}

export function json(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
