// The relations graph: an edge between two actors for every sentence that mentions both
// (weight = sentences), typed where the sentence's words say how they relate (relations,
// directed where direction is the meaning: see docs/relations.md), and the weaker
// co-occurrence kept as its own kind. Every edge keeps its evidence (article, paragraph
// anchor, sentence, date, what it states). An actor and its own side, and media as the
// source, are never an edge. Pure and deterministic: the same corpus gives byte-identical output.
import type { Actor, EdgeRelation, EvidenceRelation, GraphEdge, GraphNode, Mention, RelationEvidence, RelationGraph, RelationType, Sentence } from '../types';
import { sentenceRelations } from './extract';
import { RELATION_TYPES, type RelationPatterns } from './patterns';
import { affiliationChain, type SentenceContext } from './roles';
import { subjectOf } from './pronouns';
import { normalizeArabic } from '../arabic/normalize';
import { countArticlePairs, type ArticleParties, type ArticlePairs } from './articlePairs';

/** An edge as buildRelationGraph makes it: the typed-relation fields always set. */
export type BuiltEdge = Omit<GraphEdge, 'kind' | 'typedWeight' | 'relations' | 'months' | 'evidence'> &
  Required<Pick<GraphEdge, 'kind' | 'typedWeight' | 'relations' | 'months'>> & { evidence: Array<RelationEvidence & { relations: EvidenceRelation[] }> };

export interface BuiltGraph extends RelationGraph {
  edges: BuiltEdge[];
}

/** An unordered pair of actor ids, as "a|b" with a < b. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);


/** What the graph needs of an article; CorpusArticle satisfies it. */
export interface RelationArticle {
  slug: string;
  date?: string;
  sentences: Sentence[];
  mentions: Mention[];
  actorIds: string[];
  topics: { id: string }[];
}

export interface BuildGraphOptions {
  /** Keep pairs that only share an article (weight 0, articles > 0). Default true; off, a pair that shares a sentence anywhere counts all its shared articles. */
  articleOnlyEdges?: boolean;
  /** Pairs with no shared sentence are kept only when they share at least this many articles. Default 1. */
  minArticlesWithoutSentence?: number;
  /**
   * Evidence sentences kept per edge (newest first, typed sentences before untyped ones);
   * `weight` still counts them all. Bounds graph.json on large corpora. Default: all.
   */
  maxEvidence?: number;
  /**
   * Evidence sentences kept over the whole graph: edges are served strongest first, and once
   * the budget is spent each further edge keeps one example sentence. Default: unbounded.
   */
  evidenceBudget?: number;
  /** Topic ids kept per edge (most frequent first). Default: all. */
  maxTopics?: number;
  /** Same-text groups (docs/stories.md): a sentence repeated by a group's copies is evidence once. */
  sameText?: SameTextCounting;
  /** Where an article's sentence readings come from: `compute()` unless reused (buildCorpus's cache). */
  readings?: (art: RelationArticle, ids: string[], compute: () => SentenceReading[]) => SentenceReading[];
  /** Where the article-level pair counts come from: counted whole unless kept (buildCorpus's cache, articlePairs.ts). */
  articlePairs?: (articles: ArticleParties[]) => ArticlePairs;
}

/**
 * How copies of one text are counted: the same sentence (normalised) in two articles of one
 * group adds to the weight and the relation counts once; its evidence item carries `outlets`,
 * how many outlets printed it, and points at the canonical copy when that one carries it.
 */
export interface SameTextCounting {
  /** slug → same-text group id (articles in no group are absent). */
  groupOf: Map<string, string>;
  /** Canonical slugs of the groups. */
  canonical: Set<string>;
  /** slug → outlet id or name; an article without one counts as an outlet of its own. */
  outletOf: Map<string, string>;
}

/** A repeated sentence of one edge: its evidence item and the outlets that printed it. */
interface Repeated {
  evidence: Evidence;
  outlets: Set<string>;
}

/**
 * A sentence's evidence while the graph accumulates: references to its article and sentence, not
 * the evidence item itself. Most are never kept (an edge keeps ten of its sentences, the graph
 * 40,000 of ~1M), so the item's strings and arrays are made only for those kept (`evidenceItem`):
 * the accumulation allocated them all, most of the garbage of a build's graph.
 */
interface Evidence {
  /** The article and sentence it points at (a later canonical copy takes them over). */
  art: RelationArticle;
  at: Sentence;
  /** The text of the first copy counted (kept when the canonical copy takes the pointer). */
  text: string;
  relations: EvidenceRelation[];
  /** Whether `relations` names a type of RELATION_TYPES (the item's `types` is not empty). */
  typed: boolean;
  /** How many outlets printed it (only with the sameText option). */
  outlets: number | undefined;
}

interface RelationAcc {
  relation: EvidenceRelation;
  count: number;
  dates: string[];
  months: Map<string, number>;
}

interface EdgeAcc {
  source: string;
  target: string;
  typedWeight: number;
  /** Created on first use: most pairs only share an article. */
  months: Map<string, number> | null;
  relations: Map<string, RelationAcc> | null;
  weight: number;
  /** Articles that name both (each article once: slugs are unique, checked in buildRelationGraph). */
  articles: number;
  /** Those articles' topics, counted by topic number (GraphAcc.topicIds); null until one has a topic. */
  topics: Int32Array | null;
  /** The earliest and latest dates of those articles. */
  firstDate: string | null;
  lastDate: string | null;
  evidence: Evidence[];
  /** group id + normalised sentence → its evidence (only with the sameText option). */
  repeated: Map<string, Repeated> | null;
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first, undated last; then slug, paragraph and sentence order. */
function cmpEvidence(a: Evidence, b: Evidence): number {
  const ad = a.art.date ?? null;
  const bd = b.art.date ?? null;
  if (ad !== bd) {
    if (ad === null) return 1;
    if (bd === null) return -1;
    return ad < bd ? 1 : -1;
  }
  return cmpStr(a.art.slug, b.art.slug) || a.at.paragraph - b.at.paragraph || a.at.index - b.at.index;
}

/** The evidence item of a kept sentence, its fields in the order the graph has always written them. */
function evidenceItem(ev: Evidence): RelationEvidence & { relations: EvidenceRelation[] } {
  const { relations } = ev;
  const item: RelationEvidence & { relations: EvidenceRelation[] } = {
    slug: ev.art.slug,
    paragraph: `p-${ev.at.paragraph + 1}`,
    sentence: ev.text,
    date: ev.art.date ?? null,
    types: ev.typed ? RELATION_TYPES.filter((t) => relations.some((r) => r.type === t)) : [],
    relations,
  };
  // Set after the others (the same field order), without an object spread per item.
  if (ev.outlets !== undefined) item.outlets = ev.outlets;
  return item;
}

/** Topic ids by frequency, then id. */
function rankTopics(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || cmpStr(a[0], b[0])).map(([id]) => id);
}

function minMax(dates: string[]): [string | null, string | null] {
  if (!dates.length) return [null, null];
  let lo = dates[0];
  let hi = dates[0];
  for (const d of dates) {
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  return [lo, hi];
}

interface NodeAcc {
  articles: number;
  dates: string[];
  topics: Map<string, number>;
}

/** Co-occurrence counts of the whole corpus, before ordering and capping. */
class GraphAcc {
  /** Every edge, by its lower actor id then its higher one (no key string built per pair). */
  private readonly bySource = new Map<string, Map<string, EdgeAcc>>();
  readonly edges: EdgeAcc[] = [];
  readonly nodes = new Map<string, NodeAcc>();
  /**
   * For each actor in someone's affiliation chain or with a chain: the actors on its own side
   * (ownSide of roles.ts: b in a's chain or a in b's), computed once; most actors have none.
   */
  private readonly ownSides = new Map<string, Set<string>>();
  /** Topic ids by number (the article pairs' numbering): an edge counts its topics in an array, not a Map. */
  topicIds: string[] = [];

  constructor(actors: Map<string, Actor>) {
    const side = (a: string) => {
      let set = this.ownSides.get(a);
      if (!set) this.ownSides.set(a, (set = new Set()));
      return set;
    };
    for (const id of actors.keys()) {
      for (const other of affiliationChain(id, actors)) {
        side(id).add(other);
        side(other).add(id);
      }
    }
  }

  ownSide(a: string, b: string): boolean {
    return this.ownSides.get(a)?.has(b) ?? false;
  }

  find(a: string, b: string): EdgeAcc | undefined {
    return a < b ? this.bySource.get(a)?.get(b) : this.bySource.get(b)?.get(a);
  }

  edge(a: string, b: string): EdgeAcc {
    return a < b ? this.edgeFrom(this.targets(a), a, b) : this.edgeFrom(this.targets(b), b, a);
  }

  /** The edges whose lower actor id is `source`, by target (looked up once for all of an actor's pairs). */
  targets(source: string): Map<string, EdgeAcc> {
    let targets = this.bySource.get(source);
    if (!targets) this.bySource.set(source, (targets = new Map()));
    return targets;
  }

  /** The edge source → target (source < target), from `targets(source)`. */
  edgeFrom(targets: Map<string, EdgeAcc>, source: string, target: string): EdgeAcc {
    let e = targets.get(target);
    if (!e) {
      e = { source, target, weight: 0, typedWeight: 0, months: null, relations: null, articles: 0, topics: null, firstDate: null, lastDate: null, evidence: [], repeated: null };
      targets.set(target, e);
      this.edges.push(e);
    }
    return e;
  }

  node(id: string): NodeAcc {
    let n = this.nodes.get(id);
    if (!n) this.nodes.set(id, (n = { articles: 0, dates: [], topics: new Map() }));
    return n;
  }
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** One shared empty list for the many sentences that state nothing (never mutated). */
const NO_RELATIONS: EvidenceRelation[] = [];

/** What one sentence naming actors of the graph says: its parties and the relations it states. */
export interface SentenceReading {
  index: number;
  /** Actors that may form edges, unique and sorted. */
  present: string[];
  relations: EvidenceRelation[];
}

/**
 * The readings of an article's sentences (the costly part of the graph: the relation rules).
 * Depends only on the article, the curated data and the affiliation chains of its actors, so
 * buildCorpus can reuse it between builds (BuildGraphOptions.readings).
 */
export function sentenceReadings(art: RelationArticle, idSet: Set<string>, actors: Map<string, Actor>, patterns: RelationPatterns): SentenceReading[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of art.mentions) {
    if (!idSet.has(m.actorId)) continue; // removed by an editor override, or unknown
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push(m);
  }
  const sentences = new Map(art.sentences.map((s) => [s.index, s]));
  const out: SentenceReading[] = [];
  let named: SentenceContext = { named: [] };
  // A sentence that names nobody is read only right after one that named two parties, and only
  // when it may hold a pair pronoun («وعقد الجانبان اجتماعاً»).
  const indices = [...bySentence.keys()];
  for (const i of bySentence.keys()) if (!bySentence.has(i + 1)) indices.push(i + 1);
  for (const index of indices.sort((a, b) => a - b)) {
    const ms = bySentence.get(index) ?? [];
    const sentence = sentences.get(index);
    // Whom «الوزير» or «الحلف» in this sentence may mean: who was named in the sentence just before it.
    const context = bySentence.has(index - 1) ? named : undefined;
    const inOrder = [...ms].sort((a, b) => a.start - b.start);
    named = { named: ms.filter((m) => actors.get(m.actorId)?.type !== 'country').map((m) => m.actorId), parties: inOrder.map((m) => m.actorId), subject: subjectOf(inOrder, sentence, actors, patterns) };
    if (!sentence) continue;
    const distinct = new Set(ms.map((m) => m.actorId)).size;
    const unlinked = () => (distinct > 0 || (context?.parties?.length ?? 0) >= 2) && patterns.mayHoldUnlinkedParty(normalizeArabic(sentence.text));
    if (distinct < (context?.named.length || context?.subject ? 1 : 2) && !unlinked()) continue;
    const said = sentenceRelations(sentence, ms, actors, patterns, context);
    if (!ms.length && !said.present.length) continue;
    out.push({ index, present: [...new Set(said.present)].sort(), relations: said.relations });
  }
  return out;
}

/** Sentence-level co-occurrence, with the relations the sentence states. */
function addSentenceEdges(acc: GraphAcc, art: RelationArticle, readings: SentenceReading[], sameText?: SameTextCounting): void {
  const group = sameText?.groupOf.get(art.slug);
  const outlet = sameText ? (sameText.outletOf.get(art.slug) ?? `article:${art.slug}`) : '';
  const sentences = new Map(art.sentences.map((s) => [s.index, s]));
  const month = art.date?.slice(0, 7);
  for (const { index, present, relations: said } of readings) {
    const sentence = sentences.get(index)!;
    const byPair = new Map<string, EvidenceRelation[]>();
    for (const r of said) {
      const key = pairKey(r.from, r.to);
      if (!byPair.has(key)) byPair.set(key, []);
      byPair.get(key)!.push(r);
    }
    // The same for every pair of the sentence: computed once.
    const copyKey = group === undefined ? null : `${group}\u0000${normalizeArabic(sentence.text).replace(/\s+/g, ' ').trim()}`;
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        if (acc.ownSide(present[i], present[j])) continue;
        const e = acc.edge(present[i], present[j]);
        const relations = said.length ? (byPair.get(pairKey(present[i], present[j])) ?? NO_RELATIONS) : NO_RELATIONS;
        const seen = copyKey === null ? undefined : e.repeated?.get(copyKey);
        if (seen) {
          // Another copy of a sentence already counted: one more outlet, no more weight.
          seen.outlets.add(outlet);
          seen.evidence.outlets = seen.outlets.size;
          // The canonical copy's slug, paragraph and date; the text stays the first copy's.
          if (sameText!.canonical.has(art.slug)) {
            seen.evidence.art = art;
            seen.evidence.at = sentence;
          }
          continue;
        }
        e.weight++;
        if (month) bump((e.months ??= new Map()), month);
        if (relations.length) e.typedWeight++;
        for (const r of relations) {
          const key = `${r.type}|${r.from}|${r.to}`;
          e.relations ??= new Map();
          let ra = e.relations.get(key);
          if (!ra) e.relations.set(key, (ra = { relation: r, count: 0, dates: [], months: new Map() }));
          ra.count++;
          if (art.date) ra.dates.push(art.date);
          if (month) bump(ra.months, month);
        }
        const evidence: Evidence = {
          art,
          at: sentence,
          text: sentence.text,
          relations,
          typed: relations.length > 0 && relations.some((r) => RELATION_TYPES.includes(r.type)),
          outlets: sameText ? 1 : undefined,
        };
        e.evidence.push(evidence);
        if (copyKey !== null) (e.repeated ??= new Map()).set(copyKey, { evidence, outlets: new Set([outlet]) });
      }
    }
  }
}

/**
 * Article-level co-occurrence (weaker): the pairs' counts made edges, but never one's own side.
 * Added after every sentence: an edge that shares no sentence (none made for it yet) and fewer
 * articles than graphEdges keeps is not made at all, nor one that shares no sentence when
 * article-only edges are off.
 */
function addArticlePairs(acc: GraphAcc, pairs: ArticlePairs, articleOnly: boolean, minArticles: number): void {
  acc.topicIds = pairs.topicIds;
  pairs.forEachPair((source, target, slot) => {
    const articles = pairs.articlesOf(slot);
    if ((!articleOnly || articles < minArticles) && !acc.find(source, target)) return;
    if (acc.ownSide(source, target)) return;
    const e = acc.edge(source, target);
    e.articles = articles;
    e.firstDate = pairs.firstDateOf(slot);
    e.lastDate = pairs.lastDateOf(slot);
    // A view of the pair counts, never written: graphEdges only reads it.
    e.topics = pairs.topicsOf(slot);
  });
}

/**
 * An edge's first `max` topic ids in rankTopics' order (count, then id), read from its counts
 * array: no Map and no entry pairs for each of ~64,000 edges.
 */
function rankedTopicIds(counts: Int32Array, ids: string[], max: number): string[] {
  const at: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i]) at.push(i);
  return at.sort((a, b) => counts[b] - counts[a] || cmpStr(ids[a], ids[b])).slice(0, max).map((i) => ids[i]);
}

/**
 * Counts by month ("YYYY-MM") as an object, keys in code-point order: the keys sorted and assigned
 * one by one (the same object as Object.fromEntries of the sorted entries for such keys, about
 * half the work; ~64,000 edges and their relations at 3k).
 */
export function sortedCounts(m: Map<string, number> | null): Record<string, number> {
  const out: Record<string, number> = {};
  if (!m) return out;
  const keys = [...m.keys()];
  if (keys.length > 1) keys.sort(cmpStr);
  for (const k of keys) out[k] = m.get(k)!;
  return out;
}

/** The edge's typed relations, RELATION_TYPES order then from, to. */
function edgeRelations(e: EdgeAcc): EdgeRelation[] {
  // Most edges state no relation: no sort, no arrays for them.
  if (!e.relations) return [];
  const order = (t: RelationType) => RELATION_TYPES.indexOf(t);
  return [...(e.relations?.values() ?? [])]
    .sort((a, b) => order(a.relation.type) - order(b.relation.type) || cmpStr(a.relation.from, b.relation.from) || cmpStr(a.relation.to, b.relation.to))
    .map((r) => {
      const [firstDate, lastDate] = minMax(r.dates);
      return { ...r.relation, count: r.count, firstDate, lastDate, months: sortedCounts(r.months) };
    });
}

function graphNodes(acc: GraphAcc, actors: Map<string, Actor>): GraphNode[] {
  return [...acc.nodes]
    .map(([id, n]) => {
      const a = actors.get(id)!;
      const [firstDate, lastDate] = minMax(n.dates);
      return { id, name: a.name, en: a.en, type: a.type, articles: n.articles, firstDate, lastDate, topics: rankTopics(n.topics) };
    })
    .sort((a, b) => b.articles - a.articles || cmpStr(a.id, b.id));
}

/**
 * The `cap` evidence items an edge keeps, in cmpEvidence order: the first `cap` of its typed
 * sentences then its untyped ones, each in that order. Chosen without sorting all of them: the
 * strongest edges have thousands of sentences and keep ten (cmpEvidence is a total order, and
 * ties keep the earlier item, as a stable sort does).
 */
function keptEvidence(all: Evidence[], cap: number): Evidence[] {
  // Most edges have one sentence: nothing to order, no sort call.
  if (all.length <= 1 && all.length <= cap) return all;
  if (all.length <= cap) return all.sort(cmpEvidence);
  const typed = firstInOrder(all, cap, true);
  const untyped = typed.length < cap ? firstInOrder(all, cap - typed.length, false) : [];
  return [...typed, ...untyped].sort(cmpEvidence);
}

/** The first `k` items (typed or untyped) in cmpEvidence order: one pass, a sorted list of k kept. */
function firstInOrder(items: Evidence[], k: number, typed: boolean): Evidence[] {
  const top: Evidence[] = [];
  if (k <= 0) return top;
  for (const ev of items) {
    if (ev.typed !== typed) continue;
    if (top.length === k && cmpEvidence(ev, top[k - 1]) >= 0) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && cmpEvidence(ev, top[i - 1]) < 0) i--;
    if (top.length === k) top.pop();
    top.splice(i, 0, ev);
  }
  return top;
}

/**
 * The types an edge's sentences state, in RELATION_TYPES order: read from its relations (every
 * relation of a counted sentence is one of them, and a sentence is typed when one of its
 * relations has such a type), not from a pass over all its evidence with a Set per edge.
 */
export function typesOf(relations: EdgeRelation[]): RelationType[] {
  if (!relations.length) return [];
  return RELATION_TYPES.filter((t) => relations.some((r) => r.type === t));
}

/** Edges strongest first, each with its evidence ordered and capped (see BuildGraphOptions). */
function graphEdges(acc: GraphAcc, options: BuildGraphOptions): BuiltEdge[] {
  const minArticles = options.minArticlesWithoutSentence ?? 1;
  const maxEvidence = options.maxEvidence ?? Number.POSITIVE_INFINITY;
  const maxTopics = options.maxTopics ?? Number.POSITIVE_INFINITY;
  let budget = options.evidenceBudget ?? Number.POSITIVE_INFINITY;
  return [...acc.edges]
    .filter((e) => e.weight > 0 || e.articles >= minArticles)
    .sort((a, b) => b.weight - a.weight || b.articles - a.articles || cmpStr(a.source, b.source) || cmpStr(a.target, b.target))
    .map((e) => {
      const { firstDate, lastDate } = e;
      const all = e.evidence;
      const cap = Math.max(Math.min(maxEvidence, budget), Math.min(all.length, 1));
      const kept = keptEvidence(all, cap);
      budget -= kept.length;
      const evidence = kept.map(evidenceItem);
      const relations = edgeRelations(e);
      return {
        source: e.source,
        target: e.target,
        kind: relations.length ? ('typed' as const) : ('cooccurrence' as const),
        weight: e.weight,
        typedWeight: e.typedWeight,
        relations,
        months: sortedCounts(e.months),
        articles: e.articles,
        types: typesOf(relations),
        topics: e.topics ? rankedTopicIds(e.topics, acc.topicIds, maxTopics) : [],
        firstDate,
        lastDate,
        evidence,
      };
    });
}

/** The relation graph of the articles; `patterns` (compiled) say which sentences state a typed relation. */
export function buildRelationGraph(
  articles: RelationArticle[],
  actors: Map<string, Actor>,
  patterns: RelationPatterns,
  options: BuildGraphOptions = {},
): BuiltGraph {
  const acc = new GraphAcc(actors);
  // An edge counts its articles rather than keeping their slugs: the same slug twice would count twice.
  const slugs = new Set<string>();
  for (const art of articles) {
    if (slugs.has(art.slug)) throw new Error(`buildRelationGraph: two articles have the slug "${art.slug}"`);
    slugs.add(art.slug);
  }
  const parties: ArticleParties[] = [];
  for (const art of articles) {
    const ids = [...new Set(art.actorIds)].filter((id) => actors.has(id)).sort();
    const topicIds = art.topics.map((t) => t.id);
    for (const id of ids) {
      const n = acc.node(id);
      n.articles++;
      if (art.date) n.dates.push(art.date);
      for (const t of topicIds) n.topics.set(t, (n.topics.get(t) ?? 0) + 1);
    }
    const compute = () => sentenceReadings(art, new Set(ids), actors, patterns);
    addSentenceEdges(acc, art, options.readings ? options.readings(art, ids, compute) : compute(), options.sameText);
    // Media are the source of the text, never a party (docs/relations.md).
    parties.push({ slug: art.slug, date: art.date, parties: ids.filter((id) => !patterns.media.has(id)), topicIds });
  }
  const pairs = options.articlePairs ? options.articlePairs(parties) : countArticlePairs(parties).pairs;
  addArticlePairs(acc, pairs, options.articleOnlyEdges ?? true, options.minArticlesWithoutSentence ?? 1);
  return { nodes: graphNodes(acc, actors), edges: graphEdges(acc, options) };
}
