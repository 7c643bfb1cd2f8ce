// Dates a page states only indirectly (thirty-third round, issue 13): a relative stamp by the headline
// («منذ يومين», «أمس، 21:35») counted back from an anchor the page prints (a print date, a copy tool's
// time, the header's current date, a mail's Date header), the date in the page's own link, and a share
// or comment line's date. The words are data (`indirectDates` in content/boilerplate.yaml). Never the
// build's clock: a stamp with no anchor dates nothing.
import type { BoilerplateData } from '../data/schemas/boilerplate';
import { normalizeArabic } from '../arabic/normalize';
import { HOLDS_LINK, type ClassifiedLine } from './classify';
import type { DateReader } from './dates';

type Data = NonNullable<BoilerplateData['indirectDates']>;

/** A date the page states indirectly, as date-choice.ts ranks its candidates (lower rank wins). */
export interface IndirectCandidate { value: string; rule: string; confidence: number; line: number; rank: number }

export interface IndirectDates {
  candidates: IndirectCandidate[];
  /** 1-based lines holding a print's date: anchors only, never the story's date. */
  printLines: Set<number>;
  /** 1-based lines holding a copy tool's own time: the story's date only when nothing else is dated. */
  copyTimeLines: Set<number>;
}

// Ranks against date-choice.ts's: published 0, date line 1, updated 2, masthead 3, dateline 4, unsure 5, lead's «اليوم» 6.
/** A stamp by the headline counted back from an anchor: only a published label says more. */
export const STAMP_RANK = 0.5;
/** A share or comment line's date: after the dateline's, before an unsure Hijri-range one. */
const SHARE_RANK = 4.5;
/** The own link's date: after every date the page prints. */
const LINK_RANK = 6.5;
/** A copy tool's own time: last of all. */
export const COPY_TIME_RANK = 7;
/** How far above the headline a stamp may sit (a date bar over it). */
const ABOVE_TITLE = 2;
/** A stamp, a share line and an anchor line are short: longer lines are prose, never read here. */
const STAMP_WORDS = 6;
const SHARE_WORDS = 16;
const ANCHOR_WORDS = 12;
const YEAR = /[0-9٠-٩]{4}/u;

interface Words {
  stampLabels: string[]; dayWords: Map<string, number>; agoWords: Set<string>; dayUnits: Map<string, number>; hourUnits: Map<string, number>;
  minuteUnits: Map<string, number>; toolbarWords: Set<string>; printWords: Set<string>; copyTimeLabels: string[]; shareOpeners: string[]; ownLinkLabels: string[]; urlDateParams: Set<string>;
}
const norm = (s: string) => normalizeArabic(s).replace(/\s+/gu, ' ').trim();
/** Normalised once per data object (a pure memo keyed by the loaded data; no state between pages). */
const wordsOf = new WeakMap<Data, Words>();
function words(data: Data): Words {
  let w = wordsOf.get(data);
  if (!w) {
    const map = (r: Record<string, number>) => new Map(Object.entries(r).map(([k, v]) => [norm(k), v]));
    const byLength = (xs: string[]) => xs.map(norm).sort((a, b) => b.length - a.length);
    wordsOf.set(data, w = {
      stampLabels: byLength(data.stampLabels), dayWords: map(data.dayWords), agoWords: new Set(data.agoWords.map(norm)), dayUnits: map(data.dayUnits),
      hourUnits: map(data.hourUnits), minuteUnits: map(data.minuteUnits ?? {}), toolbarWords: new Set((data.toolbarWords ?? []).map(norm)), printWords: new Set(data.printWords.map(norm)), copyTimeLabels: byLength(data.copyTimeLabels).map((l) => l.toLowerCase()),
      shareOpeners: byLength(data.shareOpeners), ownLinkLabels: byLength(data.ownLinkLabels), urlDateParams: new Set(data.urlDateParams.map((p) => p.toLowerCase())),
    });
  }
  return w;
}

/** «أمس، 21:35» → days 1; «قبل 4 ساعات» → hours 4; anything else on the line → undefined. */
export function readStamp(text: string, data: Data): { days: number; hours?: number; minutes?: number } | undefined {
  const w = words(data);
  // A clock after the stamp («، 21:35», «- 10:40 ص», «الساعة 9:05 PM») and separators are the stamp's furniture.
  let t = norm(text).replace(/[\s،,|\-–—:]*(?:الساعه\s*)?\d{1,2}:\d{2}(?:\s*(?:ص|م|am|pm))?\s*$/u, '').replace(/^[\s|•·\-–—]+|[\s|•·،,.\-–—:]+$/gu, '');
  for (const label of w.stampLabels) {
    if (t.startsWith(`${label} `) || t.startsWith(`${label}:`)) { t = t.slice(label.length).replace(/^[\s:：]+/u, ''); break; }
  }
  if (!t || t.split(' ').length > STAMP_WORDS) return undefined;
  const day = w.dayWords.get(t);
  if (day !== undefined) return { days: day };
  const [ago, ...rest] = t.split(' ');
  if (!w.agoWords.has(ago) || rest.length === 0 || rest.length > 2) return undefined;
  const count = rest.length === 2 ? Number(rest[0].replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x660))) : 1;
  if (!Number.isInteger(count) || count < 1) return undefined;
  const unit = rest[rest.length - 1];
  const perDay = w.dayUnits.get(unit);
  if (perDay !== undefined) return count * perDay <= 6 ? { days: count * perDay } : undefined;
  const perHour = w.hourUnits.get(unit);
  if (perHour === undefined || count * perHour >= 24) return undefined;
  // «منذ 45 دقيقة» under a mail sent at 00:20 is the day before: minutes are counted against the anchor's clock too.
  const minutes = perHour === 0 ? count * (w.minuteUnits.get(unit) ?? 0) : 0;
  return minutes ? { days: 0, hours: 0, minutes } : { days: 0, hours: count * perHour };
}

const opensWith = (key: string, phrases: string[]) => phrases.some((p) => key === p || key.startsWith(`${p} `) || key.startsWith(`${p}:`));
const tokens = (key: string) => key.split(/[\s:：,،.|\-–—()]+/u).filter(Boolean);

/** The year, month and day of a page's own link: «/2027/08/12/», «/20270814/», «-2027-08-17-», «?date=2027-08-18». */
export function dateInLink(url: string, params: Set<string>): string | undefined {
  const at = url.search(/[?#]/u);
  const path = (at < 0 ? url : url.slice(0, at)).replace(/^[a-z]+:\/\//iu, '').replace(/^[^/]*/u, ''); // the host names no date
  const query = at < 0 ? '' : url.slice(at + 1);
  const found = /(?:^|[/_-])(20\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.#-])/u.exec(path)
    ?? /(?:^|[/_-])(20\d{2})(\d{2})(\d{2})(?=$|[/_.#-])/u.exec(path);
  if (found) return isoOf(+found[1], +found[2], +found[3]);
  for (const pair of query.split('&')) {
    const [name, value = ''] = pair.split('=');
    const m = params.has(name.toLowerCase()) ? /^(20\d{2})-?(\d{2})-?(\d{2})$/u.exec(value) : null;
    if (m) return isoOf(+m[1], +m[2], +m[3]);
  }
  return undefined;
}

function isoOf(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return t.toISOString().slice(0, 10);
}

function daysBefore(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - days);
  return t.toISOString().slice(0, 10);
}

/** An anchor line's clock in minutes after midnight («08:10», «9:05 PM», «07:30:00 +0300»), if it prints one. */
function clockMinutes(text: string): number | undefined {
  const m = /(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*(ص|م|AM|PM|am|pm)?/u.exec(text);
  if (!m) return undefined;
  const h = +m[1] % 12 + (m[3] && /^(م|PM|pm)$/u.test(m[3]) ? 12 : m[3] ? 0 : +m[1] >= 12 ? 12 : 0);
  return h < 24 ? h * 60 + +m[2] : undefined;
}

/** «طباعة | إرسال | 11.10.2027»: an article's toolbar — its buttons (print, share, send) beside the page's own date. */
function isToolbar(key: string, w: Words): boolean {
  const parts = key.split(/\s*[|•·]\s*/u).filter(Boolean);
  if (parts.length < 3) return false;
  const button = (p: string) => w.printWords.has(p) || w.toolbarWords.has(p) || w.shareOpeners.includes(p);
  return parts.filter((p) => !button(p)).length === 1 && parts.filter(button).length >= 2;
}

/**
 * A date line above the headline dates the story only when it sits right over it: with a line between
 * (a menu, a section), it is the header's current date, and a stamp under the headline says the day.
 */
function apartFromHeadline(l: ClassifiedLine, lines: readonly ClassifiedLine[], title: number | undefined): boolean {
  if (title === undefined || l.index >= title) return false;
  for (let i = l.index + 1; i < title; i++) if (lines[i] && lines[i].kind !== 'blank') return true;
  return false;
}

/**
 * The dates a page states indirectly. `lines` are the page's classified lines, `start` its lead's index,
 * `title` the headline's index. One pass over the lines; each test runs only on a line holding a digit
 * (a date, a link) or a short one by the headline (a stamp).
 */
export function indirectDates(lines: readonly ClassifiedLine[], start: number, title: number | undefined, dates: Pick<DateReader, 'parse'>, data: Data | undefined, printed: readonly string[] = []): IndirectDates {
  const out: IndirectDates = { candidates: [], printLines: new Set(), copyTimeLines: new Set() };
  if (!data) return out;
  const w = words(data);
  const top = Math.max(0, (title ?? start - 1) - ABOVE_TITLE);
  let stamp: { days: number; hours?: number; minutes?: number; line: number; text: string } | undefined;
  let datedByHeadline = false;
  let published = false;
  const anchors: { value: string; line: number; text: string; strength: number }[] = [];
  for (const classified of lines) {
    // A copy tool's peeled header (blank here, printed on the page) still holds its time and the page's link.
    const peeledText = classified.kind === 'blank' ? printed[classified.index]?.trim() : undefined;
    const l: ClassifiedLine = peeledText ? { ...classified, text: peeledText, kind: 'latin', words: peeledText.split(/\s+/u).length } : classified;
    const byHeadline = l.index >= top && l.index < start && l.index !== title;
    if (byHeadline && l.words <= STAMP_WORDS + 2 && !stamp) {
      const s = readStamp(l.text, data);
      if (s) { stamp = { ...s, line: l.index + 1, text: l.text }; continue; }
    }
    if (!/[0-9٠-٩]/u.test(l.text)) continue;
    if (l.kind === 'date' && l.datePriority === 0) published = true;
    const apart = apartFromHeadline(l, lines, title);
    if (byHeadline && (l.kind === 'date' || l.dateline?.date) && !apart) datedByHeadline = true;
    // A line holding a link: its path's digits are the site's filing scheme, read only from the page's own link.
    if (l.text.includes('/') && HOLDS_LINK.test(l.text)) {
      const link = ownLink(l, lines, w);
      const iso = link ? dateInLink(link, w.urlDateParams) : undefined;
      if (iso) out.candidates.push({ value: iso, rule: 'date in the page\'s own link', confidence: 0.5, line: l.index + 1, rank: LINK_RANK });
      continue;
    }
    if (l.kind === 'body' || l.words > SHARE_WORDS || !YEAR.test(l.text)) continue; // every date read here has a four-digit year
    const key = norm(l.text);
    const toolbar = isToolbar(key, w);
    const printLine = !toolbar && tokens(key).some((t) => w.printWords.has(t));
    // «:CAPTURED: [2027-03-20 Sat 10:14]»: an Org drawer's property opens on a colon, in capitals.
    const copyTime = !printLine && opensWith(key.toLowerCase().replace(/^:/u, ''), w.copyTimeLabels);
    // «3 تعليقات على الخبر المنشور بتاريخ …»: a comment line may open on its count.
    const share = toolbar || (!printLine && !copyTime && l.kind !== 'date' && opensWith(key.replace(/^[0-9٠-٩]{1,5}\s+/u, ''), w.shareOpeners));
    // The date reader runs only on a peeled line or one those words name; a date line has its value.
    const iso = l.kind === 'date' && l.value ? l.value : peeledText || printLine || copyTime || share ? dates.parse(l.text) : undefined;
    if (!iso) continue;
    if (printLine) out.printLines.add(l.index + 1);
    if (copyTime) out.copyTimeLines.add(l.index + 1);
    if ((!byHeadline || apart) && l.words <= ANCHOR_WORDS) anchors.push({ value: iso, line: l.index + 1, text: l.text, strength: printLine || copyTime ? 0 : 1 });
    if (share) out.candidates.push({ value: iso, rule: 'date in a share or comment line', confidence: 0.55, line: l.index + 1, rank: SHARE_RANK });
  }
  // The stamp is the page's own only when no date is printed by the headline and none is labelled published.
  if (stamp && !datedByHeadline && !published && anchors.length) {
    const anchor = anchors.reduce((a, b) => (b.strength < a.strength ? b : a));
    const clock = stamp.hours === undefined ? undefined : clockMinutes(anchor.text);
    const back = stamp.days + (clock !== undefined && stamp.hours! * 60 + (stamp.minutes ?? 0) > clock ? 1 : 0);
    out.candidates.push({ value: daysBefore(anchor.value, back), rule: `relative stamp «${stamp.text}» counted back from line ${anchor.line}`, confidence: 0.75, line: stamp.line, rank: STAMP_RANK });
  }
  return out;
}

/** The page's own link on a line: the line is the link alone, or an own-link label and the link; never under a «read also» marker. */
function ownLink(l: ClassifiedLine, lines: readonly ClassifiedLine[], w: Words): string | undefined {
  if (l.words > 4 || l.kind === 'inline-link' || l.kind === 'source' || l.kind === 'marker') return undefined;
  const above = lines[l.index - 1];
  if (above && above.kind === 'marker') return undefined;
  let text = l.text.trim();
  const m = /^([^/]*?)\s*[:：]?\s+(\S+)$/u.exec(text);
  if (m && !/[./]/u.test(m[1])) {
    if (!w.ownLinkLabels.includes(norm(m[1]))) return undefined;
    text = m[2];
  }
  return /\s/u.test(text) ? undefined : text;
}
