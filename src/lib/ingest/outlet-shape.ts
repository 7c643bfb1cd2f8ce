// The outlet's name by its shape (thirty-third round). Every rule that reads a name from a position proposes
// whatever sits there; aside32's misses were positions holding no name at all — a share button's label, a visitor
// counter, a menu button, a weekday's date, a network's affiliation line over the masthead — and names printed
// in shapes no rule read: a markdown dump's image alt text, the footer naming the site's Arabic service, a follow
// or join line naming its platform, the masthead under a regional slogan. The words are data (`outletShape` in
// content/boilerplate.yaml); the shapes are the ones every site's template prints.
import type { Signal } from './credits';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { sourceKey } from '../data/keys';
import { isSlogan } from './tagline-names';

type ShapeData = NonNullable<Lexicon['data']['outletShape']>;
interface ShapeKeys { serviceHeads: string[]; callHeads: string[]; closers: Set<string>; ui: Set<string>; counters: Set<string>; affiliations: string[]; services: string[]; joins: string[]; platforms: Set<string>; sections: Set<string>; weekdays: Set<string>; logos: Set<string> }

// Keyed once per data object (a lexicon's data is built once; tests build their own).
const keyCache = new WeakMap<ShapeData, ShapeKeys>();
function keys(lex: Pick<Lexicon, 'data'>): ShapeKeys | undefined {
  const data = lex.data.outletShape;
  if (!data) return undefined;
  let k = keyCache.get(data);
  if (!k) {
    keyCache.set(data, k = {
      serviceHeads: [...new Set(data.serviceOpeners.map((o) => o.split(/\s+/)[0]))],
      callHeads: [...new Set([...data.joinOpeners, ...(lex.data.followPrompts?.openers ?? [])].map((o) => o.split(/\s+/)[0]))],
      closers: new Set(data.mastheadClosers.map(lexKey)), ui: new Set(data.uiLabels.map(lexKey)), counters: new Set(data.counterWords.map(lexKey)),
      affiliations: data.affiliationOpeners.map(lexKey), services: data.serviceOpeners.map(lexKey), joins: data.joinOpeners.map(lexKey),
      platforms: new Set(data.platforms.map(lexKey)), sections: new Set(data.sectionWords.map(lexKey)),
      weekdays: new Set((lex.data.dateWords.weekdays ?? []).map(lexKey)), logos: new Set((lex.data.logoWords ?? []).map(lexKey)),
    });
  }
  return k;
}

// Symbols a template prints around a label («☰ القائمة», «👁 4,210 مشاهدة», «• شارك»): no part of a name.
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
// Per BMP code point, filled on first use: 1 a letter or number, 2 not.
const letterOrNumber = new Uint8Array(0x10000);
const isLetterOrNumber = (cp: number) => cp > 0xffff
  ? LETTER_OR_NUMBER.test(String.fromCodePoint(cp))
  : (letterOrNumber[cp] ||= LETTER_OR_NUMBER.test(String.fromCharCode(cp)) ? 1 : 2) === 1;
/**
 * `text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')` by a loop from each end: the pattern's second half is tried
 * at every position of the line (a page's first lines may be paragraphs). Code points as the `u` flag reads them.
 */
function withoutEdges(text: string): string {
  let start = 0;
  while (start < text.length) {
    const cp = text.codePointAt(start)!;
    if (isLetterOrNumber(cp)) break;
    start += cp > 0xffff ? 2 : 1;
  }
  let end = text.length;
  while (end > start) {
    const low = text.charCodeAt(end - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800;
    if (isLetterOrNumber(pair ? text.codePointAt(end - 2)! : low)) break;
    end -= pair ? 2 : 1;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
const DIGIT = /[0-9٠-٩]/u;

/** Why `text` is no name by its shape (interface labels, a count, a weekday's date, an affiliation line), or undefined. */
export function notANameByShape(text: string, lex: Pick<Lexicon, 'data'>): string | undefined {
  const k = keys(lex);
  if (!k) return undefined;
  const bare = withoutEdges(markdownText(text) ?? text).trim();
  if (!bare) return 'no letters: not a name';
  const key = lexKey(bare.replace(/[:：|•·]/gu, ' '));
  const words = key.split(' ').filter(Boolean);
  // «شارك», «شارك طباعة», «Share Print»: every word (or the whole) an interface label.
  if (k.ui.has(key) || (words.length <= 4 && words.every((w) => k.ui.has(w)))) return 'an interface label, not a name';
  // «عدد الزوار: 18452», «4,210 مشاهدة»: a number and a counter's words, nothing else.
  if (DIGIT.test(bare)) {
    const rest = words.filter((w) => !/^[0-9٠-٩.,،]+$/u.test(w)).join(' ');
    if (!rest || k.counters.has(rest) || rest.split(' ').every((w) => k.counters.has(w))) return 'a count, not a name';
    // «الثلاثاء، 14 سبتمبر 2027»: a weekday and a number open no name.
    if (k.weekdays.has(words[0].replace(/[،,]$/u, ''))) return 'a weekday\'s date, not a name';
  }
  // «إحدى منصات مجموعة نوارس للإعلام» over the masthead: the network's line; the masthead is under it.
  if (k.affiliations.some((a) => key.startsWith(`${a} `))) return 'a network\'s affiliation line, not the masthead';
  return undefined;
}

/**
 * «الرجبان نيوز (27)»: a feed reader prints the feed's name with its unread count; the count is no part of
 * the name (thirty-third round, merged). A name closed by its short name in parentheses («… (إكنا)») keeps it.
 */
export function withoutUnreadCount<L extends { text: string; key: string; words: number }>(line: L | undefined): L | undefined {
  const m = line && /^(.*\p{L}.*?)\s+\([0-9٠-٩]{1,5}\)$/u.exec(line.text.trim());
  return line && m ? { ...line, text: m[1], key: lexKey(m[1]), words: line.words - 1 } : line;
}

/** «![ALT](url)» → ALT less a logo word; «[شارك](url) [طباعة](url)» → «شارك طباعة»; undefined when `text` is no markdown image or link. */
export function markdownText(text: string, lex?: Pick<Lexicon, 'data'>): string | undefined {
  const t = text.trim();
  if (!/^!?\[[^\]]*\]\([^)]*\)/u.test(t)) return undefined;
  const parts = [...t.matchAll(/!?\[([^\]]*)\]\([^)]*\)/gu)];
  if (parts.map((m) => m[0]).join('').replace(/\s+/g, '') !== t.replace(/\s+/g, '')) return undefined;
  const inner = parts.map((m) => m[1].trim()).filter(Boolean).join(' ');
  const logos = lex ? keys(lex)?.logos : undefined;
  const words = inner.split(/\s+/);
  return logos && words.length >= 2 && logos.has(lexKey(words[0])) ? words.slice(1).join(' ') : inner;
}

type Line = { text: string; index: number; kind: string; words: number };

/** The lines outside the story: the frame, where a site prints its own name. */
function frameLines<L extends Line>(lines: readonly L[], start: number, bodyEnd: number | undefined, titleIndex: number | undefined): L[] {
  return lines.filter((l) => l.kind !== 'blank' && l.index !== titleIndex && (l.index < start || (bodyEnd !== undefined && l.index >= bodyEnd)));
}

/** The words after an opener of `openers` (keyed), cut from the original text; «لراديو» after an opener closed by «ل» loses its «ل». */
function afterOpener(text: string, openers: readonly string[]): string | undefined {
  const original = text.trim().split(/\s+/);
  const key = lexKey(text).split(' ');
  for (const o of openers) {
    const ow = o.split(' ');
    const glued = ow[ow.length - 1] === 'ل';
    const head = glued ? ow.slice(0, -1) : ow;
    if (key.length <= head.length || !head.every((w, i) => key[i] === w)) continue;
    const rest = original.slice(head.length);
    if (glued) {
      if (!/^ل/u.test(rest[0])) continue;
      rest[0] = rest[0].replace(/^لـ?/u, '');
    }
    const name = rest.join(' ').replace(/^[«"“(]+|[»"”).:]+$/gu, '').trim();
    if (name) return name;
  }
  return undefined;
}

/** «البرنامج العربي لراديو ليوبليانا الدولي», «القسم العربي في إذاعة …» in the frame: the site names its Arabic service. */
export function arabicServiceSignals(lines: readonly Line[], start: number, bodyEnd: number | undefined, titleIndex: number | undefined, lex: Lexicon): Signal[] {
  const k = keys(lex);
  const data = lex.data.outletShape;
  if (!k || !data) return [];
  const out: Signal[] = [];
  for (const l of frameLines(lines, start, bodyEnd, titleIndex)) {
    // A cheap test before the line is keyed: it holds an opener's first word as printed.
    if (l.words > 9 || !k.serviceHeads.some((w) => l.text.includes(w))) continue;
    const name = afterOpener(l.text, k.services);
    if (!name || name.split(/\s+/).length > 5 || notANameByShape(name, lex)) continue;
    const known = lex.names(name);
    if (known?.kind === 'agency' || known?.kind === 'generic') continue;
    out.push({ field: 'outlet', value: known?.name ?? name, ...(known?.id ? { id: known.id } : {}), confidence: data.serviceConfidence, rule: 'the frame names the site\'s Arabic service («البرنامج العربي لـNAME»)', line: l.index + 1 });
  }
  return out;
}

/**
 * «تابعونا على فيسبوك: NAME», «اشتركوا في قناة NAME على يوتيوب», «انضموا إلى مجموعة NAME على واتساب»: a follow or
 * join line in the frame naming a platform names the site — weak alone (a follow line also opens «تابعوا آخر الأخبار»),
 * counted in agreement with the lead and the frame.
 */
export function followLineSignals(lines: readonly Line[], start: number, bodyEnd: number | undefined, titleIndex: number | undefined, lex: Lexicon): Signal[] {
  const k = keys(lex);
  const data = lex.data.outletShape;
  if (!k || !data) return [];
  const follow = (lex.data.followPrompts?.openers ?? []).map(lexKey);
  const via = new Set((lex.data.followPrompts?.via ?? []).map(lexKey));
  const out: Signal[] = [];
  const push = (name: string, l: Line) => {
    const n = name.replace(/^[«"“(]+|[»"”).]+$/gu, '').trim();
    const count = n.split(/\s+/).length;
    if (!n || count > 4 || notANameByShape(n, lex) || /[@#/]|\.[a-z]{2,}/iu.test(n) || k.platforms.has(lexKey(n))) return;
    const known = lex.names(n);
    if (known?.kind === 'agency' || known?.kind === 'generic') return;
    out.push({ field: 'outlet', value: known?.name ?? n, ...(known?.id ? { id: known.id } : {}), confidence: data.followConfidence, rule: 'a follow line naming its platform and the site', line: l.index + 1 });
  };
  for (const l of frameLines(lines, start, bodyEnd, titleIndex)) {
    if (l.words > 12 || !k.callHeads.some((w) => l.text.includes(w))) continue;
    const text = l.text.trim();
    // «تابعونا على فيسبوك: NAME»: opener, «على/عبر», a platform, a colon, the name.
    const colon = /^(\S+)\s+(\S+)\s+([^:：]{2,20}?)\s*[:：]\s*(.+)$/u.exec(text);
    if (colon && follow.includes(lexKey(colon[1])) && via.has(lexKey(colon[2])) && k.platforms.has(lexKey(colon[3]))) { push(colon[4], l); continue; }
    // «اشتركوا في قناة NAME على يوتيوب»: a join opener, the name, «على/عبر» and a platform closing the line.
    const joined = afterOpener(text, k.joins);
    const tail = joined ? /^(.+?)\s+(?:على|عبر|في)\s+(.+)$/u.exec(joined) : null;
    if (tail && k.platforms.has(lexKey(tail[2].replace(/[.!]+$/u, '')))) push(tail[1], l);
  }
  return out;
}

/**
 * «صوت الساحل الغربي» over «قلوة نيوز»: a slogan on top and, under it, a short line the masthead's shape has (closed by
 * a site's word: «نيوز», «نت» …): the masthead prints the page, the slogan says what it is.
 */
export function mastheadUnderSlogan(lines: readonly Line[], start: number, titleIndex: number | undefined, lex: Lexicon): Signal[] {
  const data = lex.data.outletShape;
  if (!data) return [];
  const top = lines.filter((l) => l.kind !== 'blank' && l.index < start && l.index !== titleIndex).slice(0, 4);
  if (top.length < 2 || !isSlogan(top[0].text, lex)) return [];
  const name = top[1];
  if (name.words > 4 || !(name.kind === 'short' || name.kind === 'heading') || isSlogan(name.text, lex) || notANameByShape(name.text, lex)) return [];
  const words = name.text.trim().split(/\s+/);
  const last = words[words.length - 1];
  const siteClosed = words.length >= 2 && (lex.siteWords.has(sourceKey(last)) || (keys(lex)?.closers.has(lexKey(last)) ?? false));
  if (!siteClosed) return [];
  const known = lex.names(name.text);
  if (known && known.kind !== 'outlet') return [];
  return [{ field: 'outlet', value: known?.name ?? name.text.trim(), ...(known?.id ? { id: known.id } : {}), confidence: data.sloganMastheadConfidence, rule: 'the masthead under its slogan', line: name.index + 1 }];
}

/**
 * «اقرأ المزيد من أخبار كندا» with «كندا» in the page's menu: a section word before a menu entry names a section of the
 * site, never the page's origin. Drops such origin signals in place.
 */
export function dropSectionOrigins(signals: Signal[], lines: readonly Line[], start: number, lex: Lexicon): void {
  const k = keys(lex);
  if (!k) return;
  const menu = new Set(lines.filter((l) => l.index < start && l.words <= 2 && (l.kind === 'short' || l.kind === 'menu' || l.kind === 'boilerplate')).map((l) => lexKey(l.text)));
  for (let i = signals.length - 1; i >= 0; i--) {
    const s = signals[i];
    if (s.field !== 'outlet' || s.id || !s.rule.startsWith('origin line')) continue;
    const words = lexKey(s.value).split(' ');
    if (words.length >= 2 && k.sections.has(words[0]) && menu.has(words.slice(1).join(' '))) signals.splice(i, 1);
  }
}

/** The signals of this module's shapes: the Arabic service named in the frame, follow and join lines, the masthead under its slogan. */
export function outletShapeSignals(lines: readonly Line[], start: number, bodyEnd: number | undefined, titleIndex: number | undefined, lex: Lexicon): Signal[] {
  return [...arabicServiceSignals(lines, start, bodyEnd, titleIndex, lex), ...followLineSignals(lines, start, bodyEnd, titleIndex, lex), ...mastheadUnderSlogan(lines, start, titleIndex, lex)];
}

/** A line at the top the site-name readers pass over (site-name.ts `siteNameLine`): no name by its shape. */
export function shapeSkipper(lex: Pick<Lexicon, 'data'>): (text: string) => boolean {
  return (text) => !!notANameByShape(text, lex);
}
