// /graph/: the SVG is in the HTML, the script adds panel, evidence, deep link and keyboard.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';

let ctx: BrowserContext;
beforeAll(async () => {
  ctx = await launchBrowser({ width: 1280, height: 900 });
});
afterAll(async () => {
  await ctx?.close();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-graph-root][data-ready="true"]');
  return { page, errors };
}

for (const which of ['rootUrl', 'kbUrl'] as const) {
  describe(`/graph/ (${which})`, () => {
    const base = () => inject(which);
    const basePath = () => new URL(base()).pathname;

    it('has the SVG, nodes and edges in the HTML without scripts', async () => {
      const html = await (await fetch(`${base()}graph/`)).text();
      expect(html).toMatch(/<svg[^>]*class="rgraph-svg"/);
      const nodes = html.match(/class="gnode[^"]*"[^>]*data-id="[^"]+"/g) ?? [];
      expect(nodes.length).toBeGreaterThan(5);
      expect(html).toMatch(/<line class="vis"/);
      // Node links and table links carry the base path.
      expect(html).toContain(`href="${basePath()}actors/`);
      expect(html).toContain('<table');
      // Embedded JSON cannot close its script element.
      const json = html.match(/<script type="application\/json" id="graph-data">([\s\S]*?)<\/script>/)![1];
      expect(json).not.toContain('<');
    });

    it('clicking a node opens its panel with a link to the actor page', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      const node = page.locator('.gnode.labelled').first();
      const id = await node.getAttribute('data-id');
      await node.click();
      const panel = page.locator('[data-graph-panel]');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.locator(`a[href="${basePath()}actors/${id}/"]`).count()).toBe(1);
      expect(page.url()).toContain(`focus=${id}`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('clicking an edge shows evidence linking to an existing paragraph id', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      await page.locator('.gedge:not(.below):not(.off) .hit').first().click({ force: true });
      const link = page.locator('[data-graph-panel] .evidence a').first();
      await link.waitFor();
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^${basePath()}articles/[^/]+/#p-\\d+$`));
      const [pagePath, anchor] = href.split('#');
      const article = await (await fetch(new URL(pagePath, base()))).text();
      expect(article).toContain(`id="${anchor}"`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('?focus=<id> opens centred on the actor with its panel', async () => {
      const html = await (await fetch(`${base()}graph/`)).text();
      const id = html.match(/class="gnode[^"]*"[^>]*data-id="([^"]+)"/)![1];
      const { page, errors } = await open(`${base()}graph/?focus=${id}`);
      const panel = page.locator('[data-graph-panel]');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.locator(`a[href="${basePath()}actors/${id}/"]`).count()).toBe(1);
      // Centred: the node sits near the middle of the drawing.
      const box = (await page.locator(`.gnode[data-id="${id}"] circle`).boundingBox())!;
      const stage = (await page.locator('[data-graph-svg]').boundingBox())!;
      expect(Math.abs(box.x + box.width / 2 - (stage.x + stage.width / 2))).toBeLessThan(stage.width * 0.15);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('?focus= for an actor the page does not draw says so instead of doing nothing', async () => {
      const { page, errors } = await open(`${base()}graph/?focus=not-a-drawn-actor`);
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('ليس بين الفاعلين المرسومين');
      expect(await page.locator('[data-graph-panel]').isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('keyboard: Tab reaches a node, arrows move, Enter opens the panel, Escape closes it', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      await page.locator('[data-graph-svg]').scrollIntoViewIfNeeded();
      await page.locator('.rgraph-legend').click();
      let onNode = false;
      for (let i = 0; i < 60 && !onNode; i++) {
        await page.keyboard.press('Tab');
        onNode = await page.evaluate(() => !!document.activeElement?.classList.contains('gnode'));
      }
      expect(onNode).toBe(true);
      // Each arrow moves focus to another node lying that way on screen (or stays at an edge).
      const focused = () => page.evaluate(() => {
        const el = document.activeElement as SVGGraphicsElement & { dataset: DOMStringMap };
        const r = el.getBoundingClientRect();
        return { id: el.dataset.id ?? '', name: el.getAttribute('aria-label') ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      const first = await focused();
      expect(first.id).not.toBe('');
      const moved: string[] = [];
      for (const [key, dx, dy] of [['ArrowDown', 0, 1], ['ArrowUp', 0, -1], ['ArrowRight', 1, 0], ['ArrowLeft', -1, 0]] as const) {
        const from = await focused();
        await page.keyboard.press(key);
        const to = await focused();
        if (to.id === from.id) continue;
        moved.push(key);
        expect((to.x - from.x) * dx + (to.y - from.y) * dy, `${key} from ${from.id} to ${to.id}`).toBeGreaterThan(0);
      }
      // The graph spreads its nodes in both directions: each axis has a way to go.
      expect(moved.some((k) => k === 'ArrowDown' || k === 'ArrowUp'), moved.join()).toBe(true);
      expect(moved.some((k) => k === 'ArrowLeft' || k === 'ArrowRight'), moved.join()).toBe(true);
      const current = await focused();
      await page.keyboard.press('Enter');
      const panel = page.locator('[data-graph-panel]');
      await expect.poll(() => panel.isVisible()).toBe(true);
      // The panel is about the focused node.
      const heading = (await panel.locator('h2').textContent())?.trim() ?? '';
      expect(heading.length).toBeGreaterThan(0);
      expect(current.name).toContain(heading);
      await page.keyboard.press('Escape');
      await expect.poll(() => panel.isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('the weight slider hides weaker edges; the search box centres an actor', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      const visible = () => page.locator('.gedge:not(.below):not(.off)').count();
      const slider = page.locator('input[name="min"]');
      await slider.fill('1');
      await slider.dispatchEvent('input');
      const atOne = await visible();
      const max = await slider.getAttribute('max');
      await slider.fill(max!);
      await slider.dispatchEvent('input');
      expect(await visible()).toBeLessThan(atOne);
      const name = await page.locator('.gnode.labelled .glabel').first().textContent();
      await page.fill('#graph-q', name!);
      await page.press('#graph-q', 'Enter');
      await expect.poll(() => page.locator('[data-graph-panel] h2').textContent()).toBe(name);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}

describe('/graph/ screenshots', () => {
  it('renders at 375px and 1280px', async () => {
    for (const width of [375, 1280]) {
      const c = await launchBrowser({ width, height: 900 });
      const page = await c.newPage();
      await page.goto(`${inject('rootUrl')}graph/`, { waitUntil: 'networkidle' });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `graph-${width}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await c.close();
    }
  });
});
