// What an article page costs a host beyond the reader's text (issue 18, «a smaller dist/»): the
// page's chrome, head and aside are repeated in every article of dist/, so their bytes are
// checked against a budget on the bundled corpus's real pages.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readArticleExport } from '../../src/indexer/read';

const rootDir = inject('rootDir');
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * Bytes of an article page that are not its title and paragraphs, on average over the bundled
 * corpus: 13,902 before the related list lost its full-list markup and mention links their
 * tooltips that repeat the link's own words (2026-12-01), 13,493 after; 11,003 after the third
 * round (no og:description nor article:tag, JSON-LD `about` the five main actors, no class per
 * chip, mention or date, no scoped-style attributes, icons drawn by CSS; 2026-12-02); 10,013 after
 * the fourth (the aside's actor chips made from the body's mention links, paragraphs and list
 * titles without class or dir="auto", script files named by their component; 2026-12-02); 8,917
 * after the fifth (¶ links made by a script, no title as the last breadcrumb, the actor order as
 * positions, a ~160-character description, related articles without outlet, JSON-LD `about` as
 * names, no article:publisher; 2026-12-02); 7,877 after the sixth (the header search box as its no-JS
 * form, one header script, header and footer parts without classes, no URL in the JSON-LD, the
 * sitemap and feed links off the article pages, related dates without a wrapper; 8,902 before it,
 * 2026-12-02); 7,586 after the seventh (the theme toggle made by its script, no spaces between the
 * blocks of the shell, header, footer and article page, the same-text copies' stylesheet in
 * global.css; 2026-12-02). Lower it as pages shed bytes.
 */
const AVERAGE_OVERHEAD_BUDGET = 7_700;
/** What search engines show of a description; the page's is cut at a word boundary below it. */
const DESCRIPTION_CHARS = 160;

describe('article page weight', () => {
  const articles = readArticleExport(rootDir);
  const pages = articles.map((a) => {
    const html = readFileSync(path.join(rootDir, 'articles', a.slug, 'index.html'), 'utf8');
    return { a, html, overhead: bytes(html) - bytes(a.title) - a.paragraphs.reduce((n, p) => n + bytes(p), 0) };
  });

  it(`carries at most ${AVERAGE_OVERHEAD_BUDGET / 1000} KB on average beyond the article's own text`, () => {
    const average = pages.reduce((n, p) => n + p.overhead, 0) / pages.length;
    expect(average).toBeLessThanOrEqual(AVERAGE_OVERHEAD_BUDGET);
  });

  it('names an actor in a mention tooltip only when the text names it otherwise', () => {
    let tooltips = 0;
    for (const { html } of pages) {
      const body = /<div class="article-body prose">[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
      for (const m of body.matchAll(/<a href="\/actors\/[^"]*" title="([^"]*)">([^<]*)<\/a>/g)) {
        tooltips++;
        expect(m[1]).not.toBe(m[2]);
      }
    }
    // The bundled corpus has mentions written otherwise than the name («الروسي» → روسيا).
    expect(tooltips).toBeGreaterThan(0);
  });

  it('writes no ¶ link, no title as the last breadcrumb, and a short description', () => {
    for (const { a, html } of pages) {
      // The ¶ links are made by the page's script from the paragraphs' ids (src/client/paragraph-tools.ts).
      expect(html).not.toContain('para__tools');
      expect(html).toMatch(/<p id="p-1">/);
      const crumbs = /<nav class="breadcrumbs"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? '';
      expect(crumbs).toContain('href="/articles/"');
      expect(crumbs).not.toContain(a.title);
      const description = /<meta name="description" content="([^"]*)">/.exec(html)?.[1] ?? '';
      const text = description.replace(/&#34;|&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#39;/g, "'");
      expect(text.length).toBeGreaterThan(20);
      expect([...text].length).toBeLessThanOrEqual(DESCRIPTION_CHARS);
    }
  });

  it('lists related articles as title and date, each a link to an article page that exists', () => {
    let seen = 0;
    for (const { html } of pages) {
      const list = /<h2 id="related-h">[^<]*<\/h2>\s*<ul class="article-list related-list">(.*?)<\/ul>/s.exec(html);
      if (!list) continue;
      for (const li of list[1].split('<li>').slice(1)) {
        seen++;
        expect(li).not.toMatch(/<h3|class="excerpt"/);
        const href = /<a href="\/articles\/([^/]+)\/"/.exec(li)?.[1];
        expect(href && articles.some((a) => a.slug === href)).toBe(true);
        expect(li).toMatch(/<time datetime="\d{4}-\d\d-\d\d">|<span>دون تاريخ<\/span>/);
        expect(li).not.toContain('<bdi>'); // no outlet: the article page names it
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('writes the header search box as the no-JS form: the combobox and its panel are made by its script', () => {
    for (const { html } of pages) {
      const box = /<div class="search-box" data-search-box>(.*?)<\/form>\s*<\/div>/s.exec(html)?.[1] ?? '';
      expect(box).toMatch(/<form action="\/search\/" method="get" role="search"/);
      expect(box).toMatch(/<label class="visually-hidden" for="search-box-q">/);
      expect(box).toMatch(/<button type="submit" class="search-box__submit" aria-label="بحث"><\/button>/);
      // src/client/search/box-panel.ts makes these when the page loads.
      expect(html).not.toContain('search-box__panel');
      expect(html).not.toContain('role="combobox"');
      expect(html).not.toContain('role="listbox"');
    }
  });

  it('gives the page\'s URL, the sitemap and the feed once: no URL in the JSON-LD, the sitemap link on the home page, the feed link in the footer', () => {
    const home = readFileSync(path.join(rootDir, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="sitemap" href="/sitemap-index.xml">');
    expect(home).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/rss.xml">/);
    for (const { a, html } of pages) {
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(a.title);
      expect(ld).not.toHaveProperty('mainEntityOfPage');
      expect(ld).not.toHaveProperty('url');
      expect(html).toContain(`<link rel="canonical" href="/articles/${a.slug}/">`);
      expect(html).toContain(`<meta property="og:url" content="/articles/${a.slug}/">`);
      expect(html).not.toContain('rel="sitemap"');
      expect(html).not.toContain('application/rss+xml');
      expect(/<footer[\s\S]*<\/footer>/.exec(html)?.[0]).toContain('<a href="/rss.xml">');
    }
  });
});
