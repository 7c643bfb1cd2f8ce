// Outlet and agency by evidence. Every honest signal on the page proposes a value with a
// confidence: a «المصدر:» / «مصادر الخبر:» label, the dateline, the site's name at the top,
// a «©» footer, a URL of a known domain. A section label inside the menus is never a signal
// (it is not at the top), a bare URL is never a name (only its domain, mapped through
// sources.yaml), and «وكالات» names no agency.
import type { Source } from '../data/schemas';
import type { FieldEvidence } from './evidence';
import type { NamedSource, NameLookup } from './names';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { sourceForUrl, withoutPrefix } from './names';
import { matchKey, sourceKey } from '../data/keys';
import { normalizeArabic } from '../arabic/normalize';

export interface Signal {
  field: 'outlet' | 'agency';
  value: string;
  id?: string;
  confidence: number;
  rule: string;
  /** 1-based line of the raw page. */
  line?: number;
}

/** «وكالة … للأنباء»: a name that calls itself a news agency. */
const AGENCY_SELF = /^(?:ال)?وكال[ةه]\s[\p{L}\s]+(?:للأنباء|للانباء|الإخبارية|الاخبارية)$/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i;
/** Sites that host everyone's links: their URLs name no outlet. */
export const HOSTS = /(?:^|\.)(?:t\.me|x\.com|twitter\.com|youtube\.com|youtu\.be|facebook\.com|instagram\.com|tiktok\.com|whatsapp\.com)$/i;

export function isUrl(text: string): boolean {
  return URL_LINE.test(text.trim());
}

/** Splits a credit («النهار - أ ف ب», «الميادين نت + وكالات», «(أ ف ب، رويترز)», «يورونيوز مع أ ف ب») into names. */
export function creditNames(text: string): string[] {
  return text
    .replace(/^[(«"]+|[)»".]+$/g, '')
    .split(/\s+[-–—ـ+]\s+|\s+مع\s+|\s*[،,+/]\s*|\s*[()]\s*/u)
    .map((p) => p.replace(/^©\s*/, '').replace(/^مع\s+/u, '').trim()) // «(مع و م ع)»: «with MAP»
    .filter(Boolean);
}

/** Signals from one credit (label value, credit line): known outlets and agencies in it. */
export function creditSignals(text: string, lookup: NameLookup, rule: string, line: number | undefined, confidence: number): Signal[] {
  const out: Signal[] = [];
  for (const name of creditNames(text)) {
    const found = lookup(name);
    if (found && found.kind !== 'generic') out.push(signal(found, rule, line, confidence));
  }
  return out;
}

function signal(found: NamedSource, rule: string, line: number | undefined, confidence: number, field?: Signal['field']): Signal {
  return { field: field ?? (found.kind === 'agency' ? 'agency' : 'outlet'), value: found.name, ...(found.id ? { id: found.id } : {}), confidence, rule, ...(line ? { line } : {}) };
}

/** «جميع الحقوق محفوظة لموقع مصراوي ©2025» → «مصراوي» (the name the © line holds), if any. */
export function copyrightName(text: string): string | undefined {
  if (!/©|\(c\)|حقوق|copyright/i.test(text)) return undefined;
  const bare = text
    .replace(/copyright|all rights reserved\.?|جميع الحقوق محفوظة|حقوق النشر محفوظة|حقوق النشر|محفوظة|©|\(c\)/gi, ' ')
    .replace(/[0-9٠-٩]{4}(?:\s*[-–]\s*[0-9٠-٩]{4})?/g, ' ');
  // «© 2026 تليكسبريس - جميع الحقوق محفوظة»: a spaced dash sets the name off from the rest of
  // the line; the name is the first part with a word left in it.
  const parts = bare.split(/(?:^|\s)[-–—ـ]+(?=\s|$)/u);
  const name = (parts.find((part) => /\p{L}{2,}/u.test(part.replace(/(^|\s)(?:لـ|ل)(?=\s)/g, ' '))) ?? '')
    .replace(/(^|\s)(?:لـ|ل)(?=\s)/g, ' ')
    .replace(/[.|,،]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // The «لـ» of «محفوظة لـ…» is glued to the name's first word only: «للأنباء» at its end stays.
    .replace(/^ل(?=(?:موقع|وكالة|مؤسسة|صحيفة|جريدة|قناة|شبكة)\s)/, '')
    .replace(/^(?:(?:موقع|بوابة)\s)+/, '')
    .replace(/^لل(?=[\p{L}])/u, 'ال') // «للوطن أونلاين»: لـ + الوطن
    .replace(/^ل(?=[\p{L}])/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name || undefined;
}

/**
 * «blinx | بلينكس», «Alghad TV قناة الغد»: a name printed in two scripts on one line is shown by its
 * Arabic half — split at a pipe, or, with no pipe, only when both halves spell one name (`sameName`:
 * «NRT عربية» is one name, a brand and a language word).
 */
export function arabicHalf(text: string, sameName?: (latin: string, arabic: string) => boolean): string {
  const arabic = (x: string) => /[\u0600-\u06FF]/u.test(x);
  const piped = /^(.+?)\s+[|｜]\s+(.+)$/u.exec(text.trim());
  if (piped) return arabic(piped[1]) !== arabic(piped[2]) ? (arabic(piped[1]) ? piped[1] : piped[2]).trim() : text;
  const latinFirst = /^([A-Za-z][A-Za-z0-9 .&'-]*?)\s+([\u0600-\u06FF][^A-Za-z]*)$/u.exec(text.trim());
  const arabicFirst = /^([\u0600-\u06FF][^A-Za-z]*?)\s+([A-Za-z][A-Za-z0-9 .&'-]*)$/u.exec(text.trim());
  if (sameName && latinFirst && sameName(latinFirst[1], latinFirst[2])) return latinFirst[2].trim();
  if (sameName && arabicFirst && sameName(arabicFirst[2], arabicFirst[1])) return arabicFirst[1].trim();
  return text;
}

/**
 * Not shaped like a name: a greeting or teaser trailing off («اهلا وسهلا...»), an exclamation or
 * a question, or a line holding a word no name holds (`nameStopWords`: «اقرأوا النشرة في المتصفح»).
 */
export function unlikeAName(text: string, stopWords: ReadonlySet<string>, letterhead: ReadonlySet<string> = new Set(), siteWords: ReadonlySet<string> = new Set(), spelled: readonly string[] = []): boolean {
  const t = text.trim();
  if (/(?:\.{2,}|…|[!؟?])$/u.test(t)) return true;
  const words = t.split(/\s+/);
  // «جمهورية مصر العربية» over «وزارة الخارجية»: a state's name heads a letterhead; the body
  // that issues the text is named under it — unless a site's word closes it («الجمهورية نت»: a
  // web edition, fourteenth round). A language switcher's «کوردی»: letters no Arabic name spells.
  if (words.length >= 2 && letterhead.has(normalizeArabic(words[0])) && !siteWords.has(sourceKey(words[words.length - 1]))) return true;
  if (OTHER_LANGUAGE_LETTERS.test(t)) return true;
  // «عشتار تي في»: a Latin abbreviation spelled in Arabic letters closes the name; its «في» is no function word.
  const normalized = words.map(normalizeArabic);
  const tail = spelled.find((s) => normalized.join(' ').endsWith(` ${s}`));
  return normalized.slice(0, tail ? normalized.length - tail.split(' ').length : undefined).some((w) => stopWords.has(w));
}

// Kurdish and Persian letters Arabic does not write (ک ی ۆ ێ ە ڕ ڵ ھ): a language's own name in a switcher.
const OTHER_LANGUAGE_LETTERS = /[\u06A9\u06CC\u06C6\u06CE\u06D5\u0695\u06B5\u06BE]/u;

/**
 * The line that names the site at the top: the first line, or — under a Latin-only brand
 * («Alsumaria», «Libya Observer») — the Arabic line after it; short (≤ 4 words), not a bullet.
 * A first line not shaped like a name (`unlikeAName`) gives way to the line after it; under a
 * Latin brand, an Arabic line that spells it (`sameName`) is the name, past a second Latin line.
 */
export function siteNameLine<L extends { kind: string; words: number; bullet?: boolean; text: string }>(
  lines: readonly L[], stopWords: ReadonlySet<string> = new Set(), sameName?: (latin: string, arabic: string) => boolean, letterhead: ReadonlySet<string> = new Set(), siteWords: ReadonlySet<string> = new Set(),
  abbreviations: readonly string[] = [],
): L | undefined {
  // A date bar or the page's URL printed above the masthead («الجمعة 26 ديسمبر 2025 …» over
  // «النصر»; a print view's «https://…» over «Medi1 News» / «ميدي1») names no one: the masthead is under it.
  // A time alone («10:12 م») is no name either: a name has a word.
  const top = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'date' && /\p{L}{2}/u.test(l.text) && !/^(?:https?:\/\/|www\.)\S+$/iu.test(l.text.trim())).slice(0, 3);
  // «سوريا على طول» over «Syria Direct»: a short first line over its brand in Latin letters is a
  // bilingual masthead — a name, whatever function word it holds (fourteenth round, second half).
  const overLatinBrand = top[0]?.words <= 4 && top[1]?.kind === 'latin' && top[1].words >= 2 && top[1].words <= 3 && !/[.!؟?…:]$/u.test(top[0].text.trim());
  if (top[0] && top[0].kind !== 'latin' && !overLatinBrand && unlikeAName(top[0].text, stopWords, letterhead, siteWords, abbreviations)) top.shift();
  // «Sham FM» / «FM 92.3» / «شام إف إم»: under a Latin brand, the Arabic line that spells it.
  const spelled = top[0]?.kind === 'latin' && sameName
    ? top.slice(1).find((l) => (l.kind === 'short' || l.kind === 'heading') && l.words <= 4 && !OTHER_LANGUAGE_LETTERS.test(l.text) && sameName(top[0].text, l.text))
    : undefined;
  if (spelled) return spelled;
  const line = top[0]?.kind === 'latin' ? top[1] : top[0];
  // An emoji label («🔴 عاجل») marks a post, it names no one.
  const text = (line as { text?: string } | undefined)?.text ?? '';
  // A longer official name closed by its short name («وكالة الأنباء القرآنية الدولية (إكنا)») is a masthead too.
  const short = line && (line.words <= 4 || (line.words <= 7 && /\([^()]{2,20}\)\s*$/u.test(text)));
  return line && (line.kind === 'short' || line.kind === 'heading') && short && !line.bullet && !PICTOGRAPH.test(text) && !OTHER_LANGUAGE_LETTERS.test(text) ? line : undefined;
}

type PageLine = { text: string; index: number; kind: string; words: number };

/**
 * A masthead «NAME (SHORT)» («وكالة الأنباء الصومالية (صونا)»): the official name closed by the
 * short name datelines print. The name must be known, and the short name, when known, the same source's.
 */
export function lookupNameAndShort(text: string, lookup: NameLookup): NamedSource | undefined {
  const m = /^(.{2,60}?)\s*\(([^()]{2,20})\)\s*$/u.exec(text.trim());
  if (!m) return undefined;
  // The name must be known: «… (أ ف ب)» closing a caption or a headline is a wire's tag, not a masthead.
  const name = lookup(m[1]);
  const short = lookup(m[2]);
  return name && name.kind !== 'generic' && (!short || short.id === name.id) ? name : undefined;
}

/** Indexes of the lines that name the site at the top: the first line, and the one after a Latin-only first line. */
export function brandLines(lines: readonly PageLine[]): Set<number> {
  const top = lines.filter((l) => l.kind !== 'blank').slice(0, 2);
  return new Set(top[0]?.kind === 'latin' ? top.map((l) => l.index) : top.slice(0, 1).map((l) => l.index));
}

/**
 * A short line inside a run of menu items («وطنية / عالمية / اقتصاد»): a word there is a menu
 * entry even when it is also a name's abbreviation (NNA's «وطنية»). The brand lines are not.
 */
export function inMenuRun(lines: readonly PageLine[], at: number, lookup: NameLookup): boolean {
  const l = lines[at];
  // A Latin name among Arabic menu items («DW») is the brand, not a menu entry.
  if (!l || l.words > 2 || l.kind === 'latin' || brandLines(lines).has(l.index)) return false;
  const near = (step: number) => {
    for (let i = at + step; i >= 0 && i < lines.length; i += step) if (lines[i].kind !== 'blank') return lines[i];
    return undefined;
  };
  return [near(-1), near(1)].some((n) => n && n.words <= 2 && ['short', 'menu', 'boilerplate'].includes(n.kind) && !lookup(n.text));
}

/** The site as named at the top (first lines, skip links aside) or the © footer, or a known domain. */
export function siteSignals(lines: PageLine[], lookup: NameLookup, sources: readonly Source[], publisherWords: ReadonlySet<string> = new Set(), sectionLabels: ReadonlySet<string> = new Set(), institutionWords: ReadonlySet<string> = new Set()): Signal[] {
  const out: Signal[] = [];
  const top = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'boilerplate').slice(0, 3);
  for (const l of top) {
    if (inMenuRun(lines, lines.indexOf(l), lookup)) continue;
    // «Tuniscope» / «tuniscope.com» / «وطنية»: a section label under the page's first line is the
    // section's, even when a wire's short name spells it (NNA's «وطنية»).
    if (l !== top[0] && sectionLabels.has(lexKey(l.text))) continue;
    const found = lookup(l.text) ?? lookupNameAndShort(l.text, lookup);
    // A Latin brand («Al-sharq») names one outlet where a short Arabic name («الشرق») may be
    // shared by several: it counts a little more.
    if (found && found.kind !== 'generic') out.push(signal(found, l.kind === 'latin' ? 'Latin site name at the top' : 'site name at the top', l.index + 1, l.kind === 'latin' ? 0.82 : 0.8, 'outlet'));
  }
  for (const l of lines) {
    const name = copyrightName(l.text);
    const found = name ? lookup(name) : undefined;
    if (found && found.kind !== 'generic') out.push(signal(found, '© line', l.index + 1, 0.75, 'outlet'));
    // «© 2025 جميع الحقوق محفوظة لموقع نبض الشرق»: a site not in sources.yaml names itself too.
    // An institution's name runs longer: up to seven words when its first word says so (sixteenth round).
    else if (name && !found && l.words <= 12 && /^[\p{Script=Arabic}\s]+$/u.test(name) && name.split(/\s+/).length <= (institutionWords.has(sourceKey(name.split(/\s+/)[0])) ? 7 : 4)) {
      // «© المؤسسة الصحفية الأردنية»: a publishing house owns the site; the masthead names it.
      const publisher = publisherWords.has(sourceKey(name.split(/\s+/)[0]));
      out.push({ field: 'outlet', value: name, confidence: publisher ? 0.4 : 0.6, rule: publisher ? '© line (a publishing house)' : '© line (name not in sources.yaml)', line: l.index + 1 });
    }
    // «للتواصل: news@alwatan.com.sa»: an e-mail address on the site's own domain.
    const mail = l.text.includes('@') ? /[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})/i.exec(l.text)?.[1] : undefined;
    const mailed = mail ? sourceForUrl(mail, sources) : undefined;
    if (mailed) out.push({ field: 'outlet', value: mailed.name, id: mailed.id, confidence: 0.7, rule: 'domain of an e-mail address on the page', line: l.index + 1 });
    if (isUrl(l.text)) {
      const host = /^(?:https?:\/\/)?([^/\s]+)/i.exec(l.text)?.[1] ?? '';
      const src = HOSTS.test(host) ? undefined : sourceForUrl(l.text, sources);
      if (src) out.push({ field: 'outlet', value: src.name, id: src.id, confidence: 0.75, rule: 'domain of a URL on the page', line: l.index + 1 });
    }
  }
  return out;
}

/**
 * Picks the value of one field: the most confident signal, agreement between signals raising
 * the confidence; the runner-up is the best signal naming something else.
 */
export function pickSignal(field: Signal['field'], signals: Signal[]): { chosen?: Signal; runnerUp?: Signal; confidence: number } {
  const mine = signals.filter((s) => s.field === field);
  if (!mine.length) return { confidence: 0 };
  // Unknown names agree by their key: «موقع 24» and «24» name one site.
  const same = (a: Signal, b: Signal) => (a.id && b.id ? a.id === b.id : a.id || b.id ? false : sourceKey(a.value) === sourceKey(b.value));
  // Equal confidence: the signal proposed first wins (callers add signals in their order of trust).
  const ranked = [...mine].sort((a, b) => b.confidence - a.confidence);
  const chosen = ranked[0];
  const agreeing = mine.filter((s) => s !== chosen && same(s, chosen)).length;
  const runnerUp = ranked.find((s) => !same(s, chosen));
  let confidence = Math.min(0.99, chosen.confidence + 0.05 * agreeing);
  // A close rival from another line is a real doubt; a second name in the same credit
  // («(أ ف ب، رويترز)») is not: the first one listed is the main source.
  if (runnerUp && runnerUp.confidence >= chosen.confidence - 0.05 && runnerUp.line !== chosen.line) confidence -= 0.2;
  return { chosen, runnerUp, confidence: Math.round(confidence * 100) / 100 };
}

export type { FieldEvidence };

/**
 * «السومرية نيوز – دوليات», «العالم - أوروبا»: a line of its own between the headline and the
 * story, NAME SEPARATOR SECTION (one or two words), credits the outlet — an aggregator's
 * credit to the original, or the site's own name over its section. A place («عواصم - …»), a
 * label («كتب - …») or a date word opening the line is a dateline or a byline, not a name.
 */
export function creditLineAbove(lines: readonly PageLine[], start: number, titleIndex: number | undefined, lex: Lexicon): Signal[] {
  if (titleIndex === undefined) return [];
  const out: Signal[] = [];
  for (const l of lines.slice(titleIndex + 1, start)) {
    if ((l.kind !== 'heading' && l.kind !== 'short') || l.words > 6) continue;
    const m = /^([\p{L}\p{M}0-9 ]{2,40}?)\s*[-–—ـ/]\s*([\p{L}\p{M} ]{2,30})$/u.exec(l.text.trim());
    if (!m) continue;
    const name = m[1].trim();
    const first = lexKey(name.split(/\s+/)[0]);
    // «متابعة - دجلة»: a credit word first, then the name (the channel's short name).
    const after = m[2].trim();
    if (lex.names(name)?.kind === 'generic' && after.split(/\s+/).length <= 2 && !lex.places.has(lexKey(after)) && !lex.names(after) && !lex.exact.has(lexKey(after))) {
      out.push({ field: 'outlet', value: after, confidence: 0.72, rule: 'credit line above the story (credit word – name)', line: l.index + 1 });
      continue;
    }
    if (name.split(/\s+/).length > 3 || m[2].trim().split(/\s+/).length > 2) continue;
    if (lex.places.has(lexKey(name)) || lex.bylines.has(first) || lex.dates.lineWords.has(first) || lex.exact.has(lexKey(name)) || lex.names(name)) continue;
    out.push({ field: 'outlet', value: name, confidence: 0.72, rule: 'credit line above the story (name – section)', line: l.index + 1 });
  }
  return out;
}

/**
 * «رام الله الإخباري», «الأنوار» alone on the first line under the headline, before the story: a
 * masthead set below the headline (aside11 u476). One to three words of a name's shape — not a
 * byline (a label or a given name first, `givenNames`), a date, a known place, a UI line, nor a
 * name the lexicon knows (read as what it is elsewhere).
 */
export function nameUnderHeadline(lines: readonly PageLine[], start: number, titleIndex: number | undefined, lex: Lexicon): Signal[] {
  if (titleIndex === undefined) return [];
  const next = lines.slice(titleIndex + 1, start).find((l) => l.kind !== 'blank');
  if (!next || (next.kind !== 'short' && next.kind !== 'heading') || next.words > 3) return [];
  const text = next.text.trim();
  if (/[.!؟?:،,«»"()/|#@]/u.test(text) || !/^[\u0600-\u06FF]/u.test(text)) return [];
  const key = lexKey(text);
  const first = lexKey(text.split(/\s+/)[0]);
  if (lex.bylines.has(first) || lex.givenNames.has(first) || lex.dates.lineWords.has(first) || lex.dates.isMonthName(first)) return [];
  if (lex.places.has(key) || lex.exact.has(key) || lex.names(text) || lex.functionWords.has(first)) return [];
  // A name's shape: one word with the article («الأنوار»), a word and a number («الإمارات 71»), or
  // a name closed by a site's descriptor («رام الله الإخباري»); not a section («عربي ودولي»), a
  // signature («فريق التحرير», «سامح فؤاد») or a prompt («استمع»).
  const words = text.split(/\s+/);
  const named = (words.length === 1 && /^ال[\u0600-\u06FF]{3,}$/u.test(text))
    || (words.length === 2 && /^[0-9٠-٩]+$/u.test(words[1]))
    || (words.length >= 2 && lex.siteDescriptors.has(sourceKey(words[words.length - 1])));
  if (!named) return [];
  return [{ field: 'outlet', value: text, confidence: 0.6, rule: 'site name printed under the headline', line: next.index + 1 }];
}

/**
 * The page's Arabic spelling of a Latin name or domain label anywhere on the page: one to three
 * Arabic words of a short line that spell it (`sameName`), longest first — «نون بوست» in
 * «تابعوا نون بوست على تلغرام» for «noonpost.com», «سويس إنفو» in a footer «سويس إنفو - وحدة من …»
 * for «swissinfo.ch». An unmapped domain is shown as the page spells it, not as the domain.
 */
export function spellingOnPage(label: string, lines: readonly PageLine[], sameName: (latin: string, arabic: string) => boolean): { text: string; index: number } | undefined {
  if (label.replace(/[^a-z]/gi, '').length < 4) return undefined;
  for (let n = 3; n >= 1; n--) {
    for (const l of lines) {
      if (l.kind === 'body' || l.kind === 'blank' || l.words > 12) continue;
      const words = l.text.split(/[\s|:\-–—]+/).filter((w) => /^[\p{Script=Arabic}0-9]+$/u.test(w));
      for (let i = 0; i + n <= words.length; i++) {
        const gram = words.slice(i, i + n).join(' ');
        if (sameName(label, gram)) return { text: gram, index: l.index };
      }
    }
  }
  return undefined;
}

/**
 * A Latin-only brand on the first line («le360», «SWI swissinfo.ch»): the domain it holds (an
 * unmapped domain shows as the domain), or the brand itself when the page prints it again
 * (a byline «بقلم: Le360 …», a footer).
 */
export function latinBrand(lines: readonly PageLine[], titleIndex: number | undefined, sources: readonly Source[], sameName?: (latin: string, arabic: string) => boolean): Signal[] {
  const first = lines.find((l) => l.kind !== 'blank');
  if (!first || first.kind !== 'latin' || first.words > 3 || first.index === titleIndex) return [];
  const line = first.index + 1;
  // «KBS WORLD Radio» over «العربية»: the brand of the Arabic service printed under it.
  const service = lines.find((l) => l.index > first.index && l.kind !== 'blank') as (PageLine & { languageLabel?: boolean }) | undefined;
  if (service?.languageLabel) return [{ field: 'outlet', value: first.text.trim(), confidence: 0.65, rule: 'Latin brand over the name of its Arabic service', line }];
  const domain = /(?:^|\s)((?:[a-z0-9-]+\.)+[a-z]{2,})(?=\s|$)/i.exec(first.text)?.[1]?.toLowerCase();
  if (domain) {
    const src = sourceForUrl(domain, sources);
    // «sewt.info» over «صوت»: the domain says where the site is, the Arabic name under it who it is.
    const under = service as PageLine | undefined;
    if (!src && first.words === 1 && under && under.kind === 'short' && under.index !== titleIndex) {
      return [{ field: 'outlet', value: under.text.trim(), confidence: 0.6, rule: 'Arabic name under the site\'s domain', line: under.index + 1 }];
    }
    const spelled = src ? undefined : spellingOnPage(domain.split('.')[0], lines, sameName ?? (() => false));
    if (spelled) return [{ field: 'outlet', value: spelled.text, confidence: 0.62, rule: 'the page\'s Arabic spelling of the domain in the Latin brand', line: spelled.index + 1 }];
    return [{ field: 'outlet', value: src?.name ?? domain, ...(src ? { id: src.id } : {}), confidence: 0.6, rule: 'domain in the Latin brand at the top', line }];
  }
  const brand = first.text.trim().toLowerCase();
  const again = lines.some((l) => l.index !== first.index && new RegExp(`(?:^|[^a-z0-9])${brand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z0-9])`).test(l.text.toLowerCase()));
  // The site's domain printed on the page, its first label the brand's first word («MTV
  // Lebanon» over «mtv.com.lb»), is the brand printed again.
  // «Business News» over «businessnews.com.tn»: the whole brand, its spaces dropped, is the label too.
  const head = brand.split(/\s+/)[0];
  const glued = brand.replace(/[\s.-]+/g, '');
  const ownDomain = head.length >= 2 && lines.slice(0, 12).some((l) => {
    if (l.index === first.index || !isUrl(l.text)) return false;
    const label = (/^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\./i.exec(l.text.trim())?.[1] ?? '').toLowerCase();
    return label === head || label.replace(/-/g, '') === glued;
  });
  if (ownDomain && !again) return [{ field: 'outlet', value: first.text.trim(), confidence: 0.6, rule: 'Latin brand at the top, its domain on the page', line }];
  // «NHK WORLD-JAPAN» over «Copyright NHK (…)»: the brand's first word owns the © line.
  const headWord = new RegExp(`(?:^|[^a-z0-9])${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z0-9])`);
  const owned = !again && head.length >= 3 && lines.some((l) => l.index !== first.index && /©|copyright/i.test(l.text) && headWord.test(l.text.toLowerCase()));
  if (owned) return [{ field: 'outlet', value: first.text.trim(), confidence: 0.6, rule: 'Latin brand at the top, named in the © line', line }];
  return again ? [{ field: 'outlet', value: first.text.trim(), confidence: 0.6, rule: 'Latin brand at the top, printed again on the page', line }] : [];
}

/**
 * Credits printed after the story (AMP copies, apps and print pages put the metadata at the
 * end): «24 - أبوظبي» (NAME – PLACE, or PLACE – NAME, the place one the places data knows) and
 * a site's name behind its prefix «موقع 24» on a line of its own. Only the few lines right after
 * the story are read; a byline label, a date word or a known place is never the name.
 */
export function creditLinesAfter(lines: readonly PageLine[], end: number | undefined, lex: Lexicon): Signal[] {
  if (end === undefined) return [];
  const out: Signal[] = [];
  const near = lines.slice(end).filter((l) => l.kind !== 'blank').slice(0, 6);
  for (const l of near) {
    if (l.kind === 'body' || l.kind === 'marker' || l.words > 5) continue;
    const text = l.text.trim();
    const m = /^([\p{L}\p{M}0-9 .]{2,30}?)\s+[-–—ـ|]\s+([\p{L}\p{M} ]{2,30})$/u.exec(text);
    if (m) {
      const [a, b] = [m[1].trim(), m[2].trim()];
      const isPlace = (x: string) => lex.places.has(lexKey(x));
      const name = isPlace(b) && !isPlace(a) ? a : isPlace(a) && !isPlace(b) ? b : undefined;
      const first = name ? lexKey(name.split(/\s+/)[0]) : '';
      if (name && name.split(/\s+/).length <= 3 && !lex.bylines.has(first) && !lex.dates.lineWords.has(first) && lex.names(name)?.kind !== 'generic') {
        const found = lex.names(name);
        out.push({ field: 'outlet', value: found?.name ?? name, ...(found?.id ? { id: found.id } : {}), confidence: 0.65, rule: 'credit line after the story (name – place)', line: l.index + 1 });
      }
      continue;
    }
    // «وكالة شهاب للأنباء» under a forwarded post: an agency naming itself signs the text.
    if (AGENCY_SELF.test(text) && l.words <= 5 && !lex.names(text)) {
      out.push({ field: 'outlet', value: text, confidence: 0.6, rule: 'agency naming itself after the story', line: l.index + 1 });
      continue;
    }
    const key = sourceKey(text);
    const bare = withoutPrefix(key, lex.sitePrefixes);
    // «صحيفة التغيير»: sourceKey already drops «صحيفة»; the printed prefix still marks a name.
    const prefixed = l.words >= 2 && lex.sourceAffixes.before.has(matchKey(text).split(' ')[0]);
    if ((bare !== key || prefixed) && l.words <= 3 && !lex.exact.has(lexKey(text))) {
      const found = lex.names(text);
      out.push({ field: 'outlet', value: found?.name ?? text, ...(found?.id ? { id: found.id } : {}), confidence: 0.6, rule: 'site name after the story («موقع …»)', line: l.index + 1 });
    }
  }
  return out;
}
