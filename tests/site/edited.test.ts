// Articles a person edited with MDX markup: the build compiles just those (emphasis, links,
// headings, lists, <Note>), numbers their blocks like plain articles, links their actors
// from the text, and an edit that would not compile is shown as text, named in the build
// log, without stopping the build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { BrowserContext } from 'playwright-core';
import { serveStatic } from './server';
import { readArticleExport } from '../../src/indexer/read';
import { astroBuild } from './build';
import { launchBrowser, SCREENSHOT_DIR } from './browser';

const WORK = path.resolve('.cache/test-edited');
const ARTICLES = path.join(WORK, 'articles');
const SITE = path.join(WORK, 'dist');
const FIXTURES = 'tests/fixtures/edited';

let log = '';
let server: Server;
let siteUrl: string;
let browser: BrowserContext;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(ARTICLES, { recursive: true });
  for (const dir of ['content/articles', FIXTURES]) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) copyFileSync(path.join(dir, f), path.join(ARTICLES, f));
  }
  log = astroBuild({ articlesDir: ARTICLES, outDir: SITE });
  ({ server, url: siteUrl } = await serveStatic(SITE, '/'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const articleJson = () => readArticleExport(SITE);

describe('an article edited with MDX markup', () => {
  it('renders the markup and the component, with p-N ids on every block', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('articles/edited-markup/', siteUrl).href);
    const body = page.locator('.article-body--mdx');
    await expect(body.locator('#p-1 strong').textContent()).resolves.toBe('سيرغي لافروف');
    await expect(body.locator('#p-1 a[href="https://example.org/talks"]').textContent()).resolves.toBe('المحادثات مع واشنطن');
    await expect(body.locator('h2#p-2').textContent()).resolves.toBe('خلفية');
    await expect(body.locator('ul#p-3 li').count()).resolves.toBe(2);
    await expect(body.locator('#p-4[role="note"]').textContent()).resolves.toContain('صُحح تاريخ هذا المقال');
    await expect(body.locator('blockquote#p-5').textContent()).resolves.toContain('لن نقبل بضمانات أمنية');
    const text = await body.textContent();
    for (const mark of ['**', '](', '{/*', '<Note', '## ']) expect(text).not.toContain(mark);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'article-edited-mdx-phone.png'), fullPage: true });
    await page.close();
  });

  it('links its actors and counts its blocks from the text, as the page shows them', () => {
    const a = articleJson().find((x) => x.slug === 'edited-markup');
    expect(a?.paragraphs).toHaveLength(5);
    expect(a?.paragraphs[0]).toBe('قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مع واشنطن مستمرة رغم الخلافات.');
    expect(a?.paragraphs[1]).toBe('خلفية');
    const ids = a?.actors.map((x) => x.id) ?? [];
    for (const id of ['sergey-lavrov', 'vladimir-putin', 'donald-trump', 'volodymyr-zelensky']) expect(ids).toContain(id);
  });
});

describe('overrides naming unknown ids', () => {
  it('are errors in the build log naming file, field and id (with the closest id); the article is built without them', async () => {
    expect(log).toMatch(/edited-bad-overrides\.mdx: topics\.add: unknown id «no-such-topic»; the article is built without it/);
    expect(log).toMatch(/edited-bad-overrides\.mdx: topics\.add: unknown id «ceasfire» \(did you mean ceasefire\?\)/);
    expect(log).toMatch(/edited-bad-overrides\.mdx: actors\.add: unknown id «vladimir-putn» \(did you mean vladimir-putin\?\)/);
    const a = readArticleExport(SITE).find((x) => x.slug === 'edited-bad-overrides')!;
    expect(a.topics.map((t: { id: string }) => t.id)).toContain('summit');
    expect(a.topics.map((t: { id: string }) => t.id)).not.toContain('no-such-topic');
    expect(a.actors.map((x: { id: string }) => x.id)).toContain('volodymyr-zelensky');
    // No link to a page that does not exist.
    const html = readFileSync(path.join(SITE, 'articles/edited-bad-overrides/index.html'), 'utf8');
    expect(html).not.toContain('/topics/no-such-topic/');
    expect(html).not.toContain('/topics/ceasfire/');
  });
});

describe('edits that would not compile', () => {
  it('are named in the build log and shown as text; the rest of the site builds', async () => {
    expect(log).toMatch(/edited-broken\.mdx: MDX not rendered, shown as text/);
    expect(log).toMatch(/edited-unknown-component\.mdx: MDX not rendered, shown as text: unknown component <Chart>/);
    const page = await browser.newPage();
    await page.goto(new URL('articles/edited-broken/', siteUrl).href);
    await expect(page.locator('#p-1').textContent()).resolves.toContain('أكد الكرملين أن المحادثات ستستمر.');
    await expect(page.locator('.article-body--mdx').count()).resolves.toBe(0);
    await page.goto(new URL('articles/edited-unknown-component/', siteUrl).href);
    await expect(page.locator('#p-1').textContent()).resolves.toContain('قالت الخارجية الأوكرانية إن المفاوضات لم تبدأ بعد.');
    await page.close();
    // Every bundled article still has its page.
    for (const f of readdirSync('content/articles')) {
      expect(readdirSync(path.join(SITE, 'articles'))).toContain(f.replace(/\.mdx$/, ''));
    }
  });
});
