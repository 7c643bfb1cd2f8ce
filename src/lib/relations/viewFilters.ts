// Which relations of the drawn graph a reader sees: relation types, the weaker co-occurrence
// kind, countries, one actor's ties, and a time window of whole months. Pure and shared by the
// build (the default view is drawn in the HTML) and the /graph/ script (every later view), so
// both always agree. A node is shown only as the end of a shown edge: never an isolated dot.
import type { RelationType } from '../types';

/** Month counts, flattened: [monthIndex, count, monthIndex, count, …] into the view's `months`. */
export type MonthCounts = number[];

export interface WindowRelation {
  type: RelationType;
  from: string;
  to: string;
  directed: boolean;
  /** Sentences stating it, dated or not: the count when no window is set. */
  count: number;
  months: MonthCounts;
}

export interface WindowEdge {
  source: string;
  target: string;
  /** Sentences naming both (the weaker, untyped kind). */
  weight: number;
  relations: WindowRelation[];
  /** Co-occurring sentences per month. */
  cooc: MonthCounts;
}

export interface WindowNode {
  id: string;
  type: string;
}

export interface ViewFilters {
  /** Relation types shown. */
  types: RelationType[];
  /** Also show pairs that are only mentioned together («ذُكرا معاً»). */
  cooccurrence: boolean;
  /** Show countries (hubs that crowd the picture; off by default). */
  countries: boolean;
  /** Only this actor's ties ('' = everyone); its partners are shown whatever their type. */
  actor: string;
  /** First and last month shown, "YYYY-MM" ('' = open). */
  from: string;
  to: string;
}

export interface VisibleEdge {
  /** Sentences in the window that state a shown type (or co-occur, for the weaker kind). */
  weight: number;
  /** Indexes into the edge's `relations` that are shown, and their sentences in the window. */
  relations: number[];
  counts: number[];
  kind: 'typed' | 'cooccurrence';
}

export interface VisibleGraph {
  nodes: Set<string>;
  edges: Map<number, VisibleEdge>;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isMonth = (s: string): boolean => MONTH.test(s);

/** "YYYY-MM" minus n months. */
export function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) - n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Sentences of a month-count list inside [from, to]; with no window, `total` (undated included). */
function inWindow(counts: MonthCounts, months: string[], from: string, to: string, total: number): number {
  if (!from && !to) return total;
  let sum = 0;
  for (let i = 0; i < counts.length; i += 2) {
    const m = months[counts[i]];
    if ((!from || m >= from) && (!to || m <= to)) sum += counts[i + 1];
  }
  return sum;
}

export function visibleGraph(nodes: WindowNode[], edges: WindowEdge[], months: string[], f: ViewFilters): VisibleGraph {
  const typeOf = new Map(nodes.map((n) => [n.id, n.type]));
  const types = new Set(f.types);
  const out: VisibleGraph = { nodes: new Set(), edges: new Map() };
  edges.forEach((e, i) => {
    if (f.actor && e.source !== f.actor && e.target !== f.actor) return;
    // With one actor chosen, its partners show whatever their type: «between whom did Turkey mediate?»
    if (!f.countries && !f.actor && (typeOf.get(e.source) === 'country' || typeOf.get(e.target) === 'country')) return;
    let weight = 0;
    const shown: number[] = [];
    const counts: number[] = [];
    e.relations.forEach((r, j) => {
      if (!types.has(r.type)) return;
      const n = inWindow(r.months, months, f.from, f.to, r.count);
      if (n > 0) {
        weight += n;
        shown.push(j);
        counts.push(n);
      }
    });
    let kind: VisibleEdge['kind'] = 'typed';
    if (!shown.length) {
      if (!f.cooccurrence) return;
      weight = inWindow(e.cooc, months, f.from, f.to, e.weight);
      if (weight <= 0) return;
      kind = 'cooccurrence';
    }
    out.edges.set(i, { weight, relations: shown, counts, kind });
    out.nodes.add(e.source);
    out.nodes.add(e.target);
  });
  return out;
}

/** Filters → query string (only what differs from the defaults), for links that can be shared. */
export function filtersToParams(f: ViewFilters, defaults: ViewFilters, allTypes: readonly RelationType[]): URLSearchParams {
  const p = new URLSearchParams();
  const sameTypes = f.types.length === defaults.types.length && f.types.every((t) => defaults.types.includes(t));
  if (!sameTypes) p.set('type', allTypes.filter((t) => f.types.includes(t)).join(',') || 'none');
  if (f.actor) p.set('actor', f.actor);
  if (f.from !== defaults.from) p.set('from', f.from || 'all');
  if (f.to !== defaults.to) p.set('to', f.to || 'all');
  if (f.countries !== defaults.countries) p.set('countries', f.countries ? '1' : '0');
  if (f.cooccurrence !== defaults.cooccurrence) p.set('cooc', f.cooccurrence ? '1' : '0');
  return p;
}

/**
 * Query string → filters, starting from the defaults; unknown values are ignored, not trusted
 * (`type=talks,bogus` keeps talks). `from=2025-01` alone opens the window up to the last month.
 */
export function filtersFromParams(p: URLSearchParams, defaults: ViewFilters, allTypes: readonly RelationType[]): ViewFilters {
  const f: ViewFilters = { ...defaults, types: [...defaults.types] };
  const type = p.get('type');
  if (type !== null) f.types = type.split(',').filter((t): t is RelationType => (allTypes as readonly string[]).includes(t));
  const actor = p.get('actor');
  if (actor) f.actor = actor;
  const month = (v: string | null, d: string) => (v === null ? d : v === 'all' || v === '' ? '' : isMonth(v) ? v : /^\d{4}$/.test(v) ? v : d);
  f.from = month(p.get('from'), defaults.from);
  f.to = month(p.get('to'), defaults.to);
  // A bare year: from its January, to its December.
  if (/^\d{4}$/.test(f.from)) f.from = `${f.from}-01`;
  if (/^\d{4}$/.test(f.to)) f.to = `${f.to}-12`;
  const flag = (v: string | null, d: boolean) => (v === '1' ? true : v === '0' ? false : d);
  f.countries = flag(p.get('countries'), defaults.countries);
  f.cooccurrence = flag(p.get('cooc'), defaults.cooccurrence);
  return f;
}
