// Search results fold same-text copies (issue 16): a hit whose text another shown hit already
// carries (same fold key: the canonical article's) goes under that hit, in a <details> whose
// summary counts the copies («+2 نسختان»); Enter or Space on it shows them all. The fold spans
// «more results» pages: a copy loaded later joins the hit already shown.
import { formatCopyCount } from '../../lib/site/story-counts';
import { el } from './render';

/** Appends a result node to `list`, or under the shown hit it is a copy of. */
export function placeHit(list: HTMLElement, fold: string, node: HTMLLIElement): void {
  const head = [...list.children].find((li): li is HTMLLIElement => li instanceof HTMLLIElement && li.dataset.fold === fold);
  if (!head) {
    node.dataset.fold = fold;
    list.append(node);
    return;
  }
  let box = head.querySelector<HTMLDetailsElement>(':scope > details.search-hit__copies');
  if (!box) {
    box = el('details', { class: 'search-hit__copies' });
    box.append(el('summary'), el('ul', { class: 'search-hit__copy-list' }));
    head.append(box);
  }
  const copies = box.querySelector('ul')!;
  copies.append(node);
  const summary = box.querySelector('summary')!;
  summary.replaceChildren(el('strong', {}, formatCopyCount(copies.childElementCount)), document.createTextNode(' من النص نفسه'));
}

/** An option of the header box with «+2 نسختان من النص نفسه» under it (options hold no toggle). */
export function withCopyCount(node: HTMLLIElement, copies: number): HTMLLIElement {
  if (copies > 0) node.append(el('p', { class: 'search-hit__meta search-hit__copy-count' }, `${formatCopyCount(copies)} من النص نفسه`));
  return node;
}
