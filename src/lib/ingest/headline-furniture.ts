// Furniture a copy glued to the headline's line, before or after it, the line break lost (twenty-ninth
// round): the header's account links («دخول | تسجيل», «تسجيل الدخول», «Login | Register»), a clock time in
// any shape («١٠:٤٥ ص», «PM 04:20», «الساعة 10:45»), a relative time («منذ 3 ساعات», «قبل 5 دقائق»), a
// view count («1,245 مشاهدة», «مشاهدات: 875»), a reading time, a ticker's quote («الدولار 48.55»,
// «الرياض 31°»), share and print buttons («طباعة مشاركة»). Words come from content/boilerplate.yaml
// (`headlineFurniture`, `exactLines`, `readingTimes`, `relativeTimeWords`); only the shapes of numbers
// and clock times are code. This module reads shape only; headline-segments.ts asks the lead's evidence
// (it repeats the rest, not the cut words) before the rest is scored as the headline, and own-site.ts
// never reads the cut words as the site's name.

export interface HeadlineFurnitureWords {
  /** An interface line of its own (`exactLines`: «تسجيل الدخول», «حسابي», «طباعة»). */
  isInterfaceLine: (text: string) => boolean;
  /** Whole-text patterns of a reading time (`readingTimes`). */
  readingTimes: readonly RegExp[];
  /** Lexicon key of a word or a phrase. */
  key: (text: string) => string;
  /** Lexicon keys, each list of `headlineFurniture` and `relativeTimeWords`. */
  relativeWords: ReadonlySet<string>;
  pairedAccountWords: ReadonlySet<string>;
  countWords: ReadonlySet<string>;
  timeUnits: ReadonlySet<string>;
  tickerWords: ReadonlySet<string>;
  meridiems: ReadonlySet<string>;
  clockLabels: ReadonlySet<string>;
  /** A word before a count's word («عدد» in «عدد المشاهدات: 1204»). */
  countLabels: ReadonlySet<string>;
  /** A word before an issue's number («العدد 1184»). */
  issueLabels: ReadonlySet<string>;
  /** A badge's word («للمشتركين», «حصري»): furniture only beside another unit (a lock, a star). */
  badgeWords: ReadonlySet<string>;
  /** A series' label before its part's number («الحلقة 2 من 3»), and the word between the numbers («من», «of»). */
  seriesLabels: ReadonlySet<string>;
  seriesOf: ReadonlySet<string>;
  /** A pager's link («السابق», «التالي»): furniture only beside another unit (an arrow, the other link). */
  pagerWords: ReadonlySet<string>;
  /** A page's update mark («محدّث», «Updated»): cut in brackets closing the headline (headline-sides.ts). */
  updateMarks?: ReadonlySet<string>;
  /** A first or a superlative a «منذ» span completes (`sinceComplements`): the span after it is the headline's own. */
  sinceComplements?: ReadonlySet<string>;
  /** Lexicon keys of section labels («دوليات»): furniture only when a separator follows them. */
  sectionLabels: ReadonlySet<string>;
  /** Every word of the lists above, of `exactLines` and of `readingTimes`: a run opens on none of the others. */
  edgeWords: ReadonlySet<string>;
}

export interface FurnitureCut {
  /** The furniture, as printed. */
  cut: string;
  /** The line less the furniture and the separators beside it. */
  rest: string;
  /** The furniture stood after the rest, not before it. */
  after: boolean;
  /** What the cut words are («account words», «clock time», …), in reading order. */
  kinds: string[];
}

// «::» joins furniture to a headline too (a series label «الحلقة 2 من 3 ::»).
const SEPARATOR = /^(?:[|｜•·\-–—/]+|[:：]{2,})$/u;
const CLOCK = /^[0-9٠-٩]{1,2}[:：][0-9٠-٩]{2}$/u;
const NUMBER = /^[0-9٠-٩][0-9٠-٩.,٫٬]*[%٪]?$/u;
const DEGREES = /^[+\-−]?[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)?\s*°[CFسم]?$/u;
/** A token of symbols only («★★★★☆», «◆», «📷», «🔒»): no letter, no digit. */
const SYMBOLS = /^[\p{So}\p{Sm}\p{Sk}\u200d\ufe0f●■▪►◆]+$/u;
/** A bracketed Latin language or edition tag («[AR]», «[EN]»). */
const LATIN_TAG = /^\[[A-Za-z]{2,5}\]$/u;
/** A parenthesized part («(4.1)», «(23 تعليقا)»). */
const PARENTHESIZED = /^\((.+)\)$/u;
/** A unit of furniture is at most this many tokens («وقت القراءة: 3 دقائق»). */
const MAX_UNIT_TOKENS = 4;
/** The rest must keep as many words as a headline printed alone. */
const MIN_REST_WORDS = 3;

interface Unit { tokens: number; kind: string; paired?: boolean }

/** The key of a token less the colon or comma closing it. */
const tokenKey = (t: string, w: HeadlineFurnitureWords) => w.key(t.replace(/[:：،,]+$/u, ''));
/** A token a unit may open (or close) with: a digit, a mark, a degree, or a word of the lexicon's lists. */
const EDGE_MARK = /[0-9٠-٩°|｜•·\-–—/()[\]\p{So}\p{Sm}]/u;

/** The unit of furniture `seg` (tokens in reading order; `k` their keys) is whole, else undefined. */
function unitOf(seg: readonly string[], k: readonly string[], w: HeadlineFurnitureWords): Unit | undefined {
  const n = seg.length;
  const text = seg.join(' ');
  // «10:45», «10:45 ص», «PM 04:20», «الساعة 10:45»: one clock time and its words.
  const clockAt = seg.findIndex((t) => CLOCK.test(t));
  if (clockAt >= 0 && seg.every((t, i) => i === clockAt || w.meridiems.has(k[i]) || (i === 0 && w.clockLabels.has(k[i])))) {
    if (seg.filter((t) => CLOCK.test(t)).length === 1) return { tokens: n, kind: 'clock time' };
  }
  // «منذ 3 ساعات», «قبل 5 دقائق», «منذ ساعتين».
  if (w.relativeWords.has(k[0]) && ((n === 3 && NUMBER.test(seg[1]) && w.timeUnits.has(k[2])) || (n === 2 && w.timeUnits.has(k[1])))) return { tokens: n, kind: 'relative time' };
  // «1,245 مشاهدة», «مشاهدات: 875».
  if (n === 2 && ((NUMBER.test(seg[0]) && w.countWords.has(k[1])) || (w.countWords.has(k[0]) && NUMBER.test(seg[1])))) return { tokens: n, kind: 'view count' };
  // «عدد المشاهدات: 1204»: the count's label before its word.
  if (n === 3 && w.countLabels.has(k[0]) && w.countWords.has(k[1]) && NUMBER.test(seg[2])) return { tokens: n, kind: 'view count' };
  // «(4.1)» beside the stars of a rating, «(23 تعليقا)»: a count in parentheses (a bare number needs a neighbour unit).
  const inner = PARENTHESIZED.exec(text);
  if (inner) {
    const parts = inner[1].trim().split(/\s+/);
    if (parts.length === 1 && NUMBER.test(parts[0])) return { tokens: n, kind: 'count', paired: true };
    if (parts.length === 2 && unitOf(parts, parts.map((t) => tokenKey(t, w)), w)?.kind === 'view count') return { tokens: n, kind: 'view count' };
    return undefined;
  }
  // «العدد 1184»: an issue's number.
  if (n === 2 && w.issueLabels.has(k[0]) && NUMBER.test(seg[1])) return { tokens: n, kind: 'issue number' };
  // «الحلقة 2 من 3»: a series' part and its count (a bare «الحلقة 2» may open a headline's own sentence).
  if (n === 4 && w.seriesLabels.has(k[0]) && NUMBER.test(seg[1]) && w.seriesOf.has(k[2]) && NUMBER.test(seg[3])) return { tokens: n, kind: 'series part' };
  // «❤ 214», «👁 1,204», «💬 12»: a counter's icon and its number.
  if (n === 2 && SYMBOLS.test(seg[0]) && NUMBER.test(seg[1])) return { tokens: n, kind: 'icon count' };
  // «★★★★☆», «📷», «🔒»: symbols only; furniture beside another unit.
  if (n === 1 && SYMBOLS.test(seg[0])) return { tokens: 1, kind: 'symbols', paired: true };
  if (n === 1 && LATIN_TAG.test(seg[0])) return { tokens: 1, kind: 'language tag' };
  // «حصري», «✓ تم التحقق»: a badge's word or phrase; furniture beside another unit.
  if (n <= 3 && w.badgeWords.has(n === 1 ? k[0] : w.key(text))) return { tokens: n, kind: 'badge', paired: true };
  if (n <= 2 && w.pagerWords.has(n === 1 ? k[0] : w.key(text))) return { tokens: n, kind: 'pager link', paired: true };
  // «الدولار 48.55», «الرياض 31°»: a quote by a ticker's name, or a temperature by a place.
  if (n === 2 && ((w.tickerWords.has(k[0]) && NUMBER.test(seg[1])) || (/^\p{L}+$/u.test(seg[0]) && DEGREES.test(seg[1])))) return { tokens: n, kind: 'ticker' };
  if (n >= 2 && w.readingTimes.some((re) => re.test(text))) return { tokens: n, kind: 'reading time' };
  if (n <= 3 && w.isInterfaceLine(text)) return { tokens: n, kind: 'interface words' };
  if (n === 1 && w.pairedAccountWords.has(k[0])) return { tokens: 1, kind: 'account words', paired: true };
  return undefined;
}

/** How many tokens from one end of the line are furniture (separators between and beside them included). */
function furnitureRun(tokens: readonly string[], after: boolean, w: HeadlineFurnitureWords): { n: number; units: Unit[] } {
  const units: Unit[] = [];
  let n = 0;
  const keys: string[] = [];
  const keyAt = (i: number) => (keys[i] ??= tokenKey(tokens[i], w));
  const at = (from: number) => (after ? tokens.length - 1 - from : from);
  const seg = (from: number, len: number) => (after ? tokens.slice(tokens.length - from - len, tokens.length - from) : tokens.slice(from, from + len));
  const segKeys = (from: number, len: number) => Array.from({ length: len }, (_, j) => keyAt(after ? tokens.length - from - len + j : from + j));
  while (n < tokens.length) {
    const one = tokens[at(n)];
    if (SEPARATOR.test(one)) { n += 1; continue; }
    // Most lines open on a headline's word: no unit can start there (the hot path: one test per line end).
    const inner = tokens[at(n + 1)] ?? '';
    if (!EDGE_MARK.test(one) && !w.edgeWords.has(keyAt(at(n))) && !DEGREES.test(inner) && !(n === 0 && !after && w.sectionLabels.has(keyAt(at(n))))) break;
    let unit: Unit | undefined;
    // «دوليات | 3 أغسطس 2027 | HEADLINE»: a section's label the line opens on, a separator after it.
    if (!after && n === 0 && w.sectionLabels.has(keyAt(at(n))) && SEPARATOR.test(inner)) unit = { tokens: 1, kind: 'section label' };
    for (let len = Math.min(MAX_UNIT_TOKENS, tokens.length - n); len >= 1 && !unit; len--) unit = unitOf(seg(n, len), segKeys(n, len), w);
    if (!unit) break;
    units.push(unit);
    n += unit.tokens;
  }
  // Separators the run ended on belong to the cut; a run that is only separators is none.
  return { n: units.length ? n : 0, units };
}

/** A run of furniture whose words the lexicon alone would not call furniture («دخول» alone is a headline's noun). */
const enough = (units: readonly Unit[], after: boolean) => units.length > 0 && (units.some((u) => !u.paired) || units.length >= 2 && units.some((u) => u.kind !== 'symbols'))
  && (units.length >= 2 || !(after && units[0].kind === 'interface words' && units[0].tokens === 1));

/**
 * The furniture at one end of a headline's line and the rest, by shape; before the headline first, then
 * after it. Undefined when neither end holds furniture or the rest is too short for a headline. A single
 * interface word after the headline is no cut («… تنفي صحة الأخبار» may end on a word a menu prints too).
 */
export function headlineFurniture(text: string, w: HeadlineFurnitureWords): FurnitureCut | undefined {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  for (const after of [false, true]) {
    const { n, units } = furnitureRun(tokens, after, w);
    if (!enough(units, after) || tokens.length - n < MIN_REST_WORDS) continue;
    const cut = after ? tokens.slice(tokens.length - n) : tokens.slice(0, n);
    const rest = after ? tokens.slice(0, tokens.length - n) : tokens.slice(n);
    if (after && completesSpan(cut, rest, w)) continue;
    return { cut: cut.join(' '), rest: rest.join(' '), after, kinds: [...new Set(units.map((u) => u.kind))] };
  }
  return undefined;
}

/**
 * «أول مفاوضات مباشرة بين روسيا وأوكرانيا منذ 3 سنوات», «الروبل يهبط إلى أدنى مستوى منذ عامين»: a relative span right
 * after the headline completes a first or a superlative the headline holds (its noun phrase may run long: «أول لقاء
 * مباشر بين الوفدين الروسي والأوكراني منذ …») — it says since when, it is no stamp.
 * «… يزور القاهرة منذ 3 ساعات» completes nothing: the stamp is cut.
 */
function completesSpan(cut: readonly string[], rest: readonly string[], w: HeadlineFurnitureWords): boolean {
  if (!w.sinceComplements?.size || !w.relativeWords.has(w.key(cut[0]))) return false;
  const tail = rest.map((t) => w.key(t));
  return tail.some((k, i) => w.sinceComplements!.has(k) || (i + 1 < tail.length && w.sinceComplements!.has(`${k} ${tail[i + 1]}`)));
}

/** The whole text is furniture («دخول», «قبل 5 دقائق», «875 مشاهدة»): never a site's name. */
export function isFurnitureOnly(text: string, w: HeadlineFurnitureWords): boolean {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (!tokens.length) return false;
  const { n, units } = furnitureRun(tokens, false, w);
  return n === tokens.length && units.length > 0;
}
