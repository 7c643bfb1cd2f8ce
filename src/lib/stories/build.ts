// The stories stage: same-text groups (sameText.ts), then events over groups and single
// reports (sameEvent.ts), with ids that adding pages never renumbers (docs/stories.md).
import type { SameTextGroup, Story, StoryIndex } from './types';
import { DEFAULT_SAME_TEXT, sameTextPairsFrom, sameTextSignature, type SameTextOptions, type TextPair } from './sameText';
import { DEFAULT_SAME_EVENT, dayNumber, eventTerms, sameEventPairs, type EventTerms, type EventUnit, type SameEventOptions } from './sameEvent';
import { shingleSet, textTokens } from './text';
import { UnionFind } from './unionFind';

/** What the stage needs of an article; the corpus passes its linked articles. */
export interface StoryArticle {
  slug: string;
  title: string;
  date?: string;
  paragraphs: string[];
  /** Outlet id (else the printed name), for counting outlets. */
  outlet?: string;
  /** Linked actors, most mentioned first. */
  actorIds: string[];
  topicIds: string[];
}

export interface StoryOptions {
  sameText: SameTextOptions;
  sameEvent: SameEventOptions;
  /** Actors and topics listed per story. */
  maxActors: number;
  maxTopics: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = { sameText: DEFAULT_SAME_TEXT, sameEvent: DEFAULT_SAME_EVENT, maxActors: 8, maxTopics: 5 };

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Prepared {
  a: StoryArticle;
  parts: StoryParts;
  words: number;
}

/**
 * The founding (canonical) article first: the earliest dated, then the longest, then slug.
 * Undated articles come after every dated one.
 */
function cmpFounder(x: Prepared, y: Prepared): number {
  return cmpOldestFirst(x, y) || y.words - x.words || cmpStr(x.a.slug, y.a.slug);
}

/** Timeline order: oldest first, undated last, then slug. */
function cmpTimeline(x: Prepared, y: Prepared): number {
  return cmpOldestFirst(x, y) || cmpStr(x.a.slug, y.a.slug);
}

/** By date, oldest first, undated after every dated one; 0 for the same date. */
function cmpOldestFirst(x: Prepared, y: Prepared): number {
  const dx = x.a.date ?? null;
  const dy = y.a.date ?? null;
  if (dx === dy) return 0;
  if (dx === null) return 1;
  if (dy === null) return -1;
  return dx < dy ? -1 : 1;
}

/** Ids by how many of the articles name them, then first seen. */
function mostShared(lists: string[][], max: number): string[] {
  const count = new Map<string, number>();
  for (const list of lists) for (const id of new Set(list)) count.set(id, (count.get(id) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1]).slice(0, max).map(([id]) => id);
}

export interface StoryBuild extends StoryIndex {
  /** Verified pairs behind the groups and stories (slugs), for scoring and the build report. */
  textPairs: Array<{ a: string; b: string; jaccard: number; containment: number }>;
  eventPairs: Array<{ a: string; b: string; cosine: number }>;
}

/**
 * What the stage reads of one article, from its title and paragraphs alone (and the options):
 * its same-text signature, its body's word count (which founds a group) and the terms of its
 * title and body (the event level's vectors).
 */
export interface StoryParts {
  signature: Uint32Array;
  words: number;
  terms: EventTerms;
}

/**
 * Where an article's parts come from: `compute()` unless kept from an earlier build
 * (buildCorpus's cache), so a build tokenises only its new or edited articles.
 */
export type StoryPartsOf = (a: StoryArticle, compute: () => StoryParts) => StoryParts;

/**
 * Where the verified same-text pairs come from: sameTextPairsFrom over every signature unless
 * patched from an earlier build's (buildCorpus's cache, sameText.ts patchedTextPairs). `slugs`
 * in index order (ascending).
 */
export type TextPairsOf = (slugs: string[], signatures: Uint32Array[], shinglesOf: (i: number) => Uint32Array, options: SameTextOptions) => TextPair[];

/** Same-text groups and stories of the articles (any order in; deterministic out). */
export function buildStories(articles: StoryArticle[], options: StoryOptions = DEFAULT_STORY_OPTIONS, partsOf?: StoryPartsOf, textPairsOf?: TextPairsOf): StoryBuild {
  // Body tokens, made once per article when its parts are computed or a candidate pair is verified.
  const tokens = new Map<StoryArticle, string[]>();
  const tokensOf = (a: StoryArticle) => {
    let t = tokens.get(a);
    if (!t) tokens.set(a, (t = textTokens(a.paragraphs)));
    return t;
  };
  const shingles = new Map<StoryArticle, Uint32Array>();
  const shinglesOfArticle = (a: StoryArticle) => {
    let s = shingles.get(a);
    if (!s) shingles.set(a, (s = shingleSet(tokensOf(a))));
    return s;
  };
  const stemOf = new Map<string, string>();
  const compute = (a: StoryArticle): StoryParts => {
    const body = tokensOf(a);
    return {
      signature: sameTextSignature(shinglesOfArticle(a), options.sameText),
      words: body.length,
      terms: eventTerms([...textTokens([a.title]), ...body], stemOf),
    };
  };
  const items: Prepared[] = [...articles]
    .sort((x, y) => cmpStr(x.slug, y.slug))
    .map((a) => {
      const parts = partsOf ? partsOf(a, () => compute(a)) : compute(a);
      return { a, parts, words: parts.words };
    });

  // 1. Same text, over the body (a copy's new headline must not hide it): the shingles are made
  // again only for the candidate pairs' texts.
  const shinglesOf = (i: number) => shinglesOfArticle(items[i].a);
  const signatures = items.map((it) => it.parts.signature);
  const textPairs = textPairsOf
    ? textPairsOf(items.map((it) => it.a.slug), signatures, shinglesOf, options.sameText)
    : sameTextPairsFrom(signatures, shinglesOf, options.sameText);
  const textSets = new UnionFind(items.length);
  for (const p of textPairs) textSets.union(p.a, p.b);
  const groups: SameTextGroup[] = [];
  const groupOf = new Map<string, string>();
  const units: number[][] = [];
  for (const component of textSets.components()) {
    if (component.length === 1) {
      units.push(component);
      continue;
    }
    const members = component.map((i) => items[i]).sort(cmpFounder);
    const canonical = members[0];
    const ordered = [canonical, ...members.slice(1).sort(cmpTimeline)];
    const id = canonical.a.slug;
    groups.push({ id, canonical: canonical.a.slug, members: ordered.map((m) => m.a.slug) });
    for (const m of ordered) groupOf.set(m.a.slug, id);
    // The group enters the event level as one unit: its canonical text, its earliest date.
    units.push([component.find((i) => items[i] === canonical)!, ...component.filter((i) => items[i] !== canonical)]);
  }

  // 2. Same event, over groups and single reports.
  const eventUnits: EventUnit[] = units.map((u) => {
    const lead = items[u[0]];
    return { day: dayNumber(lead.a.date), terms: lead.parts.terms, actorIds: lead.a.actorIds };
  });
  const eventPairs = sameEventPairs(eventUnits, options.sameEvent);
  const eventSets = new UnionFind(units.length);
  for (const p of eventPairs) eventSets.union(p.a, p.b);

  const stories: Story[] = [];
  const storyOf = new Map<string, string>();
  for (const component of eventSets.components()) {
    const members = component.flatMap((u) => units[u]).map((i) => items[i]);
    if (members.length < 2) continue;
    const founder = [...members].sort(cmpFounder)[0];
    const timeline = [...members].sort(cmpTimeline);
    const dates = timeline.map((m) => m.a.date).filter((d): d is string => !!d);
    const id = founder.a.slug;
    stories.push({
      id,
      title: founder.a.title,
      founder: founder.a.slug,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      articles: timeline.map((m) => m.a.slug),
      sameText: [...new Set(timeline.map((m) => groupOf.get(m.a.slug)).filter((g): g is string => !!g))].sort(cmpStr),
      outlets: [...new Set(timeline.map((m) => m.a.outlet).filter((o): o is string => !!o))],
      actorIds: mostShared(timeline.map((m) => m.a.actorIds), options.maxActors),
      topicIds: mostShared(timeline.map((m) => m.a.topicIds), options.maxTopics),
    });
    for (const m of members) storyOf.set(m.a.slug, id);
  }
  // Newest first (by the last report), undated stories last, then id.
  stories.sort((x, y) => {
    if (x.lastDate !== y.lastDate) {
      if (x.lastDate === null) return 1;
      if (y.lastDate === null) return -1;
      return x.lastDate < y.lastDate ? 1 : -1;
    }
    return cmpStr(x.id, y.id);
  });
  groups.sort((x, y) => cmpStr(x.id, y.id));

  const slugAt = (u: number) => items[units[u][0]].a.slug;
  return {
    stories,
    groups,
    storyOf,
    groupOf,
    textPairs: textPairs.map((p) => ({ a: items[p.a].a.slug, b: items[p.b].a.slug, jaccard: p.jaccard, containment: p.containment })),
    eventPairs: eventPairs.map((p) => ({ a: slugAt(p.a), b: slugAt(p.b), cosine: p.cosine })),
  };
}
