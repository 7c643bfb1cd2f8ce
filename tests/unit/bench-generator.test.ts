// The benchmark's synthetic corpus must be reproducible (same seed → same bytes), stable
// per page (adding pages never changes earlier ones), and look like the real raw pages.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus';
import { renderMarkdown, updateDocs, type BenchReport } from '../../scripts/bench/report';
import { runStage } from '../../scripts/bench/run-stage';
import { createContext, dateLine, generatePage } from '../../scripts/bench/generate';
import { Rng } from '../../scripts/bench/prng';
import { FALLBACK_ACTORS, FALLBACK_TOPICS } from '../../scripts/bench/vocab';
import { buildDateReader } from '../../src/lib/ingest/dates';
import { loadBoilerplate, loadSources } from '../../src/lib/data/load';
import { buildLexicon } from '../../src/lib/ingest/boilerplate';
import { extractWithEvidence } from '../../src/lib/ingest/extract';

const dict = { actors: FALLBACK_ACTORS, topics: FALLBACK_TOPICS };
const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(path.join(tmpdir(), 'bench-gen-')); dirs.push(d); return d; };
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function digestDir(dir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update('\0').update(readFileSync(path.join(dir, f))).update('\0');
  return h.digest('hex');
}

describe('bench corpus generator', () => {
  it('writes byte-identical files for the same seed, different ones for another seed', async () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    await writeCorpus(a, { seed: 's1', count: 40, dict });
    await writeCorpus(b, { seed: 's1', count: 40, dict });
    await writeCorpus(c, { seed: 's2', count: 40, dict });
    expect(readdirSync(a)).toHaveLength(40);
    expect(digestDir(a)).toBe(digestDir(b));
    expect(digestDir(a)).not.toBe(digestDir(c));
  });

  it('keeps page i the same whatever the corpus size (incremental runs add, never change)', () => {
    const ctx = createContext('s1', dict);
    const small = Array.from({ length: 5 }, (_, i) => generatePage(ctx, i));
    const again = createContext('s1', dict);
    expect(generatePage(again, 3)).toEqual(small[3]);
    expect(new Set(small.map((p) => p.name)).size).toBe(5);
    expect(small[3].name).toMatch(/^00003_[0-9a-f]{16}\.txt$/);
  });

  it('produces pages of about 700 words with the furniture of real pages', () => {
    const ctx = createContext('shape', dict);
    const pages = Array.from({ length: 200 }, (_, i) => generatePage(ctx, i));
    const mean = pages.reduce((s, p) => s + p.words, 0) / pages.length;
    expect(mean).toBeGreaterThan(550);
    expect(mean).toBeLessThan(900);
    const all = pages.map((p) => p.text).join('\n');
    for (const marker of ['التعليقات', 'كلمات دلالية:', 'المصدر:', 'إقرأ أيضاً:', 'أخبار ذات صلة', 'مقالات مشابهة', '#', 'تاريخ النشر:', 'اشترك هنا', 'كتب:', 'الوسوم:', 'اقرأ أيضا:', ' هـ', 'ملفات تعريف الارتباط']) {
      expect(all, marker).toContain(marker);
    }
    // Dictionary actors in more than one spelling, and made-up people introduced by role.
    expect(all).toContain('زيلينسكي');
    expect(all).toMatch(/فلودمير زيلينسكي|فولوديمير زيلنسكي|زيلنسكي/);
    expect(all).toMatch(/(وزير الخارجية|وزير الدفاع|رئيس الوزراء) (التركي|الفرنسي|الألماني|الإيطالي|البولندي|المجري|السويسري|القطري|الهندي|البرازيلي|الفنلندي|النمساوي) \S+ \S+/);
    // Text MDX would misread unless ingest escapes it.
    expect(all).toMatch(/[{}<>]/);
  });

  it('prints headlines that repeat their lead\'s words, so ingest takes them (not a title made from the lead)', () => {
    const lex = buildLexicon(loadBoilerplate(), loadSources());
    const ctx = createContext('headlines', dict);
    let printed = 0;
    let made = 0;
    for (let i = 0; i < 200; i++) {
      const page = generatePage(ctx, i);
      // One layout prints no headline of its own (the body comes first): a made title is right there.
      if ((page.text.split('\n').find((l) => l.trim()) ?? '').length > 100) continue;
      const run = extractWithEvidence(page.text, page.name, lex);
      if (!run.articles.length) continue;
      printed++;
      if (run.evidence[0].fields[0].rule === 'made from the lead') made++;
    }
    expect(printed).toBeGreaterThan(130);
    expect(made / printed).toBeLessThan(0.05);
  });

  it('prints dates in formats ingest parses, Arabic-Indic digits included', () => {
    const rng = new Rng('dates');
    const lines = Array.from({ length: 400 }, () => dateLine(rng)).filter((l): l is string => !!l);
    expect(lines.some((l) => /[٠-٩]/.test(l))).toBe(true);
    expect(lines.some((l) => /\d(st|nd|rd|th), [A-Z][a-z]+ \d{4}/.test(l))).toBe(true);
    const dates = buildDateReader(loadBoilerplate().dateWords);
    const unparsed = lines.filter((l) => !dates.parse(l));
    expect(unparsed).toEqual([]);
  });
});

// The stage runner and the report are what the lead reads at 10k: they must tell a failure,
// an out-of-memory and a timeout apart, and measure memory for real.
describe('bench harness', () => {
  const node = (code: string, extra: string[] = [], timeoutMs = 20_000) =>
    runStage({ name: 't', command: process.execPath, args: [...extra, '-e', code], cwd: tmpdir(), timeoutMs, logDir: tmp() });

  it('reports a failing stage with its exit code and stderr tail', async () => {
    const r = await node('console.error("boom: bad input"); process.exit(3)');
    expect(r.status).toBe('failed');
    expect(r.exitCode).toBe(3);
    expect(r.tail).toContain('boom: bad input');
  });

  it('measures the peak RSS of the process tree, children included', async () => {
    const child = 'const b = Buffer.alloc(150e6, 1); setTimeout(() => b.length, 1200)';
    const r = await node(`require("child_process").spawnSync(process.execPath, ["-e", ${JSON.stringify(child)}], { stdio: "inherit" })`);
    expect(r.status).toBe('ok');
    expect(r.peakRssBytes!).toBeGreaterThan(150e6);
    expect(r.peakProcessRssBytes!).toBeGreaterThan(150e6);
  });

  it('tells an out-of-memory crash from other failures', async () => {
    const r = await node('const a = []; for (;;) a.push({ x: Math.random() })', ['--max-old-space-size=24']);
    expect(r.status).toBe('oom');
  });

  it('stops a stage at its timeout', async () => {
    const r = await node('setTimeout(() => {}, 30000)', [], 600);
    expect(r.status).toBe('timeout');
    expect(r.wallMs!).toBeLessThan(10_000);
  });

  it('writes the table between the markers of docs/benchmarks.md and keeps the rest', async () => {
    const doc = path.join(tmp(), 'benchmarks.md');
    writeFileSync(doc, '# B\n\nintro\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n\nafter\n');
    const report: BenchReport = {
      startedAt: 'now', machine: { nproc: 2, totalMemBytes: 2 ** 33, node: 'v20', platform: 'linux', cpu: 'x' },
      params: { articles: 10, seed: 's', workdir: '/tmp/x', stages: [], dictionary: {} },
      corpus: { pages: 10, words: 7000, bytes: 1, generateMs: 5 },
      stages: { bare: { name: 'bare', status: 'oom', wallMs: 218_000, tail: 'FATAL ERROR: heap out of memory' } },
      sizes: {},
    };
    const md = renderMarkdown(report);
    expect(md).toContain('**oom**');
    expect(md).toContain('218.0 s');
    await updateDocs(doc, md);
    const text = readFileSync(doc, 'utf8');
    expect(text).toMatch(/^# B\n\nintro\n\n<!-- bench:start -->\n### 10 generated pages/);
    expect(text).not.toContain('\nold\n');
    expect(text.trimEnd().endsWith('after')).toBe(true);
  });
});
