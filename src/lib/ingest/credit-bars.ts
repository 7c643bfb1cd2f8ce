// A site's own credit line over the lead, in two shapes a probe of real pages showed the rules
// miss (thirty-ninth round, Russia–Ukraine diplomacy, helper 13p):
// * «NAME||REPORTER»: the site's name and its reporter joined by a double bar. The reporter is told
//   by a given name (`givenNames`) opening the part after the bars; a double bar between two
//   other parts («سياسة||دولي») joins menu entries or labels and names nothing.
// * «وكالات: NAME», «وكالات - NAME», «NAME | وكالات»: a generic wire (`genericWires`: the story
//   was gathered from unnamed agencies) and, on the other side of one separator, the site that
//   gathered it. A known place on the other side is a dateline («موسكو – وكالات:»), never a name.
import type { ClassifiedLine } from './classify';
import { lexKey, type Lexicon } from './boilerplate';

const DOUBLE_BAR = /\s*(?:\|\||｜｜)\s*/u;
// «NAME / وكالات» joins them by a slash too (forty-first round, real pages).
const ONE_SEPARATOR = /\s*[:：|｜\-–—/]\s*/u;
/** A name's length: one to three words of letters and digits, no sentence's punctuation. */
const NAME = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ]{0,40}$/u;
const MAX_NAME_WORDS = 3;
/** The credit line sits among the first lines over the lead. */
const MAX_LINES_OVER_LEAD = 3;

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

function nameShaped(part: string, lex: Lexicon): boolean {
  const w = words(part);
  return w.length >= 1 && w.length <= MAX_NAME_WORDS && NAME.test(part.trim()) && !lex.places.has(lexKey(part.trim()));
}

/** «NAME||REPORTER» and «NAME || REPORTER»: the name before the bars when a given name opens the part after them. */
export function doubleBarCredit(text: string, lex: Lexicon): string | undefined {
  const parts = text.trim().split(DOUBLE_BAR);
  if (parts.length !== 2) return undefined;
  const [name, reporter] = parts;
  const first = words(reporter)[0];
  if (!first || !lex.givenNames.has(lexKey(first)) || words(reporter).length > 4) return undefined;
  return nameShaped(name, lex) ? name.trim() : undefined;
}

/** A line joined by a double bar: a credit «NAME||REPORTER» or joined labels, never a masthead whole. */
export const barJoined = (text: string): boolean => DOUBLE_BAR.test(text) && text.trim().split(DOUBLE_BAR).length === 2;

/** «وكالات: NAME», «NAME | وكالات»: the name on the other side of a generic wire. */
export function genericWireCredit(text: string, lex: Lexicon): string | undefined {
  const t = text.trim().replace(/[\s:：\-–—]+$/u, '');
  const parts = t.split(ONE_SEPARATOR).filter(Boolean);
  if (parts.length !== 2) return undefined;
  const wires = new Set((lex.data.genericWires ?? []).map(lexKey));
  const [a, b] = parts;
  const name = wires.has(lexKey(a)) ? b : wires.has(lexKey(b)) ? a : undefined;
  // A wire or a generic credit word («متابعات») on the other side names no site.
  const known = name ? lex.names(name) : undefined;
  if (!name || wires.has(lexKey(name)) || (known && known.kind !== 'outlet')) return undefined;
  return nameShaped(name, lex) ? name.trim() : undefined;
}

export interface CreditBarName { value: string; line: number; rule: string }

/** The site's own credit line among the lines right over the lead (blank lines skipped). */
export function creditBarName(lines: readonly ClassifiedLine[], start: number, lex: Lexicon): CreditBarName | undefined {
  const over = lines.slice(0, start).filter((l) => l.kind !== 'blank').slice(-MAX_LINES_OVER_LEAD);
  for (const l of over.reverse()) {
    const bars = doubleBarCredit(l.text, lex);
    if (bars) return { value: bars, line: l.index + 1, rule: 'own credit line «NAME||REPORTER» over the lead' };
    const wire = genericWireCredit(l.text, lex);
    if (wire) return { value: wire, line: l.index + 1, rule: 'own credit line «وكالات: NAME» over the lead' };
  }
  return undefined;
}
