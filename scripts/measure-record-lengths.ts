// How long each keyed Pagefind record is (words the index counts, every weight) under two sets of curated
// data (issue 15, twentieth pass, 15s): Pagefind's length normalisation ranks a longer page lower among
// pages that match a word alike, so keys a data change adds to a page (a concept family's low-weight
// token) can reorder an exact tier that never names the concept. Prints the corpus mean and, for the
// pages named, their lengths before → after and the tokens added. Prints no search result.
// Usage: npx tsx scripts/measure-record-lengths.ts --before DIR_WITH_OLD_CONTENT_YAML slug…
//   (DIR: a copy of content/*.yaml with the old files put back, e.g. from `git show REV:content/FILE`)
import path from 'node:path';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { buildContextJson, contextFromJson } from '../src/lib/search/context';
import { patternReader } from '../src/lib/search/patternReadings';
import { topicConceptIndex } from '../src/lib/search/topicConcepts';
import { keyedRecordBody, docFromArticle } from '../src/lib/search/record';
import { qualityCorpus } from '../tests/fixtures/search/harness';
import { buildCorpus } from '../src/lib/corpus/buildCorpus';
import { loadCuratedBeside } from '../src/indexer/read';
import { loadWordForms } from '../src/lib/data/load';

const words = (body: string) => body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean);

async function main() {
  const at = process.argv.indexOf('--before');
  if (at < 0) throw new Error('usage: --before DIR slug…');
  const beforeDir = process.argv[at + 1];
  const slugs = process.argv.slice(2).filter((a, i) => i !== at - 2 && i !== at - 1);
  const q = await qualityCorpus();
  const curated = loadCuratedBeside(path.resolve('content/actors.yaml'));
  const articles = buildCorpus({ articles: q.articles, actors: q.actors, ...curated, wordForms: loadWordForms(path.resolve('content/word-forms.yaml')) }).articles;
  const bodies: Array<Map<string, string[]>> = [];
  for (const dir of [beforeDir, path.resolve('content')]) {
    const vocab = loadSearchVocabularyBeside(path.join(dir, 'actors.yaml'));
    const ctx = { ...contextFromJson(buildContextJson(q.actors, vocab)), ...(vocab.patterns ? { patterns: patternReader(vocab.patterns) } : {}) };
    const concepts = topicConceptIndex(vocab.concepts ?? []);
    bodies.push(new Map(articles.map((a) => [a.slug, words(keyedRecordBody(docFromArticle(a), ctx, concepts))])));
  }
  const mean = (m: Map<string, string[]>) => ([...m.values()].reduce((s, w) => s + w.length, 0) / m.size).toFixed(1);
  console.log(`records: ${articles.length}; mean words ${mean(bodies[0])} → ${mean(bodies[1])}`);
  for (const s of slugs) {
    const [b, a] = bodies.map((m) => m.get(s) ?? []);
    const added = [...a];
    for (const w of b) added.splice(added.indexOf(w), added.indexOf(w) >= 0 ? 1 : 0);
    console.log(`${s}: ${b.length} → ${a.length}${added.length ? `, added ${added.join(' ')}` : ''}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
