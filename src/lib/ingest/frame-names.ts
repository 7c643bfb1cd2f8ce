// The site's name printed only in the page's frame (nineteenth round, part O): the boxes around the
// story that a site prints about itself — an app banner («حمّل تطبيق صحيفة مزمز»), a newsletter box
// («اشترك في نشرة صدى الحجاز اليومية»), a contact line («للتواصل مع إدارة تحرير إربد نيوز»), a
// follow line («تابعوا لبنان اليوم على تيليغرام») and an «about» blurb under «من نحن» / «عن الموقع»
// («بيروت أوبزرفر موقع إخباري لبناني …»). None of them is a position: each box is read by the words
// that open it (`frameBoxes` in content/boilerplate.yaml), and each is weak alone — the outlet is the
// name when the frame's signals agree (pickSignal adds agreement; a Latin «© 2026 NAME» line stands
// for the one Arabic name the frame prints, oneSiteInTwoScripts).
import type { Signal } from './credits';
import type { Lexicon } from './boilerplate';
import type { PageLine } from './site-name';
import { lexKey } from './boilerplate';
import { copyrightName, holdsRights, unlikeAName, type RightsPhrases } from './site-name';
import { sourceKey } from '../data/keys';

export interface FrameBox {
  kind: string;
  /** Words that open the box's line; a last word «ل» is the preposition glued to the name («لصدى البحرين»). */
  leads: string[];
  confidence: number;
}

/** The rule every frame-box signal carries (outlet-candidates.ts reads it as the page's own Arabic frame). */
export const FRAME_BOX_RULE = 'a name in the page\'s frame';

// A lead's keys, computed once per lead (the leads are data; a page has many lines to try them on).
const leadCache = new Map<string, { fixed: string[]; glued: boolean }>();
function leadKeys(lead: string): { fixed: string[]; glued: boolean } {
  let k = leadCache.get(lead);
  if (!k) {
    const lk = lexKey(lead).split(' ');
    const glued = lk[lk.length - 1] === 'ل';
    k = { fixed: glued ? lk.slice(0, -1) : lk, glued };
    leadCache.set(lead, k);
  }
  return k;
}

/** The name a box's line holds after one of its leads, cut at a closer word (`closers`: lexKeys) or a colon, less a site's type word. */
export function boxName(text: string, leads: readonly string[], closers: ReadonlySet<string>, prefixes: readonly string[]): string | undefined {
  const words = text.trim().split(/\s+/);
  // Keyed only as far as a lead reaches (every line of the page is tried against every lead).
  const keys: string[] = [];
  const keyAt = (i: number) => (keys[i] ??= lexKey(words[i] ?? ''));
  for (const lead of leads) {
    const { fixed, glued } = leadKeys(lead);
    if (fixed.length > words.length || fixed.some((w, i) => keyAt(i) !== w)) continue;
    let rest = words.slice(fixed.length);
    if (glued) {
      // «لتصلك آخر الأخبار»: a verb after the «ل», not a name (a closer word, checked whole).
      if (!rest.length || !/^ل\p{L}{2}/u.test(rest[0]) || closers.has(lexKey(rest[0]))) continue;
      rest = [rest[0].replace(/^لل(?=\p{L})/u, 'ال').replace(/^ل/u, ''), ...rest.slice(1)];
    }
    const name: string[] = [];
    for (const w of rest) {
      const bare = w.replace(/[:：،,.!]+$/u, '');
      if (!bare || closers.has(lexKey(bare))) break;
      name.push(bare);
      if (bare !== w) break;
    }
    while (name.length > 1 && prefixes.includes(sourceKey(name[0]))) name.shift();
    while (name.length > 1 && closers.has(lexKey(name[name.length - 1]))) name.pop();
    const value = name.join(' ').trim();
    return value && name.length <= 4 && /\p{Script=Arabic}{2}/u.test(value) ? value : undefined;
  }
  return undefined;
}

/** «بيروت أوبزرفر موقع إخباري …» under «من نحن»: the words before the blurb's type word (or its colon). */
export function blurbName(text: string, typeWords: ReadonlySet<string>): string | undefined {
  const words = text.trim().split(/\s+/);
  for (let i = 1; i <= Math.min(4, words.length - 1); i++) {
    // «قطر الآن: منصة …» or «قطر الآن منصة …»: a type word opens what the blurb says of the name.
    if (typeWords.has(sourceKey(words[i])) || typeWords.has(lexKey(words[i]))) {
      const name = words.slice(0, i).join(' ').replace(/[:：]$/u, '').trim();
      return /\p{Script=Arabic}{2}/u.test(name) ? name : undefined;
    }
  }
  return undefined;
}

type FrameData = NonNullable<Lexicon['data']['frameBoxes']>;
// The data's keys, once per lexicon's data (not once per page).
const frameKeyCache = new WeakMap<FrameData, { closers: Set<string>; headings: Set<string>; typeWords: Set<string>; firstWords: Set<string>; accountWords: Set<string> }>();
function frameKeys(data: FrameData) {
  let k = frameKeyCache.get(data);
  if (!k) {
    // The first word of every lead: a line opening with none of them is no box (most lines of a page).
    const firstWords = new Set(data.boxes.flatMap((b) => b.leads.map((lead) => leadKeys(lead).fixed[0] ?? '')));
    k = { closers: new Set(data.closers.map(lexKey)), headings: new Set(data.aboutHeadings.map(lexKey)), typeWords: new Set(data.blurbTypeWords.map(lexKey)), firstWords, accountWords: new Set((data.accountWords ?? []).map(lexKey)) };
    frameKeyCache.set(data, k);
  }
  return k;
}

const QUOTED = /^["«“](.+?)["»”]$/u;
const QUOTED_BONUS = 0.1;

/** Signals from the page's frame boxes: each names the site that prints it, weakly. */
export function frameBoxSignals(lines: readonly PageLine[], lex: Lexicon, titleIndex?: number): Signal[] {
  const data = lex.data.frameBoxes;
  if (!data) return [];
  const { closers, headings, typeWords, firstWords, accountWords } = frameKeys(data);
  const out: Signal[] = [];
  const seen = lines.filter((l) => l.kind !== 'blank');
  const fit = (name: string | undefined) => !!name && !unlikeAName(name, lex.nameStopWords) && lex.names(name)?.kind !== 'generic' && !lex.sectionLabels.has(lexKey(name));
  seen.forEach((l, i) => {
    if (l.words > 14 || l.index === titleIndex) return;
    if (firstWords.has(lexKey(l.text.trim().split(/\s+/, 1)[0] ?? ''))) for (const box of data.boxes) {
      const boxed = boxName(l.text, box.leads, closers, lex.sitePrefixes);
      // «تابعوا "عفك نيوز" على إنستغرام»: a name in quotes is a proper name, not «آخر الأخبار» (twenty-ninth round).
      const quoted = boxed ? QUOTED.exec(boxed)?.[1] : undefined;
      const name = quoted ?? (boxed && withoutAccountWord(boxed, accountWords, seen, lex));
      if (fit(name)) { out.push(named(name!, box.confidence + (quoted ? QUOTED_BONUS : 0), `${FRAME_BOX_RULE} (${box.kind}${quoted ? ', quoted' : ''})`, l.index, lex)); return; }
    }
    // «من نحن» alone over its blurb, or «من نحن: NAME موقع …» on one line.
    const inline = /^(.{2,20}?)\s*[:：]\s*(.+)$/u.exec(l.text.trim());
    // The blurb is a sentence (six words or more) right under its heading, never the headline («من نحن» as a menu entry over it).
    const under = seen[i + 1] && seen[i + 1].index !== titleIndex && seen[i + 1].words >= 6 ? seen[i + 1].text : undefined;
    const blurb = headings.has(lexKey(l.text)) ? under : inline && headings.has(lexKey(inline[1])) ? inline[2] : undefined;
    const name = blurb ? blurbName(blurb, typeWords) : undefined;
    if (fit(name)) out.push(named(name!, data.aboutConfidence, `${FRAME_BOX_RULE} (an «about» blurb)`, headings.has(lexKey(l.text)) ? seen[i + 1].index : l.index, lex));
  });
  return out;
}

/**
 * «تابعوا صفحة كنكوصة إنفو»: the account's word («صفحة», «حساب», `accountWords`) before the name is the medium, cut —
 * unless the page prints the whole name alone on a line of its own or the sources know the whole («صفحة أولى»).
 */
function withoutAccountWord(name: string, accountWords: ReadonlySet<string>, lines: readonly PageLine[], lex: Lexicon): string {
  const [first, ...rest] = name.split(/\s+/u);
  if (!rest.length || !accountWords.has(lexKey(first))) return name;
  const whole = lexKey(name);
  if (lex.names(name) || lines.some((l) => lexKey(l.text) === whole)) return name;
  return rest.join(' ');
}

function named(value: string, confidence: number, rule: string, index: number, lex: Lexicon): Signal {
  const known = lex.names(value);
  return { field: 'outlet', value: known?.name ?? value, ...(known?.id ? { id: known.id } : {}), confidence, rule, line: index + 1 };
}

/** How a Latin © line is weighed: a bare ©, a © with a rights phrase in words, the platforms whose © is never the site's. */
export interface LatinCopyright {
  confidence: number;
  rightsConfidence?: number;
  platforms?: ReadonlySet<string>;
  /** True when a two-word Latin name is a person's («Samir Louati»: a listed given name first, `latinGivenNames`). */
  isPerson?: (name: string) => boolean;
}

// The rights words that are only a mark: the line claims the rights in words when a phrase is left without them.
const BARE_MARKS = /©|\(c\)|\bcopyright\b/giu;

/**
 * «© 2026 Zahrat Al Khaleej. All rights reserved»: a © line naming the site in Latin letters only —
 * weak alone (it is shown in Latin), the same site as the one Arabic name the frame prints. A line that
 * also claims the rights in words («Alle Rechte vorbehalten», «Alla rättigheter förbehållna») is the site
 * asserting its own rights (`rightsConfidence`, thirtieth round); a platform's or a host's © line
 * («© 2027 Substack Inc») names the tool, never the site.
 */
export function latinCopyrightSignals(lines: readonly PageLine[], weights: LatinCopyright, rights: RightsPhrases): Signal[] {
  const out: Signal[] = [];
  for (const l of lines) {
    const name = copyrightName(l.text, rights);
    if (!name || /\p{Script=Arabic}/u.test(name) || !/\p{Script=Latin}{2}/u.test(name) || name.split(/\s+/).length > 4) continue;
    if (weights.platforms?.has(lexKey(name.split(/\s+/)[0])) || weights.isPerson?.(name)) continue;
    const worded = weights.rightsConfidence !== undefined && holdsRights(l.text.replace(BARE_MARKS, ' '), rights);
    out.push({ field: 'outlet', value: name, confidence: worded ? weights.rightsConfidence! : weights.confidence, rule: '© line (a Latin name)', line: l.index + 1 });
  }
  return out;
}

/**
 * «بوابة اللاجئين الفلسطينيين» on top, «© بوابة اللاجئين 2026» at the foot: the © line prints the
 * masthead's name shorter (or longer, «… لجريدة ريف بوست الإلكترونية»); the masthead is printed again.
 */
export function mastheadInCopyright(siteKey: string, lines: readonly PageLine[], siteIndex: number, rights: RightsPhrases): boolean {
  return lines.some((l) => {
    if (l.index === siteIndex) return false;
    const name = copyrightName(l.text, rights);
    const key = name ? sourceKey(name) : '';
    return key.length >= 3 && (` ${siteKey} `.includes(` ${key} `) || ` ${key} `.includes(` ${siteKey} `));
  });
}
