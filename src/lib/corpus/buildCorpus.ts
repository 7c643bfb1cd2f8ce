// Glue of the build-time stages: linking, discovery, topics, sources, relations.
// Pure: it takes the articles and the curated data, returns the Corpus the pages render.
import type { Actor, ArticleDoc, Mention, Topic, TopicId } from '../types';
import type { Corpus, CorpusArticle, DiscoveryCandidate, SourceRef, SpeakerQuote } from './types';
import { articlePath } from '../url';
import { buildActorMatcher, extendActorMatcher } from '../entities/matcher';
import { linkActors } from '../entities/link';
import { discoverPeople, discoveredActors, type DiscoveredCandidate } from '../entities/discover';
import { compileLexicon, type DiscoveryLexicon } from '../entities/discovery-lexicon';
import { applyActorOverrides, applyTopicAssignmentOverrides, checkOverrides, type OverrideProblem } from '../entities/overrides';
import { speakerQuotes } from '../entities/quotes';
import { compileTopicLexicon, classifyTopics } from '../topics/classify';
import type { TopicModel } from '../topics/model';
import { buildRelationGraph, type BuildGraphOptions } from '../relations/buildGraph';
import { compileRelationPatterns } from '../relations/patterns';
import { nisbaOnlyParties } from '../relations/pronouns';
import { countArticlePairsAdded, type KeptArticlePairs, type KeptPairsAdded } from '../relations/articlePairs';
import { resolveSource } from '../data/lookup';
import type { DiscoveryLexiconData, RelationPatternsData, Source, WordFormsData } from '../data/schemas';
import { buildFormIndex } from '../arabic/forms';
import { normalizeArabic } from '../arabic/normalize';
import { knownPeopleOf, resolveDiscoveries, type SpellingMerge } from '../entities/known-spelling';
import { splitSentences } from '../arabic/sentences';
import { countWords } from '../arabic/tokenize';
import { makeSourceRef } from './sources';
import { buildStories, DEFAULT_STORY_OPTIONS, type StoryParts, type StoryPartsOf, type TextPairsOf } from '../stories/build';
import { patchedTextPairs, type KeptTextPairs } from '../stories/sameText';
import { affiliationChain } from '../relations/roles';
import { keyOf, memo, memoWithText, peekText, type CorpusCache } from './cache';
import { ExtraActorIndex } from './linkInputs';
import { keptQuotes, quoteRefs, type QuoteRef } from './quoteRefs';
import { lazyMentions, summarize, type LinkSummary } from './linkSummary';

export const MAX_EVIDENCE_PER_EDGE = 10;
export const EVIDENCE_BUDGET = 40_000;

export interface CorpusInput {
  articles: ArticleDoc[];
  actors: Actor[];
  topics: Topic[];
  sources: Source[];
  /** content/discovery-stopwords.yaml, as the data layer loads it (src/lib/data: loadCuratedData). */
  discoveryLexicon: DiscoveryLexiconData;
  /** content/relation-patterns.yaml, as the data layer loads it. */
  relationPatterns: RelationPatternsData;
  /** content/word-forms.yaml: topic phrases match through these forms (none: as written). */
  wordForms?: WordFormsData;
  /** content/topic-model.yaml: the learnt reader asked where the lexicon is unsure (none: lexicon only). */
  topicModel?: TopicModel;
}

/**
 * Per-article results kept between builds (cache.ts). `codeVersion` stands for the code the
 * results come from (a hash of src/lib): another version never reads this one's entries.
 */
export interface CorpusReuse {
  cache: CorpusCache;
  codeVersion: string;
}


/** StoryParts as the corpus cache holds them (JSON). */
interface KeptStoryParts {
  signature: string;
  words: number;
  stems: string[];
  counts: number[];
}

/** A typed array as a JSON-safe string (the corpus cache holds JSON), and back. */
const toBase64 = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const fromBase64 = (s: string) => {
  const bytes = Buffer.from(s, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

/** Newest first; undated articles last, in slug order, so lists are stable across builds. */
export function compareArticles(a: { date?: string; slug: string }, b: { date?: string; slug: string }): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * The candidate that names a person: the most confident, then the longest name, then the first
 * in code-point order (never the first article read: the result must not depend on which
 * articles are new).
 */
function betterName(c: DiscoveredCandidate, best: DiscoveredCandidate): boolean {
  if (c.confidence !== best.confidence) return c.confidence > best.confidence;
  if (c.name.length !== best.name.length) return c.name.length > best.name.length;
  return c.name < best.name;
}

/**
 * People the dictionary lacks, merged across the corpus: one found with strong evidence
 * in any article becomes a site actor everywhere (so a later «قال كروسيتو» links too).
 */
function discoverAcrossCorpus(
  docs: ArticleDoc[],
  matcher: ReturnType<typeof buildActorMatcher>,
  lexicon: DiscoveryLexicon,
  candidatesOf: (doc: ArticleDoc, compute: () => DiscoveredCandidate[]) => DiscoveredCandidate[],
): { discovered: Actor[]; spellings: Actor[]; merges: SpellingMerge[]; candidates: DiscoveryCandidate[] } {
  const byId = new Map<string, { best: DiscoveredCandidate; all: DiscoveredCandidate[]; articles: Set<string> }>();
  for (const doc of docs) {
    for (const c of candidatesOf(doc, () => discoverPeople(doc.paragraphs, matcher, lexicon))) {
      const entry = byId.get(c.id) ?? { best: c, all: [], articles: new Set<string>() };
      entry.all.push(c);
      entry.articles.add(doc.slug);
      if (betterName(c, entry.best)) entry.best = c;
      byId.set(c.id, entry);
    }
  }
  const merged: DiscoveredCandidate[] = [];
  const candidates: DiscoveryCandidate[] = [];
  for (const [id, { best, all, articles }] of [...byId].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const occurrences = all.reduce((n, c) => n + c.occurrences, 0);
    // Repetition alone never promotes a candidate: a reporting verb followed by the same
    // common words in many articles («قال بشكل عاجل») is not a person.
    const strong = all.some((c) => c.strong);
    // Sorted, not in article order: a new article (the newest sorts first) must not reorder an
    // old person's spellings, which the linking of every article holding them is keyed by.
    const aliases = [...new Set(all.flatMap((c) => [c.name, ...c.aliases]))].filter((n) => n !== best.name).sort();
    const evidence = [...new Set(all.flatMap((c) => c.evidence))];
    merged.push({ ...best, aliases, evidence, occurrences, strong });
    candidates.push({ id, name: best.name, en: best.en, evidence, occurrences, strong, articles: [...articles].sort() });
  }
  // A known person under a new spelling joins that person (listed for an editor to confirm).
  const resolved = resolveDiscoveries(merged, knownPeopleOf(matcher.actors, matcher.layers[0]), discoveredActors);
  const joined = new Set(resolved.merges.map((m) => m.name));
  return { ...resolved, candidates: candidates.filter((c) => !joined.has(c.name)) };
}

/**
 * For each merged spelling, the articles where it (the full name or its family name as written)
 * was linked. One pass over the corpus for all of them, each mention's text normalized once:
 * a pass per merge normalized every mention of the merged actors again (~1 s at 10k pages).
 */
function articlesWithSpellings(articles: CorpusArticle[], formsOfArticle: Map<string, LinkSummary['forms']>, merges: SpellingMerge[]): string[][] {
  const found = merges.map(() => [] as string[]);
  if (!merges.length) return found;
  const formsOf = merges.map((m) => new Set([normalizeArabic(m.name), normalizeArabic(m.name.split(/\s+/).pop() ?? '')]));
  const mergesOf = new Map<string, number[]>();
  merges.forEach((m, i) => mergesOf.set(m.actorId, [...(mergesOf.get(m.actorId) ?? []), i]));
  const normalized = new Map<string, string>();
  for (const a of articles) {
    // The distinct [actor, text] of its mentions (linkSummary.ts): what the mentions gave, read once each.
    for (const [actorId, written] of formsOfArticle.get(a.slug) ?? []) {
      const which = mergesOf.get(actorId);
      if (!which) continue;
      let text = normalized.get(written);
      if (text === undefined) normalized.set(written, (text = normalizeArabic(written)));
      for (const i of which) {
        // Articles in corpus order, each once per merge (as the filter over articles gave them).
        if (formsOf[i].has(text) && found[i][found[i].length - 1] !== a.slug) found[i].push(a.slug);
      }
    }
  }
  return found;
}

export function buildCorpus(input: CorpusInput, reuse?: CorpusReuse): Corpus {
  const lexicon = compileLexicon(input.discoveryLexicon);
  const docs = [...input.articles].sort(compareArticles);
  // Cache keys: the article's whole content (overrides included) and what each step reads.
  const articleKey = new Map(reuse ? docs.map((d) => [d.slug, keyOf(d)]) : []);
  // The two hashes side by side, not hashed again (~36,000 keys a build at 3k): both are keyOf's
  // 27 characters, so the pair reads one way; the article's hash first spreads the saved buckets.
  const keyFor = (fingerprint: string, slug: string) => `${articleKey.get(slug)}${fingerprint}`;
  const cached = <T>(stage: string, fingerprint: string, slug: string, compute: () => T): T =>
    reuse ? memo(reuse.cache, stage, keyFor(fingerprint, slug), compute) : compute();
  // Slug → the keys its mentions and topics are cached under (page fingerprints stand for them by it).
  const resultKeys = new Map<string, string>();
  const discoverInputs = reuse ? keyOf(reuse.codeVersion, input.actors, input.discoveryLexicon) : '';
  const dictionary = buildActorMatcher(input.actors, lexicon.link);
  const { discovered, spellings, merges, candidates } = discoverAcrossCorpus(docs, dictionary, lexicon, (doc, compute) => cached('discover', discoverInputs, doc.slug, compute));
  const matcher = extendActorMatcher(dictionary, [...discovered, ...spellings]);
  // Linking reads the dictionary and, of the people the corpus discovered, those whose words
  // the article holds (linkInputs.ts): a person found in a new article rarely touches old ones.
  const extra = reuse ? new ExtraActorIndex([...discovered, ...spellings]) : undefined;
  // Which of them an article holds is read from its words (every token's readings): kept by the
  // article's content and what keyFor reads (the vocabulary), so only new articles are read.
  const extraVocabulary = extra ? keyOf(reuse!.codeVersion, extra.vocabularyKey) : '';
  const linkInputs = new Map(extra ? docs.map((d) => [d.slug, keyOf(discoverInputs, cached('linkInputs', extraVocabulary, d.slug, () => extra.keyFor(d)))]) : []);
  const topicInputs = reuse ? keyOf(reuse.codeVersion, input.topics, input.wordForms ?? null, input.topicModel ?? null) : '';
  const topicLexicon = compileTopicLexicon(input.topics, input.wordForms ? buildFormIndex(input.wordForms) : undefined, input.topicModel, { articleFrame: true });
  const sourceRefs = new Map<string, SourceRef>();
  const quotes: SpeakerQuote[] = [];
  const overrideProblems: OverrideProblem[] = [];
  const topicIds = new Set<string>(input.topics.map((t) => t.id));
  // The dictionary's people: the only actors a discovered spelling is merged into (linkSummary.ts).
  const people = new Set(input.actors.filter((a) => a.type === 'person' && !a.discovered).map((a) => a.id));
  const formsOfArticle = new Map<string, LinkSummary['forms']>();
  const leadsOfArticle = new Map<string, LinkSummary['leads']>();

  // Made once, not per article (a set of every actor id for each of 5,000 articles).
  const actorIdSet = new Set(matcher.actors.keys());
  const articles: CorpusArticle[] = docs.map((written) => {
    // An override naming an unknown id is reported and left out (no link to a missing page).
    const actorCheck = checkOverrides(`${written.slug}.mdx`, 'actors', written.actors, actorIdSet);
    const topicCheck = checkOverrides(`${written.slug}.mdx`, 'topics', written.topics, topicIds);
    overrideProblems.push(...actorCheck.problems, ...topicCheck.problems);
    const doc = { ...written, actors: actorCheck.overrides, topics: topicCheck.overrides };
    const sentences = splitSentences(doc.paragraphs);
    // Linking's summary (linkSummary.ts) is read on every build, its mentions only when a step
    // computes again or a page asks (kept as JSON text till then: ~113 MB at 10k pages).
    const link = () => {
      const body = linkActors(doc.paragraphs, matcher, sentences);
      // A title's bare surname is not the official's when the body gives it to another person («دانييل مدفيديف»).
      const shared = new Set(body.sharedSurnames ?? []);
      const found = {
        mentions: body.mentions,
        inTitle: linkActors([doc.title], matcher).mentions.filter((m) => !(m.kind === 'short' && shared.has(m.actorId))).map((m) => m.actorId),
      };
      return { mentions: found.mentions, summary: summarize(found.mentions, found.inTitle, people, reuse ? keyOf(found) : undefined) };
    };
    let linked: LinkSummary;
    let allMentions: () => Mention[];
    if (reuse) {
      const key = keyFor(linkInputs.get(doc.slug) ?? '', doc.slug);
      const kept = reuse.cache.get('linkSummary', key) as LinkSummary | undefined;
      const text = kept && peekText(reuse.cache, 'linkMentions', key);
      if (kept && text !== undefined) {
        linked = kept;
        allMentions = () => JSON.parse(text()) as Mention[];
      } else {
        const found = link();
        reuse.cache.set('linkMentions', key, found.mentions);
        reuse.cache.set('linkSummary', key, found.summary);
        linked = found.summary;
        allMentions = () => found.mentions;
      }
    } else {
      const found = link();
      linked = found.summary;
      allMentions = () => found.mentions;
    }
    // The page stands for its mentions by what linking found, not by what it read: an article
    // linked again because a name it holds changed keeps its pages when it links the same.
    const classify = () => classifyTopics(doc.title, doc.paragraphs, topicLexicon);
    // The kept result's JSON text stands for it in the key (the same hash, no second stringify).
    const topicsKept = reuse ? memoWithText(reuse.cache, 'topics', keyFor(topicInputs, doc.slug), classify) : undefined;
    const found = topicsKept ? topicsKept.value : classify();
    if (topicsKept) resultKeys.set(doc.slug, keyOf('link', linked.digest!, 'topics', topicsKept.text));
    // An editor's removal also drops the mentions, so no link or graph edge is left behind; the
    // summary is then made again from what is left (removals are rare: the mentions are read).
    const removed = new Set(doc.actors?.remove ?? []);
    let read: Mention[] | undefined;
    const mentions = () => (read ??= removed.size ? allMentions().filter((m) => !removed.has(m.actorId)) : allMentions());
    const summary = removed.size ? summarize(mentions(), linked.inTitle, people) : linked;
    formsOfArticle.set(doc.slug, summary.forms);
    leadsOfArticle.set(doc.slug, summary.leads);
    // Actors the headline names but the body does not («فيتسو وأوربان يعارضان…») are the
    // article's too, after those of the body (they have no paragraph to link to).
    const ranked = summary.ranked;
    const inTitle = linked.inTitle.filter((id) => !removed.has(id) && !ranked.includes(id));
    const actorIds = applyActorOverrides([...ranked, ...new Set(inTitle)], doc.actors).filter((id) => matcher.actors.has(id));
    const topics = applyTopicAssignmentOverrides(found, doc.topics);
    // Kept as [speaker, sentence index], the text read from `sentences` (quoteRefs.ts).
    const findQuotes = () => quoteRefs(speakerQuotes(doc.paragraphs, sentences, mentions(), matcher, lexicon));
    const quoteKey = linkInputs.get(doc.slug) ?? '';
    const refs = cached('quoteRefs', quoteKey, doc.slug, findQuotes);
    const save = (found: QuoteRef[]) => reuse?.cache.set('quoteRefs', keyFor(quoteKey, doc.slug), found);
    quotes.push(...keptQuotes(refs, findQuotes, save, sentences, doc.slug, doc.date ?? null));
    const outlet = doc.source ? makeSourceRef(doc.source, 'outlet', input.sources, resolveSource, sourceRefs) : undefined;
    const agencyRef = doc.agency ? makeSourceRef(doc.agency, 'agency', input.sources, resolveSource, sourceRefs) : undefined;
    const { actors: actorOverrides, topics: topicOverrides, ...meta } = doc;
    // `mentions` a placeholder that lazyMentions replaces in place (the fields keep their order).
    return lazyMentions<CorpusArticle>({
      ...meta,
      overrides: { actors: actorOverrides, topics: topicOverrides },
      url: articlePath(doc.slug),
      sentences,
      mentions: undefined as unknown as Mention[],
      actorIds,
      topics,
      outlet,
      agencyRef,
      embedded: [],
      words: doc.paragraphs.reduce((n, p) => n + countWords(p), 0),
    }, mentions);
  });

  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  for (const a of articles) if (a.via) bySlug.get(a.via)?.embedded.push(a.slug);

  const actorArticles = new Map<string, string[]>();
  const topicArticles = new Map<TopicId, string[]>();
  const sourceArticles = new Map<string, string[]>();
  const push = <K>(map: Map<K, string[]>, key: K, slug: string) => {
    const list = map.get(key);
    if (list) list.push(slug);
    else map.set(key, [slug]);
  };
  for (const a of articles) {
    for (const id of a.actorIds) push(actorArticles, id, a.slug);
    for (const t of a.topics) push(topicArticles, t.id, a.slug);
    for (const ref of new Set([a.outlet?.id, a.agencyRef?.id])) if (ref) push(sourceArticles, ref, a.slug);
  }

  // Only actors that some article mentions get pages; the dictionary can hold many more.
  const actors = new Map<string, Actor>();
  for (const id of [...actorArticles.keys()].sort()) {
    const actor = matcher.actors.get(id);
    if (actor) actors.set(id, actor);
  }

  // Stories before the graph: copies of one text are one piece of evidence (docs/stories.md).
  const outletOf = new Map(articles.flatMap((a) => (a.outlet?.id ?? a.source ? [[a.slug, a.outlet?.id ?? a.source!] as [string, string]] : [])));
  // An article's story parts (same-text signature, words, event terms) depend on its title and
  // paragraphs alone (and the code): kept, the signature as base64 and the terms as two lists.
  const storyInputs = reuse ? keyOf(reuse.codeVersion, 'story parts') : '';
  const partsOf: StoryPartsOf | undefined = reuse
    ? (a, compute) => {
        const kept = cached<KeptStoryParts>('storyParts', storyInputs, a.slug, () => {
          const p = compute();
          return { signature: toBase64(p.signature), words: p.words, stems: p.terms.stems, counts: p.terms.counts };
        });
        return { signature: fromBase64(kept.signature), words: kept.words, terms: { stems: kept.stems, counts: kept.counts } } satisfies StoryParts;
      }
    : undefined;
  // The verified same-text pairs depend on the two texts alone: kept whole as one entry, patched
  // by the articles new, edited or removed since (sameText.ts patchedTextPairs).
  const textPairsOf: TextPairsOf | undefined = reuse
    ? (slugs, signatures, shinglesOf, options) => {
        const key = keyOf(reuse.codeVersion, 'same-text pairs', options);
        const kept = reuse.cache.get('sameTextPairs', key) as KeptTextPairs | undefined;
        const patched = patchedTextPairs(slugs, slugs.map((s) => articleKey.get(s)!), signatures, shinglesOf, kept, options);
        if (patched.reuse !== 'kept') reuse.cache.set('sameTextPairs', key, patched.kept);
        return patched.pairs;
      }
    : undefined;
  const { stories, groups, storyOf, groupOf } = buildStories(
    articles.map((a) => ({ slug: a.slug, title: a.title, date: a.date, paragraphs: a.paragraphs, outlet: outletOf.get(a.slug), actorIds: a.actorIds, topicIds: a.topics.map((t) => t.id) })),
    DEFAULT_STORY_OPTIONS,
    partsOf,
    textPairsOf,
  );
  const sameText = { groupOf, canonical: new Set(groups.map((g) => g.canonical)), outletOf };

  const patterns = compileRelationPatterns(input.relationPatterns);
  // A reading also finds the actors named by a nisba alone (pronouns.ts), only those the corpus
  // mentions: which of them it mentions is part of the key (an update that brings the first
  // article naming one reads the sentences again).
  const relationInputs = reuse ? keyOf(reuse.codeVersion, input.relationPatterns, nisbaOnlyParties(patterns, actors)) : '';
  // A sentence's reading also follows its actors' affiliation chains, which run through the
  // actors the whole corpus mentions: the chains are part of the key.
  // Each actor's chain as JSON once, not per article: the list's text is the JSON keyOf would make.
  const chainText = new Map<string, string>();
  const chainOf = (id: string) => {
    let t = chainText.get(id);
    if (t === undefined) chainText.set(id, (t = JSON.stringify([id, ...affiliationChain(id, actors)])));
    return t;
  };
  const readings: BuildGraphOptions['readings'] = reuse
    ? (art, ids, compute) => cached('relations', keyOf(relationInputs, linkInputs.get(art.slug), `[${ids.map(chainOf).join(',')}]`), art.slug, compute)
    : undefined;
  // The graph's article-level pair counts add up article by article: kept whole as one entry, and
  // the articles added since in a small one, folded in when it grows (so a daily update leaves the
  // large entry's file as it is); an edit or a removal counts them all again
  // (src/lib/relations/articlePairs.ts).
  const pairsKey = reuse ? keyOf(reuse.codeVersion, 'article pairs') : '';
  const articlePairs: BuildGraphOptions['articlePairs'] = reuse
    ? (parties) => {
        const kept = reuse.cache.get('articlePairs', pairsKey) as KeptArticlePairs | undefined;
        const added = reuse.cache.get('articlePairsAdded', pairsKey) as KeptPairsAdded | undefined;
        const { pairs, save } = countArticlePairsAdded(parties, kept, added);
        if (save.base) reuse.cache.set('articlePairs', pairsKey, save.base);
        if (save.added) reuse.cache.set('articlePairsAdded', pairsKey, save.added);
        return pairs;
      }
    : undefined;
  const spellingArticles = articlesWithSpellings(articles, formsOfArticle, merges);
  return {
    articles,
    bySlug,
    actors,
    actorArticles,
    topics: input.topics,
    topicArticles,
    sources: sourceRefs,
    sourceArticles,
    quotes,
    // Bounded for large corpora (graph.json and the graph page): weight still counts every
    // sentence, but each tie carries at most MAX_EVIDENCE_PER_EDGE of them, the whole graph at
    // most EVIDENCE_BUDGET, and pairs that never share a sentence need several shared articles.
    graph: buildRelationGraph(articles, actors, patterns, {
      maxEvidence: MAX_EVIDENCE_PER_EDGE,
      evidenceBudget: EVIDENCE_BUDGET,
      maxTopics: 5,
      minArticlesWithoutSentence: articles.length > 2000 ? 3 : 2,
      sameText,
      readings,
      articlePairs,
    }),
    stories: { stories, groups, storyOf, groupOf },
    relationLabels: patterns.labels,
    cooccurrenceLabel: patterns.cooccurrenceLabel,
    candidates,
    overrideProblems,
    spellingMerges: merges.map((m, i) => ({ ...m, articles: spellingArticles[i] })),
    sentenceLeads: leadsOfArticle,
    ...(reuse ? { contentKeys: articleKey, resultKeys } : {}),
  };
}
