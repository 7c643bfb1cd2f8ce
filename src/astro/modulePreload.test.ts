import { describe, expect, it } from 'vitest';
import { staticImports, withModulePreloads } from './modulePreload';

// Chunks as Rollup writes them for the site (minified: imports first, no spaces).
const FILES: Record<string, string> = {
  '/_astro/SearchPage.Cn.js': 'import{p as A,l as R}from"./engine.DN.js";import{l as U}from"./fold.BL.js";import"./url.Bk.js";const L=10;A(R,U);',
  '/_astro/engine.DN.js': 'import{n as x,w as Et}from"./url.Bk.js";const O=new Map;export{O as p,x as l};',
  '/_astro/fold.BL.js': 'const f=1;export{f as l};',
  '/_astro/url.Bk.js': 'const n=1,w=2;export{n,w};',
  '/_astro/SiteHeader.CI.js': 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/box.Bv.js"])))=>i.map(i=>d[i]);const s=()=>import("./box.Bv.js");s();',
  '/_astro/box.Bv.js': 'import{p}from"./engine.DN.js";p();',
};
const read = async (p: string) => FILES[p] ?? null;
const page = (scripts: string[]) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/index.css"></head><body><header></header>${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('')}</body></html>`;

describe('modulepreload links for a page’s module scripts', () => {
  it('reads the static imports of a minified chunk, not its dynamic ones', () => {
    expect(staticImports(FILES['/_astro/SearchPage.Cn.js'])).toEqual(['./engine.DN.js', './fold.BL.js', './url.Bk.js']);
    expect(staticImports(FILES['/_astro/SiteHeader.CI.js'])).toEqual([]);
    expect(staticImports('import * as m from "./a.js";\nimport d, { e } from \'./b.js\';')).toEqual(['./a.js', './b.js']);
  });

  it('names every module the scripts import, directly or not, once, in the head', async () => {
    const html = await withModulePreloads(page(['/_astro/SiteHeader.CI.js', '/_astro/SearchPage.Cn.js']), read);
    const head = html.slice(0, html.indexOf('</head>'));
    expect([...head.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1])).toEqual(['/_astro/engine.DN.js', '/_astro/url.Bk.js', '/_astro/fold.BL.js']);
    // The header's dynamically imported box is loaded on focus only: not preloaded.
    expect(html).not.toContain('modulepreload" href="/_astro/box.Bv.js"');
  });

  it('resolves imports under a base path and leaves a page without imports unchanged', async () => {
    const under = Object.fromEntries(Object.entries(FILES).map(([k, v]) => [`/kb${k}`, v]));
    const html = await withModulePreloads(page(['/kb/_astro/SearchPage.Cn.js']), async (p) => under[p] ?? null);
    expect(html).toContain('<link rel="modulepreload" href="/kb/_astro/engine.DN.js">');
    const plain = page(['/_astro/fold.BL.js']);
    expect(await withModulePreloads(plain, read)).toBe(plain);
  });

  it('preloads no module that is not a file of the site, nor one already named', async () => {
    const html = page(['/_astro/SearchPage.Cn.js']).replace('</head>', '<link rel="modulepreload" href="/_astro/fold.BL.js"></head>');
    const out = await withModulePreloads(html, async (p) => (p === '/_astro/url.Bk.js' ? null : read(p)));
    expect(out.match(/modulepreload/g)).toHaveLength(2); // fold as it was, engine added; url is missing
    expect(out).toContain('<link rel="modulepreload" href="/_astro/engine.DN.js">');
  });
});
