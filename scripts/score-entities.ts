// npx tsx scripts/score-entities.ts [--split dev|aside|all] [--parts a,b,c,…,z,aa,ab] [--errors] [--json] [--no-model]
// Actor and topic quality on the hand-labelled articles (tests/fixtures/entities-labelled/),
// through the build's own path: buildCorpus links, discovers and classifies exactly as the site
// build does. Prints actor precision/recall (media and agencies apart), topic precision/recall/F1
// per topic and overall (main topics are the gold; a topic labelled «mentioned» is not wrong),
// and the share of articles with a main topic that got none. Read-only.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { normalizeArabic } from '../src/lib/arabic';
import { buildCorpus } from '../src/lib/corpus/buildCorpus';
import { buildFormIndex } from '../src/lib/arabic/forms';
import { compileTopicLexicon, topicEvidence } from '../src/lib/topics/classify';
import { DataFileError, loadActors, loadDiscoveryLexicon, loadRelationPatterns, loadSources, loadTopicModel, loadTopics, loadWordForms } from '../src/lib/data';
import { scoreEntities, type LabelledArticle, type Predicted } from '../src/lib/entities/labelled-eval';
import type { TopicId } from '../src/lib/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'tests/fixtures/entities-labelled');
const { values: opt } = parseArgs({ options: { split: { type: 'string', default: 'dev' }, parts: { type: 'string', default: 'a,b,c' }, errors: { type: 'boolean', default: false }, 'no-model': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
const splits = opt.split === 'all' ? ['dev', 'aside'] : [opt.split!];
if (!splits.every((s) => s === 'dev' || s === 'aside')) throw new Error(`--split must be dev, aside or all (got «${opt.split}»)`);
// Part c was written in session 3 on outlets neither a nor b imitates: its aside part is the unseen set.
const parts = opt.parts!.split(',').map((p) => p.trim());
// Parts are named a–z, then aa, ab, … once the single letters ran out (session 48).
if (!parts.every((p) => /^[a-z]{1,2}$/.test(p))) throw new Error(`--parts must list part names of one or two lower-case letters (a … z, aa, ab, …) (got «${opt.parts}»)`);

function readLabelled(file: string): LabelledArticle[] {
  const data = parse(readFileSync(file, 'utf8'));
  const problems: string[] = [];
  if (!Array.isArray(data)) throw new DataFileError(file, [`${file}: expected a list of articles`]);
  data.forEach((a, i) => {
    const where = `${file}: entry #${i + 1}${a?.id ? ` (${a.id})` : ''}`;
    if (typeof a?.id !== 'string' || typeof a.title !== 'string' || !Array.isArray(a.paragraphs)) problems.push(`${where}: needs id, title and paragraphs`);
    else if (!Array.isArray(a.topics?.main) || !Array.isArray(a.actors?.expected)) problems.push(`${where}: needs topics.main and actors.expected`);
  });
  if (problems.length) throw new DataFileError(file, problems);
  return data;
}

// A part may lack a split (part r is an aside alone, with no dev file): a missing file is skipped,
// but a request that finds no file at all is an error, not an empty score.
const files = splits.flatMap((s) => parts.map((p) => path.join(DIR, `${p}-${s}.yaml`))).filter((f) => existsSync(f));
if (!files.length) throw new Error(`no labelled file for --split ${opt.split} --parts ${opt.parts}`);
const labelled = files.map(readLabelled).flat();
const topics = loadTopics(path.join(ROOT, 'content/topics.yaml'));
const wordForms = loadWordForms(path.join(ROOT, 'content/word-forms.yaml'));
const actors = loadActors(path.join(ROOT, 'content/actors.yaml'));
const sources = loadSources(path.join(ROOT, 'content/sources.yaml'));
const corpus = buildCorpus({
  articles: labelled.map((a) => ({ slug: a.id, title: a.title, paragraphs: a.paragraphs, raw: `${a.id}.txt`, tags: [] })),
  actors,
  topics,
  sources,
  discoveryLexicon: loadDiscoveryLexicon(path.join(ROOT, 'content/discovery-stopwords.yaml')),
  relationPatterns: loadRelationPatterns(path.join(ROOT, 'content/relation-patterns.yaml')),
  wordForms,
  // --no-model: the lexicon alone (content/topic-model.yaml not read), for before/after comparisons.
  ...(opt['no-model'] ? {} : { topicModel: loadTopicModel(path.join(ROOT, 'content/topic-model.yaml')) }),
});
const predicted = new Map<string, Predicted>(corpus.articles.map((a) => [a.slug, { actorIds: a.actorIds, topics: a.topics.map((t) => t.id) }]));
const family = (name: string) => normalizeArabic(name).split(/\s+/).pop() ?? '';
const discoveredName = (id: string) => (corpus.actors.get(id)?.discovered ? corpus.actors.get(id)!.name : undefined);
// A labelled `people` entry the dictionary has gained since (full name or alias) is counted apart.
const personSpellings = (id: string) => {
  const a = actors.find((x) => x.id === id);
  return a?.type === 'person' ? [a.name, ...(a.aliases ?? [])].map(normalizeArabic) : undefined;
};
const s = scoreEntities(labelled, predicted, topics.map((t) => t.id), family, discoveredName, personSpellings, normalizeArabic);

if (opt.json) {
  console.log(JSON.stringify({ split: opt.split, parts, ...s, spellingMerges: corpus.spellingMerges }, null, 1));
} else {
  const f = (x: number) => x.toFixed(3);
  console.log(`split: ${opt.split}, parts ${parts.join('+')} — ${s.articles} articles`);
  console.log(`actors: P ${f(s.actors.precision)} R ${f(s.actors.recall)} (TP ${s.actors.tp}, FP ${s.actors.fp}, FN ${s.actors.fn}); media/agencies named as media: ${s.media.labelled}, also linked as actors: ${s.media.linked}`);
  // The same actor counts per kind of actor (media named as media and discovered people left out, as above).
  const byType = new Map<string, { tp: number; fp: number; fn: number }>();
  const typeOf = (id: string) => actors.find((a) => a.id === id)?.type ?? corpus.actors.get(id)?.type ?? 'unknown';
  const add = (id: string, k: 'tp' | 'fp' | 'fn') => {
    const c = byType.get(typeOf(id)) ?? byType.set(typeOf(id), { tp: 0, fp: 0, fn: 0 }).get(typeOf(id))!;
    c[k]++;
  };
  for (const a of labelled) {
    const got = predicted.get(a.id)?.actorIds ?? [];
    const media = new Set(a.actors.media ?? []);
    const peopleNames = new Set((a.actors.people ?? []).map(normalizeArabic));
    const inPeople = (id: string) => !a.actors.expected.includes(id) && (personSpellings(id)?.some((n) => peopleNames.has(n)) ?? false);
    for (const id of got) if (discoveredName(id) === undefined && !media.has(id) && !inPeople(id)) add(id, a.actors.expected.includes(id) ? 'tp' : 'fp');
    for (const id of a.actors.expected) if (!got.includes(id)) add(id, 'fn');
  }
  const pr = (c: { tp: number; fp: number; fn: number }) => `P ${f(c.tp / (c.tp + c.fp || 1))} R ${f(c.tp / (c.tp + c.fn || 1))} (TP ${c.tp}, FP ${c.fp}, FN ${c.fn})`;
  console.log(`actors by type: ${[...byType].sort().map(([t, c]) => `${t} ${pr(c)}`).join('; ')}`);
  // Media named as media, by kind (sources.yaml: agency | outlet): labelled, and also linked as an actor.
  const mediaByKind = new Map<string, { labelled: number; linked: number }>();
  for (const a of labelled) {
    const got = predicted.get(a.id)?.actorIds ?? [];
    for (const id of a.actors.media ?? []) {
      const kind = sources.find((x) => x.id === id)?.kind ?? 'unknown';
      const c = mediaByKind.get(kind) ?? mediaByKind.set(kind, { labelled: 0, linked: 0 }).get(kind)!;
      c.labelled++;
      if (got.includes(id)) c.linked++;
    }
  }
  console.log(`media named as media, by kind: ${[...mediaByKind].sort().map(([k, c]) => `${k} ${c.labelled} (also linked ${c.linked})`).join('; ') || 'none'}`);
  console.log(`discovered people: ${s.discovered.total} article links, ${s.discovered.junk} not a labelled person; labelled people linked as dictionary people added since: ${s.peopleInDictionary}`);
  console.log(`topics: P ${f(s.topics.precision)} R ${f(s.topics.recall)} F1 ${f(s.topics.f1)} (TP ${s.topics.tp}, FP ${s.topics.fp}, FN ${s.topics.fn}); articles with a main topic left without any: ${s.topicless.count}/${s.topicless.of}`);
  console.log('\n| topic | P | R | F1 | TP | FP | FN |\n| --- | --- | --- | --- | --- | --- | --- |');
  for (const t of s.perTopic) console.log(`| ${t.id} | ${f(t.precision)} | ${f(t.recall)} | ${f(t.f1)} | ${t.tp} | ${t.fp} | ${t.fn} |`);
  // The fallback (classifyTopics): articles whose only topic came from it, and — the signal it
  // reads — the best topic below the bar in every article, as if nothing had passed; each judged
  // main / mentioned / wrong against the labels.
  const lex = compileTopicLexicon(topics, buildFormIndex(wordForms), undefined, { articleFrame: true });
  const verdict = (a: (typeof labelled)[number], id: TopicId) => (a.topics.main.includes(id) ? 'main' : (a.topics.mentioned ?? []).includes(id) ? 'mentioned' : 'wrong');
  const fired = { main: 0, mentioned: 0, wrong: 0 };
  const below = { main: 0, mentioned: 0, wrong: 0 };
  for (const a of labelled) {
    const ev = topicEvidence(a.title, a.paragraphs, lex).sort((x, y) => y.score - x.score);
    const got = predicted.get(a.id)?.topics ?? [];
    if (got.length && !ev.some((e) => e.score >= e.required)) fired[verdict(a, got[0])]++;
    const best = ev.find((e) => e.score > 0 && e.score < e.required);
    if (best) below[verdict(a, best.id)]++;
  }
  console.log(`\nfallback: gave a topic to ${fired.main + fired.mentioned + fired.wrong} articles (main ${fired.main}, mentioned ${fired.mentioned}, wrong ${fired.wrong}); best topic below the bar in any article: main ${below.main}, mentioned ${below.mentioned}, wrong ${below.wrong}`);
  if (corpus.spellingMerges.length) console.log(`\nnew spellings joined to known people: ${corpus.spellingMerges.map((m) => `«${m.name}» → ${m.actorId}`).join(', ')}`);
  if (opt.errors) for (const e of s.errors) console.log(`${e.id}: ${[...e.actors, ...e.topics].join(' ')}`);
}
