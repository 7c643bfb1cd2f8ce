// A saved page as a DOM (linkedom: a light, spec-shaped DOM without a browser) and the page's
// text as blocks: one string per block element (paragraph, heading, list item, cell…), or per
// run of text between <br>s. Text ingest's line rules then read these blocks as lines, so
// paragraph structure comes from the markup, never from the file's line breaks.
import { parseHTML } from 'linkedom';

/** Elements whose text is never page text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'head',
  'input', 'select', 'textarea', 'option', 'canvas', 'video', 'audio', 'picture', 'img', 'amp-img', 'amp-ad']);

/** Elements that start and end a block of text. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul', 'center', 'amp-sidebar', 'amp-user-notification', 'amp-consent', 'button']);

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export const collapseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

const tagOf = (el: Element) => el.localName.toLowerCase();

/** True for elements a reader never sees (hidden attribute, display:none inline style). */
function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/** A block of page text and the element it was read from (the innermost enclosing block). */
export interface TextBlock {
  text: string;
  element: Element;
}

/**
 * The text blocks under `root`, in document order. `skip` lets a caller leave out whole
 * subtrees (captions, share bars) the DOM already marks as not being prose.
 */
export function textBlocks(root: Element, skip?: (el: Element) => boolean): TextBlock[] {
  const out: TextBlock[] = [];
  let buffer = '';
  let owner: Element = root;
  const flush = () => {
    const text = collapseSpace(buffer);
    if (text) out.push({ text, element: owner });
    buffer = '';
  };
  const walk = (node: Node, block: Element) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!buffer) owner = block;
        buffer += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = tagOf(el);
      if (SKIPPED.has(tag) || isHidden(el) || skip?.(el)) continue;
      if (tag === 'br') { flush(); continue; }
      if (BLOCKS.has(tag)) {
        flush();
        walk(el, el);
        flush();
      } else walk(el, block);
    }
  };
  walk(root, root);
  flush();
  return out;
}

/** The class and id of an element as one lower-case string (for CMS naming conventions). */
export function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** True when el or one of its ancestors (up to `stop`) satisfies the test. */
export function closest(el: Element | null, test: (e: Element) => boolean, stop?: Element): Element | undefined {
  for (let e = el; e && e !== stop; e = e.parentElement) if (test(e)) return e;
  return undefined;
}
