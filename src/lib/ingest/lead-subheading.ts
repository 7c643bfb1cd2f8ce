// Sub-headings the body reader dropped (forty-third round, real pages): a section's heading right over its first
// sub-section's heading («خلفية القمة» / «السياق السياسي» / prose — a markdown copy's «##» over «###»), and the
// story's first sub-heading printed between the headline and the lead («مقدمة», «وقوع الحادث: تفاصيل …») on a page
// whose other sections open under sub-headings too. The evidence is the page's own structure: the line is shaped
// as the sub-headings the story keeps (a «LABEL: …» form they share, or as short as they are), never a caption's
// or a label's words.
import { nextNonBlank, type ClassifiedLine } from './classify';
import type { Lexicon } from './boilerplate';
import { MAX_SUBHEADING_WORDS } from './related-zone';

/** Words a heading stacked over another has at most (a section's name, not a caption). */
const MAX_STACKED_WORDS = 4;
/** Sub-headings the story must keep before a line over its lead is read as one of them. */
const MIN_KEPT_SUBHEADINGS = 2;

const headingShaped = (l: ClassifiedLine | undefined, most: number): l is ClassifiedLine =>
  !!l && (l.kind === 'heading' || l.kind === 'short') && !l.bullet && l.words <= most && !/[0-9٠-٩.!؟?،,]/u.test(l.text);

/** «خلفية القمة» over «السياق السياسي» over prose: a section's heading stacked on its first sub-section's. */
export function stackedOverSubheading(lines: readonly ClassifiedLine[], i: number): boolean {
  const next = nextNonBlank(lines as ClassifiedLine[], i);
  if (!headingShaped(lines[i], MAX_STACKED_WORDS) || !headingShaped(next, MAX_STACKED_WORDS) || next.key === lines[i].key) return false;
  return nextNonBlank(lines as ClassifiedLine[], next.index)?.kind === 'body';
}

/** «LABEL: …»: a short label and a colon opening the line. */
const labelled = (text: string): boolean => /^[^:：]{2,30}[:：]\s*\S/u.test(text);

/**
 * The line between the headline and the lead when it is the story's first sub-heading: sub-heading length, no
 * label or interface line the lexicon knows, and shaped as the sub-headings the story keeps — all of them
 * «LABEL: …» as it is, or all of them at most three words as it is at most two. Else undefined.
 */
export function leadSubheading(lines: readonly ClassifiedLine[], start: number, titleKey: string | undefined, kept: readonly string[], lex: Lexicon): string | undefined {
  if (!titleKey || kept.length < MIN_KEPT_SUBHEADINGS) return undefined;
  let j = start - 1;
  while (j >= 0 && lines[j].kind === 'blank') j--;
  const l = lines[j];
  let t = j - 1;
  while (t >= 0 && lines[t].kind === 'blank') t--;
  if (!l || t < 0 || lines[t].key !== titleKey || (l.kind !== 'heading' && l.kind !== 'short') || l.bullet) return undefined;
  if (l.words > MAX_SUBHEADING_WORDS || lex.exact.has(l.key) || lex.sectionLabels.has(l.key) || lex.names(l.text)) return undefined;
  if (labelled(l.text)) return kept.every(labelled) ? l.text : undefined;
  const short = (s: string) => s.trim().split(/\s+/u).length;
  return l.words <= 2 && !/[0-9٠-٩:：]/u.test(l.text) && kept.every((s) => short(s) <= 3 && !labelled(s)) ? l.text : undefined;
}
