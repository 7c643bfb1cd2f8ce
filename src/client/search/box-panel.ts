// The header search box's combobox part, made by the box's start-up script when the page loads
// (issue 18, «a smaller dist/»). The page's HTML holds only what works without JavaScript: a GET
// form to /search/ with its labelled field and its submit button (SearchBox.astro). The field's
// combobox attributes and the panel (status, concept note, listbox, «all results» link) were ~0.4
// KB of every page of dist/, and mean nothing without the script that fills them. With JavaScript
// the box is the same combobox as before from page load, before the reader can focus it; the
// panel is made once, in the order and with the attributes the HTML had (box.ts looks them up).

/** The listbox's id: the field's `aria-controls`. */
export const SEARCH_BOX_LIST_ID = 'search-box-list';

function element(doc: Document, tag: string, attrs: Record<string, string>, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Makes the box `root` (`[data-search-box]`) a combobox with its results panel. Does nothing when
 * the panel is there already or the box has no search field.
 */
export function buildSearchPanel(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input || root.querySelector('.search-box__panel')) return;
  const doc = root.ownerDocument;
  for (const [k, v] of Object.entries({ role: 'combobox', 'aria-expanded': 'false', 'aria-controls': SEARCH_BOX_LIST_ID, 'aria-autocomplete': 'list' })) input.setAttribute(k, v);
  // «All results» goes where the form goes: /search/ under the site's base.
  const searchPage = root.querySelector('form')?.getAttribute('action') ?? '/search/';
  const panel = element(doc, 'div', { class: 'search-box__panel', hidden: '' });
  panel.append(
    element(doc, 'p', { class: 'search-box__status', 'aria-live': 'polite' }),
    element(doc, 'p', { class: 'search-box__concept', hidden: '' }),
    element(doc, 'ul', { class: 'search-box__list', id: SEARCH_BOX_LIST_ID, role: 'listbox', 'aria-label': 'نتائج البحث' }),
    element(doc, 'a', { class: 'search-box__more', href: searchPage, hidden: '' }, 'كل النتائج ←'),
  );
  root.append(panel);
}
