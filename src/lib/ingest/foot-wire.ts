// An unlisted wire that signs a noun-led lead (fortieth round, session 43): «تبليسي (إنتربرس نيوز) – المتحدث …»,
// «كيشيناو - مولدبرس - الرئيسة …». Before a verb the dateline's grammar vouches for an unknown wire (bracket-wire.ts);
// before a noun nothing does — a reporter («موسكو - سامر الحلبي - الرئيس …») stands in the same slot. The evidence
// here is the wire's own habit: its name printed again as the story's closing credit, alone on a line — «(NAME)»,
// «/NAME/», «المصدر: NAME» — and, in the same page, right after a place's separator at the head of a line. A reporter's
// name is never printed alone in brackets at the foot, and a site's own name is its masthead's (page-names.ts reads
// those first). Gated by a cheap test: a closing line must open with «(», «/» or the source label.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { ClassifiedLine } from './classify';
import { sourceKey } from '../data/keys';

// «(NAME)», «/NAME/», «المصدر: NAME»: one to three words, Arabic or Latin, nothing else on the line.
const FOOT_CREDIT = /^(?:\(\s*([\p{L}\p{M}]{2,}(?: [\p{L}\p{M}]{2,}){0,2})\s*\)|\/\s*([\p{L}\p{M}]{2,}(?: [\p{L}\p{M}]{2,}){0,2})\s*\/|المصدر\s*:\s*([\p{L}\p{M}]{2,}(?: [\p{L}\p{M}]{2,}){0,2}))$/u;

/**
 * Names printed as a closing credit alone on a line and again after a place and a separator at the head of another
 * line («PLACE (NAME)», «PLACE - NAME -», «PLACE / NAME /»): keyed by `sourceKey`, shown as printed.
 */
export function footWires(lines: readonly ClassifiedLine[], lex: Lexicon): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lines) {
    const text = l.text.trim();
    const c = text.charCodeAt(0);
    if (l.kind === 'blank' || l.words > 4 || !(c === 40 || c === 47 || text.startsWith('المصدر'))) continue;
    const m = FOOT_CREDIT.exec(text);
    const name = m && (m[1] ?? m[2] ?? m[3]);
    if (!name || lex.names(name) || lex.places.has(lexKey(name)) || lex.givenNames.has(lexKey(name.split(' ')[0]))) continue;
    if (signsAHead(lines, l.index, name)) out.set(sourceKey(name), name);
  }
  return out;
}

/** Another line opens «PLACE (NAME)», «PLACE - NAME -» or «PLACE / NAME /», within its first five words. */
function signsAHead(lines: readonly ClassifiedLine[], at: number, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const head = new RegExp(`^[\\p{L}\\p{M}]{2,}(?: [\\p{L}\\p{M}]{2,}){0,2}\\s*(?:\\(\\s*${escaped}\\s*\\)|[-–—ـ/]\\s*${escaped}\\s*[-–—ـ/])\\s*[-–—ـ:]?\\s*\\S`, 'u');
  return lines.some((l) => l.index !== at && l.kind !== 'blank' && l.words >= 8 && head.test(l.text.trim()));
}
