// Furniture at either end of a headline's line that no list names (thirty-fourth round): a line is split at its
// furniture boundaries — a spaced separator (| • · ~ — – ::), a symbol or an emoji, a bracketed run, hashtags, a run
// with no Arabic letter («A+ A-», «▶ 02:45») — and a side span is cut when the evidence says it is not the headline's:
// the lead repeats none (or under half) of its words and none of its numbers, and it is short and bears a symbol, a
// digit, brackets or interface words (a sponsor's label, a call to action, a section's label, a badge). A span the page
// prints alone elsewhere (the site's name, a menu entry) is left to the readers of those (title-bar.ts,
// headline-segments.ts). The shape alone decides for an icon with its count («🔁 37 مشاركة») and hashtags: a body
// saying «بمشاركة» does not make a share counter the headline's words. Shape here; the lead's evidence is asked too.
import type { ClassifiedLine } from './classify';
import type { HeadlineContext } from './headline';
import type { HeadlineSegment } from './headline-segments';
import { contentWords, overlapShare, type LeadIndex } from './lead-overlap';
import { isUpdateMark } from './not-a-name';

/** A side span is at most this many tokens, separators left out («آخر تحديث: منذ 12 دقيقة»). */
const MAX_SIDE_TOKENS = 5;
/** …and the headline left must keep as many words as a headline printed alone. */
const MIN_CORE_WORDS = 5;
/** As headline.ts asks of a plausible headline: two shared words, a quarter of its words. */
const MIN_SHARED_WORDS = 2;
const MIN_SHARED_SHARE = 0.25;
/** The lead may repeat a word of the cut span by chance: under half of its words. */
const MAX_CUT_SHARE = 0.5;
/** A bracketed span of words (not a count) is at most this long («(مترجم)»). */
const MAX_BRACKET_WORDS = 2;

// A chevron alone («〉 سياسة», «❯», «>») parts a line as a bar does (thirty-sixth round); «‹ … ›» are brackets (below).
const SEPARATOR = /^(?:[|｜•·~—–\-/]+|[:：]{2,}|[〉〈❯❮⟩⟨>]+)$/u;
const ARABIC = /\p{Script=Arabic}/u;
const DIGIT = /[0-9٠-٩]/u;
/** A symbol or an emoji, no letter, no digit («✦», «⏱», «🔥», «▶»): not a quote mark or a stop. */
const isSymbolToken = (t: string) => /^[^\p{L}\p{N}]+$/u.test(t) && /[\p{S}\u200d\ufe0f]/u.test(t) && !SEPARATOR.test(t);
const isHashtag = (t: string) => /^#[\p{L}\p{N}_]+$/u.test(t);
/** Brackets of any script («(…)», «[…]», «【…】», «‹ … ›»); quote marks («…», "…") are the headline's own quoting. */
const OPENS = /^[\p{Ps}‹]/u;
const CLOSES = /[\p{Pe}›]$/u;
const BRACKET_CHARS = /[\p{Ps}\p{Pe}‹›]/gu;

export interface SideCut { cut: string; rest: string; after: boolean; kinds: string[] }

/** The spans a side may be cut at: [first token of the span, first token after it) from the line's edge, nearest first. */
function sideSpans(tokens: readonly string[], after: boolean): Array<{ from: number; to: number; core: [number, number] }> {
  const n = tokens.length;
  const out: Array<{ from: number; to: number; core: [number, number] }> = [];
  for (let k = 1; k <= MAX_SIDE_TOKENS && k < n; k++) {
    // The span is the k tokens at the edge; the token beside it (inner) may be a separator, cut with it.
    const from = after ? n - k : 0;
    const to = after ? n : k;
    const inner = after ? from - 1 : to;
    const edgeTok = after ? tokens[from] : tokens[to - 1];
    const span = tokens.slice(from, to);
    if (span.some((t) => SEPARATOR.test(t))) continue;
    const bySeparator = SEPARATOR.test(tokens[inner] ?? '');
    const bySymbol = isSymbolToken(edgeTok);
    const byBracket = OPENS.test(span[0]) && CLOSES.test(span[span.length - 1]);
    const byHashtags = span.every(isHashtag);
    // «A+ A- HEADLINE», «HEADLINE ▶ 02:45»: no Arabic letter and a symbol or a Latin letter (bare digits are the headline's: «10 آلاف …»).
    const byNonArabic = span.every((t) => !ARABIC.test(t)) && span.some((t) => /[\p{S}A-Za-z]/u.test(t)) && ARABIC.test(tokens[inner] ?? '');
    if (!bySeparator && !bySymbol && !byBracket && !byHashtags && !byNonArabic) continue;
    // Separators between the span and the headline («· 🔥 رائج») are cut with the span.
    let [c0, c1] = after ? [0, from] : [to, n];
    while (after && c1 > 0 && SEPARATOR.test(tokens[c1 - 1])) c1 -= 1;
    while (!after && c0 < n && SEPARATOR.test(tokens[c0])) c0 += 1;
    out.push({ from, to, core: [c0, c1] });
  }
  return out;
}

/** What makes a span furniture by its shape, beyond what the lead says of it. */
function spanShape(span: readonly string[], after: boolean, ctx: HeadlineContext): { sure: boolean; kinds: string[] } | undefined {
  const text = span.join(' ');
  const words = span.filter((t) => /\p{L}/u.test(t) && !isHashtag(t));
  const symbol = span.some((t) => /[\p{S}]/u.test(t));
  const digit = span.some((t) => DIGIT.test(t));
  const bracketed = OPENS.test(text) && CLOSES.test(text);
  const hashtags = span.every(isHashtag);
  const noArabic = !ARABIC.test(text);
  const kinds: string[] = [];
  if (hashtags) return { sure: true, kinds: ['hashtags'] };
  // «🔁 37 مشاركة», «👀 2.3 ألف», «⭐ 4.5/5», «▶ 02:45»: an icon and a count, or no Arabic letter at all.
  if ((symbol && digit) || (noArabic && symbol)) return { sure: true, kinds: ['icon, count or control'] };
  if (symbol) kinds.push('symbol');
  if (digit) kinds.push('digits');
  const bare = words.join(' ').replace(BRACKET_CHARS, '');
  // «HEADLINE (محدّث)»: the page's update mark closing the headline is the template's (`updateMarks`; thirty-fourth round, merged).
  // «HEADLINE — مُحدَّث 14:20» (thirty-fifth round, merged): after a dash or a bar (the span's boundary) the mark too,
  // a time beside it; the mark is read by its key, so its diacritics never hide it.
  // One reading with own-site.ts's (not-a-name.ts): symbols beside the mark («‹ 🔄 محدّث ›») are its furniture.
  if (after && isUpdateMark(text, ctx.headlineFurniture?.updateMarks, ctx.key)) return { sure: true, kinds: ['an update mark'] };
  if (bracketed) {
    // «(فيديو)», «(أ.ب)», «(أرشيفية)»: a genre tag, a photo agency's credit, a caption's word are read elsewhere.
    // A credit word before the headline («【خاص】 HEADLINE») is the template's badge, never a credit: only after it is it one.
    const named = ctx.lookup(bare);
    if (/[./]/u.test(text) || ctx.genreTags?.has(ctx.key(bare)) || (named && (after || named.kind !== 'generic'))) return undefined;
    if (bare && normalizedWords(bare).some((w) => ctx.captionWords?.has(w))) return undefined;
    if (!digit && words.length > MAX_BRACKET_WORDS) return undefined;
    kinds.push('brackets');
  }
  // Before the headline a call to action or a label opens a teaser («شاهد | …»): interface words alone are cut only after it.
  if (after && bare && interfaceWords(bare, ctx)) kinds.push('interface words');
  return kinds.length ? { sure: false, kinds } : undefined;
}

/** A byline's name after its label: a person's two to four names. */
const BYLINE_NAME_WORDS = 4;
const normalizedWords = (text: string) => text.split(/\s+/u).map((w) => w.replace(/[^\p{L}]/gu, ''));

/** «برعاية مصرف …», «استمع للخبر», «سياسة دولية», «مثبت»: a sponsor's label, an interface line or call to action, a section, a badge. */
function interfaceWords(text: string, ctx: HeadlineContext): boolean {
  const key = ctx.key(text);
  if (!key) return false;
  if (ctx.sponsorLabels?.some((p) => key === p || key.startsWith(`${p} `))) return true;
  // «— بقلم: سامر الخطيب»: a byline's label and a name of a few words.
  const [label, ...name] = key.split(' ');
  if (ctx.bylineLabels?.has(label.replace(/[:：]$/u, '')) && name.length >= 1 && name.length <= BYLINE_NAME_WORDS) return true;
  const f = ctx.furnitureWords;
  if (f?.isInterfaceLine(text) || f?.isCallToAction(key.split(' ')[0]) || f?.isSectionLabel?.(text)) return true;
  const h = ctx.headlineFurniture;
  return !!h && (h.badgeWords.has(key) || h.pagerWords.has(key));
}

/** A span the page prints alone on another line, or a name the lists know: the site's or a menu's, read elsewhere. */
function namedElsewhere(text: string, line: ClassifiedLine, lines: readonly ClassifiedLine[], ctx: HeadlineContext): boolean {
  const k = ctx.key(text);
  return !!ctx.lookup(text) || !!ctx.masthead?.(text) || (!!k && lines.some((o) => o.index !== line.index && o.key === k));
}

/** A number or a Latin word of the span that the lead prints too («… 2030», «G20»): the headline's own. */
function rawInLead(span: readonly string[], leadText: string): boolean {
  return span.some((t) => {
    const core = t.replace(/[^\p{L}\p{N}.,/]/gu, '');
    return core.length >= 2 && !ARABIC.test(core) && leadText.includes(core);
  });
}

/**
 * The furniture at one or both ends of a headline-shaped line, cut by the evidence, else undefined: the rest keeps
 * four words and the lead repeats it (two words, a quarter of them); the cut span is short, of a furniture shape,
 * printed alone nowhere else, and the lead repeats none of its numbers and under half of its words (an icon with its
 * count and hashtags: whatever it repeats).
 */
export function sideFurniture(line: ClassifiedLine, text: string, lines: readonly ClassifiedLine[], lead: LeadIndex, leadText: string, ctx: HeadlineContext): SideCut | undefined {
  let tokens = text.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length < MIN_CORE_WORDS + 1) return undefined;
  // «🔥 HEADLINE» printed so again on the page (a title bar, a share text): the page repeats the span as the headline's.
  // Asked only once a side span has a furniture shape (most lines have none: the hot path is the shape test).
  const whole = text.trim();
  let printedAgain: boolean | undefined;
  const repeatedWhole = () => (printedAgain ??= line.repeats > 1 || lines.some((o) => o.index !== line.index && o.text.includes(whole)));
  const cuts: string[][] = [[], []];
  const kinds: string[] = [];
  let cutAfter = false;
  for (const after of [true, false]) {
    const spans = sideSpans(tokens, after);
    // The farthest boundary first: «· 🔥 رائج» is cut at the bullet, not at the flame.
    for (const s of spans.reverse()) {
      const span = tokens.slice(s.from, s.to);
      const core = tokens.slice(s.core[0], s.core[1]);
      if (core.length < MIN_CORE_WORDS) continue;
      // «… | ماليزيا | آسيان»: a bar or a trail is left to the readers of those (headline-segments.ts, title-bar.ts).
      if (core.some((t) => SEPARATOR.test(t))) continue;
      const shape = spanShape(span, after, ctx);
      if (!shape) continue;
      const spanText = span.join(' ');
      if (repeatedWhole()) return undefined;
      if (namedElsewhere(spanText, line, lines, ctx) || rawInLead(span, leadText) || namedElsewhere(core.join(' '), line, lines, ctx)) continue;
      const kept = overlapShare(contentWords(core.join(' '), ctx.functionWords), lead);
      if (kept.shared < MIN_SHARED_WORDS || kept.share < MIN_SHARED_SHARE) continue;
      const dropped = overlapShare(contentWords(spanText.replace(/#/gu, ' '), ctx.functionWords), lead);
      if (!shape.sure && dropped.share >= MAX_CUT_SHARE) continue;
      cuts[after ? 1 : 0] = after ? tokens.slice(s.core[1]) : tokens.slice(0, s.core[0]);
      kinds.push(...shape.kinds);
      if (after) cutAfter = true;
      tokens = core;
      break;
    }
  }
  if (!kinds.length) return undefined;
  const cut = [...cuts[0], ...cuts[1]].join(' ');
  return { cut, rest: tokens.join(' '), after: cutAfter && !cuts[0].length, kinds: [...new Set(kinds)] };
}

/** The cut as a headline segment (headline-segments.ts's shape), merged with a cut made before it when there is one. */
export function withSides(glued: HeadlineSegment | undefined, sides: SideCut | undefined): HeadlineSegment | undefined {
  if (!sides) return glued;
  const evidence = `side spans by the evidence: ${sides.kinds.join(', ')}`;
  if (glued) return { ...glued, rest: sides.rest, prefix: `${glued.prefix} ${sides.cut}`, evidence: glued.evidence ? `${glued.evidence}; ${evidence}` : evidence };
  return { prefix: sides.cut, rest: sides.rest, shape: 'furniture', ...(sides.after ? { after: true } : {}), evidence };
}

/**
 * «📌 مثبت», «🎧 استمع», «برعاية مصرف الواحات», «#طاقة»: a part of the headline's line that bears a symbol, is
 * hashtags or opens with a sponsor's label (lexicon keys `sponsors`) is furniture, never the site's name in a title bar.
 */
export function isSideFurniture(text: string, sponsors: readonly string[], key: (s: string) => string, bylines?: ReadonlySet<string>): boolean {
  const tokens = text.trim().split(/\s+/u).filter(Boolean);
  if (!tokens.length) return false;
  if (tokens.some(isSymbolToken) || tokens.every(isHashtag)) return true;
  const k = key(text);
  // «HEADLINE — بقلم: NAME»: a byline is no site's name.
  if (bylines?.has(k.split(' ')[0].replace(/[:：]$/u, ''))) return true;
  return sponsors.some((p) => k === p || k.startsWith(`${p} `));
}
