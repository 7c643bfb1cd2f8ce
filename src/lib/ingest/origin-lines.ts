// A copy names where it came from on a line of its own, and every aggregator, app and feed reader
// says it in the same few ways: «نشر في الراكوبة يوم 03 - 01 - 2026», «نشر بواسطة: الأسبوع»,
// «تمت المشاركة من تطبيق صحيفة الوئام», «The post … appeared first on X», «via X». One grammar
// (content/boilerplate.yaml `originLines`) instead of one entry per tool: {name} is the origin
// outlet, {date} its date. Pure: classified lines and the lexicon in, evidence out.
import { isAccountHandle } from './account-lines';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { ClassifiedLine } from './classify';
import { isUrl, type Signal } from './credits';
import { gatedExec, requiredWord, type GatedPattern } from './literal-gate';

export interface OriginLine {
  /** The outlet the line names, as printed. */
  name: string;
  /** The date the line gives, as printed («03 - 01 - 2026»), when it gives one. */
  date?: string;
  index: number;
}

const PLACEHOLDERS: Record<string, string> = {
  '{name}': '(?<name>[^|:،,]{2,60}?)',
  '{date}': '(?<date>[0-9٠-٩][0-9٠-٩ /.\\-]{4,16}[0-9٠-٩]|.{4,40}?)',
  // Lazy: «أعيد نشر{*} من {name}» takes the first «من», so a name holding «من» stays whole.
  '{*}': '.*?',
};
// Short vowels and tatweel never decide a match («نُشر» is «نشر»).
const MARKS = /[\u064B-\u0652\u0640]/g;
const norm = (text: string) => text.replace(MARKS, '').replace(/\s+/g, ' ').trim();

/** A data pattern to a whole-line regex: literal text escaped, placeholders expanded (no data becomes code). */
export function compileOriginPattern(pattern: string): RegExp {
  const parts = norm(pattern).split(/(\{name\}|\{date\}|\{\*\})/);
  const body = parts.map((p) => PLACEHOLDERS[p] ?? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*')).join('');
  return new RegExp(`^${body}\\s*$`, 'iu');
}

const compiled = new WeakMap<readonly string[], GatedPattern[]>();
/** A data list's patterns, compiled once per list, each with the Arabic word a line must hold to match (literal-gate.ts). */
export function patterns(list: readonly string[]): GatedPattern[] {
  let out = compiled.get(list);
  if (!out) {
    out = list.map((p) => ({ re: compileOriginPattern(p), word: requiredWord(norm(p).split(/\{name\}|\{date\}|\{\*\}/)) }));
    compiled.set(list, out);
  }
  return out;
}

const buttonKeys = new WeakMap<readonly string[], Set<string>>();
function buttons(list: readonly string[]): Set<string> {
  let out = buttonKeys.get(list);
  if (!out) { out = new Set(list.map((b) => norm(b).toLowerCase())); buttonKeys.set(list, out); }
  return out;
}

// Per code unit, filled on first use: 1 a unit `norm` drops or makes a space (a mark, a space), 2 one it keeps.
const normDrops = new Uint8Array(0x10000);
const DROPPED = /^(?:[\u064B-\u0652\u0640]|\s)$/;
/**
 * A line with more than `max` units `norm` keeps is longer than `max` once normalised (lower-casing
 * never shortens a text): no button's key. Counted only up to `max`, so that a paragraph is not
 * normalised whole only to be found no button.
 */
function keepsMoreThan(text: string, max: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!normDrops[c]) normDrops[c] = DROPPED.test(String.fromCharCode(c)) ? 1 : 2;
    if (normDrops[c] === 2 && ++kept > max) return true;
  }
  return false;
}
const longestKey = new WeakMap<Set<string>, number>();

/**
 * «اقرأ الخبر من المصدر» and the provider's name alone on the line after it (else before it): a name
 * of one to four words that is no UI line, no date and no other button (twenty-second round, part O).
 */
function namesByButton(lines: readonly ClassifiedLine[], lex: Lexicon): OriginLine[] {
  const keys = buttons(lex.data.sourceButtons ?? []);
  if (!keys.size) return [];
  const shown = lines.filter((l) => l.kind !== 'blank');
  const out: OriginLine[] = [];
  let longest = longestKey.get(keys);
  if (longest === undefined) longestKey.set(keys, longest = Math.max(0, ...[...keys].map((k) => k.length)));
  shown.forEach((l, i) => {
    if (keepsMoreThan(l.text, longest) || !keys.has(norm(l.text).toLowerCase())) return;
    const nameLine = [shown[i + 1], shown[i - 1]].find((n) => n && (n.kind === 'short' || n.kind === 'heading' || n.kind === 'latin') && n.words <= 4
      && !keys.has(norm(n.text).toLowerCase()) && !lex.exact.has(lexKey(n.text)) && !/[0-9٠-٩:|/]/u.test(n.text) && !isUrl(n.text));
    if (nameLine) out.push({ name: nameLine.text.trim(), index: nameLine.index });
  });
  return out;
}

/** A teaser's cut mark («[…]», «[...]», «…»): a feed's footer may follow it on the same line. */
const CUT_MARK = /\[\s*(?:…|\.{3}|&#8230;)\s*\]|…/gu;

/**
 * A feed's footer after a cut teaser («… [...] The post HEADLINE appeared first on NAME.», «تم نشر هذه المقالة HEADLINE
 * للمرة الأولى على NAME»): the text after the line's last cut mark, when that text repeats a line of at least three
 * words the page prints elsewhere (the post's headline). Prose that says «ظهرت المقالة أولاً على …» repeats none
 * (thirty-seventh round, real pages).
 */
function feedFooter(line: ClassifiedLine, printed: readonly string[]): string | undefined {
  const marks = [...line.text.matchAll(CUT_MARK)];
  const tail = norm(marks.length ? line.text.slice(marks[marks.length - 1].index! + marks[marks.length - 1][0].length) : line.text);
  return tail && printed.some((p) => tail.includes(p)) ? tail : undefined;
}

/** The short lines a feed's footer may repeat (the post's headline), normalised. */
function printedLines(lines: readonly ClassifiedLine[]): string[] {
  return lines.filter((o) => o.kind !== 'blank' && o.kind !== 'body' && o.words >= 3 && o.words <= 30).map((o) => norm(o.text));
}

/** Whether a feed footer's text is one of the origin grammar's lines. */
function isOriginText(text: string, lex: Lexicon): boolean {
  return patterns(lex.data.originLines).some((p) => !!gatedExec(p, text)?.groups?.name);
}

/**
 * A paragraph without the feed's footer glued after its cut mark («… وإن […] ظهرت المقالة HEADLINE أولاً على NAME.»
 * → «… وإن […]»): the footer names the origin (findOriginLines), it is no part of the story. Unchanged otherwise.
 */
export function withoutFeedFooter(paragraph: string, lines: readonly ClassifiedLine[], lex: Lexicon): string {
  const marks = [...paragraph.matchAll(CUT_MARK)];
  if (!marks.length) return paragraph;
  const last = marks[marks.length - 1];
  const cut = last.index! + last[0].length;
  const tail = norm(paragraph.slice(cut));
  if (!tail || !printedLines(lines).some((p) => tail.includes(p)) || !isOriginText(tail, lex)) return paragraph;
  return paragraph.slice(0, cut).trim();
}

interface Openers { re: RegExp; longest: number }
const openers = new WeakMap<readonly string[], Openers | null>();
/**
 * The opening words of the patterns a long line may match (those that open on their own words), as one
 * anchored pattern with the patterns' flags: a footer that opens on none of them matches none of them.
 * null when a pattern opens on a placeholder ({name}, {date}): no such test then.
 */
function longLineOpeners(list: readonly string[]): Openers | null {
  let out = openers.get(list);
  if (out === undefined) {
    const firsts = list.map((p) => norm(p).split(/\{name\}|\{date\}|\{\*\}/)[0].split(' ')[0]);
    const placeholderFirst = list.some((p, i) => !firsts[i] && !norm(p).startsWith('{*}'));
    const words = firsts.filter((w, i) => w && !norm(list[i]).startsWith('{*}'));
    out = placeholderFirst || !words.length ? null : {
      re: new RegExp(`^(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'iu'),
      longest: Math.max(...words.map((w) => w.length)),
    };
    openers.set(list, out);
  }
  return out;
}
const HEAD_UNITS = 96;
/**
 * Whether the footer a long line may hold (its text after its last cut mark, normalised) can open on one
 * of the openers: read from the normalised head of that text only, not the whole paragraph.
 */
function mayOpenFooter(text: string, head: Openers): boolean {
  let from = 0;
  if (text.includes('…') || text.includes('[')) {
    const marks = [...text.matchAll(CUT_MARK)];
    if (marks.length) from = marks[marks.length - 1].index! + marks[marks.length - 1][0].length;
  }
  // Normalising is local (marks dropped, a run of spaces made one), so the head of the normalised text is the
  // normalised head, but for a space the cut may trim at its end: enough units left past the longest opener.
  const part = text.slice(from, from + HEAD_UNITS);
  const start = norm(part);
  if (from + HEAD_UNITS < text.length && start.length <= head.longest + 1) return true;
  return head.re.test(start);
}

/** The lines that name the page's origin (short lines only: prose that says «نقلا عن» is no credit line). */
export function findOriginLines(lines: readonly ClassifiedLine[], lex: Lexicon): OriginLine[] {
  const res = patterns(lex.data.originLines);
  const out: OriginLine[] = namesByButton(lines, lex);
  if (!res.length) return out;
  const head = longLineOpeners(lex.data.originLines);
  let printed: string[] | undefined;
  for (const l of lines) {
    if (l.kind === 'blank') continue;
    // A long line or a paragraph is an origin line only as a feed's footer that repeats the headline, and only by
    // a pattern that opens on its own words: «{*}منقول عن {name}» would take a paragraph's closing words.
    const long = l.kind === 'body' || l.words > 14;
    // Most paragraphs hold no footer: their tail opens on no pattern's words (checked before any whole-line work).
    if (long && head && !mayOpenFooter(l.text, head)) continue;
    let text = norm(l.text);
    if (long) {
      printed ??= printedLines(lines);
      const footer = feedFooter(l, printed.filter((p) => p !== text));
      if (!footer) continue;
      text = footer;
    }
    for (const p of res) {
      if (long && p.re.source.startsWith('^.*?')) continue;
      const m = gatedExec(p, text);
      const name = m?.groups?.name?.trim().replace(/[.。]$/u, '').trim();
      if (!m || !name || isUrl(name) || name.split(/\s+/).length > 5) continue;
      out.push({ name, ...(m.groups?.date ? { date: m.groups.date.trim() } : {}), index: l.index });
      break;
    }
  }
  return out;
}

/**
 * The origin as outlet evidence: 0.8 — the convention of «المصدر:» on an aggregator (the
 * credited outlet is the outlet), but below the label itself: an app's share line may name the
 * app («تمت المشاركة عبر تطبيق أخبار Google» under «المصدر: عنب بلدي»). A known name as
 * sources.yaml lists it; generic wires name no one.
 */
export function originSignals(origins: readonly OriginLine[], lex: Lexicon): Signal[] {
  const out: Signal[] = [];
  for (const o of origins) {
    const known = lex.names(o.name);
    // «نشر بواسطة: editor2»: a theme's author line names a login account, no outlet (account-lines.ts).
    if (known?.kind === 'generic' || lex.feedTools.has(lexKey(o.name)) || isAccountHandle(o.name, lex)) continue;
    out.push({ field: 'outlet', value: known?.name ?? o.name, ...(known?.id ? { id: known.id } : {}), confidence: 0.8, rule: 'origin line («نشر في X», «نشر بواسطة: X», «via X» …)', line: o.index + 1 });
  }
  return out;
}

/** The origin line's date (spaces around its separators closed: «03 - 01 - 2026» → «03-01-2026»). */
export function originDate(origin: OriginLine, lex: Lexicon): string | undefined {
  if (!origin.date) return undefined;
  return lex.dates.parse(origin.date.replace(/\s*([-/.])\s*/g, '$1')) ?? lex.dates.parse(origin.date);
}
