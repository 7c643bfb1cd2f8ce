// The signals a dateline gives the metadata (metadata.ts): its agency and outlet, with a confidence by
// how the credit was read. Split from metadata.ts (twenty-third round, second wave).
import type { ClassifiedLine } from './classify';
import type { Dateline } from './dateline';
import type { Signal } from './credits';
import { normalizeArabic } from '../arabic/normalize';

export function datelineSignals(d: Dateline, line: number, out: Signal[], onPage: (name: string) => boolean = () => true): void {
  // «ستوكهولم (تي تي) -»: in round brackets after the place stands a wire's short name; a name there that
  // no list knows and the page prints nowhere else (its masthead would: «بنغازي (بانوراما) –» under «ليبيا
  // بانوراما») is the agency (twenty-third round, second wave).
  if (d.bracketed && d.outlet && !d.agency && !onPage(d.outlet.name)) d = { ...d, agency: { ...d.outlet, kind: 'agency' }, outlet: undefined };
  const sure = d.evidence === 'known' ? 1 : 0;
  if (d.agency) out.push({ field: 'agency', value: d.agency.name, ...(d.agency.id ? { id: d.agency.id } : {}), confidence: sure ? 0.9 : 0.6, rule: 'dateline', line });
  // A credit with no place that only the grammar reads («الوكيل الاخباري - …») is weaker than the masthead;
  // the page's own name (its masthead or Latin brand spells it) is stronger than an unknown one.
  const guessed = d.evidence === 'grammar' && !d.place;
  if (d.outlet) out.push({ field: 'outlet', value: d.outlet.name, ...(d.outlet.id ? { id: d.outlet.id } : {}), confidence: d.outlet.id ? 0.85 : guessed ? 0.45 : d.outlet.own ? 0.75 : 0.6, rule: guessed ? 'dateline (name read by grammar only)' : 'dateline', line });
  // An agency's own site crediting itself («غزة - صفا» under «وكالة الصحافة الفلسطينية (صفا)»): the outlet too.
  if (d.agency?.own) out.push({ field: 'outlet', value: d.agency.name, confidence: 0.85, rule: 'dateline naming the page\'s own agency', line });
}

/** A word of `name` (three letters or more), or the whole name, on a line of the page other than line `except`. */
export function printedElsewhere(name: string, lines: readonly ClassifiedLine[], except: number): boolean {
  const key = ` ${normalizeArabic(name)} `;
  const words = key.trim().split(/\s+/).filter((w) => w.length >= 3);
  return lines.some((l) => {
    if (l.index === except || l.kind === 'blank') return false;
    const text = ` ${normalizeArabic(l.text).replace(/[^\p{L}\p{M}0-9]+/gu, ' ')} `;
    return text.includes(key) || words.some((w) => text.includes(` ${w} `));
  });
}

/**
 * «كييف، 8 سبتمبر (Hibya) -» over a foot line «Hibya Haber Ajansı»: the bracketed name printed elsewhere only
 * followed by a wire's own word (`wireSignOffWords`) is the wire signing its copy, not the site's masthead.
 * False when no other line prints the name whole, or one prints it without such a word.
 */
export function onlySignedAsWire(name: string, lines: readonly ClassifiedLine[], except: number, signOffWords: readonly string[]): boolean {
  if (!signOffWords.length) return false;
  const fold = (t: string) => normalizeArabic(t).toLocaleLowerCase('tr').replace(/ı/g, 'i');
  const key = fold(name.trim());
  const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = signOffWords.map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const whole = new RegExp(`(?:^|[^\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u');
  const signed = new RegExp(`(?:^|[^\\p{L}\\p{N}])${esc}\\s+(?:${words})(?![\\p{L}\\p{N}])`, 'u');
  const printing = lines.filter((l) => l.index !== except && l.kind !== 'blank' && whole.test(fold(l.text)));
  return printing.length > 0 && printing.every((l) => signed.test(fold(l.text)));
}
