// Outlets named by the words around them rather than by a position (twentieth round, part B):
// a broadcaster's Arabic service names itself by its desk («إذاعة عموم الهند - القسم العربي» at the
// foot, «صوت اليونان» over «البرنامج العربي» at the top; `arabicServiceLabels`), and an aggregator
// prints its provider on a line of its own above the story and again in its closing line
// («الشرق الأوسط» … «اقرأ المزيد على الشرق الأوسط»; the closing line is an origin line).
import type { Signal } from './credits';
import type { Lexicon } from './boilerplate';
import type { PageLine } from './site-name';
import type { OriginLine } from './origin-lines';
import { lexKey } from './boilerplate';
import { unlikeAName } from './site-name';

const SEPARATED = /^(.{2,60}?)\s+[-–—|:]\s+(.{2,40})$/u;

/** The station's name a desk label vouches for: Arabic, one to five words, shaped like a name, not generic or a section. */
function stationName(text: string, lex: Lexicon, paired = false): string | undefined {
  const name = text.trim();
  const parts = name.split(/\s+/);
  const words = parts.length;
  // «تي في 5 موند – بالعربية», «فرانس 24 | القسم العربي»: on the desk label's own line a broadcaster's name may hold its
  // number, a token of one to three digits beside Arabic words (no date, no clock: thirty-ninth round, at the merge).
  const numbered = paired && parts.every((p) => /^[0-9٠-٩]{1,3}$/u.test(p) || !/[0-9٠-٩]/u.test(p)) && parts.filter((p) => /\p{Script=Arabic}{2}/u.test(p)).length >= 1 && !lex.dates.findDates(name).length;
  if (words > 5 || !/\p{Script=Arabic}{2}/u.test(name) || (/[0-9٠-٩]/u.test(name) && !numbered)) return undefined;
  // «الإذاعة والتلفزيون في البوسنة والهرسك – بالعربية»: on the desk label's own line a function word inside the name is
  // the name's (a broadcaster named by its country); its first and last words still may not be one (thirty-eighth round,
  // at the merge; aside38 u3578, spent).
  const shape = paired && words >= 3 ? `${parts[0]} ${parts[words - 1]}` : name;
  if (unlikeAName(shape, lex.nameStopWords) || /[.…!؟?]$/u.test(name) || lex.sectionLabels.has(lexKey(name)) || lex.exact.has(lexKey(name)) || lex.names(name)?.kind === 'generic') return undefined;
  return name;
}

/**
 * «إذاعة عموم الهند - القسم العربي», «راديو هافانا كوبا | البرنامج العربي»: a name and a desk label on one
 * line; «صوت اليونان» alone over a line «البرنامج العربي». 0.6 — the station naming its own service,
 * stronger than a short first line (0.5), weaker than a known name at the top (0.8).
 */
export function serviceLineSignals(lines: readonly (PageLine & { key?: string })[], lex: Lexicon, titleIndex?: number): Signal[] {
  const labels = lex.serviceLabels;
  if (!labels.size) return [];
  const seen = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'body');
  const out: Signal[] = [];
  const push = (value: string, index: number) => {
    const known = lex.names(value);
    out.push({ field: 'outlet', value: known?.name ?? value, ...(known?.id ? { id: known.id } : {}), confidence: 0.6, rule: 'a station\'s name over its Arabic desk («… - القسم العربي»)', line: index + 1 });
  };
  seen.forEach((l, i) => {
    if (l.words > 10 || l.index === titleIndex) return;
    const pair = SEPARATED.exec(l.text.trim());
    const name = pair && labels.has(lexKey(pair[2])) ? stationName(pair[1], lex, true) : undefined;
    if (name) { push(name, l.index); return; }
    const above = seen[i - 1];
    // A menu entry over the label («الرئيسية» / «القسم العربي») is the menu's, not the station's.
    // A classified line carries its key already (no key computed per line here).
    if (labels.has(l.key ?? lexKey(l.text)) && above && above.index === l.index - 1 && above.index !== titleIndex && above.kind !== 'menu' && above.kind !== 'boilerplate') {
      const named = stationName(above.text, lex);
      if (named) push(named, above.index);
    }
  });
  return out;
}

/**
 * «الشرق الأوسط» alone between the headline and the story, and «اقرأ المزيد على الشرق الأوسط» after it:
 * the provider's line on an aggregator — agreeing with the origin line, so the provider outranks the
 * aggregator's own masthead (0.6; agreement adds to the origin's 0.8).
 */
export function providerLineSignals(lines: readonly PageLine[], origins: readonly OriginLine[], start: number, titleIndex: number | undefined, lex: Lexicon): Signal[] {
  if (!origins.length || titleIndex === undefined) return [];
  const out: Signal[] = [];
  const between = lines.filter((l) => l.index > titleIndex && l.index < start && l.kind !== 'blank');
  for (const o of origins) {
    const key = lexKey(o.name);
    const line = between.find((l) => lexKey(l.text) === key);
    const known = line && lex.names(o.name);
    if (!line || known?.kind === 'generic') continue;
    out.push({ field: 'outlet', value: known?.name ?? o.name, ...(known?.id ? { id: known.id } : {}), confidence: 0.6, rule: 'provider\'s line above the story, named again after it', line: line.index + 1 });
  }
  return out;
}

/**
 * «Российская газета» over «روسيسكايا غازيتا - النسخة العربية», «Известия» over «إزفستيا بالعربية»: under
 * a masthead in another script, the Arabic edition's name before its label (`editionLabels`) is the
 * site's, as its Arabic readers are told — 0.76, over the foreign masthead itself (twenty-first round, part O).
 */
export function editionLineSignals(lines: readonly (PageLine & { key?: string })[], lex: Lexicon, titleIndex?: number): Signal[] {
  if (!lex.editionLabels.size) return [];
  const [masthead, edition] = lines.filter((l) => l.kind !== 'blank').slice(0, 2);
  if (!masthead || !edition || edition.index === titleIndex || /\p{Script=Arabic}/u.test(masthead.text) || masthead.words > 5) return [];
  const text = edition.text.trim();
  const key = edition.key ?? lexKey(text);
  const label = [...lex.editionLabels].find((l) => key.endsWith(` ${l}`));
  if (!label) return [];
  const words = text.split(/\s+/);
  const name = stationName(words.slice(0, words.length - label.split(' ').length).join(' ').replace(/\s*[-–—|:]\s*$/u, ''), lex);
  return name ? [{ field: 'outlet', value: name, confidence: 0.76, rule: 'an Arabic edition\'s name under a masthead in another script («… - النسخة العربية»)', line: edition.index + 1 }] : [];
}
