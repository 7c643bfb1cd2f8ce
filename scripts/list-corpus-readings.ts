// The pairs the corpus confirms on the fixture and seed text (issue 15, twenty-seventh pass): verbal nouns and verb
// forms (src/lib/search/corpusDerivations.ts), towns and adjectives (corpusNisbas.ts), beside the broken plurals of
// corpusPlurals.ts — each pair once, for judging by hand — and the time each step takes (the indexer's first pass:
// the vocabulary, then each rule). The text: every page of tests/fixtures/search/articles and content/articles.
// Usage: npx tsx scripts/list-corpus-readings.ts [--plurals]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { indexCtx, vocabulary } from '../src/lib/search/curatedMatch.testkit';
import { CorpusVocabulary, confirmedPlurals, type CorpusReading } from '../src/lib/search/corpusPlurals';
import { confirmedDerivations } from '../src/lib/search/corpusDerivations';
import { confirmedNisbas, PlaceEvidence, addPlacePage } from '../src/lib/search/corpusNisbas';

const DIRS = ['tests/fixtures/search/articles', 'content/articles'];
const pages = DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.mdx') || f.endsWith('.md')).map((f) => readFileSync(path.join(d, f), 'utf8')));
const paragraphs = (text: string) => {
  const title = /^title:\s*"?(.*?)"?$/m.exec(text)?.[1] ?? '';
  return [title, ...text.replace(/^---[\s\S]*?---/, '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)];
};
const rules = vocabulary.patterns!.corpusPlurals!;
const t0 = performance.now();
const vocab = new CorpusVocabulary(indexCtx.known);
const places = new PlaceEvidence();
for (const p of pages) addPlacePage(vocab, places, paragraphs(p), indexCtx);
vocab.seal();
const t1 = performance.now();
const plurals = confirmedPlurals(vocab, rules, indexCtx);
const t2 = performance.now();
const derivations = confirmedDerivations(vocab, rules, indexCtx);
const t3 = performance.now();
const nisbas = confirmedNisbas(vocab, places, rules, indexCtx);
const t4 = performance.now();
/** Each pair once: a → b where a sorts first. */
const pairs = (map: Map<string, CorpusReading[]>) => [...new Set([...map].flatMap(([a, rs]) => rs.map((r) => [a, r.word].sort().join(' ↔ '))))].sort();
console.log(`${pages.length} pages; vocabulary (with the towns' contexts) ${(t1 - t0).toFixed(0)} ms, plurals ${(t2 - t1).toFixed(0)} ms, derivations ${(t3 - t2).toFixed(0)} ms, nisbas ${(t4 - t3).toFixed(0)} ms`);
for (const [name, map] of [['derivations', derivations], ['nisbas', nisbas], ...(process.argv.includes('--plurals') ? [['plurals', plurals] as const] : [])] as const) {
  const list = pairs(map);
  console.log(`\n${name} (${list.length}):\n${list.join('\n')}`);
}
