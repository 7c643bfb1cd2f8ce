// /graph/: the default view is in the HTML (typed relations of the last months, people and
// organisations, no node without an edge, labels that do not overlap); the script adds the
// filters, the shared link, panel, evidence, deep link and keyboard.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { graphViewFigures } from '../../scripts/bench/graph-metrics';
import type { GraphPagePayload } from '../../src/lib/relations/payload';

let ctx: BrowserContext;
beforeAll(async () => {
  ctx = await launchBrowser({ width: 1280, height: 900 });
});
afterAll(async () => {
  await ctx?.close();
});

async function open(url: string, context = ctx): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-graph-root][data-ready="true"]');
  return { page, errors };
}

const payloadOf = (html: string): GraphPagePayload =>
  JSON.parse(html.match(/<script type="application\/json" id="graph-data">([\s\S]*?)<\/script>/)![1]);

/** Ids of the nodes and indexes of the edges the page shows now. */
const shown = (page: Page) =>
  page.evaluate(`(() => ({
    nodes: [...document.querySelectorAll('.gnode:not(.off)')].map((n) => n.dataset.id).sort(),
    edges: [...document.querySelectorAll('.gedge:not(.off)')].map((g) => Number(g.dataset.i)).sort((a, b) => a - b),
  }))()`) as Promise<{ nodes: string[]; edges: number[] }>;

/** Opens the folded filters (phones) and changes one control. */
async function setFilter(page: Page, selector: string, action: (p: Page) => Promise<void>) {
  const details = page.locator('[data-filters]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await page.locator(selector).waitFor();
  await action(page);
}

for (const which of ['rootUrl', 'kbUrl'] as const) {
  describe(`/graph/ (${which})`, () => {
    const base = () => inject(which);
    const basePath = () => new URL(base()).pathname;

    it('the HTML holds the default view: typed relations only, no countries, no node without an edge', async () => {
      const html = await (await fetch(`${base()}graph/`)).text();
      expect(html).toMatch(/<svg[^>]*class="rgraph-svg"/);
      const data = payloadOf(html);
      expect(data.defaults).toMatchObject({ cooccurrence: false, countries: false, actor: '' });
      expect(data.defaults.types.length).toBe(data.relationTypes.length);
      const visibleNodes = [...html.matchAll(/<a class="gnode ([^"]*)"[^>]*data-id="([^"]+)"/g)].filter((m) => !/\boff\b/.test(m[1]));
      const visibleEdges = [...html.matchAll(/<g class="gedge ([^"]*)" data-i="(\d+)"/g)].filter((m) => !/\boff\b/.test(m[1]));
      expect(visibleEdges.length).toBeGreaterThan(0);
      const ends = new Set(visibleEdges.flatMap((m) => [data.edges[+m[2]].source, data.edges[+m[2]].target]));
      expect(new Set(visibleNodes.map((m) => m[2]))).toEqual(ends);
      // Typed only: every shown edge states a relation; no country is shown.
      for (const m of visibleEdges) expect(data.edges[+m[2]].relations.length).toBeGreaterThan(0);
      expect(visibleNodes.filter((m) => /\bt-country\b/.test(m[1]))).toEqual([]);
      // Links carry the base path; the table lists the same relations; embedded JSON cannot close its element.
      expect(html).toContain(`href="${basePath()}actors/`);
      expect(html).toContain('<table');
      expect(html.match(/<script type="application\/json" id="graph-data">([\s\S]*?)<\/script>/)![1]).not.toContain('<');
    });

    it('labels never overlap and no node floats without an edge, as laid out in the browser', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      const before = await graphViewFigures(page);
      expect(before.shownEdges).toBeGreaterThan(0);
      expect(before.labels).toBeGreaterThan(0);
      expect(before.isolatedNodes).toBe(0);
      expect(before.labelOverlaps).toBe(0);
      // Another view: countries and the whole period (more, bigger nodes); labels are placed again.
      await setFilter(page, 'input[name="countries"]', (p) => p.locator('input[name="countries"]').check());
      await page.locator('[data-all-time]').click();
      const after = await graphViewFigures(page);
      expect(after.shownNodes).toBeGreaterThan(before.shownNodes);
      expect(after.isolatedNodes).toBe(0);
      expect(after.labelOverlaps).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('filters: one relation type, countries, mentioned-together, time window; each rewrites the link', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      const data = payloadOf(await page.content());
      await setFilter(page, '[data-all-time]', (p) => p.locator('[data-all-time]').click());
      await page.locator('input[name="countries"]').check();
      const all = await shown(page);
      expect(page.url()).toContain('from=all');
      expect(page.url()).toContain('countries=1');
      // One type only: every edge shown states it.
      for (const t of data.relationTypes) if (t !== 'talks') await page.locator(`input[name="type"][value="${t}"]`).uncheck();
      const talks = await shown(page);
      expect(talks.edges.length).toBeGreaterThan(0);
      expect(talks.edges.length).toBeLessThanOrEqual(all.edges.length);
      for (const i of talks.edges) expect(data.edges[i].relations.map((r) => r.type)).toContain('talks');
      expect(new URL(page.url()).searchParams.get('type')).toBe('talks');
      // Mentioned together: a weaker kind of its own, drawn only when asked for.
      const cooc = data.edges.filter((e) => e.kind === 'cooccurrence').length;
      await page.locator('input[name="cooc"]').check();
      const withCooc = await page.locator('.gedge.k-cooccurrence:not(.off)').count();
      if (cooc > 0) expect(withCooc).toBeGreaterThan(0);
      await page.locator('input[name="cooc"]').uncheck();
      expect(await page.locator('.gedge.k-cooccurrence:not(.off)').count()).toBe(0);
      // The window: the last month with relations alone shows fewer edges than the whole period.
      const months = data.months;
      await page.locator('select[name="from"]').selectOption(months[months.length - 1]);
      expect((await shown(page)).edges.length).toBeLessThanOrEqual(talks.edges.length);
      // The table follows the drawing.
      const rows = await page.locator('[data-table-body] tr').count();
      expect(rows).toBeGreaterThanOrEqual((await shown(page)).edges.length);
      await page.locator('[data-reset]').click();
      expect(new URL(page.url()).search).toBe('');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('a shared link opens the same view; ?type=…&actor=…&from=… answers «with whom did X …?»', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      const data = payloadOf(await page.content());
      await setFilter(page, 'input[name="countries"]', (p) => p.locator('input[name="countries"]').check());
      await page.locator('[data-all-time]').click();
      const view = await shown(page);
      const link = await page.locator('[data-share]').getAttribute('href');
      const again = await open(link!);
      expect(await shown(again.page)).toEqual(view);
      await again.page.close();
      // The actor with the most typed relations, and its most frequent type — counting only relations
      // of dated sentences: the link asks for a window, and an undated sentence counts only over the
      // whole period.
      const count = new Map<string, number>();
      for (const e of data.edges) for (const r of e.relations) if (r.months.length) for (const id of [e.source, e.target]) count.set(`${id}|${r.type}`, (count.get(`${id}|${r.type}`) ?? 0) + r.count);
      const [actor, type] = [...count].sort((a, b) => b[1] - a[1])[0][0].split('|');
      const first = data.months[0].slice(0, 4);
      const q = await open(`${base()}graph/?type=${type}&actor=${actor}&from=${first}-01`);
      const v = await shown(q.page);
      expect(v.edges.length).toBeGreaterThan(0);
      for (const i of v.edges) {
        expect([data.edges[i].source, data.edges[i].target]).toContain(actor);
        expect(data.edges[i].relations.map((r) => r.type)).toContain(type);
      }
      expect(v.nodes).toContain(actor);
      await expect.poll(() => q.page.locator('[data-graph-panel] h2').textContent()).toBe(data.nodes.find((n) => n.id === actor)!.name);
      expect(await q.page.locator('input[name="type"]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([type]);
      expect(q.errors).toEqual([]);
      await q.page.close();
      expect(errors).toEqual([]);
      await page.close();
    });

    it('directed relations are drawn as arrows, and the panel says who did what to whom', async () => {
      const { page, errors } = await open(`${base()}graph/?from=all&countries=1`);
      const data = payloadOf(await page.content());
      const i = data.edges.findIndex((e) => e.relations.some((r) => r.directed));
      const br = Buffer.from(await (await fetch(`${base()}data/graph.json.br`)).arrayBuffer());
      const graph = JSON.parse(brotliDecompressSync(br).toString('utf8')) as { edges: Array<{ relations?: Array<{ directed: boolean }> }> };
      if (i < 0) {
        // Only a graph without directed relations may draw no arrow (older data: no `relations` at all).
        expect(graph.edges.some((e) => e.relations?.some((r) => r.directed))).toBe(false);
        expect(await page.locator('.gedge:not(.off) .vis[marker-end], .gedge:not(.off) .vis[marker-start]').count()).toBe(0);
      } else {
        const r = data.edges[i].relations.find((x) => x.directed)!;
        const vis = page.locator(`.gedge[data-i="${i}"] .vis`);
        expect(await vis.getAttribute(r.to === data.edges[i].target ? 'marker-end' : 'marker-start')).toBe('url(#garrow)');
        await page.locator(`.gedge[data-i="${i}"] .hit`).click({ force: true });
        const name = (id: string) => data.nodes.find((n) => n.id === id)!.name;
        const words = data.directedWords[r.type]!;
        await expect.poll(() => page.locator('[data-graph-panel] .rels').textContent()).toContain(`${data.relationLabels[r.type]} ${words[0]} ${name(r.from)} ${words[1]} ${name(r.to)}`);
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    it('clicking a node opens its panel with a link to the actor page', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      const node = page.locator('.gnode:not(.off)').first();
      const id = await node.getAttribute('data-id');
      await node.click();
      const panel = page.locator('[data-graph-panel]');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.locator(`a[href="${basePath()}actors/${id}/"]`).count()).toBe(1);
      expect(page.url()).toContain(`focus=${id}`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('clicking an edge shows evidence linking to an existing paragraph id, from its source actor\'s file only', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      const fetched: string[] = [];
      page.on('request', (r) => r.resourceType() === 'fetch' && fetched.push(new URL(r.url()).pathname));
      const edge = page.locator('.gedge:not(.off)').first();
      const data = payloadOf(await page.content());
      const source = data.edges[Number(await edge.getAttribute('data-i'))].source;
      await edge.locator('.hit').click({ force: true });
      const link = page.locator('[data-graph-panel] .evidence a').first();
      await link.waitFor();
      expect(fetched).toEqual([`${basePath()}graph/evidence/${source}.json`]);
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^${basePath()}articles/[^/]+/#p-\\d+$`));
      const [pagePath, anchor] = href.split('#');
      const article = await (await fetch(new URL(pagePath, base()))).text();
      expect(article).toContain(`id="${anchor}"`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('?focus=<id> opens centred on the actor with its panel; one not shown is said so', async () => {
      const html = await (await fetch(`${base()}graph/`)).text();
      const id = [...html.matchAll(/<a class="gnode ([^"]*)"[^>]*data-id="([^"]+)"/g)].find((m) => !/\boff\b/.test(m[1]))![2];
      const { page, errors } = await open(`${base()}graph/?focus=${id}`);
      const panel = page.locator('[data-graph-panel]');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.locator(`a[href="${basePath()}actors/${id}/"]`).count()).toBe(1);
      const box = (await page.locator(`.gnode[data-id="${id}"] circle`).boundingBox())!;
      const stage = (await page.locator('[data-graph-svg]').boundingBox())!;
      expect(Math.abs(box.x + box.width / 2 - (stage.x + stage.width / 2))).toBeLessThan(stage.width * 0.15);
      const missing = await open(`${base()}graph/?focus=not-a-drawn-actor`);
      await expect.poll(() => missing.page.locator('[data-search-status]').textContent()).toContain('ليس بين الفاعلين');
      expect(await missing.page.locator('[data-graph-panel]').isVisible()).toBe(false);
      expect([...errors, ...missing.errors]).toEqual([]);
      await missing.page.close();
      await page.close();
    });

    it('keyboard only: Tab reaches the filters and the nodes, focus shows the label, Enter opens, Escape closes', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      await page.locator('h1').click();
      const reached = new Set<string>();
      let onNode = false;
      for (let i = 0; i < 80 && !onNode; i++) {
        await page.keyboard.press('Tab');
        const what = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          return a?.classList.contains('gnode') ? 'node' : (a?.getAttribute('name') ?? a?.tagName ?? '');
        });
        reached.add(what);
        onNode = what === 'node';
      }
      expect(onNode).toBe(true);
      for (const control of ['q', 'type', 'countries', 'cooc', 'from', 'to']) expect(reached).toContain(control);
      // Every control has a name a screen reader can say.
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll('[data-graph-controls] input, [data-graph-controls] select, [data-graph-controls] button')]
          .filter((c) => !(c as HTMLInputElement).labels?.length && !c.getAttribute('aria-label') && !c.textContent?.trim()).length,
      );
      expect(unnamed).toBe(0);
      const label = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.glabel')!).visibility);
      expect(label).toBe('visible');
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
        // Focus may pan the view: compare both nodes where they are now, in one frame.
        const was = await page.evaluate((id) => {
          const r = document.querySelector(`.gnode[data-id="${id}"] circle`)!.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }, from.id);
        const now = await page.evaluate((id) => {
          const r = document.querySelector(`.gnode[data-id="${id}"] circle`)!.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }, to.id);
        expect((now.x - was.x) * dx + (now.y - was.y) * dy, `${key} from ${from.id} to ${to.id}`).toBeGreaterThan(0);
      }
      // The default view draws more than one node: some arrow has somewhere to go.
      expect(moved.length, 'no arrow key moved the focus').toBeGreaterThan(0);
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

    it('the search box shows one actor\'s relations and a button brings everyone back', async () => {
      const { page, errors } = await open(`${base()}graph/`);
      const before = await shown(page);
      const name = await page.locator('.gnode.labelled:not(.off) .glabel').first().textContent();
      await page.fill('#graph-q', name!);
      await page.press('#graph-q', 'Enter');
      await expect.poll(() => page.locator('[data-graph-panel] h2').textContent()).toBe(name);
      const id = new URL(page.url()).searchParams.get('actor');
      expect(id).toBeTruthy();
      const data = payloadOf(await page.content());
      for (const i of (await shown(page)).edges) expect([data.edges[i].source, data.edges[i].target]).toContain(id);
      await page.locator('[data-clear-actor]').click();
      expect(await shown(page)).toEqual(before);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}

describe('/graph/ at phone and desktop widths, both themes', () => {
  it('fits the width, keeps labels apart, and is pictured for review', async () => {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const c = await launchBrowser({ width, height: 900, colorScheme });
        const { page, errors } = await open(`${inject('rootUrl')}graph/`, c);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `graph-${width}-${colorScheme}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(1);
        const figures = await graphViewFigures(page);
        expect(figures.labelOverlaps).toBe(0);
        expect(figures.isolatedNodes).toBe(0);
        expect(errors).toEqual([]);
        await c.close();
      }
    }
  });
});
