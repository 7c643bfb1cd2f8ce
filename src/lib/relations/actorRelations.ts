// An actor page's list of relations: only the typed ones (the words said so), grouped by type,
// with the direction of support, sanctions and accusation seen from this actor. Pure.
import type { GraphEdge, RelationEvidence, RelationGraph, RelationType } from '../types';
import { RELATION_TYPES } from './patterns';

/** 'out': this actor does it to the other; 'in': the other does it to this actor; 'both': talks, mediation or mutual. */
export type RelationDirection = 'out' | 'in' | 'both';

export interface ActorRelation {
  type: RelationType;
  other: string;
  direction: RelationDirection;
  /** Sentences stating it. */
  count: number;
  lastDate: string | null;
  /** The newest kept sentence that states it (null when the graph's evidence cap left none). */
  evidence: RelationEvidence | null;
}

export interface ActorRelationGroup {
  type: RelationType;
  relations: ActorRelation[];
  /** Relations of this type before the cap. */
  total: number;
}

/** Typed edges by actor id, built once per graph: an actor page must not scan every edge. */
const indexes = new WeakMap<RelationGraph, Map<string, GraphEdge[]>>();
function typedEdgesByActor(graph: RelationGraph): Map<string, GraphEdge[]> {
  let index = indexes.get(graph);
  if (!index) {
    index = new Map();
    for (const e of graph.edges) {
      if (!e.relations?.length) continue;
      for (const id of [e.source, e.target]) {
        if (!index.has(id)) index.set(id, []);
        index.get(id)!.push(e);
      }
    }
    indexes.set(graph, index);
  }
  return index;
}

const newer = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);

/** The typed relations of one actor, most stated first within each type; at most `limit` per type. */
export function actorRelations(graph: RelationGraph, actorId: string, limit = 8): ActorRelationGroup[] {
  const byType = new Map<RelationType, Map<string, ActorRelation>>();
  for (const e of typedEdgesByActor(graph).get(actorId) ?? []) {
    const other = e.source === actorId ? e.target : e.source;
    for (const r of e.relations ?? []) {
      const direction: RelationDirection = !r.directed ? 'both' : r.from === actorId ? 'out' : 'in';
      const evidence = e.evidence.find((ev) => ev.relations?.some((x) => x.type === r.type && x.from === r.from && x.to === r.to)) ?? null;
      if (!byType.has(r.type)) byType.set(r.type, new Map());
      byType.get(r.type)!.set(`${other}|${direction}`, { type: r.type, other, direction, count: r.count, lastDate: r.lastDate, evidence });
    }
  }
  // Each accuses the other: one line, «both».
  for (const list of byType.values()) {
    for (const [key, out] of [...list]) {
      const back = list.get(`${out.other}|in`);
      if (out.direction !== 'out' || !back) continue;
      list.delete(`${out.other}|in`);
      list.set(key, { ...out, direction: 'both', count: out.count + back.count, lastDate: newer(out.lastDate, back.lastDate), evidence: out.evidence ?? back.evidence });
    }
  }
  return RELATION_TYPES.filter((t) => byType.has(t)).map((type) => {
    const all = [...byType.get(type)!.values()].sort(
      (a, b) => b.count - a.count || (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0),
    );
    return { type, relations: all.slice(0, limit), total: all.length };
  });
}

/** «جملة واحدة», «جملتان», «3 جمل», «11 جملة»: how many sentences state a relation. */
export function sentenceCount(n: number): string {
  if (n === 1) return 'جملة واحدة';
  if (n === 2) return 'جملتان';
  if (n >= 3 && n <= 10) return `${n} جمل`;
  return `${n} جملة`;
}

/** A relation as the actor page lists it: the other actor's name, and of the evidence only what is shown. */
export interface ShownRelation {
  other: string;
  name: string;
  direction: RelationDirection;
  count: number;
  evidence: Pick<RelationEvidence, 'slug' | 'paragraph' | 'sentence'> | null;
}

export interface ShownRelationGroup {
  type: RelationType;
  relations: ShownRelation[];
  total: number;
}

/**
 * What ActorRelations renders of `actorRelations`: an actor page's props carry this, so its
 * fingerprint changes only when the list does (not with a relation's last date or an evidence
 * sentence's other fields, which it does not show).
 */
export function shownRelations(groups: ActorRelationGroup[], nameOf: (id: string) => string): ShownRelationGroup[] {
  return groups.map((g) => ({
    type: g.type,
    total: g.total,
    relations: g.relations.map((r) => ({
      other: r.other,
      name: nameOf(r.other),
      direction: r.direction,
      count: r.count,
      evidence: r.evidence && { slug: r.evidence.slug, paragraph: r.evidence.paragraph, sentence: r.evidence.sentence },
    })),
  }));
}
