// Scores actor linking and topic classification against hand-labelled articles
// (tests/fixtures/entities-labelled/, format in its README). Pure: the caller builds the corpus
// with the build's own path (buildCorpus) and passes the labels and the result in.
import type { TopicId } from '../types';

export interface LabelledArticle {
  id: string;
  title: string;
  paragraphs: string[];
  topics: { main: TopicId[]; mentioned?: TopicId[] };
  actors: { expected: string[]; not?: string[]; media?: string[]; people?: string[] };
  traps?: string[];
}

/** What the build gave one article. */
export interface Predicted {
  actorIds: string[];
  topics: TopicId[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EntityScores {
  articles: number;
  actors: Counts & { precision: number; recall: number };
  /** Media and agencies named as media (labels' `media`): how many the linker also gave. */
  media: { labelled: number; linked: number };
  /** Discovered site actors, and those that are no labelled person (by family name). */
  discovered: { total: number; junk: number };
  /**
   * Labelled `people` (named, but not in the dictionary when the article was labelled) that the
   * linker gave as a dictionary person added since, matched by full name: right, yet neither
   * expected nor wrong — a held-out part's labels are never edited after it is scored.
   */
  peopleInDictionary: number;
  topics: Counts & { precision: number; recall: number; f1: number };
  perTopic: Array<{ id: TopicId } & Counts & { precision: number; recall: number; f1: number }>;
  /** Articles with a main topic that got no topic at all. */
  topicless: { count: number; of: number };
  /** Per article: the wrong (+) and missing (−) ids, for reading the errors. */
  errors: Array<{ id: string; actors: string[]; topics: string[] }>;
}

const ratio = (a: number, b: number) => (b ? a / b : 1);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/**
 * `familyOf` gives a discovered actor's family name (normalised last word) and `labelFamily`
 * the same for a labelled person's name, so junk discoveries can be counted.
 */
export function scoreEntities(
  labelled: LabelledArticle[],
  predicted: Map<string, Predicted>,
  topicIds: TopicId[],
  family: (name: string) => string,
  discoveredName: (actorId: string) => string | undefined,
  /** A dictionary person's normalised full spellings (name and aliases); undefined for other actors. */
  personSpellings?: (actorId: string) => string[] | undefined,
  normalise: (name: string) => string = (n) => n,
): EntityScores {
  const actors: Counts = { tp: 0, fp: 0, fn: 0 };
  const media = { labelled: 0, linked: 0 };
  const discovered = { total: 0, junk: 0 };
  let peopleInDictionary = 0;
  const per = new Map<TopicId, Counts>(topicIds.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const topicless = { count: 0, of: 0 };
  const errors: EntityScores['errors'] = [];
  for (const art of labelled) {
    const got = predicted.get(art.id) ?? { actorIds: [], topics: [] };
    const expected = new Set(art.actors.expected);
    const mediaIds = new Set(art.actors.media ?? []);
    const people = new Set((art.actors.people ?? []).map(family));
    const peopleNames = new Set((art.actors.people ?? []).map(normalise));
    media.labelled += mediaIds.size;
    const actorErrors: string[] = [];
    for (const id of got.actorIds) {
      const name = discoveredName(id);
      if (name !== undefined) {
        discovered.total++;
        if (!people.has(family(name))) {
          discovered.junk++;
          actorErrors.push(`?${name}`);
        }
      } else if (mediaIds.has(id)) media.linked++;
      else if (expected.has(id)) actors.tp++;
      else if (personSpellings?.(id)?.some((n) => peopleNames.has(n))) peopleInDictionary++;
      else {
        actors.fp++;
        actorErrors.push(`+${id}`);
      }
    }
    for (const id of expected) {
      if (!got.actorIds.includes(id)) {
        actors.fn++;
        actorErrors.push(`-${id}`);
      }
    }
    const main = new Set(art.topics.main);
    const mentioned = new Set(art.topics.mentioned ?? []);
    const topicErrors: string[] = [];
    if (main.size) {
      topicless.of++;
      if (!got.topics.length) topicless.count++;
    }
    for (const t of got.topics) {
      const c = per.get(t)!;
      if (main.has(t)) c.tp++;
      else if (!mentioned.has(t)) {
        c.fp++;
        topicErrors.push(`+${t}`);
      }
    }
    for (const t of main) {
      if (!got.topics.includes(t)) {
        per.get(t)!.fn++;
        topicErrors.push(`-${t}`);
      }
    }
    if (actorErrors.length || topicErrors.length) errors.push({ id: art.id, actors: actorErrors, topics: topicErrors });
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perTopic = [...per].map(([id, c]) => {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    const precision = ratio(c.tp, c.tp + c.fp), recall = ratio(c.tp, c.tp + c.fn);
    return { id, ...c, precision, recall, f1: f1(precision, recall) };
  });
  const ap = ratio(actors.tp, actors.tp + actors.fp), ar = ratio(actors.tp, actors.tp + actors.fn);
  const tp = ratio(total.tp, total.tp + total.fp), tr = ratio(total.tp, total.tp + total.fn);
  return {
    articles: labelled.length,
    actors: { ...actors, precision: ap, recall: ar },
    media,
    discovered,
    peopleInDictionary,
    topics: { ...total, precision: tp, recall: tr, f1: f1(tp, tr) },
    perTopic,
    topicless,
    errors,
  };
}
