// The article's body from the DOM: Mozilla's Readability picks the main-content element
// (docs/ingest.md «HTML pages» says why Readability and not Defuddle), and its blocks are
// read as text minus what the markup itself marks as not prose (captions, share bars, ads,
// newsletter boxes, related links). Text ingest's Arabic rules then run on those blocks.
import { Readability } from '@mozilla/readability';
import { normalizeArabic } from '../../arabic/normalize';
import { namesOf, textBlocks, type TextBlock } from './dom';

/** Elements whose text is not the article's prose, by tag. */
const NOT_PROSE_TAGS = new Set(['figure', 'figcaption', 'button', 'form', 'nav', 'aside', 'ins', 'amp-social-share']);

/** …and by the class/id names CMSs give them (whole words of the name). */
const NOT_PROSE_NAMES = /(^|[\s_-])(caption|captions|share|sharing|sharedaddy|social|newsletter|subscribe|related|promo|advert|advertisement|ads|ad|adsbygoogle|sponsored|comments?|author-box)([\s_-]|$)/;

/** True for a subtree the DOM marks as captions, sharing, ads or promotions. */
export function isNotProse(el: Element): boolean {
  return NOT_PROSE_TAGS.has(el.localName) || NOT_PROSE_NAMES.test(namesOf(el));
}

/**
 * The main content's text blocks, or undefined when Readability finds no article. Readability
 * rewrites the document it reads: read everything else from it first.
 */
export function mainContentBlocks(doc: Document): TextBlock[] | undefined {
  const article = new Readability<Element>(doc, { serializer: (node) => node as Element, charThreshold: 200, keepClasses: true, disableJSONLD: true }).parse();
  if (!article?.content) return undefined;
  return dropRepeatedExcerpts(textBlocks(article.content, isNotProse));
}

/** Pull quotes are a sentence or a phrase, never a paragraph. */
const MAX_EXCERPT_WORDS = 40;

/**
 * Pull quotes and highlighted excerpts repeat a sentence of the story: a block whose text is
 * inside another, longer block of the same body is dropped.
 */
export function dropRepeatedExcerpts(blocks: TextBlock[]): TextBlock[] {
  const keys = blocks.map((b) => ` ${normalizeArabic(b.text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `);
  const isExcerpt = (i: number) => {
    const words = keys[i].trim().split(' ').length;
    return words >= 3 && words <= MAX_EXCERPT_WORDS && keys.some((k, j) => j !== i && k.length > keys[i].length && k.includes(keys[i]));
  };
  return blocks.filter((_, i) => !isExcerpt(i));
}
