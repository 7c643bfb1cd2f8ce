// The closing meta of the main article and the related zone after it: «المصدر:», tags, a late
// date, and full articles embedded under their headlines («اقرأ أيضاً», «أخبار ذات صلة»).
// extract.ts reads the main body, then hands the rest of the page to RelatedZone.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { nextNonBlank, type ClassifiedLine } from './classify';
import { countSentences } from './text';

/** Short headings kept as sub-heading paragraphs; longer non-sentences are stray headlines. */
export const MAX_SUBHEADING_WORDS = 6;
/** An embedded article: a headline followed by at least this many sentences of body. */
export const MIN_EMBEDDED_SENTENCES = 2;

/** Sentences in the run of prose starting at i (blank lines allowed, anything else ends it). */
export function proseRunSentences(lines: ClassifiedLine[], i: number): number {
  let n = 0;
  for (let j = i; j < lines.length; j++) {
    const l = lines[j];
    if (l.kind === 'blank') continue;
    if (l.kind !== 'body' || l.bullet) break;
    n += Math.max(1, countSentences(l.text));
  }
  return n;
}

export interface Draft {
  /** Its «المصدر:» line was read: the story is over. */
  sealed?: boolean;
  title: string;
  paragraphs: string[];
  sources: string[];
  outlet?: string;
  date?: string;
}

/**
 * The closing meta of the main article (source, tags, a late date) and the related zone
 * after it, where full articles embedded under their headlines are collected.
 */
export class RelatedZone {
  readonly sources: string[] = [];
  /** Line index of each of `sources`. */
  readonly sourceLines: number[] = [];
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
        // «المصدر:» closes an embedded story: prose after it («الأكثر قراءة» items) is not its.
        if (this.current) {
          this.current.sources.push(l.value!);
          this.current.sealed = true;
        }
        else if (inMain) {
          this.sources.push(l.value!);
          this.sourceLines.push(l.index);
        }
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
        if (this.current && !this.current.sealed) this.current.paragraphs.push(l.text);
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
