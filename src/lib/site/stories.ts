// What the story pages show (issue 16): the list of stories, and one story's timeline of
// versions (each outlet's headline; same-text copies grouped under their canonical), its
// actors and topics with the sentences where they appear. Pure: the corpus is passed in.
import type { Corpus, CorpusArticle } from '../corpus/types';
import type { SameTextGroup, Story, StoryIndex } from '../stories/types';
import { normalizeArabic } from '../arabic/normalize';
import { articlePath, storyPath } from '../url';
import { formatArabicDate } from './dates';
import { sentenceLeads } from '../corpus/linkSummary';
export { formatCarriedBy, formatCopyCount, formatOutletCount, formatSameTextCount } from './story-counts';

/** The corpus as the story views read it: articles, labels, and the stories stage's index. */
export type StoryCorpus = Pick<Corpus, 'bySlug' | 'actors' | 'topics' | 'sentenceLeads'> & { stories: StoryIndex };

export const STORIES_PER_PAGE = 50;
/** Site path of story listing page n (1-based): /stories/, /stories/page/2/, … */
export const storiesPagePath = (n: number) => (n <= 1 ? '/stories/' : `/stories/page/${n}/`);

interface Lookup {
  story: Map<string, Story>;
  group: Map<string, SameTextGroup>;
}
const lookups = new WeakMap<StoryIndex, Lookup>();

/** id → story and id → same-text group, built once per index (every article page looks up). */
export function storyLookup(index: StoryIndex): Lookup {
  let l = lookups.get(index);
  if (!l) {
    l = { story: new Map(index.stories.map((s) => [s.id, s])), group: new Map(index.groups.map((g) => [g.id, g])) };
    lookups.set(index, l);
  }
  return l;
}

/** The same-text group an article belongs to, if any. */
export function groupOfArticle(slug: string, index: StoryIndex): SameTextGroup | undefined {
  const id = index.groupOf.get(slug);
  return id === undefined ? undefined : storyLookup(index).group.get(id);
}

/** The story an article belongs to, if any. */
export function storyOfArticle(slug: string, index: StoryIndex): Story | undefined {
  const id = index.storyOf.get(slug);
  return id === undefined ? undefined : storyLookup(index).story.get(id);
}

/** One article as a story view names it: headline, date, outlet, link. */
export interface VersionArticle {
  slug: string;
  url: string;
  title: string;
  date: string | null;
  /** Outlet page id when the outlet is in sources.yaml. */
  outletId: string | null;
  /** The outlet as printed (its display name when known). */
  outletName: string | null;
  /** The canonical article of its same-text group. */
  canonical: boolean;
}

export function versionArticle(a: CorpusArticle, canonical = false): VersionArticle {
  return {
    slug: a.slug,
    url: a.url,
    title: a.title,
    date: a.date ?? null,
    outletId: a.outlet?.id ?? null,
    outletName: a.outlet?.name ?? a.source ?? a.agencyRef?.name ?? a.agency ?? null,
    canonical,
  };
}

/** A slug the index names but the corpus lacks (a stale index) is left out, never a broken link. */
function versionsOf(slugs: string[], corpus: StoryCorpus, canonical?: string): VersionArticle[] {
  return slugs.flatMap((s) => {
    const a = corpus.bySlug.get(s);
    return a ? [versionArticle(a, s === canonical)] : [];
  });
}

export interface StorySummary {
  id: string;
  url: string;
  title: string;
  firstDate: string | null;
  lastDate: string | null;
  articles: number;
  outlets: number;
  /** How many versions are copies of another (same text). */
  copies: number;
}

/** The /stories/ list, in the index's order (newest first). */
export function storySummaries(index: StoryIndex): StorySummary[] {
  const lookup = storyLookup(index);
  return index.stories.map((s) => ({
    id: s.id,
    url: storyPath(s.id),
    title: s.title,
    firstDate: s.firstDate,
    lastDate: s.lastDate,
    articles: s.articles.length,
    outlets: s.outlets.length,
    copies: s.sameText.reduce((n, g) => n + Math.max(0, (lookup.group.get(g)?.members.length ?? 1) - 1), 0),
  }));
}

/** One entry of a story's timeline: a text several outlets carried, or one outlet's own report. */
export type StoryVersion =
  | { kind: 'same-text'; groupId: string; date: string | null; members: VersionArticle[] }
  | { kind: 'report'; date: string | null; article: VersionArticle };

/**
 * The story's versions in time order: walking its articles (oldest first), a same-text group
 * appears once, where its first member does, with every member (canonical first) under it.
 */
export function storyTimeline(story: Story, corpus: StoryCorpus): StoryVersion[] {
  const index = corpus.stories;
  const done = new Set<string>();
  const out: StoryVersion[] = [];
  for (const slug of story.articles) {
    const group = groupOfArticle(slug, index);
    if (group) {
      if (done.has(group.id)) continue;
      done.add(group.id);
      const members = versionsOf(group.members, corpus, group.canonical);
      if (members.length) out.push({ kind: 'same-text', groupId: group.id, date: members[0].date, members });
      continue;
    }
    const [article] = versionsOf([slug], corpus);
    if (article) out.push({ kind: 'report', date: article.date, article });
  }
  return out;
}

/** A sentence of a story's article, linked to its paragraph. */
export interface StorySentence {
  text: string;
  slug: string;
  /** The article's path with the paragraph anchor: /articles/x/#p-3. */
  url: string;
  title: string;
  outletName: string | null;
}

export interface StoryActor {
  id: string;
  name: string;
  sentences: StorySentence[];
}

export interface StoryTopic {
  id: string;
  name: string;
  sentences: StorySentence[];
}

/**
 * The articles whose sentences a story page quotes: one per same-text group (its canonical)
 * and every distinct report, so a dispatch carried by ten outlets is quoted once.
 */
export function distinctTexts(story: Story, corpus: StoryCorpus): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (const slug of story.articles) {
    const group = groupOfArticle(slug, corpus.stories);
    if (group && group.canonical !== slug && corpus.bySlug.has(group.canonical)) continue;
    const a = corpus.bySlug.get(slug);
    if (a) out.push(a);
  }
  return out;
}

function sentenceLink(a: CorpusArticle, paragraph: number, text: string): StorySentence {
  return { text, slug: a.slug, url: `${articlePath(a.slug)}#p-${paragraph + 1}`, title: a.title, outletName: a.outlet?.name ?? a.source ?? null };
}

/**
 * At most `max` sentences, taken in turns from each text (so one outlet does not fill the
 * list), the same words (normalised) once, and sentences another entry already quotes
 * (`used`) only when nothing else names this one.
 */
function pickSentences(perText: StorySentence[][], max: number, used: Set<string>): StorySentence[] {
  const out: StorySentence[] = [];
  const seen = new Set<string>();
  for (const allowUsed of [false, true]) {
    for (let turn = 0; out.length < max; turn++) {
      let any = false;
      for (const list of perText) {
        const s = list[turn];
        if (!s) continue;
        any = true;
        const key = normalizeArabic(s.text);
        if (seen.has(key) || (!allowUsed && used.has(key)) || out.length >= max) continue;
        seen.add(key);
        out.push(s);
      }
      if (!any) break;
    }
    if (out.length) break;
  }
  for (const s of out) used.add(normalizeArabic(s.text));
  return out;
}

/** The story's main actors, each with the sentences (at most `max`) that name it, from distinct texts. */
export function storyActors(story: Story, corpus: StoryCorpus, max = 2): StoryActor[] {
  const texts = distinctTexts(story, corpus);
  const used = new Set<string>();
  return story.actorIds.flatMap((id) => {
    const actor = corpus.actors.get(id);
    if (!actor) return [];
    // The sentences this actor leads (names first), from the corpus's summary of the mentions:
    // a story page does not parse them (src/lib/corpus/linkSummary.ts).
    const perText = texts.map((a) =>
      (corpus.sentenceLeads?.get(a.slug) ?? sentenceLeads(a.mentions)).flatMap(([sentence, actorId]) => {
        const s = actorId === id ? a.sentences[sentence] : undefined;
        return s ? [sentenceLink(a, s.paragraph, s.text)] : [];
      }),
    );
    return [{ id, name: actor.name, sentences: pickSentences(perText, max, used) }];
  });
}

/** The story's topics, each with the sentences (at most `max`) holding the words that put it there. */
export function storyTopics(story: Story, corpus: StoryCorpus, max = 2): StoryTopic[] {
  const texts = distinctTexts(story, corpus);
  const names = new Map(corpus.topics.map((t) => [t.id as string, t.name]));
  const used = new Set<string>();
  return story.topicIds.flatMap((id) => {
    const name = names.get(id);
    if (!name) return [];
    const perText = texts.map((a) =>
      (a.topics.find((t) => t.id === id)?.evidence ?? []).flatMap((hit) => {
        if (hit.paragraph === undefined) return []; // a title hit has no paragraph to link to
        const s = a.sentences.find((x) => x.paragraph === hit.paragraph && x.text.includes(hit.text));
        return s ? [sentenceLink(a, s.paragraph, s.text)] : [];
      }),
    );
    return [{ id, name, sentences: pickSentences(perText, max, used) }];
  });
}

/** «14 أبريل 2025 – 15 أبريل 2025», one date when the story fits in a day, '' when undated. */
export function formatDateSpan(first: string | null, last: string | null): string {
  if (!first) return '';
  return !last || last === first ? formatArabicDate(first) : `${formatArabicDate(first)} – ${formatArabicDate(last)}`;
}

/** schema.org JSON-LD of a story page: a collection of the outlets' news articles. */
export function storyJsonLd(story: Story, versions: StoryVersion[], url: string, toUrl: (sitePath: string) => string) {
  const articles = versions.flatMap((v) => (v.kind === 'same-text' ? v.members : [v.article]));
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: story.title,
    url,
    inLanguage: 'ar',
    ...(story.firstDate ? { temporalCoverage: story.lastDate && story.lastDate !== story.firstDate ? `${story.firstDate}/${story.lastDate}` : story.firstDate } : {}),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: articles.length,
      itemListElement: articles.map((a, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: {
          '@type': 'NewsArticle',
          headline: a.title,
          url: toUrl(a.url),
          ...(a.date ? { datePublished: a.date } : {}),
          ...(a.outletName ? { publisher: { '@type': 'Organization', name: a.outletName } } : {}),
        },
      })),
    },
  };
}
