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

function appendSegments<T extends Element | DocumentFragment>(node: T, segs: Segment[]): T {
  for (const s of segs) node.append(s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text));
  return node;
}

/**
 * The excerpt's paragraph at once, filled when the article's text arrives. While it waits it
 * holds the room of two lines (`data-pending`, SearchBox.astro), what most excerpts take on a
 * wide screen, so the results below move little when it fills; without a text it goes away.
 */
export function excerptNode(segs: Promise<Segment[]>): HTMLElement {
  const p = el('p', { class: 'search-hit__excerpt', dir: 'auto', 'data-pending': '' });
  void segs.then((s) => {
    appendSegments(p, s);
    p.hidden = !p.textContent?.trim();
    p.removeAttribute('data-pending');
  });
  return p;
}

/**
 * The title as plain text at once (the results never wait for the word data), its query words
 * marked when they are known: the same text, so nothing moves.
 */
function titleNode(title: string, segs: Promise<Segment[]>): HTMLElement {
  const node = el('bdi', {}, title);
  void segs.then(
    (s) => {
      if (s.some((x) => x.mark)) node.replaceChildren(appendSegments(document.createDocumentFragment(), s));
    },
    () => undefined,
  );
  return node;
}

/**
 * One result: title, date · source line, excerpt, and for a partial match the query words it
 * lacks, struck through («لا تتضمن: ~~غربية~~»). As an option of a listbox (the header box,
 * `option`) it holds no link: an option must not contain interactive content, so the option
 * itself opens the article (click, or Enter through listNav). Elsewhere the title is a link.
 */
export function hitNode(hit: Hit, query: string, opts: { id?: string; option?: boolean } = {}): HTMLLIElement {
  const li = el('li', { class: 'search-hit' });
  if (opts.id) li.id = opts.id;
  const href = hitHref(hit, query);
  const title = titleNode(hit.title, hit.titleSegments);
  if (opts.option) {
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = href;
    li.addEventListener('click', () => location.assign(href));
    li.append(el('span', { class: 'search-hit__title', dir: 'auto' }));
    li.lastElementChild!.append(title);
  } else {
    const a = el('a', { class: 'search-hit__title', href, dir: 'auto' });
    a.append(title);
    li.append(a);
  }
  const meta = el('p', { class: 'search-hit__meta' });
  if (hit.date) meta.append(el('time', { datetime: hit.date }, formatArabicDate(hit.date)));
  if (hit.date && hit.source) meta.append(document.createTextNode(' · '));
  if (hit.source) meta.append(el('bdi', {}, hit.source));
  if (meta.childNodes.length) li.append(meta);
  li.append(excerptNode(hit.excerpt));
  if (hit.missing?.length) li.append(missingNode(hit.missing));
  return li;
}

/** «لا تتضمن: ~~w1~~ ~~w2~~» — the words read out after the label, struck through on screen. */
export function missingNode(words: string[]): HTMLElement {
  const p = el('p', { class: 'search-hit__missing' });
  p.append(el('span', {}, 'لا تتضمن: '));
  words.forEach((w, i) => {
    if (i) p.append(document.createTextNode('، '));
    p.append(el('del', { dir: 'auto' }, w));
  });
  return p;
}

/** Arabic count phrase with the number isolated: «12 نتيجة». */
export function countText(n: number): string {
  if (n === 0) return 'لا نتائج';
  if (n === 1) return 'نتيجة واحدة';
  if (n === 2) return 'نتيجتان';
  return `${n} ${n <= 10 ? 'نتائج' : 'نتيجة'}`;
}

/** «562 مقالة», «مقالتان»: how many articles a name or topic is in. */
export function articlesText(n: number): string {
  if (n === 1) return 'مقالة واحدة';
  if (n === 2) return 'مقالتان';
  return `${n} ${n <= 10 ? 'مقالات' : 'مقالة'}`;
}
