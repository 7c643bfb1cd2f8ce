// Where the bytes of a built site go: by part of the site (article pages, other pages,
// search index, exports, graph files, assets) and, inside the HTML pages, by what is
// repeated on every page (inline scripts, inline CSS, inline SVG, JSON-LD).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PartSize { files: number; bytes: number }

export interface DistBreakdown {
  files: number;
  bytes: number;
  /** Article pages (dist/articles/<slug>/). */
  articles: number;
  parts: Record<string, PartSize>;
  /** Inside every HTML page, summed. */
  html: { pages: number; bytes: number; inlineScript: number; jsonLd: number; inlineStyle: number; inlineSvg: number };
  /** Inside the article pages, summed: where their bytes go (ARTICLE_PAGE_PIECES). */
  articlePage: Record<string, number>;
  /** The largest files, for a glance at what to split. */
  largest: { file: string; bytes: number }[];
}

/**
 * Pieces of an article page, by the markup that opens and closes them; the pieces may nest
 * (the search box is inside the header, JSON-LD inside the head), so they do not add up.
 * `text of the article body` is the paragraphs' text without tags: what the reader came for.
 */
const ARTICLE_PAGE_PIECES: [string, RegExp][] = [
  ['head', /<head>[\s\S]*?<\/head>/g],
  ['— JSON-LD', /<script type="application\/ld\+json">[\s\S]*?<\/script>/g],
  ['— meta tags', /<meta [^>]*>/g],
  ['site header', /<header class="site-header"[\s\S]*?<\/header>/g],
  // The form, and the panel after it in pages built before the box's script made it (issue 18).
  ['— search box', /<div class="search-box"[\s\S]*?<\/form>\s*(?:<div class="search-box__panel"[\s\S]*?<\/div>\s*)?<\/div>/g],
  ['breadcrumbs', /<nav class="breadcrumbs"[\s\S]*?<\/nav>/g],
  ['article header', /<header class="article-header"[\s\S]*?<\/header>/g],
  ['article body', /<div class="article-body[\s\S]*?<\/div>/g],
  ['— paragraph ¶ links', /<span class="para__tools">[\s\S]*?<\/span>/g],
  // The links in the paragraphs' own text (not the ¶ links, inside .para__tools): the actor mentions.
  ['— actor mention links (tags only)', /(?<=<p id="p-\d+"[^>]*>(?:[^<]|<a [^>]*>[^<]*<\/a>)*)(?:<a [^>]*href="[^"#][^"]*"[^>]*>|(?<=<a [^>]*href="[^"#][^"]*"[^>]*>[^<]*)<\/a>)/g],
  ['aside', /<aside[\s\S]*?<\/aside>/g],
  ['— actor chips', /<section aria-labelledby="actors-h"[^>]*>[\s\S]*?<\/section>/g],
  ['— related articles', /<section aria-labelledby="related-h">[\s\S]*?<\/section>/g],
  ['older/newer links', /<nav aria-label="التنقل الزمني[\s\S]*?<\/nav>/g],
  ['footer', /<footer[\s\S]*?<\/footer>/g],
];

/** Bytes of the paragraphs' text in an article page (tags removed). */
const bodyText = (s: string) => {
  const body = /<div class="article-body[\s\S]*?<\/div>/.exec(s)?.[0] ?? '';
  return Buffer.byteLength(body.replace(/<[^>]+>/g, ''));
};

/** The part of the site a file belongs to, from its path under dist/. */
export function partOf(rel: string): string {
  const [top, second] = rel.split('/');
  if (top === 'articles') return /^\d+$/.test(second ?? '') || second === 'page' || second === 'index.html' ? 'listing pages' : 'article pages';
  if (top === 'pagefind') {
    if (second === 'kb-text') return 'search excerpt files (pagefind/kb-text/)';
    return rel.includes('/fragment/') ? 'search fragments (pagefind/**/fragment/)' : 'search index (pagefind/, rest)';
  }
  if (top === 'data') return rel.endsWith('.html') ? 'other pages' : 'exports (data/)';
  if (top === 'actors' && rel !== 'actors/index.html') return 'actor pages';
  if (top === 'graph') return rel.endsWith('.html') ? 'other pages' : 'graph files (graph/)';
  if (top === '_astro') return 'shared assets (_astro/)';
  if (rel.endsWith('.html')) return 'other pages';
  return 'other files';
}

const sum = (s: string, re: RegExp) => {
  let n = 0;
  for (const m of s.matchAll(re)) n += Buffer.byteLength(m[0]);
  return n;
};

export function distBreakdown(dist: string): DistBreakdown {
  const out: DistBreakdown = {
    files: 0, bytes: 0, articles: 0, parts: {},
    html: { pages: 0, bytes: 0, inlineScript: 0, jsonLd: 0, inlineStyle: 0, inlineSvg: 0 },
    articlePage: {},
    largest: [],
  };
  const stack = [''];
  while (stack.length) {
    const rel = stack.pop()!;
    for (const e of readdirSync(path.join(dist, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) { stack.push(r); continue; }
      if (!e.isFile()) continue;
      const bytes = statSync(path.join(dist, r)).size;
      out.files++; out.bytes += bytes;
      const part = (out.parts[partOf(r)] ??= { files: 0, bytes: 0 });
      part.files++; part.bytes += bytes;
      if (/^articles\/[^/]+\/index\.html$/.test(r) && partOf(r) === 'article pages') out.articles++;
      out.largest.push({ file: r, bytes });
      if (out.largest.length > 200) out.largest = out.largest.sort((a, b) => b.bytes - a.bytes).slice(0, 10);
      if (r.endsWith('.html')) {
        const s = readFileSync(path.join(dist, r), 'utf8');
        out.html.pages++; out.html.bytes += bytes;
        out.html.jsonLd += sum(s, /<script type="application\/ld\+json">[\s\S]*?<\/script>/g);
        out.html.inlineScript += sum(s, /<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>[\s\S]*?<\/script>/g);
        out.html.inlineStyle += sum(s, /<style\b[^>]*>[\s\S]*?<\/style>/g);
        out.html.inlineSvg += sum(s, /<svg\b[\s\S]*?<\/svg>/g);
        if (/^articles\/[^/]+\/index\.html$/.test(r) && partOf(r) === 'article pages') {
          const a = out.articlePage;
          a['whole page'] = (a['whole page'] ?? 0) + bytes;
          a['text of the article body'] = (a['text of the article body'] ?? 0) + bodyText(s);
          for (const [name, re] of ARTICLE_PAGE_PIECES) a[name] = (a[name] ?? 0) + sum(s, re);
        }
      }
    }
  }
  out.largest = out.largest.sort((a, b) => b.bytes - a.bytes).slice(0, 10);
  return out;
}

const kb = (b: number) => (b >= 1048576 ? `${(b / 1048576).toFixed(1)} MB` : `${(b / 1024).toFixed(1)} KB`);

export function breakdownMarkdown(d: DistBreakdown): string {
  const per = (b: number) => (d.articles ? kb(b / d.articles) : '—');
  const filesPer = d.articles ? (d.files / d.articles).toFixed(2) : '—';
  const L = [`dist/: ${d.files} files (${filesPer} per article), ${kb(d.bytes)}; ${d.articles} article pages: **${per(d.bytes)} per article all in**; largest file ${d.largest[0] ? `${d.largest[0].file} ${kb(d.largest[0].bytes)}` : '—'}.`, '',
    '| part | files | size | per article |', '|---|---:|---:|---:|'];
  for (const [name, p] of Object.entries(d.parts).sort((a, b) => b[1].bytes - a[1].bytes)) L.push(`| ${name} | ${p.files} | ${kb(p.bytes)} | ${per(p.bytes)} |`);
  const h = d.html;
  L.push('', `Inside the ${h.pages} HTML pages (${kb(h.bytes)}): inline scripts ${kb(h.inlineScript)}, JSON-LD ${kb(h.jsonLd)}, inline CSS ${kb(h.inlineStyle)}, inline SVG ${kb(h.inlineSvg)}.`);
  if (d.articles) {
    L.push('', `Inside an article page (average of ${d.articles}; pieces marked — are inside the one above them):`, '', '| piece | bytes |', '|---|---:|');
    for (const [name, b] of Object.entries(d.articlePage)) L.push(`| ${name} | ${Math.round(b / d.articles)} |`);
  }
  L.push('', `Largest files: ${d.largest.slice(0, 5).map((f) => `${f.file} ${kb(f.bytes)}`).join(', ')}.`);
  return L.join('\n');
}
