// Stories benchmark (issue 16): the synthetic corpus of `npm run bench` with republished copies
// and paraphrases planted at known rates, then the stories stage on it. Reports pair precision
// and recall against the planted truth, and the clustering time and peak memory per size.
//   npm run bench -- --stories [--sizes 1000,3000,10000] [--seed S] [--workdir DIR]
//   tsx scripts/bench/stories.ts --size N [--seed S]      (one size, prints one JSON line)
// Each size runs in its own process, so its peak memory is its own.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadBoilerplate, loadCuratedData } from '../../src/lib/data/load';
import { compileLexicon } from '../../src/lib/entities/discovery-lexicon';
import { buildActorMatcher } from '../../src/lib/entities/matcher';
import { linkActors, rankActors } from '../../src/lib/entities/link';
import { buildLexicon } from '../../src/lib/ingest/boilerplate';
import { extractArticles } from '../../src/lib/ingest/extract';
import { buildStories, type StoryArticle } from '../../src/lib/stories/build';
import { loadBenchDictionary } from './corpus';
import { createContext, generatePage } from './generate';
import { Rng } from './prng';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Share of the pages that are planted copies of another page's text, and paraphrases of one. */
export const COPY_RATE = 0.1;
export const PARAPHRASE_RATE = 0.05;

interface Planted {
  articles: StoryArticle[];
  /** slug → planted text id and event id (base articles: their own). */
  text: Map<string, string>;
  event: Map<string, string>;
  copies: number;
  paraphrases: number;
}

const shiftDay = (date: string | undefined, days: number) => {
  if (!date) return undefined;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A republished copy: a new headline, a trimmed last paragraph, a changed first line, an added «اقرأ أيضاً» (each at its rate). */
export function copyOf(rng: Rng, src: StoryArticle, other: StoryArticle, slug: string): StoryArticle {
  let paragraphs = [...src.paragraphs];
  if (paragraphs.length > 2 && rng.chance(0.4)) paragraphs = paragraphs.slice(0, -1);
  if (rng.chance(0.3)) paragraphs[0] = other.paragraphs[0];
  if (rng.chance(0.3)) paragraphs.splice(1, 0, `اقرأ أيضاً: ${other.title}`);
  return { ...src, slug, title: rng.chance(0.7) ? other.title : src.title, date: shiftDay(src.date, rng.int(0, 1)), paragraphs, outlet: `outlet-${rng.int(1, 40)}` };
}

/**
 * A paraphrase: the same facts in other words. Crude but vocabulary-preserving: each sentence
 * kept at 0.8, about a third of its words dropped and neighbours swapped (so no five words in a
 * row survive), paragraphs reordered, one sentence of another report added.
 */
export function paraphraseOf(rng: Rng, src: StoryArticle, other: StoryArticle, slug: string): StoryArticle {
  const rewrite = (p: string) =>
    p
      .split(/(?<=[.!؟?])\s+/)
      .filter(() => rng.chance(0.8))
      .map((s) => {
        const words = s.split(/\s+/).filter((_, i) => i % 3 !== 1 || rng.chance(0.1));
        for (let i = 0; i + 1 < words.length; i += 2) if (rng.chance(0.5)) [words[i], words[i + 1]] = [words[i + 1], words[i]];
        return words.join(' ');
      })
      .join(' ');
  const paragraphs = src.paragraphs.map(rewrite).filter((p) => p.trim());
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [paragraphs[i], paragraphs[j]] = [paragraphs[j], paragraphs[i]];
  }
  paragraphs.push(other.paragraphs[other.paragraphs.length - 1]);
  return { ...src, slug, title: rewrite(src.title), date: shiftDay(src.date, rng.int(0, 1)), paragraphs, outlet: `outlet-${rng.int(1, 40)}` };
}

/** N articles: the bench's pages through the real extractor, linked to the dictionary, then copies and paraphrases planted. */
export function plantedCorpus(n: number, seed: string): Planted {
  const data = loadCuratedData();
  const lex = buildLexicon(loadBoilerplate(), data.sources);
  const matcher = buildActorMatcher(data.actors, compileLexicon(data.discoveryLexicon).link);
  const ctx = createContext(seed, loadBenchDictionary(ROOT));
  const planted = Math.round(n * (COPY_RATE + PARAPHRASE_RATE));
  const base: StoryArticle[] = [];
  for (let i = 0; base.length < n - planted; i++) {
    const page = generatePage(ctx, i);
    const [main] = extractArticles(page.text, page.name, lex);
    if (!main) continue; // a page of boilerplate only
    const actorIds = rankActors(linkActors(main.paragraphs, matcher).mentions);
    base.push({ slug: main.slug, title: main.title, date: main.date, paragraphs: main.paragraphs, outlet: main.source, actorIds, topicIds: [] });
  }
  const text = new Map(base.map((a) => [a.slug, a.slug]));
  const event = new Map(text);
  const articles = [...base];
  const rng = new Rng(`${seed}:stories`);
  let copies = 0;
  let paraphrases = 0;
  for (let k = 0; k < planted; k++) {
    // Sources are a small share of the base, so several copies of one text are common.
    const src = base[rng.int(0, Math.max(0, Math.floor(base.length / 10) - 1))];
    const other = base[rng.int(0, base.length - 1)];
    const isCopy = rng.next() < COPY_RATE / (COPY_RATE + PARAPHRASE_RATE);
    const slug = `${src.slug}-${isCopy ? 'copy' : 'para'}-${k}`;
    articles.push(isCopy ? copyOf(rng, src, other, slug) : paraphraseOf(rng, src, other, slug));
    text.set(slug, isCopy ? src.slug : slug);
    event.set(slug, src.slug);
    if (isCopy) copies++;
    else paraphrases++;
  }
  return { articles, text, event, copies, paraphrases };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Pair counts of a predicted partition (slug → id; absent = alone) against a true one. */
export function pairCounts(truth: Map<string, string>, predicted: Map<string, string>): Counts {
  const pairs = (m: Map<string, string[]>) => [...m.values()].reduce((n, g) => n + (g.length * (g.length - 1)) / 2, 0);
  const groupBy = (key: (slug: string) => string | undefined) => {
    const out = new Map<string, string[]>();
    for (const slug of truth.keys()) {
      const k = key(slug);
      if (k === undefined) continue;
      const list = out.get(k);
      if (list) list.push(slug);
      else out.set(k, [slug]);
    }
    return out;
  };
  const truePairs = pairs(groupBy((s) => truth.get(s)));
  const predPairs = pairs(groupBy((s) => predicted.get(s)));
  const both = pairs(groupBy((s) => (predicted.has(s) ? `${truth.get(s)}\u0000${predicted.get(s)}` : undefined)));
  return { tp: both, fp: predPairs - both, fn: truePairs - both };
}

const ratio = (a: number, b: number) => (b ? a / b : 1);

/** /proc/self/status VmHWM/VmRSS in MB; writing 5 to clear_refs resets the peak (Linux ≥ 4.0). */
const procMb = (field: string) => Number(readFileSync('/proc/self/status', 'utf8').match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0) / 1024;

export interface StoriesSizeResult {
  articles: number;
  copies: number;
  paraphrases: number;
  setupMs: number;
  clusterMs: number;
  /** CPU time of the clustering (user + system): less sensitive than wall time to a shared machine. */
  clusterCpuMs: number;
  rssBeforeMb: number;
  peakRssMb: number;
  groups: number;
  stories: number;
  sameText: Counts & { precision: number; recall: number };
  sameEvent: Counts & { precision: number; recall: number };
}

export function runSize(n: number, seed: string): StoriesSizeResult {
  const t0 = performance.now();
  const p = plantedCorpus(n, seed);
  const setupMs = performance.now() - t0;
  (globalThis as { gc?: () => void }).gc?.();
  writeFileSync('/proc/self/clear_refs', '5');
  const rssBeforeMb = procMb('VmRSS');
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const built = buildStories(p.articles);
  const clusterMs = performance.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  const peakRssMb = procMb('VmHWM');
  const withPR = (c: Counts) => ({ ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) });
  return {
    articles: p.articles.length,
    copies: p.copies,
    paraphrases: p.paraphrases,
    setupMs: Math.round(setupMs),
    clusterMs: Math.round(clusterMs),
    clusterCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rssBeforeMb: Math.round(rssBeforeMb),
    peakRssMb: Math.round(peakRssMb),
    groups: built.groups.length,
    stories: built.stories.length,
    sameText: withPR(pairCounts(p.text, built.groupOf)),
    sameEvent: withPR(pairCounts(p.event, built.storyOf)),
  };
}

const f2 = (x: number) => x.toFixed(3);

export function renderStoriesMarkdown(results: StoriesSizeResult[], load: string): string {
  const lines = [
    `Planted: ${COPY_RATE * 100}% of the articles are republished copies, ${PARAPHRASE_RATE * 100}% paraphrases. Load during the run: ${load}.`,
    '',
    '| articles | copies | paraphrases | clustering wall (ms) | clustering CPU (ms) | peak RSS during clustering (MB) | RSS before (MB) | same text P | same text R | same event P | same event R |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.articles} | ${r.copies} | ${r.paraphrases} | ${r.clusterMs} | ${r.clusterCpuMs} | ${r.peakRssMb} | ${r.rssBeforeMb} | ${f2(r.sameText.precision)} | ${f2(r.sameText.recall)} | ${f2(r.sameEvent.precision)} | ${f2(r.sameEvent.recall)} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Every size in its own process; writes <workdir>/stories-report.json and .md and prints the table. */
export function runStoriesBench(opts: { sizes: number[]; seed: string; workdir: string }): StoriesSizeResult[] {
  mkdirSync(opts.workdir, { recursive: true });
  const self = fileURLToPath(import.meta.url);
  const results: StoriesSizeResult[] = [];
  const loads: string[] = [];
  for (const n of opts.sizes) {
    loads.push(os.loadavg().map((x) => x.toFixed(2)).join(' '));
    const out = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), [self, '--size', String(n), '--seed', opts.seed], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() },
    });
    const r = JSON.parse(out.trim().split('\n').pop()!) as StoriesSizeResult;
    console.log(`[bench:stories] ${n}: ${r.articles} articles, clustering ${r.clusterMs} ms (CPU ${r.clusterCpuMs} ms), peak RSS ${r.peakRssMb} MB, text P/R ${f2(r.sameText.precision)}/${f2(r.sameText.recall)}, event P/R ${f2(r.sameEvent.precision)}/${f2(r.sameEvent.recall)}`);
    results.push(r);
  }
  const md = renderStoriesMarkdown(results, `load average (1, 5, 15 min) at the start of each size: ${loads.join('; ')}; ${os.cpus().length} cores`);
  writeFileSync(path.join(opts.workdir, 'stories-report.json'), JSON.stringify({ seed: opts.seed, results, loads }, null, 2));
  writeFileSync(path.join(opts.workdir, 'stories-report.md'), md);
  console.log(`\n${md}`);
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { size: { type: 'string' }, seed: { type: 'string', default: 'kb-bench' } } });
  const n = Number(values.size);
  if (!Number.isInteger(n) || n < 10) throw new Error(`--size must be an integer ≥ 10, got ${values.size}`);
  console.log(JSON.stringify(runSize(n, values.seed!)));
}
