// The article aside's actor chips are made in the browser from the body's mention links
// (src/client/actor-chips.ts; issue 18, «a smaller dist/»): on every article page of the bundled
// corpus the reader sees the same chips as when the page wrote them all, in rank order, and
// without JavaScript every actor is still a link on the page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser';
import { readArticleExport } from '../../src/indexer/read';

const rootUrl = inject('rootUrl');
const rootDir = inject('rootDir');
const articles = readArticleExport(rootDir).filter((a) => a.actors.length > 0);

let withJs: BrowserContext;
let withoutJs: BrowserContext;
beforeAll(async () => {
  withJs = await launchBrowser({ width: 1280 });
  withoutJs = await launchBrowser({ width: 390, javaScriptEnabled: false });
});
afterAll(async () => {
  await withJs?.close();
  await withoutJs?.close();
});

const chipsOf = (html: string) => [...(/<h2 id="actors-h">[^<]*<\/h2>(<ul class="chips">.*?<\/ul>)?/s.exec(html)?.[1] ?? '').matchAll(/<a href="[^"]*\/actors\/([^/]+)\/">/g)].map((m) => m[1]);

describe('article aside: actor chips', () => {
  it('the bundled corpus has pages whose chips are made from the body (the case under test)', () => {
    const made = articles.filter((a) => chipsOf(readFileSync(path.join(rootDir, 'articles', a.slug, 'index.html'), 'utf8')).length < a.actors.length);
    expect(made.length).toBeGreaterThan(articles.length / 2);
  });

  it('shows every actor of the article as a chip, named and in rank order, linking to its page', async () => {
    const page = await withJs.newPage();
    for (const a of articles) {
      await page.goto(`${rootUrl}articles/${a.slug}/`);
      const section = page.locator('section[aria-labelledby="actors-h"]');
      await expect.poll(() => section.isVisible()).toBe(true);
      const chips = await section.locator('ul.chips > li > a').evaluateAll((as) => as.map((x) => [new URL((x as HTMLAnchorElement).href).pathname, x.textContent]));
      expect(chips, a.slug).toEqual(a.actors.map((x) => [`/actors/${x.id}/`, x.name]));
    }
    // Keyboard: the chips are links in the tab order.
    await page.locator('section[aria-labelledby="actors-h"] a').first().focus();
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby'))).toBe('actors-h');
    await page.close();
  });

  it('without JavaScript, every actor of the article is a link on the page (in the text or a chip)', async () => {
    const page = await withoutJs.newPage();
    for (const a of articles) {
      await page.goto(`${rootUrl}articles/${a.slug}/`);
      const linked = new Set(await page.locator('main a[href*="/actors/"]').evaluateAll((as) => as.map((x) => new URL((x as HTMLAnchorElement).href).pathname)));
      for (const x of a.actors) expect(linked.has(`/actors/${x.id}/`), `${a.slug}: ${x.id}`).toBe(true);
    }
    await page.close();
  });
});
