// The header search box's start-up (SearchBox.astro), run when every page loads by the site
// header's one script (SiteHeader.astro): the combobox and its panel at once (box-panel.ts), and
// the search code (Pagefind + our key rewriting) loaded only when the reader focuses the box or
// presses «/» or Ctrl/⌘+K; on an article opened from a result (?highlight=…) a small module
// marks the matched words.
import { buildSearchPanel } from './box-panel';

export function startSearchBox(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-search-box]');
  const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
  // The combobox and its panel at once, before the reader can focus the field.
  if (root) buildSearchPanel(root);
  const start = () => import('./box').then((m) => root && m.initSearchBox(root));
  if (root && input) {
    input.addEventListener('focus', start, { once: true });
    doc.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement;
      const typing = t.closest('input, textarea, select, [contenteditable="true"]');
      if ((e.key === '/' && !typing) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k')) {
        // On /search/ the page's own field takes the shortcut.
        const pageField = doc.querySelector<HTMLInputElement>('#search-q');
        e.preventDefault();
        (pageField ?? input).focus();
      }
    });
  }
  const highlight = new URLSearchParams(location.search).get('highlight');
  if (highlight) import('./highlight').then((m) => m.highlightArticle(highlight));
}
