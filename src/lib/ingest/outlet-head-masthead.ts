// The outlet on unseen pages (thirty-fifth round). Three kinds of the labelled sets' outlet misses share a shape that
// transfers between sites:
// * a masthead of a place and a site's closing word («أبو قرقاص اليوم», «القوصية نيوز», «تثليث 24») under a date bar or a
//   login line and over the menu — the site-name readers take the first line as the masthead, and a date bar or an
//   interface line there left them with nothing;
// * a short brand on top and its long form in the © line («RTP» / «Rádio e Televisão de Portugal», «Yle» / «Yleisradio»):
//   one name, shown as the masthead prints it — never two rival candidates;
// * a wire's dateline and «المصدر: WIRE» under a masthead the frame prints again: the site's page carrying the wire's story.
// Only the head's first lines and the page's outlet signals are read: no pass over the page beyond one.
import type { Signal } from './credits';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { sourceKey } from '../data/keys';
import { normalizeArabic } from '../arabic/normalize';
import { notANameByShape } from './outlet-shape';

type Line = { text: string; index: number; kind: string; words: number };

/** How many lines of the head are looked at, and how many furniture lines may sit over the masthead. */
const HEAD_LINES = 6;
const FURNITURE_OVER = 2;
/**
 * A masthead over the menu: above the abstain line, under a name printed under the headline (an aggregator's source card,
 * 0.6); printed again or agreeing elsewhere it gains from outlet-agreement.ts.
 */
export const HEAD_MASTHEAD_CONFIDENCE = 0.55;
/** A short brand whose long form the © line prints: two places, one name. */
export const SHORT_BRAND_CONFIDENCE = 0.62;
const YEAR = /[0-9٠-٩]{4}/u;
const PUNCTUATION = /[:：.!؟?،,«»"()[\]|–—-]/u;

/** Words that close a masthead's name (`outletShape.mastheadClosers` and the site words «نيوز», «نت» …), keyed. */
function closers(lex: Lexicon): (word: string) => boolean {
  const data = new Set((lex.data.outletShape?.mastheadClosers ?? []).map(lexKey));
  return (word) => data.has(lexKey(word)) || lex.siteWords.has(sourceKey(word));
}

/** Furniture over a masthead: a date bar, a year-bearing line, an interface or login line of at most three words. */
function furniture(l: Line, lex: Lexicon): boolean {
  return l.kind === 'date' || YEAR.test(l.text) || !!notANameByShape(l.text, lex) || (l.kind === 'boilerplate' && l.words <= 3);
}

/**
 * «أبو قرقاص اليوم» / «القوصية نيوز» / «تثليث 24» at the head: two to four words closed by a site's word, no punctuation,
 * not opened by a function word or a section's label («حصاد اليوم» is a label's shape only when nothing shows it is
 * a masthead: it must be the head's first line past furniture and stand over the menu). `undefined` when the head has none.
 */
export function closedMastheadLine<L extends Line>(lines: readonly L[], start: number, titleIndex: number | undefined, lex: Lexicon): L | undefined {
  const head = lines.filter((l) => l.kind !== 'blank' && l.index < start && l.index !== titleIndex).slice(0, HEAD_LINES);
  let i = 0;
  while (i < FURNITURE_OVER && i < head.length && furniture(head[i], lex)) i++;
  const line = head[i];
  if (!line || !(line.kind === 'short' || line.kind === 'heading') || line.words < 2 || line.words > 4 || PUNCTUATION.test(line.text)) return undefined;
  const words = line.text.trim().split(/\s+/);
  const last = words[words.length - 1];
  // Arabic words only: «NRT عربية» is a Latin brand and its language word (a brand's reader, site-name.ts).
  if (!closers(lex)(last) || words.slice(0, -1).some((w) => !/^[\u0600-\u06FF]{2,}$/u.test(w))) return undefined;
  // «اليوم الأربعاء …», «في اليوم …», «أخبار اليوم» (a section when the menu holds it): the name's words are not the
  // language's function words nor a label's.
  if (words.slice(0, -1).some((w) => lex.nameStopWords.has(normalizeArabic(w)))) return undefined;
  if (lex.sectionLabels.has(lexKey(line.text))) return undefined;
  const known = lex.names(line.text);
  if (known && known.kind !== 'outlet') return undefined;
  return overMenu(head, i) ? line : undefined;
}

/** Over the menu: the two lines under `at` (of the head) are short entries, not the headline. */
function overMenu(head: readonly Line[], at: number): boolean {
  const below = head.slice(at + 1, at + 3);
  return below.length === 2 && below.every((l) => l.words <= 3 && l.kind !== 'heading' && l.kind !== 'body');
}

const SORANI_LETTERS = /[\u06D5\u0695\u06B5\u06C6\u06CE]/u;

/**
 * «Zaytunat Alsham | زيتونة الشام» on top over the menu: one name in two scripts split by a pipe — the Arabic half is the
 * name shown.
 */
function bothScriptsMasthead(lines: readonly Line[], start: number, titleIndex: number | undefined, lex: Lexicon): Signal | undefined {
  const head = lines.filter((l) => l.kind !== 'blank' && l.index < start && l.index !== titleIndex).slice(0, HEAD_LINES);
  const first = head[0];
  const m = first && /^([^|｜]+?)\s+[|｜]\s+([^|｜]+)$/u.exec(first.text.trim());
  if (!m || !overMenu(head, 0)) return undefined;
  const arabic = (x: string) => /[\u0600-\u06FF]/u.test(x);
  const [latin, name] = arabic(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
  const count = name.trim().split(/\s+/).length;
  if (arabic(latin) || !arabic(name) || /[A-Za-z]/.test(name) || count < 2 || count > 4 || notANameByShape(name, lex)) return undefined;
  // «Derbendîxan News | دەربەندیخان نیوز»: a half in Sorani's own letters is the Kurdish name, not the Arabic one the
  // page's Arabic text gives (thirty-sixth round, at the merge).
  if (SORANI_LETTERS.test(name)) return undefined;
  // The skeletons match whole names of a table word and a name («Bilbeis Today»); a construct's «Zaytunat Alsham» they
  // miss: two halves of as many words are read as one name, weaker.
  const spelled = lex.sameName(latin.trim(), name.trim());
  if (!spelled && latin.trim().split(/\s+/).length !== count) return undefined;
  return { field: 'outlet', value: name.trim(), confidence: spelled ? HEAD_MASTHEAD_CONFIDENCE : 0.5, rule: 'a masthead in two scripts split by «|»', line: first.index + 1 };
}

/**
 * «**صدفا اليوم** · 21 أكتوبر 2027» in a markdown copy (Typora, a read-later export): a bold name opening the date line is
 * the site's when it has a masthead's shape (closed by a site's word) — a bold person's name there is a byline.
 */
function boldNameOverDate(printed: readonly string[], lex: Lexicon): Signal | undefined {
  const closing = closers(lex);
  for (let i = 0; i < Math.min(printed.length, HEAD_LINES + 2); i++) {
    // «**NAME** — DATE» (a Zettlr copy, thirty-fifth round, merged): an em dash is one more of the separators.
    const m = /^\*\*([^*:：]{2,40})\*\*\s*[·•|｜–—-]\s*(.+)$/u.exec(printed[i].trim());
    if (!m || !lex.dates.findDates(m[2]).length) continue;
    const words = m[1].trim().split(/\s+/);
    if (words.length < 2 || words.length > 4 || !closing(words[words.length - 1]) || notANameByShape(m[1], lex)) continue;
    const known = lex.names(m[1]);
    if (known && known.kind !== 'outlet') continue;
    return { field: 'outlet', value: known?.name ?? m[1].trim(), ...(known?.id ? { id: known.id } : {}), confidence: HEAD_MASTHEAD_CONFIDENCE, rule: 'a markdown copy\'s bold name opening the date line («**NAME** · DATE»)', line: i + 1 };
  }
  return undefined;
}

const HEAD_RULE = 'a masthead closed by a site\'s word at the head, over the menu';

/**
 * «صوت نواج - العدد 215 - الخميس 20 أبريل 2028», «الرأي | العدد 4120 | 3 مايو 2028»: a print edition's running header
 * over the page — the paper's name, its issue's number and its date as pieces between spaced separators; the name is the
 * outlet (forty-fourth round, at the merge; aside44 u4392, spent). Both the issue piece and a date piece must be there:
 * a name over a date alone is any site's date bar.
 */
export function runningHeaderName(text: string, lex: Lexicon): string | undefined {
  const pieces = text.trim().split(/\s+[|｜\-–—•·]\s+/u).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 3 || pieces.length > 4) return undefined;
  const issue = pieces.findIndex((p) => {
    const w = p.split(/\s+/);
    return w.length === 2 && lex.dates.issueLabels.has(normalizeArabic(w[0])) && /^[0-9٠-٩]{1,6}$/u.test(w[1]);
  });
  if (issue < 0 || !pieces.some((p, i) => i !== issue && lex.dates.findDates(p).length)) return undefined;
  const name = [pieces[0], pieces[pieces.length - 1]].find((p, k) => (k === 0 ? 0 : pieces.length - 1) !== issue && !lex.dates.findDates(p).length && !/[0-9٠-٩]/u.test(p));
  if (!name || name.split(/\s+/).length > 4 || lex.printVolumeLabels.has(lexKey(name.split(/\s+/)[0])) || notANameByShape(name, lex)) return undefined;
  const known = lex.names(name);
  return known && known.kind !== 'outlet' ? undefined : known?.name ?? name;
}

function runningHeader(lines: readonly Line[], start: number, lex: Lexicon): Signal | undefined {
  for (const l of lines.slice(0, Math.min(start, HEAD_LINES))) {
    const name = runningHeaderName(l.text, lex);
    if (name) return { field: 'outlet', value: name, confidence: HEAD_MASTHEAD_CONFIDENCE, rule: 'a print edition\'s running header (name – issue – date)', line: l.index + 1 };
  }
  return undefined;
}

/**
 * The head's masthead read by another rule already (the site-name readers: «الخليج بوست» as a short first line) keeps that
 * reading alone: this rule speaks for mastheads under furniture the other readers stop at, never twice for one line.
 */
export function dropEchoedHead(signals: Signal[]): void {
  const i = signals.findIndex((s) => s.rule === HEAD_RULE);
  if (i >= 0 && signals.some((s, j) => j !== i && s.field === 'outlet' && s.line === signals[i].line && s.value === signals[i].value)) signals.splice(i, 1);
}

/** The head's masthead of a place and a site's word, a name in two scripts on top, a markdown copy's bold name, as signals. */
export function closedMastheadSignals(lines: readonly Line[], start: number, titleIndex: number | undefined, lex: Lexicon, printed?: readonly string[]): Signal[] {
  const out: Signal[] = [];
  const line = closedMastheadLine(lines, start, titleIndex, lex);
  const known = line ? lex.names(line.text) : undefined;
  if (line) out.push({ field: 'outlet', value: known?.name ?? line.text.trim(), ...(known?.id ? { id: known.id } : {}), confidence: HEAD_MASTHEAD_CONFIDENCE, rule: HEAD_RULE, line: line.index + 1 });
  const both = bothScriptsMasthead(lines, start, titleIndex, lex);
  if (both) out.push(both);
  const bold = printed ? boldNameOverDate(printed, lex) : undefined;
  if (bold) out.push(bold);
  const header = runningHeader(lines, start, lex);
  if (header) out.push(header);
  return out;
}

// Linking words a company's full name holds that its acronym skips («Rádio e Televisão de Portugal» → RTP).
const LINKS = new Set(['e', 'de', 'da', 'do', 'des', 'del', 'di', 'of', 'and', 'the', 'la', 'le', 'und', 'i', 'y']);
const bare = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Is `short` the short form of `long`: a prefix of its first word («Yle» / «Yleisradio»), or its acronym — its letters in
 * order, the first the long name's first, each next one opening a word or inside the word the last one was taken from
 * or a later one («RTP» / «Rádio e Televisão de Portugal», «HRT» / «Hrvatska radiotelevizija», «ERR» / «Eesti
 * Rahvusringhääling»). Both Latin; the short one two to five letters.
 */
export function shortFormOf(short: string, long: string): boolean {
  const s = bare(short.trim());
  if (!/^[a-z]{2,5}$/.test(s)) return false;
  const words = bare(long).split(/[\s-]+/).filter((w) => /^[a-z]+$/.test(w) && !LINKS.has(w));
  if (!words.length || words.join('').length <= s.length) return false;
  if (words.length === 1) return words[0].startsWith(s) && words[0].length > s.length + 2;
  // Over several words only capitals spell an acronym («Fulda» is the first word of «Fulda Arabi», not its short form).
  if (short.trim() !== short.trim().toUpperCase() || words[0][0] !== s[0]) return false;
  // The acronym's letters, in order, over the words: every word's first letter is taken, or the word is skipped whole
  // only when it is no longer than a link; a letter may come from inside a word (a compound: «radiotelevizija»).
  let w = 0; let at = 1;
  for (const c of s.slice(1)) {
    let found = false;
    while (w < words.length) {
      const next = words[w].indexOf(c, at);
      const opens = w + 1 < words.length && words[w + 1][0] === c;
      if (opens) { w++; at = 1; found = true; break; }
      if (next >= 0) { at = next + 1; found = true; break; }
      w++; at = 1;
    }
    if (!found) return false;
  }
  // Every word of the long name was reached: an acronym spells the whole name, not its first half.
  return w >= words.length - 1;
}

/** The Latin name a © line holds («© Rádio e Televisão de Portugal 2027» → «Rádio e Televisão de Portugal»), its rights words aside. */
function latinCopyrightName(text: string, lex: Lexicon): string | undefined {
  if (!text.includes('©') || /[\u0600-\u06FF]/u.test(text)) return undefined;
  const name = text.replace(lex.rights.strip, ' ').replace(/©|[0-9]{4}(?:\s*[-–]\s*[0-9]{4})?|[.,|]/gu, ' ').replace(/\s+/g, ' ').trim();
  return /\p{L}{3}/u.test(name) ? name : undefined;
}

/**
 * «RTP» (or «Yle Uutiset»: the brand and a word of its menu's language) as the first line over the menu and «© Rádio e
 * Televisão de Portugal 2027» at the foot: the masthead's short brand is the name the page shows; the © line's long form
 * agrees with it (a © signal for it is lowered under the brand, never a rival).
 */
export function shortBrandSignals(lines: readonly Line[], start: number, signals: Signal[], lex: Lexicon): Signal[] {
  const first = lines.find((l) => l.kind !== 'blank');
  if (!first || first.index >= start || first.kind !== 'latin' || first.words > 2) return [];
  const brand = first.text.trim().split(/\s+/)[0];
  const foot = lines.slice(start).find((l) => l.kind !== 'body' && l.kind !== 'blank' && l.text.includes('©') && !!latinCopyrightName(l.text, lex) && shortFormOf(brand, latinCopyrightName(l.text, lex)!));
  if (!foot) return [];
  const long = latinCopyrightName(foot.text, lex)!;
  for (const s of signals) {
    if (s.field === 'outlet' && !s.id && s.rule.startsWith('© line') && shortFormOf(brand, s.value)) { s.confidence = Math.min(s.confidence, SHORT_BRAND_CONFIDENCE - 0.1); s.rule += ', the long form of the masthead\'s short brand'; }
  }
  return [{ field: 'outlet', value: brand, confidence: SHORT_BRAND_CONFIDENCE, rule: `the masthead's short brand, the © line printing its long form «${long}»`, line: first.index + 1, agreedBy: `line ${foot.index + 1}` }];
}

/** Rules whose outlet is a wire's or an aggregator's origin, not the page's own frame. */
const NOT_FRAME = /^(?:«المصدر:»|origin|credit line|site name after the story|origin named right after the story)/u;

/**
 * A site's frame naming it with conviction: the masthead printed again on the page, any frame reading at 0.6 and over, or
 * two frame places agreeing, that is no origin or wire credit. Under such a frame a wire's dateline and «المصدر: WIRE» make the wire the agency only —
 * unless a credit claims the text's rights for the wire («مصادر الخبر: © وكالة سبوتنيك»: an aggregator's copy, rights-holder.ts).
 */
export function frameNamesSite(signals: readonly Signal[], agencyText: string, credits: readonly { value: string }[]): boolean {
  if (credits.some((c) => /©|\(c\)|حقوق/iu.test(c.value))) return false;
  // Two places of the frame agreeing on it (`agreedBy`: a Latin masthead and a share line) count from 0.5.
  return signals.some((s) => s.field === 'outlet' && (s.confidence >= 0.6 || (!!s.agreedBy && s.confidence >= 0.5)) && !s.rule.startsWith(agencyText) && !NOT_FRAME.test(s.rule));
}
