// The main story's body (extract.ts): where the first substantial run of prose starts, where the
// story starts when a dateline opens the line under a lone headline-like line, and the story's
// paragraphs until its closing meta or a «read also» marker (a marker mid-story and its listed
// headlines skipped when the story resumes). Split from extract.ts (session 20).
import { isChainStub } from './dateline-stub';
import { isFigureCaption } from './caption-between';
import { isPictureCaption } from './typed-credits';
import { lexKey, type Lexicon } from './boilerplate';
import { normalizeArabic } from '../arabic/normalize';
import { endsWithBracket, nextNonBlank, type ClassifiedLine } from './classify';
import { countSentences, endsLikeSentence } from './text';
import type { Dateline } from './dateline';
import { MAX_SUBHEADING_WORDS, MIN_EMBEDDED_SENTENCES, proseRunSentences } from './related-zone';
import { isEchoedSubheading } from './sub-heading';
import { leadUnderMarkedHeadline } from './marked-headline';
import { announcesList, closesQuotation, isListItem, listLeadIn, opensQuotation } from './list';
import { isCreditWord } from './names';
import { nextNumberedItem, ordinalOf } from './numbered-list';
import { withCutEnding } from './cut-ending';
import { isSentenceTeaser, teaserUnderLabel } from './read-also-teaser';
import { stackedOverSubheading } from './lead-subheading';
import { figureLeadIn, figureRunBelow, isBulletItem, isFigureItem, withLoneBullets } from './item-runs';

/** A main body must have at least this much prose (drops lone cookie/teaser sentences). */
const MIN_MAIN_SENTENCES = 2;
const MIN_MAIN_CHARS = 120;
/** Non-prose lines tolerated inside a run of prose before the run ends. */
const MAX_GAP_LINES = 3;

const CLOSING_KINDS = new Set(['source', 'tags', 'hashtags', 'marker']);

/**
 * «الوساطة الخليجية.. ما الذي تغير منذ الجولة الأولى؟» over a date, a byline or a relative time: a question
 * of headline length whose next line is the page's header, not prose, is the headline — the story
 * starts after the header (seventeenth round: a question with ≥ 6 words reads as a sentence).
 */
function questionOverHeader(lines: ClassifiedLine[], i: number): boolean {
  const l = lines[i];
  if (l.words > 20 || !/[؟?]\s*["»”]?$/u.test(l.text)) return false;
  const next = lines.slice(i + 1).find((o) => o.kind !== 'blank');
  if (!next) return false;
  if (['date', 'byline', 'relative-time'].includes(next.kind)) return true;
  // Under a box's label and over another headline: a poll's question («شارك برأيك» / «… ما تقييمك
  // لعقوبة الأهلي؟» / the story's own headline) is the box's, not the story (twenty-third round).
  const previous = lines.slice(0, i).reverse().find((o) => o.kind !== 'blank');
  return next.kind === 'heading' && previous?.kind === 'marker';
}

/**
 * «عائلات أوكرانية تعود إلى مدنها … (أسوشيتد برس)» over the date line: a line closed by a photo
 * agency's tag in brackets, with no full stop before it, printed above the page's header (its
 * date, byline or relative time) is the photo's caption under the headline, not the story's first
 * paragraph — the story starts after the header (eighteenth round).
 */
function captionOverHeader(lines: ClassifiedLine[], i: number): boolean {
  const l = lines[i];
  if (l.words > 30 || !/[^.!؟?]\s*\([^()]{2,25}\)$/u.test(l.text)) return false;
  const next = lines.slice(i + 1).find((o) => o.kind !== 'blank');
  return !!next && ['date', 'byline', 'relative-time'].includes(next.kind);
}

/**
 * Index of the first line of the main body: the first substantial run of prose. A «read also»
 * marker and its headlines inside the run do not end it when the prose after them continues
 * the story («وأوضح …»): a one-sentence lead above them is the lead, not a teaser.
 */
export function findMainStart(lines: ClassifiedLine[], lex?: Lexicon): number {
  let firstBody = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'body' || lines[i].bullet) continue;
    if (firstBody < 0) firstBody = i;
    if (questionOverHeader(lines, i) || captionOverHeader(lines, i)) continue;
    let sentences = 0;
    let chars = 0;
    let gap = 0;
    for (let j = i; j < lines.length && gap <= MAX_GAP_LINES; j++) {
      const l = lines[j];
      const resume = l.kind === 'marker' && lex && sentences ? storyResumesAt(lines, j, lex) : undefined;
      if (resume !== undefined) { j = resume - 1; continue; }
      if (CLOSING_KINDS.has(l.kind) || l.kind === 'menu') break;
      if (l.kind === 'blank') continue;
      if (l.kind === 'body' && !l.bullet) {
        sentences += Math.max(1, countSentences(l.text));
        chars += l.text.length;
        gap = 0;
      } else gap++;
    }
    if (sentences >= MIN_MAIN_SENTENCES && chars >= MIN_MAIN_CHARS) return i;
  }
  return firstBody;
}

export interface MainBody {
  paragraphs: string[];
  /** Date, agency and dateline lines met inside the body. */
  meta: ClassifiedLine[];
  /** Index of the first line after the body (closing meta or the related zone). */
  end: number;
  /** Index of the line after the story's last paragraph (credits printed under it follow). */
  proseEnd: number;
  /** The short sub-headings kept between the paragraphs (lead-subheading.ts compares a line over the lead with them). */
  subheadings: string[];
}

/**
 * A lone short question under a dropped headline («اقرأ المزيد» / headline / «ماذا تريد أوروبا
 * من قمة ألاسكا؟»): the next item of a headline list, not the story's prose.
 */
function listedQuestion(lines: ClassifiedLine[], l: ClassifiedLine, kept: number): boolean {
  if (!kept || l.words > 12 || !/[؟?]$/.test(l.text) || countSentences(l.text) > 1) return false;
  let j = l.index - 1;
  while (j >= 0 && lines[j].kind === 'blank') j--;
  return j >= 0 && lines[j].kind === 'heading' && lines[j].words > MAX_SUBHEADING_WORDS;
}

/** «(تستمر)», «(النهاية)»: one or two words in brackets alone on a line — an editor's mark, not a sub-heading. */
const EDITORS_MARK = /^[(（]\s*[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?\s*[)）]$/u;

/**
 * «مؤتمر وزير الصحة» twice, «• المتحدث باسم الكرملين» over the same words: a short line printed again on
 * the next line (a picture's alt text and its caption) is a caption, never a sub-heading — a writer does
 * not repeat a heading (twenty-eighth round, real pages).
 */
export function printedTwice(lines: ClassifiedLine[], i: number): boolean {
  const twin = (j: number) => j >= 0 && lines[j]?.key === lines[i].key;
  return twin(previousNonBlank(lines, i)) || twin(nextNonBlank(lines, i)?.index ?? -1);
}

/**
 * «وزير الخارجية … يتحدث للصحافيين في جنيف (أ.ب)» on two lines in a row: a line closed by a tag in brackets
 * with no sentence's end before it, printed twice, is a picture's alt text and caption — a story's last
 * sentence closed by its wire's tag is printed once (twenty-eighth round, real pages).
 */
function twinCaption(lines: ClassifiedLine[], i: number): boolean {
  // The tag's pattern is end-anchored: tried from every position of a prose line unless it ends with «)».
  const tag = endsWithBracket(lines[i].text) ? BRACKETED_TAG.exec(lines[i].text) : null;
  return !!tag && !endsLikeSentence(lines[i].text.slice(0, tag.index)) && printedTwice(lines, i);
}

const BRACKETED_TAG = /\s*\([^()]{1,20}\)\s*$/u;

/**
 * «متابعات – سودان لايف», «خاص | NAME»: a credit word (`creditWords`) and a name set apart by a dash, a
 * bar or a slash says how the story was gathered — a credit line, never a sub-heading (twenty-eighth round).
 */
export function isCreditLine(text: string, lex: Lexicon): boolean {
  const parts = text.split(/\s*[-–—|｜/]+\s*/u).filter(Boolean);
  return parts.length === 2 && parts.some((p) => isCreditWord(p, lex.names));
}

/** Words a paragraph without its full stop has at least (fewer: a sub-heading's or a link's length). */
const MIN_UNSTOPPED_WORDS = 8;

function previousNonBlank(lines: ClassifiedLine[], i: number): number {
  let j = i - 1;
  while (j >= 0 && lines[j].kind === 'blank') j--;
  return j;
}

/** The most unstopped paragraphs in a row read as prose (a longer run of such lines is a list of links). */
const MAX_UNSTOPPED_RUN = 4;

/** A heading of paragraph length that opens as a continuation and is no caption «… (صورة: رويترز)». */
function unstoppedShape(l: ClassifiedLine | undefined, lex: Lexicon): boolean {
  return !!l && l.kind === 'heading' && l.words >= MIN_UNSTOPPED_WORDS && continuesStory(l.text, lex) && !/\)\s*$/u.test(l.text);
}

/**
 * «وأكدت الأمم المتحدة أن أكثر من 3 ملايين … بسبب الحرب» under a paragraph and over another (or
 * closing a copy cut mid-sentence): prose that continues the story and only lacks its full stop,
 * not a stray headline nor a caption «… (صورة: رويترز)» (twenty-third round, real pages).
 * A copy whose sentences all lack their full stop prints such lines in a row: each leans on the
 * run above it, which must start under a paragraph, and on the run or a paragraph below it
 * (thirty-fourth session, 13p: a real page lost the two shorter lines of such a run).
 */
export function isUnstoppedParagraph(lines: ClassifiedLine[], i: number, lex: Lexicon): boolean {
  if (!unstoppedShape(lines[i], lex)) return false;
  let above = lines[previousNonBlank(lines, i)];
  for (let run = 1; unstoppedShape(above, lex); run++) {
    if (run >= MAX_UNSTOPPED_RUN) return false;
    above = lines[previousNonBlank(lines, above.index)];
  }
  const next = nextNonBlank(lines, i);
  // A related block's marker («اقرأ أيضا») under it closes the story as the page's end does; so do the
  // photos' credit lines «(Photo by … via Getty Images)» under a line that goes on from the story with
  // «و…» — a picture's own description opens on its subject (forty-second round, a real print view).
  const creditsBelow = next?.kind === 'caption' && continuesStory(lines[i].text, lex);
  return above?.kind === 'body' && !above.bullet && (!next || next.kind === 'body' || next.kind === 'marker' || creditsBelow || unstoppedShape(next, lex));
}

/** Prose that continues a story: it opens with «و…»/«ف…» or a continuation of the lexicon («كما», «من جهته»…). */
export function continuesStory(text: string, lex: Lexicon): boolean {
  const opening = normalizeArabic(text);
  return /^[وف]/.test(text) || lex.storyContinuations.some((w) => opening.startsWith(w));
}

/** After a marker: a headline, then prose whose first word does not continue a story. */
function opensNewStory(lines: ClassifiedLine[], marker: number, lex: Lexicon): boolean {
  const headline = nextNonBlank(lines, marker);
  if (!headline || headline.kind !== 'heading') return false;
  const prose = nextNonBlank(lines, headline.index);
  if (!prose || prose.kind !== 'body' || proseRunSentences(lines, prose.index) < MIN_EMBEDDED_SENTENCES) return false;
  return !continuesStory(prose.text, lex);
}

/** Lines a «read also» block between paragraphs holds: its headlines (list items or not). */
const MAX_LISTED_LINES = 8;

/**
 * After a marker mid-story («اقرأ أيضاً من الأرشيف» and a few headlines), prose that continues
 * the story («ودعا الرئيس …»): where the story resumes, else undefined.
 */
function storyResumesAt(lines: ClassifiedLine[], marker: number, lex: Lexicon): number | undefined {
  let j = marker + 1;
  while (j < lines.length && j - marker <= MAX_LISTED_LINES
    && (lines[j].kind === 'blank' || (['heading', 'short', 'menu'].includes(lines[j].kind) && lines[j].words <= 15))) j++;
  const prose = lines[j];
  if (!prose || prose.kind !== 'body' || j - marker > MAX_LISTED_LINES) return undefined;
  if (continuesStory(prose.text, lex)) return j;
  // Right under the marker, a teaser written as a whole sentence over the story going on (read-also-teaser.ts).
  const resumes = nextNonBlank(lines, j);
  return nextNonBlank(lines, marker)?.index === j && isSentenceTeaser(lines, j, (t) => continuesStory(t, lex)) && resumes && resumes.index - marker <= MAX_LISTED_LINES ? resumes.index : undefined;
}

/** Most words a follow prompt («تابعوا آخر أخبارنا … عبر Google news») has. */
const MAX_FOLLOW_PROMPT_WORDS = 16;

/** «تابعونا على تلغرام»: an opener of `followPrompts`, a «where» word after it, no full stop (boilerplate.yaml). */
export function isFollowPrompt(l: ClassifiedLine, lex: Lexicon): boolean {
  if (l.kind === 'blank' || l.words < 2 || l.words > MAX_FOLLOW_PROMPT_WORDS || /[.!؟?]\s*$/u.test(l.text)) return false;
  const words = l.text.split(/\s+/);
  return lex.followPrompts.openers.has(lexKey(words[0])) && words.slice(1).some((w) => lex.followPrompts.via.has(lexKey(w)));
}

/** The line under a follow prompt is a paragraph that continues the story, closed by its full stop. */
function storyGoesOn(lines: ClassifiedLine[], i: number, lex: Lexicon): boolean {
  const next = nextNonBlank(lines, i);
  return !!next && next.kind === 'body' && continuesStory(next.text, lex) && /[.!؟?]\s*$/u.test(next.text);
}

/** Past at most two interface lines (a share bar: «شارك», «نسخ الرابط»), a line that goes on from the story with «و…» and a full stop. */
function resumesPastFurniture(lines: ClassifiedLine[], i: number, lex: Lexicon): boolean {
  let furniture = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.kind === 'blank') continue;
    if (l.kind === 'boilerplate' && l.words <= 4 && ++furniture <= 2) continue;
    return l.kind === 'body' && continuesStory(l.text, lex) && /[.!؟?]\s*$/u.test(l.text);
  }
  return false;
}

/** The main article's prose from `start` until its closing meta or a «read also» marker. */
const TRAILS_OFF = /(?:…|\.{3})\s*$/u;

/** Two lines in a row cut with an ellipsis are teasers unless both continue the story. */
function trailsOffAsTeasers(text: string, next: string, lex: Lexicon): boolean {
  return TRAILS_OFF.test(next) && !(continuesStory(text, lex) && continuesStory(next, lex));
}

export function readMainBody(pageLines: ClassifiedLine[], start: number, titleKey: string | undefined, lex: Lexicon): MainBody {
  // Items under a lone dash read as bulleted, a copy's cut last sentence as prose (item-runs.ts, cut-ending.ts).
  const lines = withCutEnding(withLoneBullets(pageLines), lex);
  const main: string[] = [];
  const subheadings: string[] = [];
  const meta: ClassifiedLine[] = [];
  const laterMeta = (i: number) => lines.slice(i + 1).some((l) => l.kind === 'source' || l.kind === 'tags');
  let i = start;
  let proseEnd = start;
  // The last line kept was an item of a list a colon announced: a short stopped line under it is the next.
  let listOpen = false;
  // The ordinal of the last numbered item kept («3- …»), 0 when the last line kept was no such item.
  let lastOrdinal = 0;
  let quoteOpen = false;
  // The last line kept was a figure item of a list, its lead-in or its sub-heading (item-runs.ts).
  let figureOpen = false;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'marker') {
      const resume = main.length ? storyResumesAt(lines, i, lex) : undefined;
      if (resume !== undefined) {
        i = resume - 1;
        continue;
      }
      // «اقرأ أيضا» in the middle of a story (the story's own source/tags come later): skip the
      // marker and the linked headline, keep reading the story — unless the prose under that
      // headline opens a story of its own (an embedded article: its lead does not continue
      // with «و…»/«ف…» the way a story's later paragraphs do).
      if (main.length && laterMeta(i) && !opensNewStory(lines, i, lex)) {
        const next = nextNonBlank(lines, i);
        if (next && (next.kind === 'heading' || next.kind === 'short')) i = next.index;
        continue;
      }
      break;
    }
    // A follow prompt between the story's paragraphs (the next line goes on with «و…» and a full stop) is skipped.
    if (main.length && isFollowPrompt(l, lex) && storyGoesOn(lines, i, lex)) continue;
    // «الوسوم: …» and a share bar between the paragraphs, the story going on under them: a theme's tag box printed
    // mid-body, the story not over (forty-third round, merged).
    if (main.length && (l.kind === 'tags' || l.kind === 'hashtags') && resumesPastFurniture(lines, i, lex)) continue;
    if (CLOSING_KINDS.has(l.kind) || (main.length && isFollowPrompt(l, lex))) break;
    if (l.kind === 'date' || l.kind === 'agency' || l.kind === 'dateline') {
      meta.push(l);
      continue;
    }
    if (l.kind === 'body') {
      // A paragraph of the quoted text keeps it open unless it closes the quotation.
      if (quoteOpen && closesQuotation(l.text)) quoteOpen = false;
      // Teasers of other stories cut with an ellipsis, two or more in a row after the story (an
      // AMP page's related block printed as prose): the story is over.
      // Paragraphs that both go on from the story («وتعمل …...», «ودعت …...») are its own text in a site's style of
      // closing paragraphs with an ellipsis: a teaser opens a story of its own (fortieth round).
      if (main.length && TRAILS_OFF.test(l.text) && trailsOffAsTeasers(l.text, nextNonBlank(lines, i)?.text ?? '', lex)) break;
      // «اقرأ المزيد:» / a teaser written as a sentence / the story going on: the link's text, not the story (read-also-teaser.ts).
      if (main.length && teaserUnderLabel(lines, i, (t) => continuesStory(t, lex))) continue;
      // «خريطة توضح …» among the paragraphs: a figure's caption (caption-between.ts).
      if (main.length && isFigureCaption(l.text, lex)) continue;
      if (!listedQuestion(lines, l, main.length) && !twinCaption(lines, i)) {
        listOpen = isListItem(l) && main.length > 0 && (listOpen || announcesList(main[main.length - 1]));
        figureOpen = false;
        lastOrdinal = ordinalOf(l.text) ?? 0;
        main.push(l.text);
        proseEnd = i + 1;
      }
      continue;
    }
    // «الرئيس … ونظيره … في PLACE» among the paragraphs: a photo's caption naming who is pictured (typed-credits.ts).
    if (main.length && (l.kind === 'heading' || l.kind === 'short') && isPictureCaption(l.text, lex)) continue;
    // A speech a paragraph announces with a colon and opens in quotation marks: its short lines too (list.ts).
    const short = l.kind === 'heading' || l.kind === 'short';
    const afterProse = main.length > 0 && proseEnd === previousNonBlank(lines, i) + 1;
    if (short && afterProse && (quoteOpen || (announcesList(main[main.length - 1]) && opensQuotation(l.text)))) {
      quoteOpen = quoteOpen ? !closesQuotation(l.text) : true;
      main.push(l.text);
      proseEnd = i + 1;
      continue;
    }
    if (l.kind !== 'blank') quoteOpen = false;
    // The items of a list a paragraph announces with a colon, and a lead-in «وجاءت كالتالي:-» (list.ts).
    // A dash or bullet item under the colon counts too, read as a menu's or not (item-runs.ts).
    const item = isListItem(l) || isBulletItem(l);
    const listed: boolean = (short || isBulletItem(l)) && main.length > 0
      && ((item && (listOpen || announcesList(main[main.length - 1])) && proseEnd === previousNonBlank(lines, i) + 1)
        || (short && listLeadIn(lines, i, (t) => continuesStory(t, lex))));
    if (l.kind !== 'blank') listOpen = listed && item;
    // «1- سعر … جنيه» / «2- …» under «… كالتالي:»: a numbered list's items, closed by no stop (numbered-list.ts).
    const numbered = short && main.length > 0
      ? nextNumberedItem(l.text, lastOrdinal, announcesList(main[main.length - 1]), proseEnd === previousNonBlank(lines, i) + 1)
      : undefined;
    if (l.kind !== 'blank') lastOrdinal = numbered ?? (listed ? ordinalOf(l.text) ?? 0 : 0);
    // «أسعار اللحوم اليوم:» over «الكندوز 390 جنيها.» / «الضأن 420 جنيها.», and a sub-heading over the next such run.
    const figured: boolean = short && main.length > 0 && proseEnd === previousNonBlank(lines, i) + 1
      && ((figureOpen && isFigureItem(l)) || figureLeadIn(lines, i) || (figureOpen && l.words <= MAX_SUBHEADING_WORDS && figureRunBelow(lines, i)));
    if (l.kind !== 'blank') figureOpen = figured;
    if (listed || numbered !== undefined || figured) {
      main.push(l.text);
      proseEnd = i + 1;
      continue;
    }
    if ((l.kind === 'heading' || l.kind === 'short') && l.key !== titleKey && l.words <= MAX_SUBHEADING_WORDS) {
      // A short heading between paragraphs is a sub-heading (kept: it structures the text).
      const next = nextNonBlank(lines, i);
      const isName = lex.outlets.has(l.key) || lex.agencies.has(l.key);
      // A section's heading stacked on its first sub-section's, right under the story's prose, too (lead-subheading.ts).
      const stacked = proseEnd === previousNonBlank(lines, i) + 1 && stackedOverSubheading(lines, i);
      if ((next?.kind === 'body' || stacked) && main.length && !isName && !printedTwice(lines, i) && !isCreditLine(l.text, lex) && !EDITORS_MARK.test(l.text) && !isFigureCaption(l.text, lex)) {
        main.push(l.text);
        subheadings.push(l.text);
      }
    }
    else if (main.length && proseEnd === previousNonBlank(lines, i) + 1 && isUnstoppedParagraph(lines, i, lex)) {
      main.push(l.text);
      proseEnd = i + 1;
    }
    // A longer sub-heading the paragraph under it takes up (sub-heading.ts); «في …» opens a part, «ف…» continues.
    else if (main.length && l.key !== titleKey && proseEnd === previousNonBlank(lines, i) + 1 && isEchoedSubheading(lines, i, (t) => continuesStory(t, lex) && !/^في\s/u.test(t), lex)) main.push(l.text);
    // Everything else (stray headlines, captions, credits, boilerplate, menus) is dropped.
  }
  return { paragraphs: main, meta, end: i, proseEnd, subheadings };
}

/**
 * A story starts at its dateline: a lone sentence-like line just above a lead that opens with a
 * dateline naming a known wire or outlet («… الإقليمية .» over «موسكو 19 ديسمبر 2025 ( وال ) -
 * استقبل …») is the headline, not the story's first paragraph.
 */
export function storyStart(lines: ClassifiedLine[], start: number, datelineOf: (text: string) => Dateline | undefined, lex?: Lexicon): number {
  // Before the dateline test: a headline may open with a place («موسكو وأنقرة والخليج.. من …؟»).
  const afterName = lex ? afterAuthorName(lines, start, lex) : undefined;
  if (afterName !== undefined) return afterName;
  // «موسكو ـ عواصم ـ «الوطن» ـ وكالات:» alone over the lead: the lead's dateline on its own line, not the story's first
  // line — when the lead's grammar reads the whole chain glued before it (forty-sixth round, real pages; dateline-stub.ts).
  const stub = lines[start].text.trim();
  const under = isChainStub(stub) ? nextNonBlank(lines, start) : undefined;
  if (under?.kind === 'body' && (datelineOf(`${stub} ${under.text}`)?.end ?? 0) >= stub.length) return under.index;
  if (datelineOf(lines[start].text)) return start;
  // «… تدرس لغز تدهور الطرق!» over a lead that repeats it: the headline, not the story's first line.
  const underMarked = lex ? leadUnderMarkedHeadline(lines, start, lex) : undefined;
  if (underMarked !== undefined) return underMarked;
  let next: ClassifiedLine | undefined;
  let dateBetween = false;
  for (let i = start + 1; i < lines.length && !next; i++) {
    if (lines[i].kind === 'date') dateBetween = true;
    else if (lines[i].kind !== 'blank' && lines[i].kind !== 'boilerplate') next = lines[i];
  }
  if (!next || next.kind !== 'body' || countSentences(lines[start].text) > 1 || lines[start].words > 20) return start;
  const d = datelineOf(next.text);
  // A deck over the date line («… بعرقلة التسوية.» / «السبت 2025/12/27» / «موسكو - لوّحت …»): the
  // date line closes the header, so a known place alone vouches for the dateline (fifteenth round).
  return d && d.evidence === 'known' && (d.agency?.id || d.outlet?.id || (dateBetween && d.place)) ? next.index : start;
}

/**
 * «موسكو وأنقرة والخليج.. من يمسك خيوط الوساطة؟» / «رشيد الطرابلسي» / the lead: a headline-shaped line
 * (one sentence, no closing full stop) over an author's name alone on its line — two to four Arabic
 * words, none a function word, no label, no known name — over prose: the story starts after the name,
 * the name is the byline's (twenty-first round, second wave).
 */
function afterAuthorName(lines: ClassifiedLine[], start: number, lex: Lexicon): number | undefined {
  const head = lines[start];
  if (head.words > 20 || countSentences(head.text.replace(/\.{2,}|…/gu, ' ')) > 1 || /[.،,:]$/u.test(head.text.trim())) return undefined;
  const name = nextNonBlank(lines, start);
  if (!name || name.kind !== 'short' || name.words < 2 || name.words > 4 || !/^[\p{Script=Arabic} ]+$/u.test(name.text.trim())) return undefined;
  const words = name.text.trim().split(/\s+/).map(normalizeArabic);
  if (words.some((w) => lex.functionWords.has(w)) || lex.names(name.text) || lex.sectionLabels.has(name.key)) return undefined;
  const lead = nextNonBlank(lines, name.index);
  return lead && lead.kind === 'body' && lead.words >= 12 ? lead.index : undefined;
}
