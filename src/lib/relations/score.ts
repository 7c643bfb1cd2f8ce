// Scoring typed relations against a labelled set (tests/fixtures/relations-labelled/README.md):
// precision and recall per type and overall, direction counted for directed types. Pure.
import type { EvidenceRelation, RelationType } from '../types';
import { RELATION_TYPES } from './patterns';

export interface LabelledRelation {
  type: RelationType;
  a: string;
  b: string;
  directed?: boolean;
}

export interface LabelledSentence {
  id: string;
  style?: string;
  text: string;
  actors: string[];
  not_actors?: string[];
  relations?: LabelledRelation[] | null;
  also_ok?: LabelledRelation[] | null;
  none?: Array<[string, string]> | null;
  kinds?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreReport {
  byType: Record<RelationType, Counts>;
  overall: Counts;
  /** The same counts over the entries of each kind (an entry has several kinds). */
  byKind: Record<string, Counts>;
  /** False positives whose pair the label lists under `none`, by the entry's kinds. */
  errors: Array<{ id: string; kind: 'fp' | 'fn'; relation: string }>;
}

export interface ScoreOptions {
  /** Count a directed relation right whichever way round (to compare with a graph that has no direction). */
  ignoreDirection?: boolean;
}

const key = (type: string, a: string, b: string, directed: boolean) => (directed ? `${type} ${a}>${b}` : `${type} ${a < b ? a : b}-${a < b ? b : a}`);

export const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);

/**
 * Scores predicted relations per sentence. A prediction is scored when both ends are among the
 * sentence's `actors` (or one is a `not_actors` id: then it is always wrong); one listed in
 * `also_ok` is not scored; every other one not in `relations` is a false positive.
 */
export function scoreRelations(entries: LabelledSentence[], predict: (e: LabelledSentence) => EvidenceRelation[], options: ScoreOptions = {}): ScoreReport {
  const directed = (d: boolean | undefined) => Boolean(d) && !options.ignoreDirection;
  const labelKey = (r: LabelledRelation) => key(r.type, r.a, r.b, directed(r.directed));
  const predKey = (r: EvidenceRelation) => key(r.type, r.from, r.to, directed(r.directed));
  const byType = Object.fromEntries(RELATION_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<RelationType, Counts>;
  const errors: ScoreReport['errors'] = [];
  const byKind: Record<string, Counts> = {};
  const count = (e: LabelledSentence, type: RelationType, what: keyof Counts) => {
    byType[type][what]++;
    for (const k of e.kinds ?? []) (byKind[k] ??= { tp: 0, fp: 0, fn: 0 })[what]++;
  };
  for (const e of entries) {
    const actors = new Set(e.actors);
    const wrongActors = new Set(e.not_actors ?? []);
    const gold = new Map((e.relations ?? []).map((r) => [labelKey(r), r.type]));
    const ok = new Set((e.also_ok ?? []).map(labelKey));
    const seen = new Set<string>();
    for (const r of predict(e)) {
      const k = predKey(r);
      if (seen.has(k)) continue;
      seen.add(k);
      const ends = [r.from, r.to];
      if (!ends.every((id) => actors.has(id) || wrongActors.has(id))) continue;
      if (gold.has(k)) count(e, r.type, 'tp');
      else if (!ok.has(k)) {
        count(e, r.type, 'fp');
        errors.push({ id: e.id, kind: 'fp', relation: k });
      }
    }
    for (const [k, type] of gold) {
      if (seen.has(k)) continue;
      count(e, type, 'fn');
      errors.push({ id: e.id, kind: 'fn', relation: k });
    }
  }
  const overall = Object.values(byType).reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { byType, overall, byKind, errors };
}
