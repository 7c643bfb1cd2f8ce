// Pair precision and recall of the stories stage (same text, same event) on the labelled pages
// of tests/fixtures/stories/ (format: its README). Each part is ingested with the real
// extractor and built as a corpus the way the site builds it.
// Usage: npx tsx scripts/score-stories.ts [dev] [aside] [--errors]
import { corpusOf, readLabels, readPart } from '../src/lib/stories/fixtures.test-helpers';
import { precision, recall, scorePairs, type Counts } from '../src/lib/stories/score';

const args = process.argv.slice(2);
const parts = args.filter((a) => !a.startsWith('--'));
const f2 = (x: number) => x.toFixed(2);
const row = (name: string, c: Counts) => `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | ${f2(precision(c))} | ${f2(recall(c))} |`;

for (const part of parts.length ? parts : ['dev']) {
  const articles = readPart(part);
  const labels = readLabels(part);
  const labelled = new Set(labels.flatMap((e) => e.texts.flat()));
  const missing = articles.filter((a) => !labelled.has(a.slug)).map((a) => a.slug);
  if (missing.length) throw new Error(`tests/fixtures/stories/${part}.yaml: pages without a label: ${missing.join(', ')}`);
  const { stories } = corpusOf(articles);
  const score = scorePairs(labels, stories);
  console.log(`\n${part}: ${articles.length} articles, ${labels.length} events, ${score.pairs} labelled pairs\n`);
  console.log('| level | TP | FP | FN | precision | recall |\n|---|---|---|---|---|---|');
  console.log(row('same text', score.sameText));
  console.log(row('same event', score.sameEvent));
  console.log(row('same event, distinct reports', score.distinctReports));
  if (args.includes('--errors')) for (const e of score.errors) console.log(e);
}
