// Hostile input end to end: a batch of broken and malicious raw pages beside the real seeds.
// Ingest names every bad file with its reason, the good articles come out byte-identical,
// the site still builds, no script from the input runs in Chromium, and no raw file changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Server } from 'node:http';
import type { BrowserContext } from 'playwright-core';
import { ingestDirectory, type IngestReport } from '../../src/ingest/run';
import { serveStatic } from './server';
import { astroBuild, seedsWith } from './build';
import { launchBrowser, SCREENSHOT_DIR } from './browser';

const WORK = path.resolve('.cache/test-hostile');
const INPUT = path.join(WORK, 'raw');
const OUTPUT = path.join(WORK, 'articles');
const SITE = path.join(WORK, 'dist');
const HOSTILE = 'tests/fixtures/hostile';

const fingerprint = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir).map((f) => {
      const p = path.join(dir, f);
      return [f, `${createHash('sha256').update(readFileSync(p)).digest('hex')}:${statSync(p).mtimeMs}`];
    }),
  );

let report: IngestReport;
let before: Record<string, string>;
let server: Server;
let siteUrl: string;
let browser: BrowserContext;

beforeAll(async () => {
  seedsWith(WORK, INPUT, readdirSync(HOSTILE).map((f) => [path.join(HOSTILE, f), f]));
  // 20 MB of Arabic text: generated here rather than committed.
  writeFileSync(path.join(INPUT, 'huge-20mb.txt'), Buffer.alloc(20 * 1024 * 1024, 'خبر '));
  before = fingerprint(INPUT);
  report = await ingestDirectory({ input: INPUT, output: OUTPUT, reportPath: path.join(WORK, 'report.json') });
  astroBuild({ articlesDir: OUTPUT, outDir: SITE });
  ({ server, url: siteUrl } = await serveStatic(SITE, '/'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const fileReport = (name: string) => {
  const r = report.files.find((f) => f.file === name);
  if (!r) throw new Error(`no report for ${name}`);
  return r;
};

describe('hostile raw pages', () => {
  it('names each bad file with its reason and exits non-zero', () => {
    expect(fileReport('invalid-utf8.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/UTF-8/) });
    expect(fileReport('binary.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/binary/) });
    expect(fileReport('empty.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/empty/) });
    expect(fileReport('no-arabic.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/Arabic/) });
    expect(fileReport('only-boilerplate.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/boilerplate/) });
    expect(fileReport('huge-20mb.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/too large/) });
    expect(fileReport('same-article-b.txt')).toMatchObject({ status: 'duplicate', duplicateOf: 'same-article-a.txt' });
    // The same text in both UTF-16 byte orders, without a BOM: read, so the second is a duplicate.
    expect(fileReport('utf16le-no-bom.txt')).toMatchObject({ status: 'duplicate', duplicateOf: 'utf16be-no-bom.txt' });
    expect(report.exitCode).not.toBe(0);
  });

  it('ingests the odd but valid pages safely', () => {
    for (const f of ['utf16-bom.txt', 'utf16be-no-bom.txt', 'hash-prose.txt', 'mdx-hazards.txt', 'bidi-override.txt', 'zero-width-names.txt', 'long-title.txt', 'same-article-a.txt', 'خبر عاجل من موسكو 2025.txt']) {
      expect(fileReport(f).status, f).toBe('ok');
      for (const slug of fileReport(f).slugs) expect(slug).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('loses and changes no good article: the seeds come out byte-identical to the bundled ones', () => {
    for (const f of readdirSync('content/articles')) {
      expect(readFileSync(path.join(OUTPUT, f), 'utf8'), f).toBe(readFileSync(path.join('content/articles', f), 'utf8'));
    }
  });

  it('never modifies a raw file', () => {
    expect(fingerprint(INPUT)).toEqual(before);
  });

  it('builds a site where no script from the input runs', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const slugs = ['mdx-hazards.txt', 'bidi-override.txt', 'zero-width-names.txt', 'long-title.txt'].flatMap((f) => fileReport(f).slugs);
    for (const slug of slugs) {
      await page.goto(`${siteUrl}articles/${slug}/`);
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('main img[src="x"], main a[href^="javascript:"]').count()).toBe(0);
    }
    const hazards = fileReport('mdx-hazards.txt').slugs[0];
    await page.goto(`${siteUrl}articles/${hazards}/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('<script>window.__pwned = 1;');
    expect(text).toContain('{process.exit(1)}');
    expect(text).toContain('import fs from "node:fs"');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'hostile-article.png'), fullPage: true });
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('strips bidi overrides and zero-width characters, so names still link', async () => {
    const slug = fileReport('zero-width-names.txt').slugs[0];
    const html = readFileSync(path.join(SITE, 'articles', slug, 'index.html'), 'utf8');
    expect(html).not.toMatch(/[\u200B-\u200D\u202A-\u202E\u2060]/);
    expect(html).toContain('/actors/vladimir-putin/');
    const bidi = readFileSync(path.join(SITE, 'articles', fileReport('bidi-override.txt').slugs[0], 'index.html'), 'utf8');
    expect(bidi).not.toMatch(/[\u202A-\u202E]/);
  });
});
