// Bytes of a saved web page → text. Pages say their encoding themselves: a BOM, else
// `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the top.
// Legacy Arabic encodings (windows-1256, ISO-8859-6) are decoded with Node's TextDecoder,
// never rejected. Pure: the bytes are passed in.
import { hasArabic } from '../../arabic/normalize';
import { MAX_RAW_BYTES } from '../decode';

/** Browsers look for the charset declaration in the first 1024 bytes; we allow a little more. */
const SNIFF_BYTES = 4096;

export type HtmlDecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** The encoding a page declares in its first bytes (lower case), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // latin1 maps every byte to one char, so the ASCII markup reads the same in any encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (m) return m[1].toLowerCase();
  }
  return undefined;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: label.replace(/[^a-z0-9]/g, '') === 'utf8' });
  } catch {
    return undefined; // a label TextDecoder does not know
  }
}

/** True when the text looks like an HTML document (a tag of the page's skeleton near the top). */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype\s+html|html|head|body|meta|title|article|div|p)\b/i.test(text.slice(0, SNIFF_BYTES * 4));
}

/**
 * Decodes a saved page: BOM first, then the declared charset, then UTF-8; a page that is not
 * valid UTF-8 is read as windows-1256 (the common legacy Arabic encoding).
 */
export function decodeHtmlBytes(bytes: Uint8Array): HtmlDecodeResult {
  if (bytes.length > MAX_RAW_BYTES) return { ok: false, reason: `too large (${bytes.length} bytes > ${MAX_RAW_BYTES})` };
  const bom = bomEncoding(bytes);
  if (!bom?.encoding.startsWith('utf-16') && bytes.includes(0)) return { ok: false, reason: 'binary file (NUL bytes)' };
  const declared = declaredCharset(bytes);
  // A page whose markup could be read as ASCII is not UTF-16, whatever it says (as browsers do).
  let encoding = bom?.encoding ?? (declared?.startsWith('utf-16') ? 'utf-8' : declared) ?? 'utf-8';
  let decoder = decoderFor(encoding);
  if (!decoder) return { ok: false, reason: `unsupported encoding declared in <meta charset>: «${declared}»` };
  encoding = decoder.encoding;
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(bom?.skip ?? 0));
  } catch {
    // Old pages often declare UTF-8 while the server sent windows-1256: read what is there.
    decoder = new TextDecoder('windows-1256');
    encoding = decoder.encoding;
    text = decoder.decode(bytes);
  }
  if (!text.trim()) return { ok: false, reason: 'empty or whitespace-only' };
  if (!looksLikeHtml(text)) return { ok: false, reason: 'not HTML (no <html>, <body> or other page tags)' };
  if (!hasArabic(text)) return { ok: false, reason: 'no Arabic text' };
  return { ok: true, text, encoding };
}
