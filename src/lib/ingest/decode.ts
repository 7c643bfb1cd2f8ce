// Raw bytes → text, or a reason to reject the page. Pure (no I/O) so every rule is testable.
import { hasArabic } from '../arabic/normalize';

/** Pages above this size are rejected unread (scraped articles are a few KB). */
export const MAX_RAW_BYTES = 2 * 1024 * 1024;
/** More control characters than this share of the text means it is not a text page. */
const MAX_CONTROL_SHARE = 0.005;

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** 'utf-16le' or 'utf-16be' when the NUL bytes of an even-length file all sit on one side of its pairs. */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  // Text has a space or a line break every few characters: at least one pair in 20 holds a NUL.
  if (even && odd) return undefined;
  if (odd * 20 >= bytes.length / 2) return 'utf-16le';
  if (even * 20 >= bytes.length / 2) return 'utf-16be';
  return undefined;
}

export function decodeRawBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_RAW_BYTES) return { ok: false, reason: `too large (${bytes.length} bytes > ${MAX_RAW_BYTES})` };
  let text: string;
  let encoding = 'utf-8';
  try {
    // UTF-16 is accepted when it announces itself with a BOM (Windows "Unicode" text exports).
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      encoding = 'utf-16le';
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      encoding = 'utf-16be';
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    } else if (bytes.includes(0)) {
      // UTF-16 without a BOM: ASCII spaces, digits and newlines put NUL bytes at every other
      // position (odd in little-endian, even in big-endian); binary data has them anywhere.
      encoding = utf16WithoutBom(bytes) ?? '';
      if (!encoding) return { ok: false, reason: 'binary file (NUL bytes)' };
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } else {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
  } catch {
    return { ok: false, reason: encoding === 'utf-8' ? 'not valid UTF-8' : `not valid ${encoding.toUpperCase()}` };
  }
  // eslint-disable-next-line no-control-regex
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  if (text.includes('\u0000') || controls > Math.max(2, text.length * MAX_CONTROL_SHARE)) {
    return { ok: false, reason: 'binary file (control characters)' };
  }
  if (!text.trim()) return { ok: false, reason: 'empty or whitespace-only' };
  if (!hasArabic(text)) return { ok: false, reason: 'no Arabic text' };
  return { ok: true, text, encoding };
}
