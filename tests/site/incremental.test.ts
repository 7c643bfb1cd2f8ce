// Incremental builds (`npm run build`, scripts/build.ts): after a seeded random sequence of
// raw pages added, edited and removed, and of an article a person edits, the site built step by
// step — only the changed routes rendered each time — equals a full build of the same corpus,
// byte for byte, every file. Each step must also really be incremental (pages kept as they were)
// and build its corpus from the per-article results of the step before (.cache/corpus/, which
// the full build, --full, does not read: the comparison is also cached corpus vs fresh corpus).
// The search index is cut in shards of a few articles (SEARCH_SHARD_SIZE), so that a step
// also moves the shards it did not change from the last index (src/indexer/shardReuse.ts).
// SEED=<n> replays another sequence. Everything happens under .cache/test-incremental/, the
// builds' caches too (BUILD_CACHE_DIR), which the test empties first.
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Rng } from '../../scripts/bench/prng';

const WORK = path.resolve('.cache/test-incremental');
const RAW = path.join(WORK, 'raw');
const ARTICLES = path.join(WORK, 'articles');
const SITE = path.join(WORK, 'dist');
const FULL = path.join(WORK, 'full');
// The builds' caches (corpus, build records, search records), the test's own: a cache in the
// repository's .cache/ outlived the test and served a later run (the session-8 flake).
const CACHES = path.join(WORK, 'cache');
const SEED = process.env.SEED ?? '18';
const STEPS = 3;
const SHARD_SIZE = '4';
// The articles export in parts of 3 (src/astro/exportParts.ts): a step adds, edits and removes
// articles in some parts and not in others, dated and undated.
const PART_SIZE = '3';

// Raw pages to draw from: the bundled seeds and the ingest fixtures (some only boilerplate,
// some with embedded articles: the removals and additions then touch host pages too).
const POOL = [
  ...readdirSync('content/raw').map((f) => path.join('content/raw', f)),
  ...readdirSync('tests/fixtures/raw').filter((f) => f.endsWith('.txt')).map((f) => path.join('tests/fixtures/raw', f)),
].sort();

// Our own sentences (never text copied from a real page), naming actors the dictionary knows.
const ADDED_SENTENCES = [
  'وقال المتحدث باسم الكرملين إن موسكو مستعدة لجولة جديدة من المحادثات مع كييف في إسطنبول خلال الأسبوع المقبل.',
  'وأعلن الاتحاد الأوروبي حزمة عقوبات جديدة على روسيا تشمل قطاع الطاقة والمصارف.',
  'وأكد الرئيس الأوكراني فولوديمير زيلينسكي أن بلاده لن تتنازل عن أي جزء من أراضيها.',
];

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)],
  );
}
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function run(args: string[], outDir: string, extraEnv: NodeJS.ProcessEnv = {}): string {
  const { BASE_URL: _ignored, ...inherited } = process.env;
  const env = { ...inherited, BASE: '/', SITE: '', OUT_DIR: outDir, ARTICLES_DIR: ARTICLES, BUILD_CACHE_DIR: CACHES, ASTRO_CACHE_DIR: `${outDir}-cache`, SEARCH_SHARD_SIZE: SHARD_SIZE, EXPORT_PART_SIZE: PART_SIZE, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...extraEnv };
  const r = spawnSync('npx', args, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const log = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed (${r.status ?? r.signal}):\n${log.slice(-4000)}`);
  return log;
}

const ingest = () => run(['tsx', 'scripts/ingest.ts', '--lenient', '--input', RAW, '--output', ARTICLES, '--report', path.join(WORK, 'ingest-report.json')], SITE);
const build = (outDir: string, ...flags: string[]) => run(['tsx', 'scripts/build.ts', '--no-ingest', ...flags], outDir);

/** Inserts one of our sentences as a new line after the first long line (inside the article body). */
function editRaw(file: string, rng: Rng) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = Math.max(lines.findIndex((l) => l.trim().length > 80), 0);
  lines.splice(at + 1, 0, '', rng.pick(ADDED_SENTENCES), '');
  writeFileSync(file, lines.join('\n'));
}

/** A person's MDX edit: a word of the body in bold (ingest keeps the file from then on). */
function editArticle(file: string): boolean {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  const body = text.slice(end + 4);
  const word = body.match(/[\u0621-\u064A]{4,}/)?.[0];
  if (end < 0 || !word) return false;
  writeFileSync(file, text.slice(0, end + 4) + body.replace(word, `**${word}**`));
  return true;
}

/** One random step on the raw folder (and, now and then, on an article); returns what it did. */
function randomStep(rng: Rng, personMayEdit = true): string[] {
  const present = readdirSync(RAW).sort();
  const absent = POOL.filter((p) => !present.includes(path.basename(p)));
  const done: string[] = [];
  for (let i = rng.int(1, 3); i > 0 && absent.length; i--) {
    const p = absent.splice(rng.int(0, absent.length - 1), 1)[0];
    copyFileSync(p, path.join(RAW, path.basename(p)));
    done.push(`add ${path.basename(p)}`);
  }
  const gone = rng.pick(present);
  rmSync(path.join(RAW, gone));
  done.push(`remove ${gone}`);
  const edited = rng.pick(present.filter((f) => f !== gone));
  editRaw(path.join(RAW, edited), rng);
  done.push(`edit ${edited}`);
  if (personMayEdit && rng.chance(0.5)) {
    const articles = readdirSync(ARTICLES).filter((f) => f.endsWith('.mdx')).sort();
    const a = rng.pick(articles);
    if (editArticle(path.join(ARTICLES, a))) {
      done.push(`person edits ${a}`);
      personEdited.add(a);
    }
  }
  return done;
}

/**
 * The articles a person edited with MDX, as they are now: the content layer's only entries
 * (src/content.config.ts), which the server bundle embeds. A build must bundle again when they
 * differ from the last build's, and reuse the bundles when they do not.
 */
function markupState(): string {
  const present = new Set(readdirSync(ARTICLES));
  return JSON.stringify([...personEdited].filter((a) => present.has(a)).sort().map((a) => [a, digest(path.join(ARTICLES, a))]));
}

const personEdited = new Set<string>();
/** Each build after the first: what changed, its log, whether the articles a person edited differ from the last build's. */
const steps: { did: string[]; log: string; kept: number; total: number; markupChanged: boolean }[] = [];
let baseLog = '';
let fullLog = '';
let noChangeLog = '';
let otherCodeLog = '';
const BUNDLE_LINE = /^build: (bundles reused|bundled) \(.*\)$/m;

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(RAW, { recursive: true });
  const rng = new Rng(`incremental:${SEED}`);
  // Start: the bundled seeds and a few fixtures.
  for (const p of POOL.filter((f) => f.startsWith('content/'))) copyFileSync(p, path.join(RAW, path.basename(p)));
  const fixtures = POOL.filter((f) => !f.startsWith('content/'));
  for (let i = 0; i < 6; i++) {
    const p = fixtures.splice(rng.int(0, fixtures.length - 1), 1)[0];
    copyFileSync(p, path.join(RAW, path.basename(p)));
  }
  ingest();
  baseLog = build(SITE);
  let lastMarkup = markupState();
  // The random steps, then one without a person's edit (raw pages added, removed and edited only).
  for (let s = 0; s <= STEPS; s++) {
    const before = new Map(listFiles(SITE).filter((f) => f.startsWith('articles/')).map((f) => [f, statSync(path.join(SITE, f)).mtimeMs]));
    const did = randomStep(rng, s < STEPS);
    ingest();
    const markup = markupState();
    const log = build(SITE);
    const kept = [...before].filter(([f, t]) => statSync(path.join(SITE, f), { throwIfNoEntry: false })?.mtimeMs === t).length;
    steps.push({ did, log, kept, total: before.size, markupChanged: markup !== lastMarkup });
    lastMarkup = markup;
    console.log(`incremental step ${s + 1} (seed ${SEED}): ${did.join(', ')} → ${/build: incremental: .*/.exec(log)?.[0] ?? 'not incremental'}; ${BUNDLE_LINE.exec(log)?.[0] ?? ''}`);
  }
  // Then a build with nothing changed: it reuses the last step's bundles (scripts/build/astro-build.mjs),
  // and the site it leaves is the one compared with the full build below.
  noChangeLog = build(SITE);
  console.log(`no-change build: ${BUNDLE_LINE.exec(noChangeLog)?.[0] ?? ''}`);
  fullLog = build(FULL, '--full');
  // Other code: the driver as scripts/build.ts runs it for an update, with another global
  // fingerprint (BUILD_BUNDLE_KEY: code, data, packages, settings) and a copy of the site's saved
  // bundle, into a folder of its own. (scripts/build.ts itself makes such a build a full one.)
  const bundle = readdirSync(path.join(CACHES, 'build')).find((f) => f.endsWith('.bundle'));
  if (!bundle) throw new Error(`no saved bundle in ${path.join(CACHES, 'build')}`);
  cpSync(path.join(CACHES, 'build', bundle), path.join(WORK, 'other-code.bundle'), { recursive: true });
  otherCodeLog = run(['node', 'scripts/build/astro-build.mjs', '.'], path.join(WORK, 'other-code'), { BUILD_BUNDLE_DIR: path.join(WORK, 'other-code.bundle'), BUILD_BUNDLE_KEY: 'another global fingerprint', BUILD_BUNDLE_REUSE: '1' });
}, 2_400_000); // eight builds: 15 min were not enough for five at load ~30 on the 2 cores

/** What the corpus took from the cache: [reused, computed] (src/astro/corpus.ts logs it). */
function corpusReuse(log: string): [number, number] {
  const m = /(\d+) per-article results reused, (\d+) computed/.exec(log);
  if (!m) throw new Error(`no corpus cache line in the build log:\n${log.slice(-2000)}`);
  return [Number(m[1]), Number(m[2])];
}

describe(`incremental builds (seed ${SEED})`, () => {
  it('every step after the first is incremental and leaves unchanged pages as they were', () => {
    for (const s of steps) {
      expect(s.log, s.did.join('; ')).toMatch(/build: incremental: \d+ of \d+ routed pages rendered/);
      expect(s.kept, `${s.did.join('; ')}: article pages kept`).toBeGreaterThan(0);
      expect(s.kept, `${s.did.join('; ')}: article pages kept`).toBeLessThan(s.total);
    }
  });

  // The server bundle embeds the content layer (the articles a person edited: their data in the
  // store, their bodies compiled): a build bundles again exactly when those changed since the last
  // build, and reuses the last build's bundles otherwise (scripts/build/bundleReuse.mjs).
  it('a build reuses the last build\'s bundles unless the articles a person edited changed; other code and the full build bundle', () => {
    expect(baseLog).toMatch(/^build: full \(/m);
    expect(steps.filter((s) => s.markupChanged).length, 'steps with a person\'s edit').toBeGreaterThan(0);
    expect(steps.filter((s) => !s.markupChanged).length, 'steps without').toBeGreaterThan(0);
    for (const s of steps) {
      const line = BUNDLE_LINE.exec(s.log)?.[0];
      if (s.markupChanged) expect(line, s.did.join('; ')).toMatch(/^build: bundled \(the content layer changed since it was saved: .*data-store\.json\)$/);
      else expect(line, s.did.join('; ')).toMatch(/^build: bundles reused \(/);
    }
    expect(BUNDLE_LINE.exec(noChangeLog)?.[0]).toMatch(/^build: bundles reused \(/);
    expect(otherCodeLog).toMatch(/^build: bundled \(code, settings or Astro changed since it was saved\)$/m);
    expect(fullLog).toMatch(/^build: full \(/m);
    expect(fullLog).not.toMatch(/bundles reused/);
  });

  it('every build keeps its caches in the test\'s own folder, none in the repository\'s .cache/', () => {
    for (const log of [...steps.map((s) => s.log), fullLog]) {
      expect(/build: caches in (.*)/.exec(log)?.[1]).toBe(CACHES);
      expect(/per-article results reused, \d+ computed; .*\((.*)\)/.exec(log)?.[1]).toBe(path.join(CACHES, 'corpus'));
    }
  });

  it('each step reuses most per-article results of the corpus; the full build computes them all', () => {
    for (const s of steps) {
      const [reused, computed] = corpusReuse(s.log);
      expect(reused, s.did.join('; ')).toBeGreaterThan(computed);
    }
    expect(corpusReuse(fullLog)[0]).toBe(0);
  });

  it('each step after the first parses few article files (an unchanged file\'s parse is kept by its stamp); the full build parses all', () => {
    const files = (log: string) => {
      const m = /article files: (\d+) parsed, (\d+) unchanged since the last build/.exec(log);
      if (!m) throw new Error(`no article files line in the build log:\n${log.slice(-2000)}`);
      return { parsed: Number(m[1]), reused: Number(m[2]) };
    };
    // The first step may parse all: the base build read files ingest wrote within the 3 s margin.
    for (const s of steps.slice(1)) {
      const { parsed, reused } = files(s.log);
      expect(reused, s.did.join('; ')).toBeGreaterThan(parsed);
    }
    expect(files(fullLog).reused).toBe(0);
  });

  it('the search index is sharded, and steps write only the shards whose records changed', () => {
    const shards = (log: string) => {
      const m = /search index: \d+ articles, (\d+) shard\(s\), (\d+) written/.exec(log);
      if (!m) throw new Error(`no search index line in the build log:\n${log.slice(-2000)}`);
      return { total: Number(m[1]), written: Number(m[2]) };
    };
    const full = shards(fullLog);
    expect(full.total).toBeGreaterThan(2);
    expect(full.written).toBe(full.total);
    const perStep = steps.map((s) => shards(s.log));
    for (const s of perStep) expect(s.written).toBeGreaterThan(0); // every step changes some article
    expect(perStep.reduce((n, s) => n + s.written, 0), JSON.stringify(perStep)).toBeLessThan(perStep.reduce((n, s) => n + s.total, 0));
  });

  // Actor routes are keyed (src/lib/site/routeKeys.ts): a step makes the view only of the actors
  // whose key changed. The byte-for-byte test below is what proves the skipped pages current.
  it('each step keys the actor routes and skips some of them', () => {
    const keyed = steps.map((s) => {
      const m = /routes: \/actors\/\[id\]\/ (\d+) paths, (\d+) to render, keys/.exec(s.log);
      if (!m) throw new Error(`no keyed actor routes line in the build log (${s.did.join('; ')}):\n${s.log.slice(-2000)}`);
      return { paths: Number(m[1]), render: Number(m[2]) };
    });
    for (const k of keyed) expect(k.render).toBeLessThanOrEqual(k.paths);
    expect(keyed.reduce((n, k) => n + k.render, 0), JSON.stringify(keyed)).toBeLessThan(keyed.reduce((n, k) => n + k.paths, 0));
    expect(keyed.some((k) => k.render > 0), JSON.stringify(keyed)).toBe(true);
  });

  it('the site built step by step equals a full build of the same corpus, byte for byte', () => {
    const sequence = steps.map((s, i) => `step ${i + 1}: ${s.did.join(', ')}`).join('\n');
    const a = listFiles(SITE).sort();
    const b = listFiles(FULL).sort();
    expect(b.length).toBeGreaterThan(50);
    // The export's parts compared are several, dated and undated (PART_SIZE).
    const parts = b.filter((f) => /^data\/articles\/part-.*\.json\.br$/.test(f));
    expect(parts.filter((f) => !f.includes('undated')).length, parts.join(' ')).toBeGreaterThan(1);
    expect(parts.filter((f) => f.includes('undated')).length, parts.join(' ')).toBeGreaterThan(1);
    expect(a, sequence).toEqual(b);
    const differing = a.filter((f) => digest(path.join(SITE, f)) !== digest(path.join(FULL, f)));
    expect(differing, sequence).toEqual([]);
  });
});
