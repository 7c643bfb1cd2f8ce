// The site's name as the page prints it at the top and in its © line: the line that names the
// site (its shape: not a greeting, a question or a language switcher), a name in two scripts,
// a masthead «NAME (SHORT)», the brand lines and the menu runs a name in them is no signal from.
// Split from credits.ts (session 19) by concern; the signals built on it stay there.
import { isTemperature, isWidgetRow, widgetHead } from './widget-block';
import type { NamedSource, NameLookup } from './names';
import { sourceKey } from '../data/keys';
import { normalizeArabic } from '../arabic/normalize';
import { requiredWord } from './literal-gate';

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** A rights line's words (content/boilerplate.yaml `rightsPhrases`): one to find, all to strip. */
export interface RightsPhrases {
  holds: RegExp;
  strip: RegExp;
  /**
   * A test every line `holds` matches passes, far cheaper, so it is tried first (ingest asks every
   * distinct line): the line holds a phrase's required Arabic word (literal-gate.ts), or one of the
   * phrases that have none (the Latin ones, «©») — not the lookbehind at every position.
   */
  mentions: { test(text: string): boolean };
}

/** Does the text hold a rights phrase (`rights.holds`), the cheap necessary test first. */
export function holdsRights(text: string, rights: RightsPhrases): boolean {
  return rights.mentions.test(text) && rights.holds.test(text);
}

/** A phrase as a pattern: literal text, spaces loose. */
const escapeLoose = (p: string) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Compiles `rightsPhrases` (literal text, longest first, spaces loose): no data becomes code. */
export function compileRights(phrases: readonly string[]): RightsPhrases {
  const alt = [...phrases].sort((a, b) => b.length - a.length).map(escapeLoose).join('|');
  // An empty list holds nothing (a pattern that never matches).
  // A phrase starts a word: «المحفوظة» (a reader's «saved items» tab) holds «محفوظة» but is no
  // rights line (twenty-second round, second wave).
  const body = alt ? `(?<![\\p{L}\\p{M}])(?:${alt})` : '(?!)';
  const words: string[] = [];
  const ungated: string[] = [];
  for (const p of phrases) {
    const word = requiredWord([p]);
    if (!word) ungated.push(escapeLoose(p));
    else if (!words.includes(word)) words.push(word);
  }
  const others = new RegExp(ungated.join('|') || '(?!)', 'iu');
  const mentions = { test: (text: string) => words.some((w) => text.includes(w)) || others.test(text) };
  return { holds: new RegExp(body, 'iu'), strip: new RegExp(`(?:${body})\\.?`, 'giu'), mentions };
}

// A page's every line is asked for its © name by four readers (page names, site signals, the frame's
// Latin © line, the masthead's © form): the answer is kept per line text (null: none), so the
// rights pattern — a lookbehind at every position of every prose line — runs once per line.
const copyrightNames = new WeakMap<RightsPhrases, Map<string, string | null>>();
const KEPT_COPYRIGHT_NAMES = 20_000;

/**
 * «جميع الحقوق محفوظة لموقع مصراوي ©2025» → «مصراوي» (the name the © line holds), if any. Only a
 * rights phrase (`rights`) makes a rights line: «حقوق» alone is a story's word («حقوق الإنسان»).
 */
export function copyrightName(text: string, rights: RightsPhrases): string | undefined {
  let known = copyrightNames.get(rights);
  if (!known) copyrightNames.set(rights, known = new Map());
  const hit = known.get(text);
  if (hit !== undefined) return hit ?? undefined;
  if (known.size >= KEPT_COPYRIGHT_NAMES) known.clear();
  const name = readCopyrightName(text, rights);
  known.set(text, name ?? null);
  return name;
}

function readCopyrightName(text: string, rights: RightsPhrases): string | undefined {
  if (!holdsRights(text, rights)) return undefined;
  const bare = text
    .replace(rights.strip, ' ')
    .replace(/[0-9٠-٩]{4}(?:\s*[-–]\s*[0-9٠-٩]{4})?/g, ' ');
  // «© 2026 تليكسبريس - جميع الحقوق محفوظة»: a spaced dash sets the name off from the rest of
  // the line; the name is the first part with a word left in it.
  // «كل الحقوق محفوظة لدى هنا عدن» (Yemeni, Gulf): «لدى» is the «لـ» of the rights phrase (nineteenth round, part O).
  const parts = bare.replace(/(^|\s)لدى(?=\s)/u, ' ').split(/(?:^|\s)[-–—ـ]+(?=\s|$)/u);
  const name = (parts.find((part) => /\p{L}{2,}/u.test(part.replace(/(^|\s)(?:لـ|ل)(?=\s)/g, ' '))) ?? '')
    .replace(/(^|\s)(?:لـ|ل)(?=\s)/g, ' ')
    .replace(/[.|,،]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // The «لـ» of «محفوظة لـ…» is glued to the name's first word only: «للأنباء» at its end stays.
    .replace(/^ل(?=(?:موقع|وكالة|مؤسسة|صحيفة|جريدة|قناة|شبكة)\s)/, '')
    .replace(/^(?:(?:موقع|بوابة)\s)+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // The «لـ» belongs to «محفوظة لـ…» / «حقوق … لـ…»: with no such phrase the «ل» is the name's own
  // («© 2026 ليبيا ريفيو»).
  const glued = /(?:محفوظ[ةه]?|حقوق(?:\s+\S+)?)\s*(?:©\s*)?(?:[0-9٠-٩]{4}\s*)?ل/u.test(text);
  const own = glued ? name.replace(/^لل(?=[\p{L}])/u, 'ال').replace(/^ل(?=[\p{L}])/u, '') : name; // «للوطن أونلاين»: لـ + الوطن
  // A name is never a bare article or a letter: whatever a phrase's stripping left, «ال» names nothing.
  return own && /\p{L}{2}/u.test(own.replace(/^(?:ال|لل)(?=\s|$)/u, '')) ? own : undefined;
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
  // «راسلونا: editor@site.so» over the masthead: a contact line holds an address, never a name (twenty-fourth round, second wave).
  if (t.includes('@') && EMAIL.test(t)) return true;
  const words = t.split(/\s+/);
  // «جمهورية مصر العربية» over «وزارة الخارجية»: a state's name heads a letterhead; the body
  // that issues the text is named under it — unless a site's word closes it («الجمهورية نت»: a
  // web edition, fourteenth round). A language switcher's «کوردی»: letters no Arabic name spells.
  if (words.length >= 2 && letterhead.has(normalizeArabic(words[0])) && !siteWords.has(sourceKey(words[words.length - 1]))) return true;
  if (OTHER_LANGUAGE_LETTERS.test(t)) return true;
  // «عشتار تي في»: a Latin abbreviation spelled in Arabic letters closes the name; its «في» is no function word.
  const normalized = words.map(normalizeArabic);
  const tail = spelled.find((s) => normalized.join(' ').endsWith(` ${s}`));
  // «علي صبيح نيوز»: a short line closed by a site's word («نيوز», «نت») is shaped as a name; its «علي» (a given
  // name, «على» once normalised) is no function word (thirtieth round, merged).
  if (words.length <= 4 && siteWords.has(sourceKey(words[words.length - 1]))) return false;
  return normalized.slice(0, tail ? normalized.length - tail.split(' ').length : undefined).some((w) => stopWords.has(w));
}

/** An e-mail address anywhere in a line. */
export const EMAIL = /[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+\.[\p{L}.]{2,}/u;

// A phone number (seven digits or more, spaced or dashed) or an e-mail address.
/** Lines of the page's head siteNameLine may read: 3 skipped + 1 shifted + 3 kept, and one more for its length tests. */
const SHOWN_LINES_READ = 8;
const MAX_WIDGET_ROWS = 24;
const CONTACT = /(?:^|[^\d])\+?\d(?:[\d\s-]{5,}\d)(?![\d])|[\w.+-]+@[\w-]+\.[a-z]{2,}/iu;
// What CONTACT needs (a digit or «@»), found by one scan instead of its pattern at every position.
const CONTACT_HINT = /[0-9@]/;

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
  abbreviations: readonly string[] = [], isTicker: (text: string) => boolean = () => false, isSponsorLine: (text: string) => boolean = () => false,
  noName: (text: string) => boolean = () => false,
): L | undefined {
  // A date bar or the page's URL printed above the masthead («الجمعة 26 ديسمبر 2025 …» over
  // «النصر»; a print view's «https://…» over «Medi1 News» / «ميدي1») names no one: the masthead is under it.
  // A time alone («10:12 م») is no name either: a name has a word.
  // A contact line («هاتف: 0770…», «واتساب التحرير: 0100…», «للتواصل: name@mail.com») names no
  // one: a phone number or an e-mail address is no part of a name (twenty-eighth round's merge).
  // Only the head is read below (up to three skipped, one shifted, three kept): the first SHOWN_LINES_READ
  // such lines decide, so the page's other lines are not tested (three callers a page, every line each).
  // A widget's rows do not count towards them: a weather and a currency bar run past eight lines; a temperature alone
  // («10 C») is its town's cell, and the town under it («تونس») names no site unless a short line prints it again, as a
  // masthead is in its © line — the story may name the town (forty-sixth round).
  const shown: L[] = [];
  let widgetRows = 0;
  let townCell = false;
  for (const l of lines) {
    if (l.kind === 'blank') continue;
    const cellTown = townCell && l.words <= 2 && !/[0-9٠-٩]/u.test(l.text) && !lines.some((o) => o !== l && o.words <= 8 && o.text.includes(l.text.trim()));
    townCell = shown.length === widgetRows && isTemperature(l.text);
    if (cellTown) continue;
    if (l.kind !== 'date' && /\p{L}{2}/u.test(l.text) && !/^(?:https?:\/\/|www\.)\S+$/iu.test(l.text.trim()) && !(CONTACT_HINT.test(l.text) && CONTACT.test(l.text))) {
      if (isWidgetRow(l.text) && shown.length <= widgetRows + 1 && widgetRows < MAX_WIDGET_ROWS) widgetRows++;
      if (shown.push(l) >= SHOWN_LINES_READ + widgetRows) break;
    }
  }
  // A counter, a menu button, a weekday's date or a network's line over the masthead names no one (outlet-shape.ts,
  // thirty-third round): only the head is asked, a few lines a page.
  // The masthead under them has a name's length: a one-word line there is as often the menu's first entry.
  // A widget's table over the masthead (widget-block.ts): its heading and rows name no one.
  const widget = widgetHead(shown, (t) => lines.some((l) => l !== shown[0] && l.text.includes(t)));
  if (widget) shown.splice(0, widget);
  let skipped = 0;
  while (skipped < shown.length - 1 && skipped < 3 && noName(shown[skipped].text)) skipped++;
  if (skipped && shown[skipped].words >= 2) shown.splice(0, skipped);
  // A ticker's label above the masthead (`tickerLabels`: «عاجل» over «الجماهير») names no one either
  // (twenty-first round, part O).
  if (shown.length > 2 && isTicker(shown[0].text) && (shown[1].kind === 'short' || shown[1].kind === 'heading')) shown.shift();
  // A partner's or sponsor's line above the masthead («شريك إعلامي: مهرجان …» over «ورزازات أونلاين»):
  // a labelled interface line of three words or more names no masthead (twenty-fourth round, second wave).
  // A sponsor's label without its colon («بالتعاون مع إذاعة الوصال», `sponsorLabels`) too (twenty-ninth round).
  else if (shown.length > 2 && shown[0].words >= 3 && ((shown[0].kind === 'boilerplate' && /[:：]/u.test(shown[0].text)) || isSponsorLine(shown[0].text)) && shown[1].kind === 'short') shown.shift();
  const top = shown.slice(0, 3);
  // «سوريا على طول» over «Syria Direct»: a short first line over its brand in Latin letters is a
  // bilingual masthead — a name, whatever function word it holds (fourteenth round, second half).
  const overLatinBrand = top[0]?.words <= 4 && top[1]?.kind === 'latin' && top[1].words >= 2 && top[1].words <= 3 && !/[.!؟?…:]$/u.test(top[0].text.trim());
  if (top[0] && !isLatinBrand(top[0], siteWords) && !overLatinBrand && unlikeAName(top[0].text, stopWords, letterhead, siteWords, abbreviations)) top.shift();
  // A brand with an Arabic generic word («NRT عربية») gives way only to a name of two words or more:
  // a one-word line under it is as often a section or a place of the menu («الأخبار», «الجزائر»).
  const latinFirst = !!top[0] && (top[0].kind === 'latin' || (isLatinBrand(top[0], siteWords) && !!top[1] && top[1].kind !== 'latin' && top[1].words >= 2));
  // «Sham FM» / «FM 92.3» / «شام إف إم»: under a Latin brand, the Arabic line that spells it.
  const spelled = latinFirst && sameName
    ? top.slice(1).find((l) => (l.kind === 'short' || l.kind === 'heading') && l.words <= 4 && !OTHER_LANGUAGE_LETTERS.test(l.text) && sameName(top[0].text, l.text))
    : undefined;
  if (spelled) return spelled;
  const line = latinFirst ? top[1] : top[0];
  // An emoji label («🔴 عاجل») marks a post, it names no one.
  const text = (line as { text?: string } | undefined)?.text ?? '';
  // A longer official name closed by its short name («وكالة الأنباء القرآنية الدولية (إكنا)») is a masthead too.
  const short = line && (line.words <= 4 || (line.words <= 7 && /\([^()]{2,20}\)\s*$/u.test(text)));
  return line && (line.kind === 'short' || line.kind === 'heading') && short && !line.bullet && !PICTOGRAPH.test(text) && !OTHER_LANGUAGE_LETTERS.test(text) ? line : undefined;
}

export type PageLine = { text: string; index: number; kind: string; words: number };

/**
 * A Latin brand: a line without Arabic, or a Latin name whose only Arabic words are a site's generic
 * words («AJ+ عربي», «NRT عربية», «MBN عربي»: the brand's Arabic service, eighteenth round). Its
 * Arabic name, when the page prints one, is on the line after it.
 */
export function isLatinBrand(line: { kind: string; text: string }, siteWords: ReadonlySet<string>): boolean {
  if (line.kind === 'latin') return true;
  const words = line.text.trim().split(/\s+/);
  const arabic = words.filter((w) => /\p{Script=Arabic}/u.test(w));
  return /[A-Za-z]{2}/.test(line.text) && arabic.length > 0 && arabic.length < words.length && arabic.every((w) => siteWords.has(sourceKey(w)));
}

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
