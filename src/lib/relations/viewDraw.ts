// What the build and the /graph/ script both need to draw a view: the words for relations,
// edge geometry (ends at the circles' rims, widths, arrowheads), the zoom that fits a view, the
// table's rows and month names. Pure and light (no layout engine), so the browser bundle can
// import it.
import { countNoun } from '../arabic/count';
import type { RelationType } from '../types';
import { monthsBefore, type VisibleGraph, type WindowRelation } from './viewFilters';

/** «علاقتان موصوفتان», «5 علاقات موصوفة»: the graph summary's counts, with the number agreeing. */
export const formatRelationCount = (n: number) =>
  countNoun(n, { zero: 'لا علاقة موصوفة', one: 'علاقة واحدة موصوفة', two: 'علاقتان موصوفتان', few: 'علاقات موصوفة', many: 'علاقة موصوفة' });
export const formatActorCount = (n: number) => countNoun(n, { zero: 'لا فاعل', one: 'فاعل واحد', two: 'فاعلان', few: 'فاعلين', many: 'فاعلًا' });
export const formatPairCount = (n: number) => countNoun(n, { zero: 'لا زوج', one: 'زوج واحد', two: 'زوجان', few: 'أزواج', many: 'زوجًا' });

/**
 * The words of the relation types: their names and how a directed one reads («دعم من X إلى Y»).
 * They come from content/relation-patterns.yaml (`relationWords` in patterns.ts); the browser
 * gets them in the page's payload.
 */
export interface RelationWords {
  labels: Record<RelationType, string>;
  directed: Partial<Record<RelationType, [string, string]>>;
  /** The weaker kind: two actors only named together («ذُكرا معاً»). */
  cooccurrence: string;
}

/** A typed relation as the view carries it: months as indexes into GraphView.months. */
export type ViewRelation = WindowRelation;

/** A zoom transform: screen = k × layout + (x, y). */
export interface Fit {
  k: number;
  x: number;
  y: number;
}

/** Zoom that fits the given nodes into width × height; never closer than maxK, where circles would swell. */
export function fitNodes(nodes: Array<{ x: number; y: number; r: number }>, width: number, height: number, padding = 48, maxK = 1.5, minK = 0.4): Fit {
  if (!nodes.length) return { k: 1, x: 0, y: 0 };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x - n.r); x1 = Math.max(x1, n.x + n.r);
    y0 = Math.min(y0, n.y - n.r); y1 = Math.max(y1, n.y + n.r + 24); // room for the label
  }
  const k = Math.min(maxK, Math.max(minK, Math.min((width - 2 * padding) / Math.max(x1 - x0, 1), (height - 2 * padding) / Math.max(y1 - y0, 1))));
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { k: round(k), x: round(width / 2 - k * (x0 + x1) / 2), y: round(height / 2 - k * (y0 + y1) / 2) };
}

/** Where an edge's line starts and ends: at the rims of its two circles, so arrowheads show. */
export function edgeEnds(a: { x: number; y: number; r: number }, b: { x: number; y: number; r: number }, gap = 2): [number, number, number, number] {
  const dx = b.x - a.x, dy = b.y - a.y;
  const d = Math.hypot(dx, dy) || 1;
  const round = (v: number) => Math.round(v * 10) / 10;
  const sa = Math.min((a.r + gap) / d, 0.45), sb = Math.min((b.r + gap) / d, 0.45);
  return [round(a.x + dx * sa), round(a.y + dy * sa), round(b.x - dx * sb), round(b.y - dy * sb)];
}

/** Stroke width of an edge by sentence weight. */
export function edgeWidth(weight: number, maxWeight: number): number {
  if (weight <= 0) return 0.75;
  return Math.round((1 + 4 * Math.sqrt(weight / Math.max(maxWeight, 1))) * 10) / 10;
}

/** Arrowheads of an edge drawn from `source` to `target`: at the end (→ target) and/or the start (→ source). */
export function arrowEnds(e: { source: string; relations: Pick<ViewRelation, 'directed' | 'to'>[] }, shown?: number[]): { start: boolean; end: boolean } {
  const rels = shown ? shown.map((i) => e.relations[i]) : e.relations;
  return { start: rels.some((r) => r.directed && r.to === e.source), end: rels.some((r) => r.directed && r.to !== e.source) };
}

const MONTH_NAMES = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** "2025-03" → «مارس 2025». */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${MONTH_NAMES[m - 1] ?? ''} ${y}`;
}

/** Every calendar month from the first to the last given (the window's choices), oldest first. */
export function monthSpan(months: string[]): string[] {
  const sorted = months.filter(Boolean).sort();
  if (!sorted.length) return [];
  const out: string[] = [];
  for (let m = sorted[0]; m <= sorted[sorted.length - 1]; m = monthsBefore(m, -1)) out.push(m);
  return out;
}

export interface RelationRow {
  /** Index of the edge in the view. */
  edge: number;
  /** The doer for a directed relation; else the edge's source. */
  first: string;
  second: string;
  label: string;
  /** Sentences in the window. */
  weight: number;
}

/** «عقوبات على» for a directed relation (read: first column, this, second column); the type's name otherwise. */
export function relationLabel(r: Pick<ViewRelation, 'type' | 'directed'>, words: RelationWords): string {
  const pair = r.directed ? words.directed[r.type] : undefined;
  return pair ? `${words.labels[r.type]} ${pair[1]}` : words.labels[r.type];
}

/** One row per shown relation (or co-occurrence), strongest first: the table view. */
export function relationRows(edges: Array<{ source: string; target: string; relations: ViewRelation[] }>, visible: Pick<VisibleGraph, 'edges'>, words: RelationWords): RelationRow[] {
  const rows: RelationRow[] = [];
  for (const [i, v] of visible.edges) {
    const e = edges[i];
    if (v.kind === 'cooccurrence') {
      rows.push({ edge: i, first: e.source, second: e.target, label: words.cooccurrence, weight: v.weight });
      continue;
    }
    v.relations.forEach((j, k) => {
      const r = e.relations[j];
      rows.push({ edge: i, first: r.directed ? r.from : e.source, second: r.directed ? r.to : e.target, label: relationLabel(r, words), weight: v.counts[k] });
    });
  }
  return rows.sort((a, b) => b.weight - a.weight || a.edge - b.edge);
}
