// Benchmark of the relation extraction (not a timed test): generated benchmark pages are linked
// once (buildCorpus), then buildRelationGraph runs `rounds` times; prints each run, the median,
// the edges and how many are typed. To compare two versions, run it in both worktrees in turns.
// Usage: npx tsx scripts/bench-relations.ts [--pages 300] [--rounds 3] [--digest]
// --digest prints a sha256 of the whole graph (edges sorted by source/target, every field: kinds,
// typed relations with their directions, evidence ids) so a speed change can prove the output is unchanged.
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { createContext, generatePage } from './bench/generate';
import { loadBenchDictionary } from './bench/corpus';
import { buildCorpus } from '../src/lib/corpus/buildCorpus';
import { loadCuratedData } from '../src/lib/data/load';
import { buildRelationGraph } from '../src/lib/relations/buildGraph';
import { compileRelationPatterns } from '../src/lib/relations/patterns';

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : d;
};
const PAGES = arg('--pages', 300);
const ROUNDS = arg('--rounds', 3);

const ctx = createContext('bench-relations', loadBenchDictionary(process.cwd()));
const pages = Array.from({ length: PAGES }, (_, i) => generatePage(ctx, i));
const data = loadCuratedData();
const corpus = buildCorpus({ ...data, articles: pages.map((p, i) => ({ slug: `g${i}`, title: '', raw: p.name, tags: [], paragraphs: p.text.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean) })) });
const patterns = compileRelationPatterns(data.relationPatterns);

const DIGEST = process.argv.includes('--digest');
const runs: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const t = performance.now();
  const graph = buildRelationGraph(corpus.articles, corpus.actors, patterns);
  runs.push(performance.now() - t);
  const typed = graph.edges.filter((e) => e.kind === 'typed').length;
  console.log(`run ${r + 1}: ${runs[r].toFixed(0)} ms, ${graph.edges.length} edges, ${typed} typed`);
  if (DIGEST && r === 0) {
    const key = (e: { source: string; target: string }) => `${e.source}\u0000${e.target}`;
    const edges = [...graph.edges].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    console.log(`digest: ${createHash('sha256').update(JSON.stringify(edges)).digest('hex')}`);
  }
}
const median = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
console.log(`buildRelationGraph on ${PAGES} generated pages: median ${median.toFixed(0)} ms over ${ROUNDS} runs (load average ${loadavg()[0].toFixed(1)})`);
