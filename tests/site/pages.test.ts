// Every page type, in a real headless Chromium, at phone and desktop widths, in light
// and dark: RTL, no horizontal overflow, no serious/critical axe violations, screenshots.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, SCREENSHOT_DIR, seriousAxeViolations } from './browser';

const rootUrl = inject('rootUrl');
const rootDir = inject('rootDir');

/**
 * The first generated page under a section (e.g. an article slug). The bundled corpus has
 * every page type: a missing one is a broken build, so it fails here instead of skipping.
 */
function firstUnder(section: string): string {
  const dir = path.join(rootDir, section);
  const sub = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'page' && existsSync(path.join(dir, d.name, 'index.html')))
    : [];
  if (!sub.length) throw new Error(`pages.test: no generated page under ${section}/ in ${rootDir}`);
  return `${section}/${sub[0].name}/`;
}

export const PAGE_TYPES: Record<string, string> = {
  home: '',
  articles: 'articles/',
  stories: 'stories/',
  article: firstUnder('articles'),
  actors: 'actors/',
  actor: firstUnder('actors'),
  topics: 'topics/',
  topic: firstUnder('topics'),
  sources: 'sources/',
  source: firstUnder('sources'),
  timeline: 'timeline/',
  month: firstUnder('timeline'),
  notfound: 'no-such-page/',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    describe(`pages at ${width}px, ${scheme}`, () => {
      let ctx: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        ctx = await launchBrowser({ width, colorScheme: scheme });
        page = await ctx.newPage();
      });
      afterAll(async () => ctx?.close());

      for (const [type, p] of Object.entries(PAGE_TYPES)) {
        it(`${type}: rtl, fits the screen, accessible`, async () => {
          const res = await page.goto(rootUrl + p);
          expect(res?.status()).toBe(type === 'notfound' ? 404 : 200);
          await page.evaluate(() => document.fonts.ready);
          const info = await page.evaluate(() => ({
            dir: getComputedStyle(document.documentElement).direction,
            bodyDir: getComputedStyle(document.body).direction,
            lang: document.documentElement.lang,
            scrollWidth: document.scrollingElement!.scrollWidth,
            clientWidth: document.scrollingElement!.clientWidth,
            h1: document.querySelectorAll('h1').length,
            bg: getComputedStyle(document.body).backgroundColor,
          }));
          expect(info.dir).toBe('rtl');
          expect(info.bodyDir).toBe('rtl');
          expect(info.lang).toBe('ar');
          expect(info.scrollWidth).toBeLessThanOrEqual(info.clientWidth);
          expect(info.h1).toBe(1);
          // The system theme is followed: dark background in dark mode, light otherwise.
          const [r, g, b] = info.bg.match(/\d+/g)!.map(Number);
          if (scheme === 'dark') expect(r + g + b).toBeLessThan(200);
          else expect(r + g + b).toBeGreaterThan(600);
          await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${type}-${width}-${scheme}.png`), fullPage: true });
          expect(await seriousAxeViolations(page)).toEqual([]);
        });
      }
    });
  }
}
