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
import { parsePage, textBlocks } from './dom';
import { pageLayout, readPageCandidates, sectionLabelNearHeadline } from './metadata';

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
  const layout = pageLayout(doc, body ? textBlocks(body, isCaption) : []);
  // Readability rewrites the document: everything else is read from it first.
  const main = mainContentBlocks(doc) ?? [];

  // Text ingest over the page with its main content replaced by the cleaned main blocks: the
  // text's own guesses (title, date, outlet) and the embedded full articles after the story.
  // Site navigation is never article text (and skipping it spares the text rules most lines).
  const pageText = layout.blocks.filter((_, i) => !layout.inNavigation[i]).map((b) => b.text);
  const last = main.length ? pageText.lastIndexOf(main[main.length - 1].text) : -1;
  const first = main.length && last >= 0 ? pageText.lastIndexOf(main[0].text, last) : -1;
  const lines = first >= 0 ? [...pageText.slice(0, first), ...main.map((b) => b.text), ...pageText.slice(last + 1)] : pageText;
  const [textMain, ...embeddedFound] = extractArticles(asLines(lines), fileName, lex);
  const metadata = chooseMetadata(candidates, { title: textMain?.title, date: textMain?.date, source: textMain?.source }, sources, lex.dates);
  const title = metadata.title?.value;
  if (!title || !textMain || !main.length) return { articles: [], metadata };
  if (!metadata.section) {
    const label = sectionLabelNearHeadline(layout, title);
    if (label) metadata.section = label;
  }

  // The host's paragraphs are those of the main content (the text rules may read past it).
  const mainText = main.map((b) => lexKey(b.text)).join('\n');
  const titleKey = lexKey(title);
  const inMain = (ps: string[]) => ps.filter((p) => lexKey(p) !== titleKey && mainText.includes(lexKey(p)));
  let paragraphs = inMain(textMain.paragraphs);
  // The text rules took other prose on the page for the story: read the main content alone.
  if (!paragraphs.length) paragraphs = inMain(extractArticles(asLines([title, ...main.map((b) => b.text)]), fileName, lex)[0]?.paragraphs ?? []);
  if (!paragraphs.length) return { articles: [], metadata };
  const hostSlug = slugFromFileName(fileName);
  const article: ExtractedArticle = dropUndefined({
    slug: hostSlug,
    title: limitTitle(title),
    date: metadata.date?.value,
    source: metadata.outlet?.value,
    agency: textMain.agency,
    raw: fileName,
    tags: textMain.tags,
    url_original: metadata.url_original?.value,
    author: metadata.author?.value,
    section: metadata.section?.value,
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
