// npx tsx scripts/bench-linking.ts [--articles 10000] [--words 700] [--seed 42]
// Linking + topics throughput on a synthetic corpus built in memory from the seed pages'
// sentences and the dictionary's names (with clitics), so the numbers exercise the real
// tries. A benchmark, not a test: it prints articles/second per stage and never writes files.
// Last, a checksum of each stage's results over the corpus (outside the timings), so a speed
// change can show that it changed no output.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFormIndex, splitSentences } from '../src/lib/arabic';
import { buildActorMatcher, compileLexicon, discoverPeople, linkActors } from '../src/lib/entities';
import { classifyTopics, compileTopicLexicon } from '../src/lib/topics';
import { loadActors, loadDiscoveryLexicon, loadTopics, loadTopicModel, loadWordForms } from '../src/lib/data';
import { seedActors } from '../src/lib/entities/__fixtures__/seeds';
import type { Actor, Topic } from '../src/lib/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    words: { type: 'string', default: '700' },
    seed: { type: 'string', default: '42' },
  },
});
const N = Number(opt.articles), WORDS = Number(opt.words);

// Small deterministic PRNG (mulberry32) so runs are comparable.
let state = Number(opt.seed) >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];

const actorsPath = path.join(ROOT, 'content/actors.yaml');
const topicsPath = path.join(ROOT, 'content/topics.yaml');
const actors: Actor[] = existsSync(actorsPath) ? loadActors(actorsPath) : seedActors;
const topics: Topic[] = existsSync(topicsPath) ? loadTopics(topicsPath) : [];

// Sentence pool: every sentence of every seed page with at least 5 words.
const rawDir = path.join(ROOT, 'content/raw');
const pool = readdirSync(rawDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => splitSentences(readFileSync(path.join(rawDir, f), 'utf8').split(/\n+/)))
  .map((s) => s.text)
  .filter((s) => s.split(/\s+/).length >= 5);
const names = actors.flatMap((a) => [a.name, ...a.aliases, ...(a.short ?? [])]);
const CLITICS = ['', '', '', 'و', 'ل', 'ب', 'وب', 'ول'];
const ROLES = ['قال وزير الخارجية', 'وأكد المتحدث باسم الحكومة', 'وأعلن الرئيس'];
const INVENTED = ['هاكان فيدان', 'أولاف شولتس', 'مارك روته', 'كير ستارمر', 'وانغ يي'];

function makeArticle(): { title: string; paragraphs: string[] } {
  const paragraphs: string[] = [];
  let words = 0;
  while (words < WORDS) {
    const parts: string[] = [];
    for (let k = 0; k < 3; k++) {
      let s = pick(pool);
      if (rand() < 0.5) s = `${s} ${pick(CLITICS)}${pick(names)}`;
      if (rand() < 0.1) s = `${pick(ROLES)} ${pick(INVENTED)} إن ${s}`;
      parts.push(s);
    }
    const p = parts.join(' ');
    words += p.split(/\s+/).length;
    paragraphs.push(p);
  }
  return { title: pick(pool), paragraphs };
}

const t0 = performance.now();
const corpus = Array.from({ length: N }, makeArticle);
const totalWords = corpus.reduce((n, a) => n + a.paragraphs.join(' ').split(/\s+/).length, 0);
const t1 = performance.now();
// The build's setup: the linker reads context words, topic phrases match through word forms.
const lexicon = compileLexicon(loadDiscoveryLexicon());
const matcher = buildActorMatcher(actors, lexicon.link);
const topicLexicon = compileTopicLexicon(topics, buildFormIndex(loadWordForms()), loadTopicModel(), { articleFrame: true });
const t2 = performance.now();

// Wall time and this process's CPU time: on a shared machine the CPU figure is the stable one.
const time = (label: string, fn: (a: { title: string; paragraphs: string[] }) => unknown) => {
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let sink = 0;
  for (const a of corpus) sink += fn(a) ? 1 : 0;
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    `${label.padEnd(40)} wall ${(ms / 1000).toFixed(2).padStart(6)} s ${Math.round((N / ms) * 1000).toString().padStart(6)} art/s` +
      `   cpu ${(cpuMs / 1000).toFixed(2).padStart(6)} s ${Math.round((N / cpuMs) * 1000).toString().padStart(6)} art/cpu-s`,
  );
  return sink;
};

console.log(`corpus: ${N} articles, ${Math.round(totalWords / N)} words/article (generated in ${((t1 - t0) / 1000).toFixed(2)} s)`);
console.log(`dictionary: ${actors.length} actors, ${matcher.layers[0].phraseCount} phrases; topics: ${topics.length} (${topicLexicon.phrases.length} phrases); compiled in ${(t2 - t1).toFixed(0)} ms`);
time('linkActors (dictionary only)', (a) => linkActors(a.paragraphs, matcher));
time('discoverPeople (unknown people)', (a) => discoverPeople(a.paragraphs, matcher, lexicon));
time('classifyTopics', (a) => classifyTopics(a.title, a.paragraphs, topicLexicon));
time('all (link + discover + classifyTopics)', (a) => [linkActors(a.paragraphs, matcher), discoverPeople(a.paragraphs, matcher, lexicon), classifyTopics(a.title, a.paragraphs, topicLexicon)]);

// One untimed pass more: a hash of every result, per stage (equal checksums = identical outputs).
const checksum = (fn: (a: { title: string; paragraphs: string[] }) => unknown) => {
  const hash = createHash('sha256');
  for (const a of corpus) hash.update(JSON.stringify(fn(a)));
  return hash.digest('hex').slice(0, 16);
};
console.log(`checksums: linkActors ${checksum((a) => linkActors(a.paragraphs, matcher))}, discoverPeople ${checksum((a) => discoverPeople(a.paragraphs, matcher, lexicon))}, classifyTopics ${checksum((a) => classifyTopics(a.title, a.paragraphs, topicLexicon))}`);
