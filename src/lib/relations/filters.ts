// Which nodes and edges of the drawn graph pass the reader's filters. Pure, shared by the
// browser script and its unit test.
import { normalizeArabic } from '../arabic/normalize';

export interface GraphFilters {
  types: string[];
  topic: string;
  relation: string;
  measure: 'weight' | 'articles';
  min: number;
  from: string;
  to: string;
}

interface FNode { id: string; type: string; topics: string[]; firstDate: string | null; lastDate: string | null }
interface FEdge { source: string; target: string; weight: number; articles: number; types: string[]; topics: string[]; firstDate: string | null; lastDate: string | null }

/** A dated span overlaps [from, to]; undated things pass only when no date is set. */
function inRange(first: string | null, last: string | null, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!first || !last) return false;
  return (!from || last >= from) && (!to || first <= to);
}

export function applyFilters(nodes: FNode[], edges: FEdge[], f: GraphFilters): { nodes: Set<string>; edges: Set<number> } {
  const types = new Set(f.types);
  const shown = new Set(
    nodes
      .filter((n) => types.has(n.type) && (!f.topic || n.topics.includes(f.topic)) && inRange(n.firstDate, n.lastDate, f.from, f.to))
      .map((n) => n.id),
  );
  const out = new Set<number>();
  edges.forEach((e, i) => {
    if (!shown.has(e.source) || !shown.has(e.target)) return;
    if ((f.measure === 'articles' ? e.articles : e.weight) < f.min) return;
    if (f.relation && !e.types.includes(f.relation)) return;
    if (f.topic && !e.topics.includes(f.topic)) return;
    if (!inRange(e.firstDate, e.lastDate, f.from, f.to)) return;
    out.add(i);
  });
  return { nodes: shown, edges: out };
}

/** Best node for a search query: exact name first, then prefix, then substring (normalised Arabic or English). */
export function findNode<T extends { name: string; en: string; key: string; articles: number }>(nodes: T[], query: string): T | undefined {
  const q = normalizeArabic(query.trim());
  if (!q) return undefined;
  const score = (n: T) => {
    const names = [normalizeArabic(n.name), n.en.toLowerCase()];
    if (names.includes(q)) return 3;
    if (names.some((s) => s.startsWith(q)) || n.key.split(' ').some((w) => w.startsWith(q))) return 2;
    return n.key.includes(q) ? 1 : 0;
  };
  let best: T | undefined;
  let bestScore = 0;
  for (const n of nodes) {
    const s = score(n);
    if (s > bestScore || (s === bestScore && s > 0 && best && n.articles > best.articles)) {
      best = n;
      bestScore = s;
    }
  }
  return best;
}
