// Issue 12, «nothing silent, nothing lost»: inputs that used to be dropped or misreported with
// exit status 0 — slug collisions, kept edits reported as stale, symlinks and UTF-16 without a
// BOM, runaway pages — each named in the report with what happened to it.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadActors, loadDiscoveryLexicon } from '../lib/data/load';
import { buildActorMatcher } from '../lib/entities/matcher';
import { discoverPeople } from '../lib/entities/discover';
import { compileLexicon } from '../lib/entities/discovery-lexicon';
import { parseArticleMdx } from '../lib/ingest/mdx';
import { ingestDirectory, MAX_EMBEDDED_PER_PAGE, reportMessages, summaryLine } from './run';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = path.join(ROOT, 'content/raw');
const HOSTILE = path.join(ROOT, 'tests/fixtures/hostile');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-bad-'));
  dirs.push(root);
  const input = path.join(root, 'raw');
  cpSync(SEEDS, input, { recursive: true });
  return { root, input, opts: { input, output: path.join(root, 'out'), reportPath: path.join(root, '.cache/report.json') } };
}

/** A page of our own, unlike every seed (a copy of a seed would be a duplicate). */
const OTHER_PAGE = 'وفد أوروبي يزور كييف لبحث الضمانات الأمنية\n\nقال مسؤول أوروبي إن وفدا من الاتحاد سيصل إلى كييف الأسبوع المقبل لبحث الضمانات الأمنية. وأضاف أن الزيارة تأتي بعد اتصالات مكثفة مع واشنطن.\n\nوأوضح أن الوفد سيلتقي الرئيس الأوكراني ووزير خارجيته لبحث ملف إعادة الإعمار.\n';

const articleFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
const rawOf = (dir: string, slug: string) => parseArticleMdx(readFileSync(path.join(dir, `${slug}.mdx`), 'utf8'), slug).frontmatter.raw;

describe('slugs are unique across a run', () => {
  it('a file named like an embedded article keeps its article, and the embedded one is renamed, on every run', async () => {
    const { input, opts } = workspace();
    // 000_…'s page embeds one article, «000-f1015a2331e42f8d-e1»: a file with that very name.
    writeFileSync(path.join(input, '000-f1015a2331e42f8d-e1.txt'), OTHER_PAGE);
    for (let run = 1; run <= 2; run++) {
      const report = await ingestDirectory(opts);
      const files = articleFiles(opts.output);
      // 10 seed articles + the new file's: none overwritten, the count in the report is the count on disk.
      expect(files, `run ${run}`).toHaveLength(11);
      expect(report.totals.articles, `run ${run}`).toBe(11);
      const slugs = report.files.flatMap((f) => f.slugs);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(rawOf(opts.output, '000-f1015a2331e42f8d-e1')).toBe('000-f1015a2331e42f8d-e1.txt');
      const host = report.files.find((f) => f.file === '000_f1015a2331e42f8d.txt')!;
      expect(host.slugs[1]).toMatch(/^000-f1015a2331e42f8d-e1-[0-9a-f]{8}$/);
      expect(rawOf(opts.output, host.slugs[1])).toBe('000_f1015a2331e42f8d.txt');
      expect(report.collisions).toEqual([{ slug: '000-f1015a2331e42f8d-e1', keptBy: '000-f1015a2331e42f8d-e1.txt', file: '000_f1015a2331e42f8d.txt', renamedTo: host.slugs[1] }]);
      expect(reportMessages(report)).toContain(`slug collision: «000-f1015a2331e42f8d-e1» belongs to 000-f1015a2331e42f8d-e1.txt; the article from 000_f1015a2331e42f8d.txt is written as ${host.slugs[1]}.mdx`);
      expect(summaryLine(report)).toMatch(/, 1 slug collisions$/);
    }
  });

  it('a file whose slug is the article list\'s own «page» is renamed, not served over the pagination', async () => {
    const { input, opts } = workspace();
    writeFileSync(path.join(input, 'Page.txt'), OTHER_PAGE);
    const report = await ingestDirectory(opts);
    const page = report.files.find((f) => f.file === 'Page.txt')!;
    expect(page.slugs[0]).toMatch(/^page-[0-9a-f]{8}$/);
    expect(report.collisions).toEqual([{ slug: 'page', keptBy: 'reserved', file: 'Page.txt', renamedTo: page.slugs[0] }]);
  });
});

describe('kept edits', () => {
  it('an edited article is «kept because edited» on every later build, and the count stays right', async () => {
    const { opts } = workspace();
    await ingestDirectory(opts);
    const file = path.join(opts.output, '002-991ebc19782e432f.mdx');
    const edited = `${readFileSync(file, 'utf8')}\nفقرة أضافها محرر بعد المراجعة.\n`;
    writeFileSync(file, edited);
    for (let run = 1; run <= 3; run++) {
      const report = await ingestDirectory(opts);
      expect(report.totals.articles, `run ${run}`).toBe(10);
      expect(report.keptEdited, `run ${run}`).toEqual([{ slug: '002-991ebc19782e432f', file: '002_991ebc19782e432f.txt', reason: 'changed-by-ingest' }]);
      expect(reportMessages(report)).toEqual(['kept because edited: 002-991ebc19782e432f.mdx — ingest would have changed it']);
      expect(readFileSync(file, 'utf8')).toBe(edited);
    }
  });
});

describe('files that are not read are named', () => {
  it('a symlink out of the input folder is never followed, and is named with the reason', async () => {
    const { root, input, opts } = workspace();
    const outside = path.join(root, 'outside.txt');
    writeFileSync(outside, readFileSync(path.join(SEEDS, '002_991ebc19782e432f.txt')));
    symlinkSync(outside, path.join(input, 'link-out.txt'));
    const report = await ingestDirectory(opts);
    expect(report.files.find((f) => f.file === 'link-out.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/symbolic link.*outside/) });
    expect(reportMessages(report)).toContain(`rejected: link-out.txt: symbolic link to ${outside}, outside the input folder: not followed`);
    expect(report.totals.pages).toBe(6);
    expect(report.exitCode).toBe(1);
  });

  it('a symlink to a page inside the folder is read like that page (here: a duplicate)', async () => {
    const { input, opts } = workspace();
    symlinkSync('002_991ebc19782e432f.txt', path.join(input, 'zz-link.txt'));
    const report = await ingestDirectory(opts);
    expect(report.files.find((f) => f.file === 'zz-link.txt')).toMatchObject({ status: 'duplicate', duplicateOf: '002_991ebc19782e432f.txt' });
  });

  it('a folder inside the input folder is named, not skipped', async () => {
    const { input, opts } = workspace();
    mkdirSync(path.join(input, 'archive'));
    const report = await ingestDirectory(opts);
    expect(report.files.find((f) => f.file === 'archive')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/folder/) });
  });

  it('UTF-16 without a BOM is read (little- and big-endian), not called binary', async () => {
    const { input, opts } = workspace();
    for (const f of ['utf16le-no-bom.txt', 'utf16be-no-bom.txt']) cpSync(path.join(HOSTILE, f), path.join(input, f));
    const report = await ingestDirectory(opts);
    for (const f of ['utf16le-no-bom.txt', 'utf16be-no-bom.txt']) {
      const r = report.files.find((x) => x.file === f)!;
      expect(r.status === 'ok' || r.status === 'duplicate', `${f}: ${r.reason}`).toBe(true);
    }
    // The same text in both byte orders: the second by name is its duplicate.
    expect(report.files.find((x) => x.file === 'utf16le-no-bom.txt')).toMatchObject({ status: 'duplicate', duplicateOf: 'utf16be-no-bom.txt' });
    const slug = report.files.find((x) => x.file === 'utf16be-no-bom.txt')!.slugs[0];
    expect(readFileSync(path.join(opts.output, `${slug}.mdx`), 'utf8')).toContain('الكرملين: جولة جديدة من المحادثات الفنية مع كييف');
  });
});

/** A page of our own with `n` numbered «اقرأ أيضاً» sections, each a full embedded article. */
function runawayPage(n: number): string {
  const sections = Array.from({ length: n }, (_, i) => `اقرأ أيضاً\n\nمفاوضات جديدة حول الأسرى في الجولة رقم ${i + 1}\n\nقال المتحدث رقم ${i + 1} إن الوفدين اتفقا على تبادل قوائم جديدة. وأضاف أن الجولة المقبلة ستعقد في إسطنبول قريبا.\n`);
  return `${OTHER_PAGE}\n${sections.join('\n')}`;
}

describe('runaway pages', () => {
  it('the numbering of a runaway page invents no person «رقم»', async () => {
    const { input, opts } = workspace();
    writeFileSync(path.join(input, 'runaway.txt'), runawayPage(30));
    const report = await ingestDirectory(opts);
    const slugs = report.files.find((f) => f.file === 'runaway.txt')!.slugs;
    const matcher = buildActorMatcher(loadActors());
    const lexicon = compileLexicon(loadDiscoveryLexicon());
    const names = slugs.flatMap((slug) => {
      const { paragraphs } = parseArticleMdx(readFileSync(path.join(opts.output, `${slug}.mdx`), 'utf8'), slug);
      return discoverPeople(paragraphs, matcher, lexicon).map((c) => c.name);
    });
    expect(names.filter((n) => /رقم/.test(n))).toEqual([]);
  });

  it('a page with 500 «اقرأ أيضاً» sections yields the main article and at most the cap, and is named', async () => {
    const { input, opts } = workspace();
    writeFileSync(path.join(input, 'runaway.txt'), runawayPage(500));
    const report = await ingestDirectory(opts);
    const runaway = report.files.find((f) => f.file === 'runaway.txt')!;
    expect(runaway.slugs).toHaveLength(1 + MAX_EMBEDDED_PER_PAGE);
    expect(runaway.capped).toEqual({ found: 500, kept: MAX_EMBEDDED_PER_PAGE });
    expect(report.capped).toEqual([{ file: 'runaway.txt', found: 500, kept: MAX_EMBEDDED_PER_PAGE }]);
    expect(reportMessages(report)).toContain(`capped: runaway.txt: 500 embedded articles, only the first ${MAX_EMBEDDED_PER_PAGE} kept`);
  });
});

describe('prose that starts with «# »', () => {
  it('is kept as a paragraph (escaped), while «#tag» lines stay tags', async () => {
    const { input, opts } = workspace();
    cpSync(path.join(HOSTILE, 'hash-prose.txt'), path.join(input, 'hash-prose.txt'));
    const report = await ingestDirectory(opts);
    const [slug] = report.files.find((f) => f.file === 'hash-prose.txt')!.slugs;
    const text = readFileSync(path.join(opts.output, `${slug}.mdx`), 'utf8');
    expect(text).toContain('\n\\# هذا السطر يبدأ بعلامة المربع لكنه جزء من النص\n');
    const parsed = parseArticleMdx(text, slug);
    expect(parsed.paragraphs).toContain('# هذا السطر يبدأ بعلامة المربع لكنه جزء من النص');
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.frontmatter.tags).toEqual(['أوروبا', 'روسيا']);
  });
});
