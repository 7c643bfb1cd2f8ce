// What the /graph/ page shows a reader who lands on it, counted in the browser: nodes and
// edges shown, nodes with no shown edge (aim 0), labels shown and labels whose boxes overlap
// (aim 0, compared as the browser lays them out). Works on pages from before the default view
// existed too (edges hidden by a weight threshold carry the class "below").
import type { Page } from 'playwright-core';

export interface GraphViewFigures {
  shownNodes: number;
  shownEdges: number;
  isolatedNodes: number;
  labels: number;
  labelOverlaps: number;
}

// A string, not a function: tsx would wrap named functions in a __name helper the page lacks.
const FIGURES = `(() => {
  const shown = (el) => getComputedStyle(el).display !== 'none' && !el.closest('.off, .below');
  const data = JSON.parse(document.getElementById('graph-data').textContent);
  const edges = [...document.querySelectorAll('.gedge')].filter(shown);
  const nodes = [...document.querySelectorAll('.gnode')].filter(shown);
  const ends = new Set();
  for (const g of edges) { const e = data.edges[Number(g.dataset.i)]; ends.add(e.source); ends.add(e.target); }
  const boxes = nodes.map((n) => n.querySelector('.glabel'))
    .filter((t) => t && getComputedStyle(t).visibility !== 'hidden')
    .map((t) => t.getBoundingClientRect());
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
  }
  return { shownNodes: nodes.length, shownEdges: edges.length, isolatedNodes: nodes.filter((n) => !ends.has(n.dataset.id)).length, labels: boxes.length, labelOverlaps: overlaps };
})()`;

/** Counts on the page as it is (call before moving the mouse: hover shows extra labels). */
export async function graphViewFigures(page: Page): Promise<GraphViewFigures> {
  await page.evaluate('document.fonts.ready');
  return (await page.evaluate(FIGURES)) as GraphViewFigures;
}
