// What ingest learns from one raw page's bytes alone, before the run decides anything with it:
// its hash, its decoding, its content key (duplicates) and its extraction. Pure and the same on
// the main thread and in the extraction workers (pool.ts), so that the two paths give the same
// result by construction; run.ts decides, in page order, what to do with it.
import { createHash } from 'node:crypto';
import { normalizeArabic } from '../lib/arabic/normalize';
import type { Source } from '../lib/data/schemas';
import type { Lexicon } from '../lib/ingest/boilerplate';
import { decodeRawBytes } from '../lib/ingest/decode';
import { extractWithEvidence, type Extraction } from '../lib/ingest/extract';
import { decodeHtmlBytes } from '../lib/ingest/html/charset';
import type { HtmlExtraction } from '../lib/ingest/html/extract';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export const isHtmlName = (name: string) => /\.html?$/i.test(name);

/**
 * A page's extraction, or the message of the error it threw: a thrown error is carried as its
 * message (a worker's error cannot cross the thread as it is) and thrown again where the page is
 * decided, so that the report says what the in-process run says.
 */
export type PageExtraction =
  | { kind: 'text'; extraction: Extraction }
  | { kind: 'html'; page: HtmlExtraction }
  | { kind: 'html-error'; message: string }
  | { kind: 'error'; message: string };

/**
 * A decoded page: its content key, and its text (on the main thread, where it is extracted only
 * when the run needs it) or its extraction (from a worker, which extracts ahead of the run).
 */
export type DecodedPage = { ok: true; contentKey: string; text?: string; extraction?: PageExtraction } | { ok: false; reason: string };

export interface PageAnalysis {
  hash: string;
  /** Absent when the page was not decoded (its hash was the one the last run knew: likely reused). */
  decoded?: DecodedPage;
  /** The page's bytes, kept on the main thread only (not sent back by a worker). */
  bytes?: Uint8Array;
  /** A worker's: the stamp (fileStamp.ts) of the file it read, taken before it read it. */
  stamp?: string;
}

/** What a worker does for one page: hashes it, and decodes and extracts it unless its hash is `knownHash` (the last run's: it will likely be reused). */
export function analysePage(name: string, bytes: Uint8Array, lexicon: Lexicon, sources: readonly Source[], knownHash?: string): PageAnalysis {
  const hash = sha256(bytes);
  return hash === knownHash ? { hash } : { hash, decoded: decodePage(name, bytes, { lexicon, sources }) };
}

/** Decodes a page and keys its content; extracts its articles too when given the lexicon, or else keeps the text. */
export function decodePage(name: string, bytes: Uint8Array, extractWith?: { lexicon: Lexicon; sources: readonly Source[] }): DecodedPage {
  const decoded = isHtmlName(name) ? decodeHtmlBytes(bytes) : decodeRawBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const contentKey = sha256(normalizeArabic(decoded.text).replace(/\s+/g, ' ').trim());
  if (!extractWith) return { ok: true, contentKey, text: decoded.text };
  return { ok: true, contentKey, extraction: extractPage(name, decoded.text, extractWith.lexicon, extractWith.sources) };
}

let htmlExtractor: typeof import('../lib/ingest/html/extract') | undefined;

/**
 * Loads the HTML extractor, which the caller awaits before the first saved web page: it brings
 * linkedom and Readability, most of ingest's start-up (~0.8 s of CPU, in every worker too), and a
 * folder of text pages never needs it.
 */
export async function loadHtmlExtractor(): Promise<void> {
  htmlExtractor ??= await import('../lib/ingest/html/extract');
}

/** Extracts a decoded page's articles (an HTML page: after loadHtmlExtractor). */
export function extractPage(name: string, text: string, lexicon: Lexicon, sources: readonly Source[]): PageExtraction {
  if (isHtmlName(name)) {
    if (!htmlExtractor) throw new Error('the HTML extractor is not loaded (loadHtmlExtractor)');
    try { return { kind: 'html', page: htmlExtractor.extractHtmlPage(text, name, lexicon, sources) }; } catch (e) {
      return { kind: 'html-error', message: (e as Error).message };
    }
  }
  try { return { kind: 'text', extraction: extractWithEvidence(text, name, lexicon) }; } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
}
