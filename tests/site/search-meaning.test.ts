// The /search/ page beyond spelling, in the built site: a concept said on the page with a
// link to the words alone, partial matches with the missing words struck through, results
// that are links (never inside role="option"), the keyboard, and axe with results shown.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, SCREENSHOT_DIR, seriousAxeViolations } from './browser';

const rootUrl = inject('rootUrl');
let ctx: BrowserContext;

beforeAll(async () => {
  ctx = await launchBrowser();
});
afterAll(async () => ctx?.close());

async function open(page: Page, params: string): Promise<void> {
  await page.goto(`${rootUrl}search/?${params}`);
  await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
}

const titles = (page: Page, list = '.search-results__list') => page.locator(`${list} .search-hit__title`).allTextContents();

// The bundled corpus never writes «هدنة»; one article says «وقف إطلاق النار».
const TRUCE = 'هدنة';
// Every word but «يرفض» is in the article on the US and Russian national security advisers
// («يقترح» no longer is missing: content/search-forms.yaml makes it a form of its «بمقترح»):
// no article holds them all.
const PARTIAL = 'والتز يرفض هدنة في الرياض';

describe('search by meaning', () => {
  it('says what a concept added, finds the paraphrase, and links to the word alone', async () => {
    const page = await ctx.newPage();
    await open(page, `q=${encodeURIComponent(TRUCE)}`);
    const note = (await page.locator('.search-concept').textContent()) ?? '';
    expect(note).toContain('يشمل أيضاً');
    expect(note).toContain('وقف إطلاق النار');
    expect((await titles(page)).some((t) => t.includes('وقف إطلاق النار'))).toBe(true);
    // The excerpt marks the paraphrase, as written in the article.
    expect((await page.locator('.search-results__list mark').allTextContents()).join(' ')).toContain('وقف إطلاق النار');
    // No article holds the word itself: the facets count the concept's results.
    await page.waitForSelector('[data-search-page][data-facets="done"]');
    expect(await page.locator('[data-facet="actor"] input').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'search-concept-1280.png'), fullPage: true });
    await page.locator('.search-concept a').click();
    await page.waitForURL(/exact=1/);
    await page.waitForSelector('[data-search-page][data-state="done"]');
    expect(await titles(page)).toEqual([]);
    expect(await page.locator('.search-results__status').textContent()).toContain('لم نجد');
    expect(await page.locator('.search-concept a').textContent()).toContain('بالمعنى');
    await page.close();
  });

  it('shows partial matches under their heading with the missing words struck through', async () => {
    const page = await ctx.newPage();
    await open(page, `q=${encodeURIComponent(PARTIAL)}`);
    expect(await page.locator('.search-partial').isVisible()).toBe(true);
    expect(await page.locator('.search-partial__title').textContent()).toBe('نتائج تطابق بعض الكلمات');
    // No full result: no page holds every typed word. The Waltz page writes «والتز», «الرياض» and the truce's concept but
    // never «يرفض»: it comes first among the partial matches with «يرفض» alone struck (session 40's merge listed it as
    // the one full result through a reading of «الرياض», Pagefind leaving out the words no page holds; fixed in session 41).
    expect(await page.locator('.search-results__list .search-hit').count()).toBe(0);
    const first = page.locator('.search-partial__list .search-hit').first();
    expect(await first.locator('.search-hit__title').textContent()).toContain('مستشارا الأمن القومي');
    expect(await first.locator('.search-hit__missing').textContent()).toContain('لا تتضمن');
    expect(await first.locator('.search-hit__missing del').allTextContents()).toEqual(['يرفض']);
    const struck = await first.locator('.search-hit__missing del').evaluate((d) => getComputedStyle(d).textDecorationLine);
    expect(struck).toContain('line-through');
    expect(await page.locator('.search-results__status').textContent()).toContain('أقرب النتائج');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'search-partial-1280.png'), fullPage: true });
    await page.close();
  });

  it('a partial match holds the word it is listed for (Pagefind matched «صومعة» to «صحيح»)', async () => {
    // No bundled article says «صومعة» or «حبوب»; two say «صحيح», whose key shared its first run
    // «02» with «صومعة»'s (src/lib/search/pagefindPrefix.test.ts says why that matched).
    const page = await ctx.newPage();
    await open(page, `q=${encodeURIComponent('صومعة حبوب')}`);
    expect(await titles(page, '.search-results')).toEqual([]);
    expect(await page.locator('.search-results__status').textContent()).toContain('لم نجد');
    // One word on some pages, the other on none: every page listed lacks the absent word only.
    await open(page, `q=${encodeURIComponent('صومعة لافروف')}`);
    const missing = await page.locator('.search-hit__missing del').allTextContents();
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set(missing)).toEqual(new Set(['صومعة']));
    await page.close();
  });

  it('a concept on no page finds no page (Pagefind matched its token to a run of a slug)', async () => {
    // No bundled article speaks of frozen assets; before session 22 the concept token «cc…cc» fell
    // back to the run «cc» of «003-2a010a7cc3af768e» and listed that article, which holds neither word.
    const page = await ctx.newPage();
    await open(page, `q=${encodeURIComponent('الأصول المجمدة')}`);
    expect(await titles(page, '.search-results')).toEqual([]);
    expect(await page.locator('.search-results__status').textContent()).toContain('لم نجد');
    await page.close();
  });

  it('at phone width: the note and partial results fit the screen', async () => {
    const narrow = await launchBrowser({ width: 375, height: 800 });
    for (const q of [TRUCE, PARTIAL]) {
      const p = await narrow.newPage();
      await open(p, `q=${encodeURIComponent(q)}`);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, q).toBeLessThanOrEqual(1);
      await p.screenshot({ path: path.join(SCREENSHOT_DIR, `search-${q === TRUCE ? 'concept' : 'partial'}-375.png`), fullPage: true });
      await p.close();
    }
    await narrow.close();
  });
});

describe('results are links, not options', () => {
  it('has no role=option around links, and axe finds nothing serious with results shown', async () => {
    const page = await ctx.newPage();
    await open(page, `q=${encodeURIComponent('أوكرانيا')}`);
    expect(await page.locator('.search-results__list .search-hit').count()).toBeGreaterThan(1);
    expect(await page.locator('[role="option"] a, [role="listbox"] a').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await open(page, `q=${encodeURIComponent(PARTIAL)}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('keyboard: ArrowDown from the field moves through the result links, ArrowUp back, Enter opens', async () => {
    const page = await ctx.newPage();
    await open(page, `q=${encodeURIComponent('أوكرانيا')}`);
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).closest('.search-hit')?.id ?? document.activeElement?.id);
    expect(await focused()).toBe('search-hit-0');
    // A focused link is what a screen reader reads: a link with the article's title.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('search-hit-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\/.+highlight=/);
    await page.close();
  });

  it('announces the count in a live region', async () => {
    const page = await ctx.newPage();
    await open(page, `q=${encodeURIComponent('أوكرانيا')}`);
    const status = page.locator('.search-results__status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/\d+ (نتائج|نتيجة)|نتيجة واحدة|نتيجتان/);
    await page.close();
  });

  it('header box: options hold no link and Enter still opens the active one', async () => {
    const page = await ctx.newPage();
    await page.goto(rootUrl);
    await page.locator('#search-box-q').focus();
    await page.keyboard.type('لافروف');
    await page.waitForSelector('[data-search-box][data-state="done"][data-query="لافروف"] .search-hit', { timeout: 20_000 });
    expect(await page.locator('.search-box [role="option"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.search-box [role="option"] a').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\/.+highlight=/);
    await page.close();
  });
});
