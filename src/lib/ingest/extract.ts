// Raw page → articles. Reads the classified lines (classify.ts) as a sequence:
//   header zone (menus, site name, title, date/agency lines) →
//   main body (first substantial run of prose) → closing meta (source, tags) →
//   related zone (markers, headline lists, embedded full articles: headline + ≥2 sentences).
import type { ExtractedArticle } from '../types';
import { uniqueBy } from '../unique';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { unwrapLines } from './unwrap';
import { classifyLines, nextNonBlank, type ClassifiedLine } from './classify';
import { embeddedSlug, slugFromFileName } from './slug';
import { cleanLine, countSentences, limitTitle, splitLongParagraph, titleFromLead } from './text';

/** A main body must have at least this much prose (drops lone cookie/teaser sentences). */
const MIN_MAIN_SENTENCES = 2;
const MIN_MAIN_CHARS = 120;
/** Non-prose lines tolerated inside a run of prose before the run ends. */
const MAX_GAP_LINES = 3;
/** Short headings kept as sub-heading paragraphs; longer non-sentences are stray headlines. */
const MAX_SUBHEADING_WORDS = 6;
/** An embedded article: a headline followed by at least this many sentences of body. */
const MIN_EMBEDDED_SENTENCES = 2;

const CLOSING_KINDS = new Set(['source', 'tags', 'hashtags', 'marker']);

/** Removes inline widgets glued to text (e.g. «أخبار ذات صلة … تابع التغطية كاملةذكرت …»). */
export function removeInlineWidgets(line: string, lex: Lexicon): string {
  for (const w of lex.data.inlineWidgets) {
    const start = line.indexOf(w.start);
    const startAlt = start >= 0 ? start : lexKey(line.slice(0, w.start.length + 4)).startsWith(lexKey(w.start)) ? 0 : -1;
    if (startAlt < 0) continue;
    const end = line.indexOf(w.end, startAlt);
    if (end >= 0 && startAlt <= 2) return (line.slice(0, startAlt) + line.slice(end + w.end.length)).trim();
  }
  return line;
}

/** Sentences in the run of prose starting at i (blank lines allowed, anything else ends it). */
function proseRunSentences(lines: ClassifiedLine[], i: number): number {
  let n = 0;
  for (let j = i; j < lines.length; j++) {
    const l = lines[j];
    if (l.kind === 'blank') continue;
    if (l.kind !== 'body' || l.bullet) break;
    n += Math.max(1, countSentences(l.text));
  }
  return n;
}

/** Index of the first line of the main body: the first substantial run of prose. */
export function findMainStart(lines: ClassifiedLine[]): number {
  let firstBody = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'body' || lines[i].bullet) continue;
    if (firstBody < 0) firstBody = i;
    let sentences = 0;
    let chars = 0;
    let gap = 0;
    for (let j = i; j < lines.length && gap <= MAX_GAP_LINES; j++) {
      const l = lines[j];
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

/** The headline of the main article: a repeated heading wins, else the first after the menus. */
function findTitle(lines: ClassifiedLine[], start: number): ClassifiedLine | undefined {
  const header = lines.slice(0, start);
  // A question or exclamation headline («ماذا تريد موسكو من مفاوضات الرياض؟») reads like a
  // sentence but is a headline when it stands alone above the story.
  const questionHeadline = (l: ClassifiedLine) => l.kind === 'body' && l.words <= 14 && /[؟?!]$/.test(l.text) && !/[.!؟?]/.test(l.text.slice(0, -1));
  const candidates = header.filter((l) => (l.kind === 'heading' || questionHeadline(l)) && !l.bullet && l.text.length <= 400);
  const repeated = candidates.filter((l) => l.repeats >= 2);
  if (repeated.length) return repeated[repeated.length - 1];
  let lastClutter = -1;
  header.forEach((l, i) => {
    if (['menu', 'boilerplate', 'marker', 'inline-link'].includes(l.kind) || l.bullet) lastClutter = i;
  });
  return candidates.find((l) => l.index > lastClutter) ?? candidates[candidates.length - 1];
}

function pickSource(labelled: string[], lex: Lexicon, dateline?: string): string | undefined {
  const known = [...(dateline ? [dateline] : []), ...labelled].filter((s) => lex.outlets.has(lexKey(s)));
  return known[known.length - 1] ?? labelled[labelled.length - 1] ?? dateline;
}

function bestDate(lines: ClassifiedLine[]): string | undefined {
  const dates = lines.filter((l) => l.kind === 'date' && l.value);
  dates.sort((a, b) => (a.datePriority ?? 1) - (b.datePriority ?? 1) || a.index - b.index);
  return dates[0]?.value;
}

function finishParagraphs(paragraphs: string[], title: string): string[] {
  const titleKey = lexKey(title);
  return paragraphs.filter((p) => lexKey(p) !== titleKey).flatMap((p) => splitLongParagraph(p));
}

interface Draft {
  title: string;
  paragraphs: string[];
  sources: string[];
  outlet?: string;
  date?: string;
}

interface HeaderZone {
  titleLine?: ClassifiedLine;
  header: ClassifiedLine[];
  siteName?: string;
  agency?: string;
}

/** The lines above the main body: the headline, the site's name and an agency line. */
function readHeader(lines: ClassifiedLine[], start: number, lex: Lexicon): HeaderZone {
  const titleLine = findTitle(lines, start);
  const header = lines.slice(0, start);
  const firstLine = lines.find((l) => l.kind !== 'blank');
  let siteName: string | undefined;
  if (firstLine && firstLine !== titleLine && (firstLine.kind === 'short' || lex.outlets.has(firstLine.key)) && !firstLine.bullet) {
    siteName = firstLine.text;
  }
  // A known outlet's name anywhere above the title is the site's name too (after a skip link).
  siteName ??= header.find((l) => l !== titleLine && !l.bullet && lex.outlets.has(l.key))?.text;
  const agency = header.find((l) => (l.kind === 'agency' || l.kind === 'dateline') && l.value)?.value;
  return { titleLine, header, siteName, agency };
}

interface MainBody {
  paragraphs: string[];
  /** Date, agency and dateline lines met inside the body. */
  meta: ClassifiedLine[];
  /** Index of the first line after the body (closing meta or the related zone). */
  end: number;
}

/** The main article's prose from `start` until its closing meta or a «read also» marker. */
function readMainBody(lines: ClassifiedLine[], start: number, titleKey: string | undefined, lex: Lexicon): MainBody {
  const main: string[] = [];
  const meta: ClassifiedLine[] = [];
  const laterMeta = (i: number) => lines.slice(i + 1).some((l) => l.kind === 'source' || l.kind === 'tags');
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'marker') {
      // «اقرأ أيضا» in the middle of a story (the story's own source/tags come later): skip the
      // marker and the linked headline, keep reading the story.
      if (main.length && laterMeta(i)) {
        const next = nextNonBlank(lines, i);
        if (next && (next.kind === 'heading' || next.kind === 'short')) i = next.index;
        continue;
      }
      break;
    }
    if (CLOSING_KINDS.has(l.kind)) break;
    if (l.kind === 'date' || l.kind === 'agency' || l.kind === 'dateline') {
      meta.push(l);
      continue;
    }
    if (l.kind === 'body') {
      main.push(l.text);
      continue;
    }
    if ((l.kind === 'heading' || l.kind === 'short') && l.key !== titleKey && l.words <= MAX_SUBHEADING_WORDS) {
      // A short heading between paragraphs is a sub-heading (kept: it structures the text).
      const next = nextNonBlank(lines, i);
      const isName = lex.outlets.has(l.key) || lex.agencies.has(l.key);
      if (next?.kind === 'body' && main.length && !isName) main.push(l.text);
    }
    // Everything else (stray headlines, captions, credits, boilerplate, menus) is dropped.
  }
  return { paragraphs: main, meta, end: i };
}

/**
 * The closing meta of the main article (source, tags, a late date) and the related zone
 * after it, where full articles embedded under their headlines are collected.
 */
class RelatedZone {
  readonly sources: string[] = [];
  readonly tags: string[] = [];
  readonly embedded: Draft[] = [];
  /** Dates that still belong to the main article. */
  readonly mainDates: ClassifiedLine[] = [];
  private current: Draft | undefined;
  private pendingOutlet: string | undefined;
  private pendingDate: string | undefined;

  constructor(
    private readonly lines: ClassifiedLine[],
    private readonly lex: Lexicon,
  ) {}

  read(from: number): this {
    for (let i = from; i < this.lines.length; i++) i = this.line(this.lines[i], i);
    this.close();
    return this;
  }

  private close(): void {
    if (this.current && countSentences(this.current.paragraphs.join(' ')) >= MIN_EMBEDDED_SENTENCES) this.embedded.push(this.current);
    this.current = undefined;
  }

  private open(title: string, outlet: string | undefined): void {
    this.close();
    this.current = { title, paragraphs: [], sources: [], outlet, date: this.pendingDate };
    this.pendingOutlet = undefined;
    this.pendingDate = undefined;
  }

  /** Takes line i; returns the index of the last line it consumed. */
  private line(l: ClassifiedLine, i: number): number {
    const inMain = !this.current && !this.embedded.length;
    switch (l.kind) {
      case 'source':
        if (this.current) this.current.sources.push(l.value!);
        else if (inMain) this.sources.push(l.value!);
        break;
      case 'tags':
      case 'hashtags':
        if (inMain) this.tags.push(...(l.values ?? []));
        break;
      case 'date':
        if (this.current) this.current.date ??= l.value;
        else if (inMain && !this.pendingOutlet) this.mainDates.push(l);
        else this.pendingDate = l.value;
        break;
      case 'menu':
        // «- العربية» under «العربية»: the outlet label repeated as a one-item list.
        if (this.pendingOutlet && l.key === lexKey(this.pendingOutlet)) break;
      // falls through
      case 'marker':
        this.close();
        this.pendingOutlet = undefined;
        this.pendingDate = undefined;
        break;
      case 'body':
        if (this.current) this.current.paragraphs.push(l.text);
        break;
      case 'heading':
      case 'short':
        return this.heading(l, i);
      default:
        break; // boilerplate, relative times, captions, credits, blanks
    }
    return i;
  }

  /** A heading starts an embedded article, is one's sub-heading, an outlet label, or a list item. */
  private heading(l: ClassifiedLine, i: number): number {
    const { lines, lex } = this;
    const next = nextNonBlank(lines, i);
    // «headline / سكاي نيوز عربية / body…»: a known outlet's label between an embedded
    // headline and its prose (some sites print it under the headline, not above).
    const after = next && nextNonBlank(lines, next.index);
    if (l.kind === 'heading' && next && !next.bullet && next.words <= 4 && (lex.outlets.has(next.key) || lex.agencies.has(next.key))
      && after?.kind === 'body' && proseRunSentences(lines, after.index) >= MIN_EMBEDDED_SENTENCES) {
      this.open(l.text, lex.outlets.get(next.key) ?? next.text);
      return next.index;
    }
    const startsArticle = next?.kind === 'body' && !next.bullet && l.kind === 'heading'
      && proseRunSentences(lines, next.index) >= MIN_EMBEDDED_SENTENCES;
    if (startsArticle && (!this.current || l.words > MAX_SUBHEADING_WORDS - 1)) {
      this.open(l.text, this.pendingOutlet);
    } else if (this.current && next?.kind === 'body' && l.words <= MAX_SUBHEADING_WORDS) {
      this.current.paragraphs.push(l.text); // sub-heading inside an embedded article
    } else if (l.words <= 4 && next?.kind !== 'body') {
      this.close();
      this.pendingOutlet = l.text; // an outlet label above the next embedded headline
    } else this.close(); // a headline-only list item
    return i;
  }
}

/**
 * Extracts the main article and any embedded full articles from one raw page.
 * Returns [] when the page holds no article (only boilerplate/menus).
 */
export function extractArticles(rawText: string, fileName: string, lex: Lexicon): ExtractedArticle[] {
  const rawLines = unwrapLines(rawText.split(/\r\n|\r|\n/).map((l) => removeInlineWidgets(cleanLine(l), lex)), lex);
  const lines = classifyLines(rawLines, lex);
  const start = findMainStart(lines);
  if (start < 0) return [];

  const { titleLine, header, siteName, agency: headerAgency } = readHeader(lines, start, lex);
  const body = readMainBody(lines, start, titleLine?.key, lex);
  const related = new RelatedZone(lines, lex).read(body.end);
  const mainMeta = [...body.meta, ...related.mainDates];

  const hostSlug = slugFromFileName(fileName);
  const mainTitle = limitTitle(titleLine ? titleLine.text : titleFromLead(body.paragraphs[0] ?? ''));
  const paragraphs = finishParagraphs(body.paragraphs, titleLine ? mainTitle : '');
  if (!paragraphs.length || !mainTitle) return [];
  const date = bestDate([...header, ...mainMeta]);
  // An outlet named by a dateline («موسكو - الجزيرة نت») competes with «المصدر:» lines: a
  // known outlet wins, else the labelled source, else the dateline's name.
  const datelineOutlet = [...header, ...mainMeta].find((l) => l.kind === 'dateline' && l.outlet)?.outlet;
  const source = pickSource(related.sources, lex, datelineOutlet) ?? siteName;
  const agency = headerAgency ?? mainMeta.find((l) => (l.kind === 'agency' || l.kind === 'dateline') && l.value)?.value;
  const tags = uniqueBy(related.tags, lexKey);
  const out = [article({ slug: hostSlug, title: mainTitle, date, source, agency, tags, raw: fileName, paragraphs })];
  related.embedded.forEach((d, n) => {
    const title = limitTitle(d.title);
    out.push(article({
      slug: embeddedSlug(hostSlug, n + 1), title, date: d.date, source: pickSource(d.sources, lex) ?? d.outlet,
      tags: [], raw: fileName, via: hostSlug, paragraphs: finishParagraphs(d.paragraphs, title),
    }));
  });
  return out;
}

/** Drops undefined optional fields so objects compare and serialise cleanly. */
function article(a: ExtractedArticle): ExtractedArticle {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (v !== undefined) out[k] = v;
  return out as unknown as ExtractedArticle;
}
