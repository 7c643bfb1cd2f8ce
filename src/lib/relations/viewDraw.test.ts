import { describe, expect, it } from 'vitest';
import { loadCuratedData } from '../data/load';
import { compileRelationPatterns, relationWords } from './patterns';
import { formatActorCount, formatRelationCount, relationLabel, relationRows } from './viewDraw';

const patterns = compileRelationPatterns(loadCuratedData().relationPatterns);
const words = relationWords(patterns.labels, patterns.cooccurrenceLabel);

describe('the graph summary counts', () => {
  it('agree in number: علاقة واحدة، علاقتان، 3 علاقات، 11 علاقة', () => {
    expect(formatRelationCount(1)).toBe('علاقة واحدة موصوفة');
    expect(formatRelationCount(2)).toBe('علاقتان موصوفتان');
    expect(formatRelationCount(3)).toBe('3 علاقات موصوفة');
    expect(formatRelationCount(11)).toBe('11 علاقة موصوفة');
    expect(formatRelationCount(0)).toBe('لا علاقة موصوفة');
    expect(formatActorCount(2)).toBe('فاعلان');
    expect(formatActorCount(7)).toBe('7 فاعلين');
    expect(formatActorCount(40)).toBe('40 فاعلًا');
  });
});

describe('relation wording comes from content/relation-patterns.yaml', () => {
  it('names each type and reads a directed one with its «to» word', () => {
    expect(relationLabel({ type: 'sanctions', directed: true }, words)).toBe('عقوبات على');
    expect(relationLabel({ type: 'support', directed: true }, words)).toBe('دعم ومساعدات إلى');
    expect(relationLabel({ type: 'talks', directed: false }, words)).toBe('محادثات واتصالات');
  });

  it('the table rows put the doer first for a directed relation', () => {
    const edges = [{ source: 'russia', target: 'uk', relations: [{ type: 'sanctions' as const, from: 'uk', to: 'russia', directed: true, count: 3, months: [] }] }];
    const rows = relationRows(edges, { edges: new Map([[0, { kind: 'typed', weight: 3, relations: [0], counts: [3] }]]) } as never, words);
    expect(rows).toEqual([{ edge: 0, first: 'uk', second: 'russia', label: 'عقوبات على', weight: 3 }]);
  });

  it('the co-occurrence label is the data\'s too: an editor who renames it renames the table row', () => {
    const data = loadCuratedData().relationPatterns;
    expect(patterns.cooccurrenceLabel).toBe(data.cooccurrence.label);
    const renamed = compileRelationPatterns({ ...data, cooccurrence: { label: 'وردا في جملة واحدة', en: 'Named together' } });
    const edges = [{ source: 'china', target: 'india', relations: [] }];
    const rows = relationRows(edges, { edges: new Map([[0, { kind: 'cooccurrence', weight: 2, relations: [], counts: [] }]]) } as never, relationWords(renamed.labels, renamed.cooccurrenceLabel));
    expect(rows).toEqual([{ edge: 0, first: 'china', second: 'india', label: 'وردا في جملة واحدة', weight: 2 }]);
  });
});
