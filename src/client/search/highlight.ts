// On an article opened from a search result (?highlight=<query>): marks the words the
// query matched, using the same keys as the index, and scrolls to the first one.
// Loaded only when the parameter is present.
import { loadEngine } from './engine';
import { planQuery } from '../../lib/search/keys';
import { matchRanges } from '../../lib/search/excerpt';

// The article's title and body only (not chips, related links or navigation).
const BODY_SELECTORS = ['[data-search-highlight]', 'article h1, .article-body', '[data-pagefind-body]', 'main'];

export async function highlightArticle(query: string) {
  const roots = BODY_SELECTORS.map((s) => [...document.querySelectorAll<HTMLElement>(s)]).find((r) => r.length) ?? [];
  if (!roots.length || !query.trim()) return;
  const { settle } = await loadEngine();
  const plan = await settle((ctx) => planQuery(query, ctx));
  const nodes: Text[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script, style, mark, nav, button, .para__tools, .search-box') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  }
  let first: HTMLElement | null = null;
  // Every text's ranges at once: the word buckets they read are fetched in one go, then marked.
  const rangesOf = await settle((ctx) => nodes.map((node) => matchRanges(node.data, plan, ctx)));
  for (const [i, node] of nodes.entries()) {
    const ranges = rangesOf[i];
    let nodeFirst: HTMLElement | null = null;
    for (const [s, e] of ranges.reverse()) {
      const range = document.createRange();
      range.setStart(node, s);
      range.setEnd(node, e);
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      range.surroundContents(mark);
      nodeFirst = mark;
    }
    first ??= nodeFirst;
  }
  first?.scrollIntoView({ block: 'center' });
}
