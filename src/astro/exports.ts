// Shared by the /data/* endpoints: absolute URLs when SITE is set, base-relative otherwise;
// every export is compressed piece by piece as its text is produced: the JSON exports with
// Brotli (.br), the CSV parts with gzip (.gz), which spreadsheet users' tools all open.
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { Transform } from 'node:stream';
import { href } from './href';

export function exportUrl(sitePath: string): string {
  const path = href(sitePath);
  return import.meta.env.SITE ? new URL(path, import.meta.env.SITE).href : path;
}

/**
 * Gzip level of the CSV exports: 9, the smallest gzip (the CSV parts are small: ~0.3 s more
 * than level 6 for all of them at 16,900 articles; docs/benchmarks.md «A smaller dist/, seventh round»).
 */
export const EXPORT_GZIP_LEVEL = 9;

/**
 * Brotli of the JSON exports: quality 7 and a 16 MiB window. The window is what counts: gzip's
 * 32 KB never reaches back to the previous article, so the names, phrases and sentences the
 * articles share are written again in each; Brotli's window holds ~200 articles' rows. At 16,900
 * articles the JSON exports are 45 % of their gzip's bytes, written in about the same time
 * (docs/benchmarks.md «A smaller dist/, seventh round»).
 */
export const EXPORT_BROTLI_QUALITY = 7;
export const EXPORT_BROTLI_WINDOW_BITS = 24;

export type ExportCompression = 'br' | 'gz';

function compressor(format: ExportCompression): Transform {
  return format === 'gz'
    ? createGzip({ level: EXPORT_GZIP_LEVEL })
    : createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: EXPORT_BROTLI_QUALITY, [constants.BROTLI_PARAM_LGWIN]: EXPORT_BROTLI_WINDOW_BITS } });
}

/**
 * The concatenated pieces compressed, never the whole text in memory (graph.json and the
 * articles reach hundreds of megabytes of JSON on large corpora). No file name or time in a
 * gzip header: the same data gives the same bytes, in either format.
 */
export async function compressOf(pieces: Iterable<string>, format: ExportCompression): Promise<Buffer<ArrayBuffer>> {
  const stream = compressor(format);
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => { stream.on('end', resolve); stream.on('error', reject); });
  for (const piece of pieces) {
    // Wait for the compressor to take each piece: the text is never queued whole.
    if (!stream.write(piece)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await done;
  return Buffer.concat(chunks);
}

/** Gzip of the concatenated pieces (the CSV exports). */
export const gzipOf = (pieces: Iterable<string>) => compressOf(pieces, 'gz');
/** Brotli of the concatenated pieces (the JSON exports). */
export const brotliOf = (pieces: Iterable<string>) => compressOf(pieces, 'br');

export async function gzipResponse(pieces: Iterable<string>): Promise<Response> {
  return new Response(await gzipOf(pieces), { headers: { 'content-type': 'application/gzip' } });
}

export async function brotliResponse(pieces: Iterable<string>): Promise<Response> {
  return new Response(await brotliOf(pieces), { headers: { 'content-type': 'application/x-brotli' } });
}

/** A compact JSON export, Brotli-compressed. */
export function jsonBr(data: unknown): Promise<Response> {
  return brotliResponse([JSON.stringify(data)]);
}

export function json(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
