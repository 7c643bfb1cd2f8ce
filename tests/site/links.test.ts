// Link checker over BOTH test builds (at "/" and at "/kb/"): every internal href/src in
// every HTML file must resolve to a file of the build, and every #fragment to an id on
// the target page. Catches links that forget the base path.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { KB_SITE } from './global-setup';
import { readArticleExport } from '../../src/indexer/read';

interface Node { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node }

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  if (node.content) walk(node.content, visit);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? htmlFiles(p) : d.name.endsWith('.html') ? [p] : [];
  });
}

interface PageInfo { ids: Set<string>; refs: { attr: string; value: string }[] }
const cache = new Map<string, PageInfo>();
function pageInfo(file: string): PageInfo {
  let info = cache.get(file);
  if (!info) {
    const ids = new Set<string>();
    const refs: PageInfo['refs'] = [];
    walk(parse(readFileSync(file, 'utf8')) as unknown as Node, (n) => {
      for (const a of n.attrs ?? []) {
        if (a.name === 'id') ids.add(a.value);
        if (a.name === 'href' || a.name === 'src') refs.push({ attr: `${n.nodeName}@${a.name}`, value: a.value });
      }
    });
    info = { ids, refs };
    cache.set(file, info);
  }
  return info;
}

/** File in the build for a URL path under base, like a static host resolves it. */
function resolveTarget(dir: string, base: string, urlPath: string): string | null {
  if (!urlPath.startsWith(base)) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const file = path.join(dir, rel);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : null;
}

function checkBuild(dir: string, base: string, siteOrigin?: string): string[] {
  const problems: string[] = [];
  const origin = 'http://site.invalid';
  for (const file of htmlFiles(dir)) {
    const rel = path.relative(dir, file);
    // The page's own URL: /kb/articles/x/ for articles/x/index.html; 404.html is served anywhere.
    const pageUrl = new URL(base + rel.replace(/index\.html$/, ''), origin);
    for (const { attr, value } of pageInfo(file).refs) {
      if (!value || /^(mailto:|tel:|javascript:|data:)/i.test(value)) continue;
      const url = new URL(value, pageUrl);
      // Absolute links to the site's own origin (canonical, og:url) are internal too.
      if (url.origin !== origin && url.origin !== siteOrigin) continue; // external
      const target = resolveTarget(dir, base, url.pathname);
      if (!target) {
        problems.push(`${rel}: ${attr}="${value}" → no file for ${url.pathname}`);
        continue;
      }
      const frag = decodeURIComponent(url.hash.slice(1));
      if (frag && target.endsWith('.html') && !pageInfo(target).ids.has(frag)) {
        problems.push(`${rel}: ${attr}="${value}" → no #${frag} on ${path.relative(dir, target)}`);
      }
    }
  }
  return problems;
}

describe('internal links', () => {
  it('resolve in the root build', () => {
    const dir = inject('rootDir');
    expect(htmlFiles(dir).length).toBeGreaterThan(5);
    expect(checkBuild(dir, '/')).toEqual([]);
  });

  it('resolve in the /kb/ build (nothing forgets the base path)', () => {
    const dir = inject('kbDir');
    expect(checkBuild(dir, '/kb/', KB_SITE)).toEqual([]);
    const home = readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${KB_SITE}/kb/"`);
    // And no root-absolute link escapes the base.
    for (const file of htmlFiles(dir)) {
      for (const { value } of pageInfo(file).refs) {
        if (value.startsWith('/')) expect(value.startsWith('/kb/'), `${path.relative(dir, file)}: ${value}`).toBe(true);
      }
    }
  });

  it('the data exports (listed on /data/), feed and sitemaps exist in both builds', () => {
    for (const dir of [inject('rootDir'), inject('kbDir')]) {
      for (const f of ['data/index.html', 'data/articles/index.json', 'data/articles/part-1.json.br', 'data/articles/part-1.csv.gz', 'data/articles/part-1.actors.json.br', 'data/actors.json.br', 'data/topics.json.br', 'data/stories.json.br', 'data/graph.json.br', 'rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', '404.html']) {
        expect(existsSync(path.join(dir, f)), `${dir}/${f}`).toBe(true);
      }
    }
    const sitemap = readFileSync(path.join(inject('kbDir'), 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${KB_SITE}/kb/articles/`);
    const articles = readArticleExport(inject('kbDir'));
    expect(articles[0].url.startsWith(`${KB_SITE}/kb/articles/`)).toBe(true);
  });
});
