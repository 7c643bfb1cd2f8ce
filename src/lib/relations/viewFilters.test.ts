import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, monthsBefore, visibleGraph, type ViewFilters, type WindowEdge, type WindowNode } from './viewFilters';

const ALL = ['talks', 'support', 'sanctions', 'accusation', 'mediation'] as const;
const months = ['2025-01', '2025-02', '2025-03', '2025-04'];
const nodes: WindowNode[] = [
  { id: 'hakan-fidan', type: 'person' },
  { id: 'recep-tayyip-erdogan', type: 'person' },
  { id: 'russia', type: 'country' },
  { id: 'steve-witkoff', type: 'person' },
  { id: 'turkey', type: 'country' },
  { id: 'ukraine', type: 'country' },
  { id: 'kirill-dmitriev', type: 'person' },
  { id: 'european-union', type: 'organization' },
];
// Relations in the shape of src/lib/types.ts (EdgeRelation), months as [index, count] pairs.
const edges: WindowEdge[] = [
  { source: 'russia', target: 'turkey', weight: 5, cooc: [0, 5], relations: [{ type: 'mediation', from: 'russia', to: 'turkey', directed: false, count: 3, months: [0, 3] }] },
  { source: 'turkey', target: 'ukraine', weight: 4, cooc: [0, 4], relations: [{ type: 'mediation', from: 'turkey', to: 'ukraine', directed: false, count: 2, months: [0, 2] }] },
  { source: 'kirill-dmitriev', target: 'steve-witkoff', weight: 3, cooc: [3, 3], relations: [{ type: 'talks', from: 'kirill-dmitriev', to: 'steve-witkoff', directed: false, count: 2, months: [3, 2] }] },
  { source: 'european-union', target: 'russia', weight: 6, cooc: [1, 2, 3, 4], relations: [{ type: 'sanctions', from: 'european-union', to: 'russia', directed: true, count: 4, months: [1, 1, 3, 3] }] },
  // Mentioned together only: never typed, off unless asked for.
  { source: 'hakan-fidan', target: 'steve-witkoff', weight: 2, cooc: [3, 2], relations: [] },
  // Stated in an undated article: counted only with no window.
  { source: 'european-union', target: 'steve-witkoff', weight: 1, cooc: [], relations: [{ type: 'talks', from: 'european-union', to: 'steve-witkoff', directed: false, count: 1, months: [] }] },
];
const defaults: ViewFilters = { types: [...ALL], cooccurrence: false, countries: false, actor: '', from: '2025-02', to: '' };
const shownPairs = (f: ViewFilters) => [...visibleGraph(nodes, edges, months, f).edges.keys()].map((i) => `${edges[i].source}|${edges[i].target}`);

describe('visibleGraph', () => {
  it('default view: typed relations of the window, people and organisations, no co-occurrence', () => {
    const v = visibleGraph(nodes, edges, months, defaults);
    expect(shownPairs(defaults)).toEqual(['kirill-dmitriev|steve-witkoff']);
    expect([...v.nodes].sort()).toEqual(['kirill-dmitriev', 'steve-witkoff']);
    expect(v.edges.get(2)).toEqual({ weight: 2, relations: [0], counts: [2], kind: 'typed' });
  });

  it('never shows a node without a shown edge', () => {
    for (const f of [defaults, { ...defaults, countries: true }, { ...defaults, from: '' }, { ...defaults, cooccurrence: true, types: [] }]) {
      const v = visibleGraph(nodes, edges, months, f);
      const ends = new Set([...v.edges.keys()].flatMap((i) => [edges[i].source, edges[i].target]));
      expect(v.nodes).toEqual(ends);
    }
  });

  it('countries behind a toggle; the window counts only its months', () => {
    const f = { ...defaults, countries: true };
    expect(shownPairs(f)).toEqual(['kirill-dmitriev|steve-witkoff', 'european-union|russia']);
    expect(visibleGraph(nodes, edges, months, f).edges.get(3)!.weight).toBe(4);
    expect(visibleGraph(nodes, edges, months, { ...f, to: '2025-02' }).edges.get(3)!.weight).toBe(1);
  });

  it('«between whom did Turkey mediate in 2025?»: one actor, one type; its partners show though they are countries', () => {
    const f = { ...defaults, types: ['mediation' as const], actor: 'turkey', from: '2025-01' };
    expect(shownPairs(f)).toEqual(['russia|turkey', 'turkey|ukraine']);
  });

  it('co-occurrence is a separate, weaker kind, shown only when asked for', () => {
    const v = visibleGraph(nodes, edges, months, { ...defaults, cooccurrence: true });
    expect(v.edges.get(4)).toEqual({ weight: 2, relations: [], counts: [], kind: 'cooccurrence' });
  });

  it('undated sentences count only when no window is set', () => {
    expect(shownPairs({ ...defaults, from: '' })).toContain('european-union|steve-witkoff');
    expect(shownPairs(defaults)).not.toContain('european-union|steve-witkoff');
  });
});

describe('shared links', () => {
  it('reads ?type=mediation&actor=turkey&from=2025-01', () => {
    const f = filtersFromParams(new URLSearchParams('type=mediation&actor=turkey&from=2025-01'), defaults, ALL);
    expect(f).toEqual({ ...defaults, types: ['mediation'], actor: 'turkey', from: '2025-01', to: '' });
  });

  it('writes only what differs from the default view, and reads it back', () => {
    expect(filtersToParams(defaults, defaults, ALL).toString()).toBe('');
    const f: ViewFilters = { types: ['talks', 'sanctions'], cooccurrence: true, countries: true, actor: 'steve-witkoff', from: '2025-03', to: '2025-03' };
    const p = filtersToParams(f, defaults, ALL);
    expect(p.toString()).toBe('type=talks%2Csanctions&actor=steve-witkoff&from=2025-03&to=2025-03&countries=1&cooc=1');
    expect(filtersFromParams(p, defaults, ALL)).toEqual(f);
    // The whole period is a value of its own, so it survives the round trip.
    expect(filtersFromParams(filtersToParams({ ...defaults, from: '' }, defaults, ALL), defaults, ALL).from).toBe('');
  });

  it('ignores what it does not know instead of trusting it', () => {
    const f = filtersFromParams(new URLSearchParams('type=talks,<script>&from=yesterday&to=2025&countries=maybe'), defaults, ALL);
    expect(f).toEqual({ ...defaults, types: ['talks'], to: '2025-12' });
  });

  it('counts months back across a year', () => {
    expect(monthsBefore('2025-02', 2)).toBe('2024-12');
    expect(monthsBefore('2025-12', -1)).toBe('2026-01');
  });
});
