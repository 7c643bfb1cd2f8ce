// DOM building for results: text goes in through textContent only (scraped text is
// untrusted), direction-neutral bits (dates, Latin names) are isolated in <bdi>.
import { formatArabicDate } from '../../lib/site/dates';
import type { Segment } from '../../lib/search/excerpt';
import { hitHref, type Hit } from './engine';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function appendSegments(node: HTMLElement, segs: Segment[]): HTMLElement {
  for (const s of segs) node.append(s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text));
  return node;
}

export function excerptNode(segs: Segment[]): HTMLElement {
  return appendSegments(el('p', { class: 'search-hit__excerpt', dir: 'auto' }), segs);
}

/** One result: title link, date · source line, excerpt. `id` makes it an option of a listbox. */
export function hitNode(hit: Hit, query: string, opts: { id?: string; option?: boolean } = {}): HTMLLIElement {
  const li = el('li', { class: 'search-hit' });
  if (opts.option) {
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
  }
  if (opts.id) li.id = opts.id;
  const a = el('a', { class: 'search-hit__title', href: hitHref(hit, query), dir: 'auto' });
  a.append(appendSegments(el('bdi'), hit.titleSegments));
  li.append(a);
  const meta = el('p', { class: 'search-hit__meta' });
  if (hit.date) meta.append(el('time', { datetime: hit.date }, formatArabicDate(hit.date)));
  if (hit.date && hit.source) meta.append(document.createTextNode(' · '));
  if (hit.source) meta.append(el('bdi', {}, hit.source));
  if (meta.childNodes.length) li.append(meta);
  li.append(excerptNode(hit.excerpt));
  return li;
}

/** Arabic count phrase with the number isolated: «12 نتيجة». */
export function countText(n: number): string {
  if (n === 0) return 'لا نتائج';
  if (n === 1) return 'نتيجة واحدة';
  if (n === 2) return 'نتيجتان';
  return `${n} ${n <= 10 ? 'نتائج' : 'نتيجة'}`;
}
