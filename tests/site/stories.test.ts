// Stories on the built site (issue 16), in Chromium: the bundled articles plus the fixture
// corpus of tests/fixtures/stories-site (one agency dispatch carried by three outlets with
// their own headlines, a second event told by two outlets), built and indexed like
// `npm run build`. Story pages, article cross-links, folded listings (keyboard, and without
// JavaScript), the story facet and folded search results, outlets per evidence sentence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { serveStatic } from './server';
import { astroBuild, indexSearch } from './build';
import { launchBrowser, SCREENSHOT_DIR, seriousAxeViolations } from './browser';
import type { StoryExport } from '../../src/lib/corpus/exports';

const WORK = path.resolve('.cache/test-stories');
const ARTICLES = path.join(WORK, 'articles');
const SITE = path.join(WORK, 'dist');
const FIXTURES = 'tests/fixtures/stories-site';
const WIRE = ['ankara-wire-trt', 'ankara-wire-yenisafak', 'ankara-wire-alkhaleej'];

let server: Server;
let siteUrl: string;
let browser: BrowserContext;
let stories: StoryExport[];

beforeAll(async () => {
  // SKIP_SITE_BUILD=1 reuses the last build, as for the other site tests.
  if (!(process.env.SKIP_SITE_BUILD && existsSync(path.join(SITE, 'pagefind')))) {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(ARTICLES, { recursive: true });
    for (const dir of ['content/articles', FIXTURES]) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) copyFileSync(path.join(dir, f), path.join(ARTICLES, f));
    }
    astroBuild({ articlesDir: ARTICLES, outDir: SITE });
    indexSearch({ articlesDir: ARTICLES, outDir: SITE });
  }
  stories = JSON.parse(brotliDecompressSync(readFileSync(path.join(SITE, 'data/stories.json.br'))).toString('utf8'));
  ({ server, url: siteUrl } = await serveStatic(SITE, '/'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const url = (p: string) => new URL(p.replace(/^\//, ''), siteUrl).href;
const wireStory = () => stories.find((s) => s.same_text.some((g) => g.members.includes('ankara-wire-yenisafak')))!;

async function open(p: string, context = browser): Promise<Page> {
  const page = await context.newPage();
  const res = await page.goto(url(p));
  expect(res?.status()).toBe(200);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Every link of `sel` resolves to a built page, and its #p-N anchor exists there. */
async function expectLinksResolve(page: Page, sel: string) {
  const hrefs = await page.locator(sel).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) {
    const res = await fetch(h);
    expect(res.status, h).toBe(200);
    const anchor = new URL(h).hash.slice(1);
    if (anchor) expect(await res.text()).toContain(`id="${anchor}"`);
  }
}

describe('/stories/', () => {
  it('lists the stories newest first with their articles and outlets, linked from the header and the home page', async () => {
    expect(stories.length).toBeGreaterThanOrEqual(2);
    const page = await open('/stories/');
    const titles = await page.locator('.story-list__title a').allTextContents();
    expect(titles).toEqual(stories.map((s) => s.title));
    const firstDates = stories.map((s) => s.first_date ?? '');
    expect([...firstDates].sort().reverse()).toEqual(firstDates);
    const meta = await page.locator('.story-list li').first().locator('.meta').textContent();
    expect(meta).toContain(stories[0].articles.length === 2 ? 'مقالان' : `${stories[0].articles.length} مقالات`);
    expect(await page.locator('.main-nav a[href="/stories/"]').getAttribute('aria-current')).toBe('page');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'stories-1280.png'), fullPage: true });
    const sitemap = readFileSync(path.join(SITE, 'sitemap-0.xml'), 'utf8');
    for (const st of stories) expect(sitemap).toContain(`/stories/${st.id}/</loc>`);
    const home = await open('/');
    expect(await home.locator('main a[href="/stories/"]').count()).toBeGreaterThan(0);
    await Promise.all([page.close(), home.close()]);
  });
});

describe('a story page', () => {
  it('shows every version with its own headline, the same text grouped under its canonical, and the actors with their sentences', async () => {
    const story = wireStory();
    const page = await open(`/stories/${story.id}/`);
    expect(await page.locator('h1').textContent()).toBe(story.title);
    // Every article of the story, each once, in a version of the timeline with its own headline.
    const linked = await page.locator('.story-version__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(linked.sort()).toEqual(story.articles.map((a) => `/articles/${a.slug}/`).sort());
    const group = page.locator(`.story-version[data-kind="same-text"][data-group="${story.same_text[0].id}"]`);
    expect(await group.locator('li[data-slug]').evaluateAll((ls) => ls.map((l) => (l as HTMLElement).dataset.slug))).toEqual(story.same_text[0].members);
    expect(await group.locator('li[data-canonical="true"]').getAttribute('data-slug')).toBe(story.same_text[0].canonical);
    expect(await group.locator('.story-version__tag--group').textContent()).toContain('نص واحد نشره 3 منافذ');
    const headlines = await group.locator('.story-version__title').allTextContents();
    expect(new Set(headlines).size).toBe(3);
    // Actor and topic chips link to their pages; the sentences to paragraphs that exist.
    expect(await page.locator('.story-mentions .chip--actor').count()).toBe(story.actors.length);
    await expectLinksResolve(page, '.story-mentions .chip');
    await expectLinksResolve(page, '.story-mentions__where');
    // JSON-LD names every version.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.mainEntity.numberOfItems).toBe(story.articles.length);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'story-1280.png'), fullPage: true });
    await page.close();
    // A phone in the dark theme: nothing wider than the screen, still accessible.
    const phone = await launchBrowser({ width: 390, height: 844, colorScheme: 'dark' });
    try {
      const small = await open(`/stories/${story.id}/`, phone);
      const overflow = await small.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(small)).toEqual([]);
      await small.screenshot({ path: path.join(SCREENSHOT_DIR, 'story-390-dark.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });
});

describe('an article page', () => {
  it('a copy names the other outlets of its text and links its story', async () => {
    const story = wireStory();
    const page = await open('/articles/ankara-wire-alkhaleej/');
    const same = page.locator('[data-same-text]');
    expect(await same.locator('.story-links__label').textContent()).toBe('نُشر النص نفسه في:');
    expect(await same.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(['/articles/ankara-wire-trt/', '/articles/ankara-wire-yenisafak/']);
    expect(await same.textContent()).toContain('تي آر تي عربي');
    expect(await same.textContent()).toContain('الأصل');
    expect(new URL((await page.locator('.story-links__all a').evaluate((a) => (a as HTMLAnchorElement).href))).pathname).toBe(`/stories/${story.id}/`);
    // «للقراءة أيضًا» does not repeat the copies.
    const related = await page.locator('#related-h + ul a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const s of WIRE) expect(related).not.toContain(`/articles/${s}/`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'article-same-text-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'article-same-text-390.png'), fullPage: true });
    await page.close();
  });

  it('an outlet\'s own report lists the story\'s other coverage', async () => {
    const story = stories.find((s) => s.articles.length >= 2 && s.same_text.length === 0)!;
    const [first, ...rest] = story.articles.map((a) => a.slug);
    const page = await open(`/articles/${first}/`);
    expect(await page.locator('[data-same-text]').count()).toBe(0);
    const box = page.locator(`[data-story="${story.id}"]`);
    expect(await box.locator('.story-links__label').textContent()).toBe('تغطيات أخرى للحدث:');
    expect(await box.locator('.story-links__others a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(rest.map((s) => `/articles/${s}/`));
    await page.close();
  });

  it('an article in no story has neither line', async () => {
    const page = await open('/articles/brussels-sanctions-alittihad/');
    expect(await page.locator('.story-links').count()).toBe(0);
    await page.close();
  });
});

describe('folded listings', () => {
  it('/articles/ folds the copies under the canonical; the toggle opens with the keyboard', async () => {
    const page = await open('/articles/');
    const listed = await page.locator('.article-list > li > h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(listed).toContain('/articles/ankara-wire-trt/');
    expect(listed).not.toContain('/articles/ankara-wire-yenisafak/');
    const fold = page.locator('.same-text-copies');
    expect(await fold.count()).toBe(1);
    expect(await fold.locator('summary').textContent()).toContain('+2 نسختان');
    const copy = fold.locator('a').first();
    expect(await copy.isVisible()).toBe(false);
    // Keyboard only: Tab reaches the summary, Enter opens it, Tab reaches the copies' links.
    await page.locator('body').focus();
    for (let i = 0; i < 200 && !(await fold.locator('summary').evaluate((s) => s === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toMatch(/^\/articles\/ankara-wire-(yenisafak|alkhaleej)\/$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await fold.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'articles-folded-1280.png'), fullPage: true });
    await page.close();
  });

  it('actor pages fold them too, and without JavaScript the copies are still reachable', async () => {
    const nojs = await launchBrowser({ javaScriptEnabled: false, width: 390, height: 844 });
    try {
      const page = await open('/actors/hakan-fidan/', nojs);
      const fold = page.locator('.same-text-copies');
      expect(await fold.count()).toBe(1);
      await fold.locator('summary').click();
      const hrefs = await fold.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.sort()).toEqual(['/articles/ankara-wire-alkhaleej/', '/articles/ankara-wire-yenisafak/']);
      expect(await fold.locator('a').first().isVisible()).toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'actor-folded-390-nojs.png'), fullPage: true });
    } finally {
      await nojs.close();
    }
  });
});

describe('search', () => {
  it('filters by the story facet', async () => {
    const story = wireStory();
    const page = await open(`/search/?story=${encodeURIComponent(story.id)}`);
    await page.waitForSelector('[data-facets="done"]');
    const links = await page.locator('.search-results a.search-hit__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // Every result is of the story (copies folded under the canonical count too).
    expect(links.sort()).toEqual(story.articles.map((a) => `/articles/${a.slug}/`).sort());
    const facet = page.locator('fieldset[data-facet="story"]');
    expect(await facet.locator('legend').textContent()).toBe('القصص');
    expect(await facet.locator('label').first().textContent()).toContain(story.title);
    await page.close();
  });

  it('folds same-text copies under one result, with a count and a toggle', async () => {
    const page = await open('/search/?q=' + encodeURIComponent('فيدان لافروف الأسرى'));
    await page.waitForSelector('[data-state="done"]');
    const top = page.locator('.search-results__list > li.search-hit');
    const heads = await top.locator(':scope > a.search-hit__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const wireHeads = heads.filter((h) => WIRE.some((s) => h === `/articles/${s}/`));
    expect(wireHeads).toHaveLength(1);
    const fold = page.locator('.search-hit__copies');
    expect(await fold.locator('summary').textContent()).toContain('+2 نسختان');
    await fold.locator('summary').focus();
    await page.keyboard.press('Enter');
    const copies = await fold.locator('a.search-hit__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect([...copies, ...wireHeads].sort()).toEqual(WIRE.map((s) => `/articles/${s}/`).sort());
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'search-folded-1280.png'), fullPage: true });
    await page.close();
  });
});

describe('the header search box', () => {
  it('shows one option per text, counting the copies', async () => {
    const page = await open('/stories/');
    await page.locator('#search-box-q').focus();
    // One input event (fill), so «done» is this query's and not a keystroke's before it.
    await page.locator('#search-box-q').fill('فيدان لافروف الأسرى');
    await page.waitForSelector('[data-search-box][data-state="done"]');
    const options = await page.locator('.search-box__list [role="option"]').evaluateAll((os) => os.map((o) => new URL((o as HTMLElement).dataset.href!, location.href).pathname));
    expect(options.filter((p) => WIRE.some((s) => p === `/articles/${s}/`))).toHaveLength(1);
    expect(await page.locator('.search-box__list .search-hit__copy-count').textContent()).toContain('+2 نسختان');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the graph panel', () => {
  it('says how many outlets carried an evidence sentence', async () => {
    // The drawn edges' evidence, one file per source actor (/graph/evidence/<id>.json).
    const dir = path.join(SITE, 'graph/evidence');
    type Edges = Record<string, { evidence: Array<{ slug: string; outlets?: number }> }>;
    const evidence = { edges: Object.assign({}, ...readdirSync(dir).map((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { edges: Edges }).edges)) as Edges };
    const key = Object.keys(evidence.edges).find((k) => evidence.edges[k].evidence.some((e) => (e.outlets ?? 1) >= 3 && WIRE.includes(e.slug)));
    expect(key).toBeDefined();
    const [source, target] = key!.split('|');
    const page = await open(`/graph/?from=2025-04&to=2025-04&actor=${source}`);
    await page.waitForSelector('[data-graph-root][data-ready="true"]');
    const i = await page.evaluate(([s, t]) => {
      const data = JSON.parse(document.getElementById('graph-data')!.textContent!);
      return data.edges.findIndex((e: { source: string; target: string }) => e.source === s && e.target === t);
    }, [source, target]);
    expect(i).toBeGreaterThanOrEqual(0);
    await page.locator(`.gedge[data-i="${i}"] .hit`).click({ force: true });
    const items = page.locator('[data-graph-panel] .evidence > li');
    await items.first().waitFor();
    // The panel shows the edge's evidence in the file's order: each line says its outlets.
    const expected = evidence.edges[key!].evidence.map((e) => e.outlets ?? 1);
    expect(await items.count()).toBe(expected.length);
    const said = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('.carried')?.textContent ?? null));
    expected.forEach((n, k) => {
      if (n >= 3) expect(said[k]).toContain(`وردت في ${n} منافذ`);
      else if (n === 2) expect(said[k]).toContain('وردت في منفذين');
      else expect(said[k]).toBeNull();
    });
    expect(expected).toContain(3);
    await page.close();
  });
});
