// A whole-line data pattern (copy-wrapper.ts, origin-lines.ts) is a regex with its literal words
// escaped in it; a line that does not hold one of those words cannot match, and `includes` says so
// far faster than the regex, whose «{*}» (`.*`, `.*?`) is tried at every position of the line
// (thirty-sixth round: ingest speed). Only a word that case folding leaves alone is used — Arabic
// letters, which have no case: under the patterns' `i` flag a Latin word could match other
// spellings, so a pattern with only Latin words has no gate and is tried as before.

/** Units no case folding maps to or from: the Arabic block. */
const CASELESS = /^[\u0600-\u06FF]+$/u;

/**
 * The longest word of the pattern's literal parts that every matching line must hold as it is
 * (undefined: none). `literals`: the pattern's parts between placeholders, as written (a run of
 * spaces in them is loose in the regex, so a word never spans one).
 */
export function requiredWord(literals: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const part of literals) {
    for (const word of part.split(/\s+/u)) {
      if (word && CASELESS.test(word) && (!best || word.length > best.length)) best = word;
    }
  }
  return best;
}

/** A compiled line pattern and the word a line must hold for it to match. */
export interface GatedPattern { re: RegExp; word?: string }

/** `re.test(text)`, skipped when the text lacks the pattern's required word. */
export function gatedTest(p: GatedPattern, text: string): boolean {
  return (p.word === undefined || text.includes(p.word)) && p.re.test(text);
}

/** `re.exec(text)`, skipped (null) when the text lacks the pattern's required word. */
export function gatedExec(p: GatedPattern, text: string): RegExpExecArray | null {
  return p.word === undefined || text.includes(p.word) ? p.re.exec(text) : null;
}
