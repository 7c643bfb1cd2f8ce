// The header search box in the built site: names completed from the first letters without
// Pagefind, and what /search/ shows beside the results — the concept note with its link to the
// word alone, partial matches with their missing words struck through — compact, keyboard
// only, axe clean, at desktop and phone width. Screenshots go to test-results/screenshots.
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

// The bundled corpus never writes «هدنة»; one article says «وقف إطلاق النار».
const TRUCE = 'هدنة';
// No article holds every word («يرفض» is in none); one holds all the others.
const PARTIAL = 'والتز يرفض هدنة في الرياض';

/** Focuses the header box with «/» and types `q` letter by letter, as a reader does. */
async function typeInBox(page: Page, q: string): Promise<void> {
  await page.goto(rootUrl);
  await page.keyboard.press('/');
  await page.keyboard.type(q, { delay: 40 });
}

/** Waits until the box's options answer `q` (not an earlier prefix of it). */
const settled = (page: Page, q: string) => page.waitForSelector(`[data-search-box][data-state="done"][data-query="${q}"] [role="option"]`, { timeout: 20_000 });

describe('header box: names from the first letters', () => {
  it('completes «لا» to سيرغي لافروف without searching the index, and Enter on it searches the name', async () => {
    const page = await ctx.newPage();
    const indexChunks: string[] = [];
    page.on('request', (r) => {
      if (/\/pagefind\/.*index\/.+\.pf_index/.test(r.url())) indexChunks.push(r.url());
    });
    await typeInBox(page, 'لا');
    await settled(page, 'لا');
    const names = await page.locator('.search-box .search-complete .search-complete__name').allTextContents();
    expect(names).toContain('سيرغي لافروف');
    expect(await page.locator('.search-box .search-complete').first().textContent()).toMatch(/اسم · (\d+ مقال|مقالة واحدة|مقالتان)/);
    // Two letters match most of a large corpus: they are answered from kb-search.json alone.
    expect(indexChunks).toEqual([]);
    expect(await page.locator('.search-box [role="option"] a').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'search-box-names-1280.png'), clip: { x: 0, y: 0, width: 1280, height: 420 } });
    const i = names.indexOf('سيرغي لافروف');
    for (let k = 0; k <= i; k++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-box-q').getAttribute('aria-activedescendant')).toBe(`search-box-name-${i}`);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith('/search/') && u.searchParams.get('q') === 'سيرغي لافروف');
    await page.close();
  });

  it('from the third letter lists articles too, names that complete the word first', async () => {
    const page = await ctx.newPage();
    await typeInBox(page, 'لافر');
    await page.waitForSelector('[data-search-box][data-state="done"][data-query="لافر"] .search-hit:not(.search-complete)', { timeout: 20_000 });
    expect(await page.locator('.search-box .search-complete').count()).toBeGreaterThan(0);
    expect(await page.locator('.search-box .search-hit:not(.search-complete)').count()).toBeGreaterThan(0);
    // A name typed in full is not offered again: the first option is an article.
    await page.locator('#search-box-q').fill('');
    await page.keyboard.type('لافروف', { delay: 40 });
    await settled(page, 'لافروف');
    expect(await page.locator('.search-box .search-complete').count()).toBe(0);
    await page.close();
  });
});

describe('header box: what /search/ says beside the results', () => {
  it('names the concept it added and links to the word alone', async () => {
    const page = await ctx.newPage();
    await typeInBox(page, TRUCE);
    await page.waitForSelector('.search-box__concept:not([hidden])', { timeout: 20_000 });
    const note = (await page.locator('.search-box__concept').textContent()) ?? '';
    expect(note).toContain('يشمل أيضاً');
    expect(note).toContain('وقف إطلاق النار');
    expect(await page.locator('.search-box .search-hit__title').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('وقف إطلاق النار')]));
    const exact = page.locator('.search-box__concept a');
    expect(new URL((await exact.getAttribute('href'))!, rootUrl).searchParams.get('exact')).toBe('1');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'search-box-concept-1280.png'), clip: { x: 0, y: 0, width: 1280, height: 560 } });
    // Keyboard only: Tab from the field reaches the link, and the panel stays open.
    await page.locator('#search-box-q').press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('.search-box__concept') !== null);
    expect(focused).toBe(true);
    expect(await page.locator('.search-box__panel').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/exact=1/);
    await page.close();
  });

  it('shows the best partial matches once the reader pauses, the missing words struck through', async () => {
    const page = await ctx.newPage();
    await typeInBox(page, PARTIAL);
    await page.waitForSelector('.search-box .search-hit__missing del', { timeout: 20_000 });
    // The Waltz page (no «يرفض») first, «يرفض» alone struck; no full result before it (session 41: see search-meaning.test.ts).
    const first = page.locator('.search-box .search-hit:not(.search-complete)').first();
    expect(await first.locator('.search-hit__title').textContent()).toContain('مستشارا الأمن القومي');
    expect(await first.locator('.search-hit__missing del').allTextContents()).toEqual(['يرفض']);
    expect(await first.locator('.search-hit__missing').textContent()).toContain('لا تتضمن');
    const struck = await first.locator('.search-hit__missing del').evaluate((d) => getComputedStyle(d).textDecorationLine);
    expect(struck).toContain('line-through');
    expect(await page.locator('.search-box__status').textContent()).toContain('أقرب النتائج');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'search-box-partial-1280.png'), clip: { x: 0, y: 0, width: 1280, height: 640 } });
    await page.close();
  });

  it('at phone width the panel fits the screen', async () => {
    const narrow = await launchBrowser({ width: 375, height: 800 });
    for (const [name, q] of [['names', 'زي'], ['concept', TRUCE], ['partial', PARTIAL]] as const) {
      const p = await narrow.newPage();
      await p.goto(rootUrl);
      await p.locator('#search-box-q').focus();
      await p.keyboard.type(q, { delay: 40 });
      if (name === 'partial') await p.waitForSelector('.search-box .search-hit__missing', { timeout: 20_000 });
      else await settled(p, q);
      const panel = (await p.locator('.search-box__panel').boundingBox())!;
      expect(panel.x, q).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width, q).toBeLessThanOrEqual(375 + 1);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, q).toBeLessThanOrEqual(1);
      await p.screenshot({ path: path.join(SCREENSHOT_DIR, `search-box-${name}-375.png`) });
      await p.close();
    }
    await narrow.close();
  });
});
