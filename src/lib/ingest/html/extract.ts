// A saved web page → articles. Metadata from the page first (metadata.ts, choose.ts), text
// rules second; the body from the main-content element (body.ts) read through text ingest's
// rules (extractArticles over the DOM's blocks as lines: clutter, «اقرأ أيضاً», captions,
// sub-headings), and embedded full articles from the whole page's blocks (as in text ingest,
// they become articles with `via`).
import type { Source } from '../../data/schemas';
import type { ExtractedArticle } from '../../types';
import { lexKey, type Lexicon } from '../boilerplate';
import { extractArticles } from '../extract';
import { embeddedSlug, slugFromFileName } from '../slug';
import { limitTitle } from '../text';
import { mainContentBlocks } from './body';
import { chooseMetadata, type PageMetadata } from './choose';
import { parsePage, textBlocks, type TextBlock } from './dom';
import { headlineElement, isUtcTimestamp, readPageCandidates, sectionLabelNearHeadline } from './metadata';

export interface HtmlExtraction {
  articles: ExtractedArticle[];
  /** The host article's metadata with where each field came from (author and section too). */
  metadata: PageMetadata;
}

/** Blocks as the lines text ingest reads: one block a line, blank lines between blocks. */
const asLines = (blocks: string[]) => blocks.join('\n\n');

const isCaption = (el: Element) => el.localName === 'figcaption' || el.localName === 'figure';

/**
 * Extracts the article (and embedded articles) of one saved page. Returns no articles when
 * the page holds none. `sources` is content/sources.yaml (canonical domains → outlets).
 */
export function extractHtmlPage(html: string, fileName: string, lex: Lexicon, sources: readonly Source[]): HtmlExtraction {
  const doc = parsePage(html);
  const candidates = readPageCandidates(doc);
  const body = doc.body ?? doc.documentElement;
  const pageBlocks: TextBlock[] = body ? textBlocks(body, isCaption) : [];
  // Text ingest over the whole page, only when the markup leaves a field to the text rules
  // (no title, date or outlet declared, or a UTC date that the printed date may correct).
  const needsText = !candidates.title.length || !candidates.outlet.length || !candidates.date.length || candidates.date.some((d) => isUtcTimestamp(d.value));
  const [textMain] = needsText ? extractArticles(asLines(pageBlocks.map((b) => b.text)), fileName, lex) : [];
  const metadata = chooseMetadata(candidates, { title: textMain?.title, date: textMain?.date, source: textMain?.source }, sources);
  const title = metadata.title?.value;
  if (!title) return { articles: [], metadata };
  if (!metadata.section) {
    const label = sectionLabelNearHeadline(doc, headlineElement(doc, title));
    if (label) metadata.section = label;
  }

  // The body: the main-content element's blocks under the headline, then the rest of the page
  // after it (where related full articles are printed), through the text rules. Readability
  // rewrites the document, so it runs last.
  const main = mainContentBlocks(doc);
  if (!main?.length) return { articles: [], metadata };
  const last = main[main.length - 1].text;
  const tailFrom = pageBlocks.findLastIndex((b) => b.text === last) + 1;
  const tail = tailFrom > 0 ? pageBlocks.slice(tailFrom).map((b) => b.text) : [];
  const [host, ...embeddedFound] = extractArticles(asLines([title, ...main.map((b) => b.text), ...tail]), fileName, lex);
  if (!host) return { articles: [], metadata };

  // The host's paragraphs are the main content's (the text rules may read on into the tail).
  const mainText = main.map((b) => lexKey(b.text)).join('\n');
  const titleKey = lexKey(title);
  const paragraphs = host.paragraphs.filter((p) => lexKey(p) !== titleKey && mainText.includes(lexKey(p)));
  if (!paragraphs.length) return { articles: [], metadata };
  const hostSlug = slugFromFileName(fileName);
  const article: ExtractedArticle = dropUndefined({
    slug: hostSlug,
    title: limitTitle(title),
    date: metadata.date?.value,
    source: metadata.outlet?.value,
    agency: host.agency ?? textMain?.agency,
    raw: fileName,
    tags: host.tags.length ? host.tags : textMain?.tags ?? [],
    url_original: metadata.url_original?.value,
    paragraphs,
  });

  // Embedded articles the main body does not already hold (text ingest may read a sub-heading
  // of a story whose body it lost to a marker as an embedded headline).
  const own = new Set(paragraphs.map(lexKey));
  const embedded = embeddedFound
    .filter((e) => lexKey(e.title) !== titleKey && !e.paragraphs.some((p) => own.has(lexKey(p))))
    .map((e, n) => ({ ...e, slug: embeddedSlug(hostSlug, n + 1), via: hostSlug }));
  return { articles: [article, ...embedded], metadata };
}

function dropUndefined<T extends object>(a: T): T {
  return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as T;
}
