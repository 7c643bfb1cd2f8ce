import { describe, expect, it } from 'vitest';
import type { EvidenceRelation } from '../types';
import { precision, recall, scoreRelations, type LabelledSentence } from './score';

const rel = (type: EvidenceRelation['type'], from: string, to: string, directed = false): EvidenceRelation => ({ type, from, to, directed });

describe('scoreRelations', () => {
  const entries: LabelledSentence[] = [
    {
      id: 'x1',
      text: '…',
      actors: ['poland', 'russia', 'qna', 'qatar'],
      not_actors: ['france'],
      relations: [{ type: 'accusation', a: 'poland', b: 'russia', directed: true }],
      also_ok: [{ type: 'talks', a: 'qatar', b: 'russia' }],
      kinds: ['directed'],
    },
    { id: 'x2', text: '…', actors: ['russia', 'ukraine'], relations: [{ type: 'talks', a: 'ukraine', b: 'russia' }], kinds: ['simple'] },
  ];

  it('counts direction for directed types, ignores also_ok and pairs outside the labelled actors', () => {
    const predictions: Record<string, EvidenceRelation[]> = {
      x1: [
        rel('accusation', 'russia', 'poland', true), // wrong way round: a false positive and a miss
        rel('talks', 'russia', 'qatar'), // also_ok: not scored
        rel('talks', 'qatar', 'someone-else'), // not a labelled actor: not scored
        rel('talks', 'france', 'qatar'), // france is not an actor here: always wrong
      ],
      x2: [rel('talks', 'russia', 'ukraine'), rel('talks', 'russia', 'ukraine')],
    };
    const r = scoreRelations(entries, (e) => predictions[e.id]);
    expect(r.byType.accusation).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(r.byType.talks).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(r.overall).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(r.byKind).toEqual({ directed: { tp: 0, fp: 2, fn: 1 }, simple: { tp: 1, fp: 0, fn: 0 } });
    expect(precision(r.overall)).toBeCloseTo(1 / 3);
    expect(recall(r.overall)).toBe(0.5);
    expect(r.errors.map((e) => `${e.id} ${e.kind} ${e.relation}`)).toEqual([
      'x1 fp accusation russia>poland',
      'x1 fp talks france-qatar',
      'x1 fn accusation poland>russia',
    ]);
  });
});
