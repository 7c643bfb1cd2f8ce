// ingestDirectory and the CLI on temporary directories: idempotency, edited files kept,
// rejections named while the rest is written, duplicates, raw files untouched, incremental reuse,
// stale removal, and hostile pages generated at test time.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleMdx } from '../lib/ingest/mdx';
import { ingestDirectory } from './run';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = path.join(ROOT, 'content/raw');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace(withSeeds = true) {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-'));
  dirs.push(root);
  const input = path.join(root, 'raw');
  if (withSeeds) cpSync(SEEDS, input, { recursive: true });
  else cpSync(SEEDS, input, { recursive: true, filter: (s) => !s.endsWith('.txt') });
  const opts = { input, output: path.join(root, 'out'), reportPath: path.join(root, '.cache/report.json') };
  const snapshot = () => Object.fromEntries(readdirSync(opts.output).sort().map((f) => {
    const p = path.join(opts.output, f);
    return [f, { text: readFileSync(p, 'utf8'), mtime: statSync(p).mtimeMs }];
  }));
  return { root, input, opts, snapshot };
}

const GOOD = 'عنوان خبر تجريبي عن روسيا\nقال المتحدث إن المحادثات مستمرة منذ أسابيع بين الطرفين.\nوأضاف أن جولة جديدة ستعقد الشهر المقبل في جنيف.\n';

describe('ingestDirectory', () => {
  it('writes every seed article, then changes nothing on a second run', async () => {
    const { opts, snapshot } = workspace();
    const first = await ingestDirectory(opts);
    expect(first.totals).toMatchObject({ pages: 5, articles: 10, written: 10, rejected: 0 });
    expect(first.exitCode).toBe(0);
    const before = snapshot();
    await new Promise((r) => setTimeout(r, 20));
    const second = await ingestDirectory(opts);
    expect(second.totals).toMatchObject({ pages: 5, articles: 10, written: 0, reused: 5 });
    expect(snapshot()).toEqual(before); // byte-identical, not even rewritten (same mtimes)
    // Without the incremental state, re-extraction still writes nothing.
    rmSync(path.join(path.dirname(opts.reportPath), 'ingest-state.json'));
    const third = await ingestDirectory(opts);
    expect(third.totals).toMatchObject({ written: 0, unchanged: 10, reused: 0 });
    expect(snapshot()).toEqual(before);
    const report = JSON.parse(readFileSync(opts.reportPath, 'utf8'));
    expect(report.files[0]).toMatchObject({ file: '000_f1015a2331e42f8d.txt', status: 'ok', slugs: ['000-f1015a2331e42f8d', '000-f1015a2331e42f8d-e1'] });
  });

  it('reuses a copied project by content: the copy\'s stamps differ, its pages are not extracted again', async () => {
    const { root, opts } = workspace();
    await ingestDirectory(opts);
    // Another folder (a copy, a move, a clone with its .cache/): every file gets a new stamp.
    const copy = mkdtempSync(path.join(tmpdir(), 'ingest-copy-'));
    dirs.push(copy);
    cpSync(root, copy, { recursive: true });
    const moved = (p: string) => path.join(copy, path.relative(root, p));
    const copied = { input: moved(opts.input), output: moved(opts.output), reportPath: moved(opts.reportPath) };
    const changed = '003_2a010a7cc3af768e.txt';
    writeFileSync(path.join(copied.input, changed), `${readFileSync(path.join(copied.input, changed), 'utf8')}\nكلمات دلالية: لافروف، تركيا\n`);
    const before = readFileSync(path.join(copied.output, '000-f1015a2331e42f8d.mdx'), 'utf8');
    const report = await ingestDirectory(copied);
    expect(report.totals).toMatchObject({ pages: 5, reused: 4, written: 1 });
    expect(report.files.find((f) => f.file === changed)?.status).toBe('ok');
    expect(readFileSync(path.join(copied.output, '000-f1015a2331e42f8d.mdx'), 'utf8')).toBe(before);
    // A generated article changed in the copy is read, not trusted: its page is extracted again and the article restored.
    const article = path.join(copied.output, '000-f1015a2331e42f8d.mdx');
    writeFileSync(article, before.replace('title: ', 'title: x'));
    const state = path.join(path.dirname(copied.reportPath), 'ingest-state.json');
    const saved = JSON.parse(readFileSync(state, 'utf8'));
    writeFileSync(state, JSON.stringify({ ...saved, output: opts.output })); // as if made in the first folder
    const again = await ingestDirectory(copied);
    expect(again.totals).toMatchObject({ reused: 4 });
    expect(again.files.find((f) => f.file === '000_f1015a2331e42f8d.txt')?.status).toBe('ok');
  });

  it('never modifies raw files', async () => {
    const { input, opts } = workspace();
    const stamp = () => readdirSync(input).map((f) => [f, readFileSync(path.join(input, f)).toString('base64'), statSync(path.join(input, f)).mtimeMs]);
    const before = stamp();
    await ingestDirectory(opts);
    await ingestDirectory(opts);
    expect(stamp()).toEqual(before);
  });

  it('keeps an article a person edited, and says so', async () => {
    const { opts, input } = workspace();
    await ingestDirectory(opts);
    const file = path.join(opts.output, '003-2a010a7cc3af768e.mdx');
    const edited = readFileSync(file, 'utf8').replace('title: ', 'title: معدل ') + '\nفقرة أضافها محرر.\n';
    writeFileSync(file, edited);
    // Change the raw page so ingest would rewrite the article.
    writeFileSync(path.join(input, '003_2a010a7cc3af768e.txt'), readFileSync(path.join(input, '003_2a010a7cc3af768e.txt'), 'utf8') + '\nكلمات دلالية: لافروف، تركيا\n');
    const report = await ingestDirectory(opts);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(report.keptEdited).toEqual([{ slug: '003-2a010a7cc3af768e', file: '003_2a010a7cc3af768e.txt', reason: 'changed-by-ingest' }]);
    expect(report.totals.keptEdited).toBe(1);
    // Removing its raw page removes generated siblings but keeps the edited one.
    rmSync(path.join(input, '003_2a010a7cc3af768e.txt'));
    rmSync(path.join(input, '004_368a8c03f50cd1ac.txt'));
    const after = await ingestDirectory(opts);
    expect(after.removed).toEqual(['004-368a8c03f50cd1ac-e1', '004-368a8c03f50cd1ac-e2', '004-368a8c03f50cd1ac-e3', '004-368a8c03f50cd1ac']);
    expect(after.keptEdited).toEqual([{ slug: '003-2a010a7cc3af768e', file: '003_2a010a7cc3af768e.txt', reason: 'stale' }]);
    expect(readdirSync(opts.output)).toContain('003-2a010a7cc3af768e.mdx');
  });

  it('rejects hostile pages by name and still writes the rest', async () => {
    const { input, opts } = workspace(false);
    const put = (name: string, data: string | Buffer) => writeFileSync(path.join(input, name), data);
    put('good.txt', GOOD);
    put('bad-utf8.txt', Buffer.concat([Buffer.from(GOOD), Buffer.from([0xc3, 0x28, 0xff])]));
    put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD.replace('روسيا', 'أوكرانيا'), 'utf16le')]));
    put('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    put('empty.txt', '  \n\n ');
    put('english.txt', 'Only English text. Nothing else here.\n');
    put('boiler.txt', 'الرئيسية\nشارك\nتابعنا\nجميع الحقوق محفوظة\n');
    put('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'ب'));
    put('zz copy.txt', GOOD.replace(/\n/g, '\n\n'));
    put('خبر لافروف 1.txt', `${'عنوان '.repeat(400)}\n{process.exit(1)}\n<script>alert(1)</script> قال المتحدث إن الوضع هادئ.\n<img src=x onerror=alert(1)> وأضاف أن الاجتماع انتهى.\nimport x from "y" ثم قال كلاما آخر طويلا هنا.\nexport const a = 1; وتابع حديثه هنا.\n---\n\`\`\` كود وكلام \`x\` هنا أيضا.\nالتقى سيبي\u200dغا نظيره\u202e الفرنسي في باريس.\n`);
    const report = await ingestDirectory(opts);
    const by = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(by['bad-utf8.txt']).toMatchObject({ status: 'rejected', reason: 'not valid UTF-8' });
    expect(by['binary.txt']).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/binary/) });
    expect(by['empty.txt']).toMatchObject({ status: 'rejected', reason: 'empty or whitespace-only' });
    expect(by['english.txt']).toMatchObject({ status: 'rejected', reason: 'no Arabic text' });
    expect(by['boiler.txt']).toMatchObject({ status: 'rejected', reason: 'only boilerplate (no article found)' });
    expect(by['huge.txt']).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/too large/) });
    expect(by['zz copy.txt']).toMatchObject({ status: 'duplicate', duplicateOf: 'good.txt' });
    expect(by['good.txt'].status).toBe('ok');
    expect(by['utf16.txt'].status).toBe('ok');
    expect(report.exitCode).toBe(1);
    expect(report.totals.rejected).toBe(6);
    const hostile = by['خبر لافروف 1.txt'];
    expect(hostile.status).toBe('ok');
    expect(hostile.slugs[0]).toMatch(/^1-[0-9a-f]{8}$/);
    const text = readFileSync(path.join(opts.output, `${hostile.slugs[0]}.mdx`), 'utf8');
    const { frontmatter, paragraphs } = parseArticleMdx(text, 'h.mdx');
    expect(frontmatter.title.length).toBeLessThanOrEqual(201);
    expect(frontmatter.title.endsWith('…')).toBe(true);
    expect(paragraphs.join('\n')).toContain('<script>alert(1)</script>');
    expect(paragraphs.join('\n')).toContain('سيبيغا');
    expect(text).not.toMatch(/[\u200B-\u200F\u202A-\u202E]/);
    expect(text).not.toMatch(/^(import|export) /m);
    expect(text).not.toMatch(/(?<!\\)[<{]/);
    expect(readdirSync(opts.output).sort()).toEqual([`${hostile.slugs[0]}.mdx`, 'good.mdx', 'utf16.mdx']);
    const lenient = await ingestDirectory({ ...opts, lenient: true });
    expect(lenient.exitCode).toBe(0);
  });
});

describe('CLI scripts/ingest.ts', () => {
  const run = promisify(execFile);
  it('names rejected files on stderr, exits non-zero, and 0 with --lenient', async () => {
    const { input, root } = workspace(false);
    writeFileSync(path.join(input, 'good.txt'), GOOD);
    writeFileSync(path.join(input, 'empty.txt'), '');
    const args = ['tsx', path.join(ROOT, 'scripts/ingest.ts'), '--input', input, '--output', path.join(root, 'out'), '--report', path.join(root, 'r.json')];
    const failed = await run('npx', args, { cwd: ROOT }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('rejected: empty.txt: empty or whitespace-only');
    expect(failed.stdout).toMatch(/ingest: 2 pages read, 1 articles \(1 written, 0 unchanged\).*1 rejected/);
    const ok = await run('npx', [...args, '--lenient'], { cwd: ROOT });
    expect(ok.stdout).toMatch(/1 pages reused/);
    expect(JSON.parse(readFileSync(path.join(root, 'r.json'), 'utf8')).totals.rejected).toBe(1);
  }, 90_000); // two CLI runs (tsx start-up each): slow on a loaded machine
});
