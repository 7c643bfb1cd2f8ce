// The credits of the main story that name its agency (and, by «المصدر:», its outlet): the «المصدر:» label
// after the story, credit lines at its foot, a byline crediting a wire, the wire's tag closing the last
// paragraph, a wire alone after the story. Split from metadata.ts (session 42): the signals are the same.
import type { NameLookup } from './names';
import { creditNames, creditSignals, type Signal } from './credits';
import { bylineCredit, CREDIT_TAIL, creditLine, namesLine, phraseCredit } from './credit-tails';
import { closingWireCode } from './wire-code';
import { withoutLink } from './masthead';
import { lexKey, type Lexicon } from './boilerplate';
import type { MetaInput } from './metadata';

// «… أوروبية. - رويترز», «… أوروبية - رويترز», «… أوروبية. /أ ف ب/»: a wire's name after the last
// sentence's end or a spaced dash, with no brackets — only a name the lookup knows as an agency
// counts (seventeenth round); a last sentence is never a known wire's name alone.
const WIRE_TAIL = /(?:[.!؟?]\s*[-–—ـ]?|\s[-–—ـ]|\s\/)\s*([\p{L}][\p{L}\p{M} .]{1,28}?)\s*\/?\s*$/u;
export const AGENCY_TEXT = '«المصدر:» names an agency (its text)';

/** «المصدر: X» naming a source the data does not know: the outlet, or by its own word an agency. */
export function unknownCredit(value: string, line: number, confidence: number, rule: string, lex: Lexicon): Signal[] {
  // «موقع المنار + وكالات»: the generic wires are not part of the name; nor is a clipped source line's date
  // («المصدر: NAME – 22 يناير 2028», a notes app's copy: thirty-sixth round, at the merge).
  const named = creditNames(value).filter((p) => lex.names(p)?.kind !== 'generic' && !(/\d{4}/.test(p) && lex.dates.parse(p)));
  const bare = named.length === 1 ? named[0] : value.trim();
  // «المصدر: عواصم - وكالات»: a dateline desk names no one.
  if (!/\p{L}{2}/u.test(bare) || /https?:|www\./.test(bare) || bare.split(/\s+/).length > 5 || lex.names(bare)?.kind === 'generic' || lex.places.has(lexKey(bare))) return [];
  // «المصدر: وكالة أنباء …» names an agency by its own word, whether or not sources.yaml knows it.
  if (AGENCY_WORD.test(bare)) {
    return [
      { field: 'agency', value: bare, confidence: 0.8, rule: `${rule} (an agency not in sources.yaml)`, line },
      { field: 'outlet', value: bare, confidence: 0.78, rule: AGENCY_TEXT, line },
    ];
  }
  return [{ field: 'outlet', value: bare, confidence, rule: `${rule} (name not in sources.yaml)`, line }];
}
/**
 * The origins a source line lists, in their order: «NAME + روسيا اليوم», «NAME، سكاي نيوز عربية», «NAME و الجزيرة نت»
 * (a spaced «و» splits only where the part after it is a name the data knows). Generic wires («وكالات») are left out.
 */
export function listedOrigins(value: string, lex: Lexicon): string[] {
  const out: string[] = [];
  for (const part of creditNames(value)) {
    const and = [...part.matchAll(/\sو\s+/gu)].find((m) => lex.names(part.slice(m.index! + m[0].length)));
    const pieces = and ? [part.slice(0, and.index).trim(), part.slice(and.index! + and[0].length).trim()] : [part];
    out.push(...pieces.filter((p) => p && lex.names(p)?.kind !== 'generic'));
  }
  return out;
}

/**
 * The first origin a source line lists when the data does not know it but knows an outlet listed after it: the main
 * source, as the first of two wires is (credits.ts `pickSignal`). A name's shape only — no place, no agency's word, no date.
 */
function firstListedOrigin(value: string, lex: Lexicon): string | undefined {
  const listed = listedOrigins(value, lex);
  if (listed.length < 2 || lex.names(listed[0]) || !listed.slice(1).some((p) => lex.names(p)?.kind === 'outlet')) return undefined;
  const named = unknownCredit(listed[0], 0, 0.82, '', lex);
  return named.length === 1 && named[0].field === 'outlet' ? named[0].value : undefined;
}

/** A name that calls itself an agency: «وكالة …», «الوكالة …». */
export const AGENCY_WORD = /^(?:ال)?وكال[ةه]\s/u;

/**
 * «ترجمة "لبنان 24"», «متابعات «الوطن»»: a «المصدر:» value without the words that only say how
 * the story was gathered (`creditWords`) and without the quotes around the name.
 */
export function creditedName(value: string, lex: Lexicon): string {
  let words = value.trim().split(/\s+/);
  while (words.length > 1 && lex.names(words[0])?.kind === 'generic' && !lex.names(words[0])?.wires) words = words.slice(1);
  const name = words.join(' ');
  const quoted = /^["«“](.+?)["»”]?$/u.exec(name);
  return quoted ? quoted[1].trim() : name;
}

/** The signals the story's own credits give, in the order metadata.ts read them. */
export function storyCreditSignals(input: MetaInput, brands: ReadonlySet<number>, pageNames: NameLookup): Signal[] {
  const { lines, start, labelled, lex } = input;
  const header = lines.slice(0, start);
  const meta = input.meta;
  const signals: Signal[] = [];
  // «المصدر: …» after the story (the aggregator convention: the credited outlet is the outlet).
  for (const { value: printed, index } of [...labelled].reverse()) {
    const value = creditedName(withoutLink(printed), lex);
    const known = creditSignals(value, lex.names, '«المصدر:» label', index + 1, 0.9);
    // «المصدر: مولدبرس» whose name also signs the dateline «كيشيناو - مولدبرس -»: an unlisted wire (foot-wire.ts).
    const footWire = known.length ? undefined : pageNames(value);
    if (footWire?.kind === 'agency' && !footWire.own) known.push({ field: 'agency', value: footWire.name, confidence: 0.85, rule: '«المصدر:» label (an unlisted wire that signs the dateline)', line: index + 1 });
    // «المصدر | NAME + روسيا اليوم»: the first origin listed is the main one, known to the data or not (forty-fifth round);
    // proposed before the known ones, so at the same weight it wins.
    const first = known.length ? firstListedOrigin(value, lex) : undefined;
    if (first) signals.push({ field: 'outlet', value: first, confidence: 0.9, rule: '«المصدر:» label, the first of the origins it lists', line: index + 1 });
    signals.push(...known);
    // A page crediting only a wire (an aggregator copying «مصادر الخبر: © وكالة سبوتنيك») carries
    // the agency's own text: the agency is its outlet too, unless the page names its own site.
    for (const s of known.filter((k) => k.field === 'agency')) {
      signals.push({ ...s, field: 'outlet', confidence: 0.78, rule: AGENCY_TEXT });
    }
    if (!known.length) {
      const listed = listedOrigins(value, lex);
      signals.push(...unknownCredit(listed.length > 1 && lex.names(listed[1]) ? listed[0] : value, index + 1, 0.82, '«المصدر:» label', lex));
    }
  }
  // Credit lines at the foot of the story: «ع.ش/ ح.ز (أ ف ب، رويترز)», and a line made only of
  // names, the page's own among them («فرانس24/ أ ف ب»).
  for (const l of lines.slice(start)) {
    const credit = l.kind !== 'body' ? creditLine(l) ?? namesLine(l, pageNames) ?? phraseCredit(l, lex) : undefined;
    if (credit) signals.push(...creditSignals(credit, lex.names, 'credit line', l.index + 1, 0.7).filter((s) => s.field === 'agency'));
  }
  // A byline that credits a wire: «بواسطة يورونيوز عربي مع أ ف ب», «كتب: أ ف ب».
  for (const l of [...header, ...meta]) {
    const byline = l.kind !== 'body' && l.words <= 10 ? bylineCredit(l, lex) : undefined;
    const named = byline ? creditSignals(byline, lex.names, 'byline credit', l.index + 1, 0.7) : [];
    signals.push(...named.filter((s) => s.field === 'agency'));
    // «بقلم: فرانس 24 مع أ ف ب», «كتب: سكاي نيوز عربية - رويترز»: an outlet sources.yaml knows, signing the byline, wrote
    // the text as a «المصدر:» line's outlet did (forty-fourth round, a real Euronews page: «بقلم: يورونيوز مع أ ف ب»).
    signals.push(...named.filter((s) => s.field === 'outlet' && s.id).map((s) => ({ ...s, rule: 'byline credit (an outlet sources.yaml knows)' })));
  }
  // The wire's tag closing the story's last paragraph: «… قناة السويس. (أ ش أ)».
  const tail = input.lastParagraph ? CREDIT_TAIL.exec(input.lastParagraph) ?? WIRE_TAIL.exec(input.lastParagraph) : null;
  if (tail) signals.push(...creditSignals(tail[1], lex.names, 'tag closing the story', undefined, 0.7).filter((s) => s.field === 'agency'));
  // «… الحرية". (İLKHA)»: an unlisted wire's Latin code after the closing mark (a known one is read above).
  const code = input.lastParagraph && !(tail && lex.names(tail[1])) ? closingWireCode(input.lastParagraph, lex) : undefined;
  if (code) signals.push({ field: 'agency', value: code, confidence: 0.7, rule: 'unlisted wire code closing the story' });
  // «رويترز» alone on the first line after the story's last paragraph: the wire signs it as a
  // closing tag does (seventeenth round). Not the site's brand, never generic wires.
  const wireLine = input.bodyEnd === undefined ? undefined : lines.slice(input.bodyEnd).find((l) => l.kind !== 'blank');
  const signer = wireLine?.kind === 'agency' && wireLine.value && !brands.has(wireLine.index) ? lex.names(wireLine.value) : undefined;
  if (wireLine && signer && signer.kind === 'agency') {
    signals.push({ field: 'agency', value: wireLine.value!.replace(/^[(«\s]+|[)»\s.]+$/gu, ''), ...(signer.id ? { id: signer.id } : {}), confidence: 0.7, rule: 'wire alone after the story', line: wireLine.index + 1 });
  }
  return signals;
}
