// The parts a dateline is read from (dateline.ts): the place and the date after it, the credit
// spans of the lead's first characters (after a separator, in brackets, slashes or guillemets,
// after a date or a comma), and the names a credit lists. Split from dateline.ts (session 19).
import type { NameLookup } from './names';
import type { Lexicon } from './boilerplate';
import { normalizeArabic, toAsciiDigits } from '../arabic/normalize';

export const MAX_PREFIX = 90;
// Letters with their marks: a credit or place may carry a short vowel («العُمانية»).
export const LETTER_WORD = /^[\p{L}\p{M}]{2,}$/u;
export const DIGIT = /[0-9٠-٩]/;
// A pipe separates too («بنغازي | عين ليبيا»).
const OPENERS = '-–—ـ/:|';
// After the credit: «--», «//», «::» («سيدني :: الناس نيوز ::»), «..», «-» (or a run of them, «ــ»), «:», «.», «|», a colon or full
// stop with a dash («:-», «:–», «-:»), a slash («موسكو - رويترز/», twenty-second round, part O), or nothing — the whole run of
// separators closes it.
export const CLOSER = /^\s*(?:--|\/\/|::|\.\.|[:.][-–—ـ]|[-–—ـ][:.]|[-–—ـ]+|[:.|/])?\s*/u;
// «بروكسل - ANF ناقش …»: a Latin abbreviation followed by Arabic is closed by the change of script.
export const LATIN_ABBREVIATION = /^[A-Z]{2,6}$/;

/** The place: 1–4 words of letters (commas allowed: «دبي، الإمارات العربية المتحدة»). */
export function placeOf(prefix: string, isWordDay: (text: string) => boolean = () => false): { place: string; date?: string } | undefined {
  // A separator before a bracketed credit («موسكو - (ومع) -») or glued to the place before
  // its date («طهران/ 26 تشرين الثاني/ نوفمبر/ إرنا-») belongs to the grammar, not the place.
  // A colon or a comma may set the date off too («كمبالا: 23 ديسمبر 2025: …», «باكو، 23 ديسمبر، …»).
  // «موسكو، 17 نوفمبر. /تاس/.»: a date closed by a full stop before the credit (TASS's order).
  // «موسكو-6-12(كونا)--»: a dash glued between the place and its numeric date sets the date off as a spaced one does;
  // «الجزائر- 27 ماي 2027 (واج)-»: so does a dash glued to the place alone (thirtieth round, merged).
  // The first and last rewrites need a digit, which none of the four adds or takes away: a prefix without
  // one skips them (the first's look-behind is tried back to the start from every position).
  const dated = DIGIT.test(prefix);
  const glued = prefix.trim();
  // The tatweel is a letter to \p{L}: the place ends on another letter, so a run «ــ» is set off whole.
  const spaced = dated ? glued.replace(/(?<=^[\p{L}\p{M} ،,]*[^\P{L}ـ])\s*[-–—ـ]+(?=\s*[0-9٠-٩])/u, ' - ') : glued;
  // A run of strokes («موسكو ــ (أ ف ب) ــ», «بيروت -- (وطنية) --») closes the place as one does (forty-third round, merged).
  const closed = spaced.replace(/(?<=[\p{L}\p{M}0-9٠-٩])\.$/u, '').replace(/\s*(?:::|[-–—ـ]+|[/:|،,])$/u, '');
  const trimmed = dated ? closed.replace(/^([\p{L}\p{M} ،,]+?)\s*[/:]\s*(?=[0-9٠-٩])/u, '$1 ') : closed;
  if (!trimmed) return undefined;
  const tokens = trimmed.split(/\s+/);
  let n = 0;
  while (n < tokens.length && LETTER_WORD.test(tokens[n].replace(/[،,]$/, '')) && tokens[n] !== 'في') n++;
  if (n === 0 || n > 4) return undefined;
  const place = tokens.slice(0, n).join(' ').replace(/[،,]$/, '');
  const rest = tokens.slice(n).join(' ').trim();
  if (!rest) return { place };
  // Whatever follows the place must be a date: it holds a digit and no sentence punctuation.
  // A dotted date («21.06.2026», Khovar's, Bakhtar's) is a date's dots, not a sentence's full stop.
  // «موسكو في أول ديسمبر/أ ش أ/»: a day in words with a month name (the date reader's `isWordDay`) is a date too.
  if (!(DIGIT.test(rest) || isWordDay(rest)) || /[.!؟?«»"]/.test(rest.replace(/(?<=[0-9٠-٩])\.(?=[0-9٠-٩])/gu, '')) || rest.split(/\s+/).length > 12) return undefined;
  const date = rest.replace(/^[-–—ـ]+\s*/, '').replace(/\s*(?:[-–—ـ]+|[/،,])$/, '').trim();
  // «العدد 318 - اقتصاد», «التعليقات (4) | شارك», «المشاهدات 1520 - اقتصاد»: one number alone after the words is a count
  // (an issue's, a comment's, a view's), not a date: a date of one number is a day of the month, 1 to 31, never in brackets
  // (forty-fifth round: the interface words the place path took, as «صفحة 8 | زراعة» before them).
  const lone = /^(\(?)([0-9٠-٩]+)\)?$/u.exec(date);
  if (lone && (lone[1] || !(Number(toAsciiDigits(lone[2])) >= 1 && Number(toAsciiDigits(lone[2])) <= 31))) return undefined;
  return { place, date };
}

/**
 * «لندن - موسكو», «موسكو/كييف»: two or three known places joined by dashes or slashes (a story
 * filed from several; the slash since the twenty-second round, part O).
 */
export function joinedPlaces(prefix: string, isPlace: (p: string) => boolean): { place: string; date?: string } | undefined {
  const trimmed = prefix.trim().replace(/\s*[-–—ـ/:]$/u, '');
  const parts = trimmed.split(/\s*[-–—ـ/]\s*/u);
  return parts.length >= 2 && parts.length <= 3 && parts.every(isPlace) ? { place: trimmed } : undefined;
}

export interface CreditSpan {
  text: string;
  start: number;
  end: number;
  paired: boolean;
  /** Credits with no separator before them, or after a comma, count only when they are known names. */
  bare?: boolean;
  /** After a full stop («أستانا. كازينفورم –»): a credit only when a separator closes it. */
  stop?: boolean;
  /** Names listed with commas after an opener («- أ ف ب، رويترز:»): a credit only when every name is known and a separator closes it. */
  list?: boolean;
  /** After a date, with no separator before the story: a known agency after a date the date reader reads whole. */
  open?: boolean;
}

// One to four words after an opener, four first: built once (matchAll copies a pattern before using it).
// A word may carry a dotted web suffix («العربية.نت»).
// A hyphen between letters joins a name's parts («تتار-إنفورم», Tatar-inform's Arabic spelling): such a
// credit counts only when the lists know it whole (dateline.ts; twentieth round, part B).
// These word patterns run on the head with its letters folded (`foldLetters`): every letter but «ـ», «م» and «ه»
// (the patterns' own letters) is «a», every mark «m», so that `[aـمهm0-9]` stands for `[\p{L}\p{M}0-9]` — the same matches at the same places,
// without a Unicode property class to compile in every thread (each `\p{L}` class cost V8 tens of ms the
// first time, 0.45–1.1 s a thread for these patterns; docs/ingest.md, thirtieth and thirty-second rounds).
const LETTER = '[aـمه]';
const LETTER_OR_MARK = '[aـمهm]';
const WORD_CHAR = '[aـمهm0-9]';
const CREDIT_WORD = `${WORD_CHAR}+(?:\\.${LETTER_OR_MARK}+|(?<=${LETTER_OR_MARK})-(?=${LETTER})${LETTER_OR_MARK}+)*`;
// A doubled tatweel «ــ» opens the credit as one «ـ» does: its second stroke is no word of the
// name (a four-word name after it, «ــ قناة مرآة الشمال الفضائية :», twenty-third round).
const WORD_CREDITS = [4, 3, 2, 1].map((k) => new RegExp(`[${OPENERS}]ـ*\\s*(${CREDIT_WORD}(?:\\s${CREDIT_WORD}){${k - 1}})(?!${WORD_CHAR})`, 'g'));
const PIPE_CLOSED_CREDITS = [3, 2, 1].map((k) => new RegExp(`(?<=${LETTER_OR_MARK})\\s+(${CREDIT_WORD}(?:\\s${CREDIT_WORD}){${k - 1}})(?=\\s*\\|)`, 'g'));
// «باكو، 23 ديسمبر، أذرتاج»: after a comma, only a known name is a credit (checked below).
// «أستانا. كازينفورم –», «بيشكيك، 21 يونيو. كابار –»: the CIS wires' order — the place (and date)
// closed by a full stop, then the agency; a known name only, closed by a separator (nineteenth round).
const STOP_CREDITS = [3, 2, 1].map((k) => new RegExp(`(?<=${WORD_CHAR})\\.\\s+(${CREDIT_WORD}(?:\\s${CREDIT_WORD}){${k - 1}})(?!${WORD_CHAR})`, 'g'));
// «موسكو - أ ف ب، رويترز:»: two or three names listed with commas after an opener (a story two wires
// filed; dateline.ts counts it only when every name is known, the first named the agency; twenty-second round, part O).
const LISTED = `${CREDIT_WORD}(?:\\s${CREDIT_WORD}){0,2}`;
const LIST_CREDITS = new RegExp(`[${OPENERS}]\\s*(${LISTED}(?:\\s*[،,]\\s*${LISTED}){1,2})(?!${WORD_CHAR})`, 'g');
const COMMA_CREDITS = [3, 2, 1].map((k) => new RegExp(`[،,]\\s*(${CREDIT_WORD}(?:\\s${CREDIT_WORD}){${k - 1}})(?!${WORD_CHAR})`, 'g'));

const FOLDED_LETTER = /(?![ـمه])\p{L}/gu;
const FOLDED_MARK = /\p{M}/gu;
const SURROGATE = /[\uD800-\uDFFF]/;
/**
 * The head with every letter but «ـ», «م» and «ه» (the patterns' own) written «a» and every mark «m», one per UTF-16 unit
 * (a letter outside the BMP is «aa»): the same length, so a folded match's indices cut the original text.
 */
export function foldLetters(head: string): string {
  // Letters first: the «m» of the marks is a letter itself.
  if (!SURROGATE.test(head)) return head.replace(FOLDED_LETTER, 'a').replace(FOLDED_MARK, 'm');
  return head.replace(FOLDED_LETTER, (c) => (c.length === 1 ? 'a' : 'aa')).replace(FOLDED_MARK, (c) => (c.length === 1 ? 'm' : 'mm'));
}

// A slash pair: «/أ ش أ/», «/ وام /»; a slash may close one pair and open the next («… كانون الأول/ديسمبر /تاس/»:
// the month's pair is skipped by dateline.ts, the wire's is read), so the closing slash is not consumed.
const SLASH_PAIR = /\/\s*([^/\n]{1,30}?)\s*(?=\/)/gu;

interface SpanPattern {
  re: RegExp;
  /** A character every match holds: a head without one is not scanned (most lines have few separators). */
  needs: RegExp;
  /** Run on the folded head (`foldLetters`). */
  folded?: boolean;
  paired: boolean;
  bare?: boolean;
  stop?: boolean;
  list?: boolean;
  open?: boolean;
}

// In the order their spans are added (the sort below is stable, so the order breaks ties).
const SPAN_PATTERNS: SpanPattern[] = [
  { re: /\(([^()\n]{1,30})\)/gu, needs: /\(/, paired: true }, // «(كونا)», «(شينخوا)»
  { re: /[-–—ـ:]\s*(«[^«»\n]{1,30}»(?:\s*[،,+]\s*[\p{L}]+)?)/gu, needs: /«/, paired: true }, // «ـ «القدس العربي»:», «: «الخليج»، وكالات»
  // «المكلا «حضرموت اليوم» -»: a name in guillemets right after the place, closed by a separator (fourteenth round);
  // or after the place's full date («القاهرة في 15 يوليو 2026 «صوت الأزهر» -», twentieth round, part B).
  { re: /(?<=[\p{L}\p{M}0-9٠-٩])\s+(«[^«»\n]{1,30}»)(?=\s*(?:--|[-–—ـ:]))/gu, needs: /«/, paired: true },
  // «رام الله - "القدس" دوت كوم -»: a quoted name, perhaps with its web edition's words after it.
  { re: /[-–—ـ:]\s*(["“][^"“”«»\n]{1,30}["”](?:\s[\p{L}]+){0,2})(?=\s*[-–—ـ:])/gu, needs: /["“]/, paired: true },
  // «عكار - "عكار نيوز" ناقش …»: a quoted name with no separator after it — the story follows the
  // closing quote. Quotes mark speech too, so only a name the page or the lists know (eighteenth round).
  { re: /[-–—ـ:]\s*(["“][^"“”«»\n]{1,30}["”])(?=\s+[\p{L}\p{M}])/gu, needs: /["“]/, paired: true, bare: true },
  { re: LIST_CREDITS, needs: /[،,]/, paired: false, list: true, folded: true },
  // «- سبوتنيك.», «/ الأناضول», «ـ وكالات:», «- واس», «/أرمنبريس:»: one to four words after an opener.
  ...WORD_CREDITS.map((re) => ({ re, needs: /[-–—ـ/:|]/, paired: false, folded: true })),
  // «طرابلس  المنارة |تلقى …», «السليمانية يو تي في |»: a known name right after the place, with no
  // separator between them, closed by a pipe (eighteenth round).
  ...PIPE_CLOSED_CREDITS.map((re) => ({ re, needs: /\|/, paired: false, bare: true, folded: true })),
  ...COMMA_CREDITS.map((re) => ({ re, needs: /[،,]/, paired: false, bare: true, folded: true })),
  ...STOP_CREDITS.map((re) => ({ re, needs: /\./, paired: false, bare: true, stop: true, folded: true })),
  // A known name after a date with no separator at all («… 2025 م واس», «9-12-2025 وفا- …»), of up
  // to three words when a separator closes it («9-12-2025 بريد الواحة- …» under the page's own
  // «وكالة الأنباء بريد الواحة»: a name the data does not know, the page does; twenty-third round).
  { re: new RegExp(`(?<=[0-9٠-٩])(?:\\s*(?:م|هـ))?\\s+(${LETTER_OR_MARK}+(?:\\s${LETTER_OR_MARK}+){0,2})(?=\\s*$|\\s*(?:--|[-–—ـ:.])\\s)`, 'g'), needs: DIGIT, paired: false, bare: true, folded: true },
  // «جدة 26 جمادى الأولى 1448 هـ الموافق 06 نوفمبر 2026 م واس استقبل …»: a known agency right after a
  // date, the story glued to it — only after a date the date reader reads whole (dateline.ts; twenty-second round, second wave).
  { re: new RegExp(`(?<=[0-9٠-٩])(?:\\s*(?:م|هـ))?\\s+(${LETTER_OR_MARK}+)(?=\\s+${LETTER_OR_MARK})`, 'g'), needs: DIGIT, paired: false, bare: true, open: true, folded: true },
];

/**
 * Credit spans in the first characters of the text, earliest first. The patterns are module
 * constants run with `exec` from lastIndex 0 (matchAll would copy each one per call), and a
 * pattern whose required character the head lacks is not run: the spans are the same.
 */
export function creditSpans(text: string): CreditSpan[] {
  const head = text.slice(0, MAX_PREFIX);
  const spans: CreditSpan[] = [];
  if (head.includes('/')) {
    SLASH_PAIR.lastIndex = 0;
    for (let m = SLASH_PAIR.exec(head); m; m = SLASH_PAIR.exec(head)) {
      spans.push({ text: m[1].trim(), start: m.index, end: m.index + m[0].length + 1, paired: true });
    }
  }
  let folded: string | undefined;
  for (const { re, needs, paired, bare, stop, list, open, folded: onFolded } of SPAN_PATTERNS) {
    if (!needs.test(head)) continue;
    const subject = onFolded ? (folded ??= foldLetters(head)) : head;
    re.lastIndex = 0;
    for (let found = re.exec(subject); found; found = re.exec(subject)) {
      const m = onFolded ? unfold(found, head) : found;
      // A slash or colon inside a Latin token («Asia/Tehran», «https://…», «10:05») joins the
      // token; it separates nothing.
      if (/[A-Za-z0-9]/.test(head[m.index - 1] ?? '') && /^[/:][A-Za-z0-9]/.test(m[0])) continue;
      const flags = { ...(bare ? { bare } : {}), ...(stop ? { stop } : {}), ...(list ? { list } : {}), ...(open ? { open } : {}) };
      spans.push({ text: m[1].trim(), start: m.index, end: m.index + m[0].length, paired, ...flags });
      // «رام الله/أجيال-قال …»: a hyphen with no spaces may close the credit rather than join a name; the
      // part before it is a span too (tried after the whole, which counts only when known: dateline.ts).
      const joint = paired ? null : /(?<=[\p{L}\p{M}])-(?=\p{L})/u.exec(m[0]);
      if (joint && joint.index > m[0].length - m[1].length) {
        const cut = m[0].slice(0, joint.index);
        const part = m[1].slice(0, m[1].length - (m[0].length - joint.index)).trim();
        if (part) spans.push({ text: part, start: m.index, end: m.index + cut.length, paired, ...flags });
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A folded match read back on the head: its group 1 closes the match or is followed by a lookahead only. */
function unfold(m: RegExpExecArray, head: string): { index: number; 0: string; 1: string } {
  const end = m.index + m[0].length;
  return { index: m.index, 0: head.slice(m.index, end), 1: head.slice(end - m[1].length, end) };
}

/** A function word (`functionWords`), bare or after the clitic و/ف: «ما», «وما», «فما». */
export function readsAsFunctionWord(text: string, lex: Lexicon): boolean {
  const w = normalizeArabic(text.trim());
  return lex.functionWords.has(w) || (/^[وف]/u.test(w) && lex.functionWords.has(w.slice(1)));
}

/** «متابعات خاصة», «رصد خاص»: two words, the first a credit word (`creditWords`, not generic wires). */
export function creditPhrase(credit: string, lookup: NameLookup): boolean {
  const words = credit.split(/\s+/);
  const first = words.length === 2 ? lookup(words[0]) : undefined;
  return !!first && first.kind === 'generic' && !first.wires && !lookup(credit);
}

export function creditParts(credit: string): string[] {
  return credit.split(/\s*[،,+]\s*/u).map((p) => p.replace(/^[«"“]|[»"”]$/g, '').trim()).filter(Boolean);
}

/** «أجيربريس», «ميناء برس», «Xpress»: the name's last word ends with a `wireNameEndings` entry. */
export function endsAsWire(name: string, lex: Lexicon): boolean {
  const last = normalizeArabic(name.trim().split(/\s+/).pop() ?? '').toLowerCase();
  return (lex.data.wireNameEndings ?? []).some((e) => {
    const end = normalizeArabic(e).toLowerCase();
    // glued («أجيربريس») or a word of its own after the name («أنديس برس»)
    return (last.endsWith(end) && last.length > end.length) || (name.trim().split(/\s+/).length > 1 && last === end);
  });
}

export function resolveCredit(credit: string, lookup: NameLookup) {
  const parts = creditParts(credit).map((p) => ({ text: p, found: lookup(p) }));
  return {
    parts,
    agency: parts.find((p) => p.found?.kind === 'agency')?.found,
    outlet: parts.find((p) => p.found?.kind === 'outlet')?.found,
    generic: parts.find((p) => p.found?.kind === 'generic')?.found,
    allKnown: parts.every((p) => p.found),
  };
}
