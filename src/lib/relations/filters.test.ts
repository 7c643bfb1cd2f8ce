import { describe, expect, it } from 'vitest';
import { applyFilters, findNode, type GraphFilters } from './filters';

const nodes = [
  { id: 'putin', name: 'فلاديمير بوتين', en: 'Vladimir Putin', key: 'فلاديمير بوتين vladimir putin', type: 'person', articles: 9, topics: ['summit'], firstDate: '2024-01-01', lastDate: '2025-03-01' },
  { id: 'russia', name: 'روسيا', en: 'Russia', key: 'روسيا russia', type: 'country', articles: 20, topics: ['summit', 'sanctions'], firstDate: '2023-01-01', lastDate: '2025-03-01' },
  { id: 'uk', name: 'المملكة المتحدة', en: 'United Kingdom', key: 'المملكه المتحده united kingdom', type: 'country', articles: 3, topics: ['sanctions'], firstDate: null, lastDate: null },
];
const edges = [
  { source: 'putin', target: 'russia', weight: 5, articles: 4, types: ['talks'], topics: ['summit'], firstDate: '2024-01-01', lastDate: '2025-03-01' },
  { source: 'russia', target: 'uk', weight: 2, articles: 2, types: ['sanctions'], topics: ['sanctions'], firstDate: null, lastDate: null },
  { source: 'putin', target: 'uk', weight: 0, articles: 1, types: [], topics: [], firstDate: null, lastDate: null },
];
const all: GraphFilters = { types: ['person', 'country', 'organization'], topic: '', relation: '', measure: 'weight', min: 1, from: '', to: '' };

describe('applyFilters', () => {
  it('hides edges under the minimum weight, by the chosen measure', () => {
    expect([...applyFilters(nodes, edges, all).edges]).toEqual([0, 1]);
    expect([...applyFilters(nodes, edges, { ...all, min: 3 }).edges]).toEqual([0]);
    expect([...applyFilters(nodes, edges, { ...all, measure: 'articles' }).edges]).toEqual([0, 1, 2]);
  });
  it('filters by actor type, topic, relation type and date', () => {
    const people = applyFilters(nodes, edges, { ...all, types: ['country'] });
    expect([...people.nodes]).toEqual(['russia', 'uk']);
    expect([...people.edges]).toEqual([1]);
    expect([...applyFilters(nodes, edges, { ...all, relation: 'sanctions' }).edges]).toEqual([1]);
    expect([...applyFilters(nodes, edges, { ...all, topic: 'summit' }).edges]).toEqual([0]);
    const dated = applyFilters(nodes, edges, { ...all, from: '2025-01-01' });
    expect([...dated.nodes]).toEqual(['putin', 'russia']);
    expect([...applyFilters(nodes, edges, { ...all, to: '2023-06-01' }).nodes]).toEqual(['russia']);
  });
});

describe('findNode', () => {
  it('finds by normalised Arabic (hamza, clitic-free prefix) and by English', () => {
    expect(findNode(nodes, 'بوتين')?.id).toBe('putin');
    expect(findNode(nodes, 'putin')?.id).toBe('putin');
    expect(findNode(nodes, 'المملكة')?.id).toBe('uk');
    expect(findNode(nodes, 'Russia')?.id).toBe('russia');
    expect(findNode(nodes, 'غير موجود')).toBeUndefined();
  });
});
