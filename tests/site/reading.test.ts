// Behaviour of the reading experience: theme choice (persisted, no flash), paragraph
// anchors, clean article text, navigation from home, keyboard use, inert input text.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser';

const rootUrl = inject('rootUrl');
const rootDir = inject('rootDir');

const articleSlugs = readdirSync(path.join(rootDir, 'articles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
/** An article with at least two paragraphs, for the anchor tests (the bundled corpus has several). */
const longSlug = articleSlugs.find((s) => existsSync(path.join(rootDir, 'articles', s, 'index.html'))
  && readFileSync(path.join(rootDir, 'articles', s, 'index.html'), 'utf8').includes('id="p-2"'));
if (!longSlug) throw new Error(`reading.test: no article with two paragraphs in ${rootDir}/articles`);

let ctx: BrowserContext;
let page: Page;
beforeAll(async () => {
  ctx = await launchBrowser({ width: 1280, colorScheme: 'light' });
  page = await ctx.newPage();
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
});
afterAll(async () => ctx?.close());

describe('theme', () => {
  it('toggle switches to dark, persists across reload, and is applied before the body is parsed', async () => {
    // Record the theme at the moment <body> first exists: that is before first paint.
    await ctx.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.body) {
          (window as any).__themeAtBody = document.documentElement.dataset.theme ?? 'none';
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(rootUrl + 'articles/');
    await page.evaluate(() => localStorage.removeItem('kb-theme'));
    await page.reload();
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.goto(rootUrl + 'timeline/');
    const state = await page.evaluate(() => ({
      atBody: (window as any).__themeAtBody,
      stored: localStorage.getItem('kb-theme'),
      bg: getComputedStyle(document.body).backgroundColor,
    }));
    expect(state.stored).toBe('dark');
    expect(state.atBody).toBe('dark');
    const sum = state.bg.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b);
    expect(sum).toBeLessThan(200);
    await page.locator('[data-theme-toggle]').click();
    await page.reload();
    expect(await page.evaluate(() => (window as any).__themeAtBody)).toBe('light');
    await page.evaluate(() => localStorage.removeItem('kb-theme'));
  });
});

describe('article page', () => {
  it('paragraph anchors target existing paragraphs and show a link on focus', async () => {
    await page.goto(`${rootUrl}articles/${longSlug}/#p-2`);
    const target = await page.evaluate(() => {
      const t = document.querySelector(':target');
      return { id: t?.id, tag: t?.tagName, text: t?.textContent?.trim().length ?? 0 };
    });
    expect(target).toMatchObject({ id: 'p-2', tag: 'P' });
    expect(target.text).toBeGreaterThan(0);
    const anchor = page.locator('#p-2 .para__tools > a');
    await expect(anchor.getAttribute('href')).resolves.toBe('#p-2');
    await anchor.focus();
    await page.waitForTimeout(300); // the fade-in transition
    expect(Number(await anchor.evaluate((a) => getComputedStyle(a).opacity))).toBe(1);
    // Paragraph ids are consecutive from p-1.
    const ids = await page.$$eval('.article-body p[id]', (ps) => ps.map((p) => p.id));
    expect(ids).toEqual(ids.map((_, i) => `p-${i + 1}`));
  });

  it('each paragraph gets a copy-link button from the script (not from the HTML), reachable by keyboard, copying its URL', async () => {
    const html = readFileSync(path.join(rootDir, 'articles', longSlug, 'index.html'), 'utf8');
    expect(html).not.toContain('para__copy'); // bytes every article of dist/ no longer carries
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${rootUrl}articles/${longSlug}/`);
    const paras = await page.$$eval('.article-body p[id]', (ps) => ps.map((p) => p.id));
    const buttons = await page.$$eval('.para__copy', (bs) => bs.map((b) => ({ id: b.getAttribute('data-copy-para'), label: b.getAttribute('aria-label'), type: (b as HTMLButtonElement).type, parent: b.parentElement?.className })));
    expect(buttons).toEqual(paras.map((id) => ({ id, label: `انسخ رابط الفقرة ${id.slice(2)}`, type: 'button', parent: 'para__tools' })));
    // Tab from the second paragraph's ¶ link lands on its button; Enter copies the URL.
    await page.locator('#p-2 .para__tools > a').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-copy-para'))).toBe('p-2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#p-2 .para__copy').textContent()).toBe('نُسخ ✓');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${rootUrl}articles/${longSlug}/#p-2`);
  });

  it('holds none of the dropped page clutter', async () => {
    const clutter = ['كن أول من يترك تعليقًا', 'كن أول من يترك تعليقا', 'جرب ميزات الذكاء الاصطناعي', 'مقالات مشابهة', 'اشترك في النشرة'];
    for (const slug of articleSlugs) {
      const html = readFileSync(path.join(rootDir, 'articles', slug, 'index.html'), 'utf8');
      for (const phrase of clutter) expect(html, `${slug} contains «${phrase}»`).not.toContain(phrase);
    }
  });

  it('never turns input text into markup: article bodies hold only paragraphs, links and tools', () => {
    for (const slug of articleSlugs) {
      const html = readFileSync(path.join(rootDir, 'articles', slug, 'index.html'), 'utf8');
      const body = html.slice(html.indexOf('<div class="article-body'), html.indexOf('</div>', html.indexOf('<div class="article-body')));
      const tags = new Set([...body.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
      for (const t of tags) expect(['div', 'p', 'a', 'span', 'button']).toContain(t);
      expect(body).not.toMatch(/\son\w+=/i);
    }
  });

  it('home → click an article → the article page with its text', async () => {
    await page.goto(rootUrl);
    const link = page.locator('#latest-h ~ ul a').first();
    const title = (await link.textContent())!.trim();
    await link.click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/articles\/[^/]+\/$/);
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    expect(await page.locator('.article-body p').count()).toBeGreaterThan(0);
  });
});

describe('keyboard', () => {
  it('the skip link is the first stop and moves focus to the main content; nav follows', async () => {
    await page.goto(rootUrl + 'articles/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }));
    expect(first).toEqual({ text: 'تخطَّ إلى المحتوى', href: '#main' });
    const visible = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0);
    expect(visible).toBe(true);
    // Tab on through the header until the main navigation is reached.
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(seen).toContain('المقالات');
    expect(seen).toContain('الفاعلون');
    // Focus is visible (an outline) on a nav link.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.goto(rootUrl + 'articles/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('actors list', () => {
  it('works without JavaScript as a plain list and filters with it', async () => {
    const html = readFileSync(path.join(rootDir, 'actors/index.html'), 'utf8');
    expect(html).toMatch(/data-actor-tools[^>]*hidden/);
    await page.goto(rootUrl + 'actors/');
    const items = page.locator('.actor-list li');
    const n = await items.count();
    // The bundled corpus names actors: an empty list is a broken build, not a pass.
    expect(n).toBeGreaterThan(1);
    await expect(page.locator('[data-actor-tools]').isVisible()).resolves.toBe(true);
    await page.fill('[data-actor-filter]', 'zzzz-no-actor');
    expect(await page.locator('.actor-list li:not([hidden])').count()).toBe(0);
    await page.fill('[data-actor-filter]', '');
    expect(await page.locator('.actor-list li:not([hidden])').count()).toBe(n);
  });
});
