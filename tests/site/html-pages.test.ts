// A mixed raw folder (the .txt seeds beside saved web pages: WordPress with JSON-LD, a custom
// CMS with embedded related articles, an old windows-1256 .htm page) through ingest and the
// site build: the HTML article's page shows the page's own metadata and links back to it
// («المصدر الأصلي»), its JSON-LD says isBasedOn, and the exports carry url_original.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import type { BrowserContext } from 'playwright-core';
import { ingestDirectory, type IngestReport } from '../../src/ingest/run';
import { readArticleExport } from '../../src/indexer/read';
import { serveStatic } from './server';
import { astroBuild, seedsWith } from './build';
import { launchBrowser, SCREENSHOT_DIR } from './browser';

const WORK = path.resolve('.cache/test-html-pages');
const INPUT = path.join(WORK, 'raw');
const OUTPUT = path.join(WORK, 'articles');
const SITE = path.join(WORK, 'dist');
const FIXTURES = 'tests/fixtures/html';
const PAGES: Record<string, string> = {
  'h01-wordpress-yoast-graph.html': 'h01-wordpress-yoast-graph.html',
  'h05-custom-embedded-related.html': 'h05-custom-embedded-related.html',
  'h08-windows1256-table.html': 'h08-old-site.htm',
};
const H01 = 'h01-wordpress-yoast-graph';
const H01_URL = 'https://alrafed-news.example/2025/02/18/turkish-fm-ukraine-talks/';

let report: IngestReport;
let server: Server;
let siteUrl: string;
let browser: BrowserContext;

beforeAll(async () => {
  seedsWith(WORK, INPUT, Object.entries(PAGES).map(([from, to]) => [path.join(FIXTURES, from), to]));
  report = await ingestDirectory({ input: INPUT, output: OUTPUT, reportPath: path.join(WORK, 'report.json') });
  astroBuild({ articlesDir: OUTPUT, outDir: SITE });
  ({ server, url: siteUrl } = await serveStatic(SITE, '/'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const built = (slug: string) => readFileSync(path.join(SITE, 'articles', slug, 'index.html'), 'utf8');

describe('a mixed folder of .txt and .html pages', () => {
  it('ingests every page of both kinds', () => {
    expect(report.totals).toMatchObject({ pages: 8, rejected: 0 });
    expect(report.files.map((f) => [f.file, f.slugs.length])).toEqual(expect.arrayContaining([
      ['h01-wordpress-yoast-graph.html', 1], ['h05-custom-embedded-related.html', 3], ['h08-old-site.htm', 1], ['000_f1015a2331e42f8d.txt', 2],
    ]));
  });

  it('the HTML article page shows its title, date, outlet, author, section and a «المصدر الأصلي» link', () => {
    const html = built(H01);
    expect(html).toContain('وزير الخارجية التركي يبحث مع نظيره الأوكراني استئناف مفاوضات إسطنبول</h1>');
    expect(html).toContain('datetime="2025-02-18"');
    expect(html).toContain('الرافد نيوز');
    expect(html).toMatch(new RegExp(`<a class="original-link" href="${H01_URL}" rel="external nofollow noopener"[^>]*>المصدر الأصلي</a>`));
    const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));
    expect(ld.find((x) => x['@type'] === 'NewsArticle')).toMatchObject({ isBasedOn: H01_URL, datePublished: '2025-02-18', publisher: { name: 'الرافد نيوز' }, author: { name: 'سامر الحلبي' }, articleSection: 'أخبار عربية ودولية' });
    // The byline and section the page states are shown with the other metadata.
    expect(html).toContain('الكاتب: <bdi>سامر الحلبي</bdi>');
    expect(html).toContain('القسم: <bdi>أخبار عربية ودولية</bdi>');
    // The page's clutter never reaches the article.
    expect(html).not.toMatch(/ملفات تعريف الارتباط|اترك تعليقاً|النشرة البريدية/);
  });

  it('a .txt article has no «المصدر الأصلي» link; the windows-1256 page reads as Arabic', () => {
    expect(built('001-5779251ae6578792')).not.toContain('المصدر الأصلي');
    expect(built('h08-old-site')).toContain('البرلمان الأوروبي يطالب بمحاكمة دولية لمسؤولين عن ترحيل أطفال أوكرانيين');
  });

  it('embedded related articles get their own pages, linked to the host', () => {
    expect(built('h05-custom-embedded-related-e1')).toContain('نُشر هذا المقال ضمن صفحة');
    expect(built('h05-custom-embedded-related')).toContain('/articles/h05-custom-embedded-related-e1/');
  });

  it('the exports carry url_original', () => {
    const rows = readArticleExport(SITE);
    expect(rows.find((r) => r.slug === H01)?.url_original).toBe(H01_URL);
    expect(rows.find((r) => r.slug === '001-5779251ae6578792')?.url_original).toBeNull();
    const csv = gunzipSync(readFileSync(path.join(SITE, 'data/articles/part-1.csv.gz'))).toString('utf8');
    expect(csv.split('\r\n').find((l) => l.startsWith(`${H01},`))?.endsWith(`,${H01_URL}`)).toBe(true);
  });

  it('the link is reachable by keyboard and readable at phone width', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}articles/${H01}/`);
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'المصدر الأصلي'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('المصدر الأصلي');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'html-article.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    const box = await page.locator('a.original-link').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'html-article-phone.png') });
    await page.close();
  });
});
