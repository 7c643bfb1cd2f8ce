// Plain text <-> MDX source that shows exactly that text. Shared by serialize/parse and by
// the markup check (an edited paragraph is plain iff it is what escapeMdxText would write).
// ASCII punctuation that can start markup anywhere in an MDX/GFM line. Backslash escapes work
// in MDX 3 for all of these, including { } < > (checked by compiling, see mdx.test.ts).
const ALWAYS_ESCAPE = /[\\`*_[\]{}<>|~&]/g;

/**
 * Escapes plain text so MDX renders exactly this text in one paragraph (no code, no markup).
 * Line breaks inside the text become spaces (paragraphs are single lines by contract).
 */
export function escapeMdxText(text: string): string {
  // A paragraph is one line: a line break inside it would end it or start a block, and MDX
  // trims spaces around line breaks anyway, so breaks become single spaces.
  let out = text.replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' ').replace(ALWAYS_ESCAPE, (c) => `\\${c}`);
  // GFM turns «https://…», «www.…» and e-mail addresses into links while still parsing the raw
  // source, so backslashes inside them would show; a character reference stops that.
  out = out.replace(/(https?|ftp|mailto)(:)/gi, '$1&#58;').replace(/\b(www)\./gi, '$1&#46;').replace(/@/g, '&#64;');
  // Leading/trailing whitespace is eaten by Markdown (and 4 spaces make a code block).
  out = out.replace(/^[ \t\f\v\u00A0]+/, (ws) => [...ws].map((c) => `&#${c.codePointAt(0)};`).join(''));
  out = out.replace(/[ \t\f\v\u00A0]+$/, (ws) => [...ws].map((c) => `&#${c.codePointAt(0)};`).join(''));
  // Block starters at the beginning of the paragraph: ESM, headings, lists, rules, quotes.
  out = out.replace(/^(import|export)\b/, (w) => `&#${w.codePointAt(0)};${w.slice(1)}`);
  out = out.replace(/^[#+\-=:]/, (c) => `\\${c}`);
  out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}

const UNESCAPE = /\\([!-/:-@[-`{-~])|&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});|&(amp|lt|gt|quot|apos|nbsp);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Inverse of escapeMdxText (also decodes the references a person may type by hand). */
export function unescapeMdxText(text: string): string {
  return text.replace(UNESCAPE, (m, punct, dec, hex, named) => {
    if (punct) return punct;
    if (named) return NAMED[named];
    const code = dec ? parseInt(dec, 10) : parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
