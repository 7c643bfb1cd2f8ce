// npm run bench:weight -- --site DIR [--json FILE] [--no-browser]
// The light-site figures of a built site: where the bytes of dist/ go (scripts/bench/dist-breakdown.ts)
// and what a reader downloads for an article page, first visit and next page
// (scripts/bench/page-weight.ts), with the site served like a static host.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { breakdownMarkdown, distBreakdown } from './bench/dist-breakdown';
import { measurePageWeight, type PageWeight, type VisitWeight } from './bench/page-weight';
import { readArticleExport } from '../src/indexer/read';

const { values: opt } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, json: { type: 'string' }, 'no-browser': { type: 'boolean', default: false } } });
const dist = path.resolve(opt.site!);

/** Two article pages: the first two of the articles export (newest), else of dist/articles/. */
function twoArticles(): string[] {
  try {
    const rows = readArticleExport(dist);
    if (rows.length >= 2) return rows.slice(0, 2).map((r) => `articles/${r.slug}/`);
  } catch { /* fall back to the folder */ }
  return readdirSync(path.join(dist, 'articles')).filter((d) => /^[a-z0-9]/.test(d) && d !== 'page' && d !== 'index.html').sort().slice(0, 2).map((d) => `articles/${d}/`);
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const line = (label: string, v: VisitWeight) => `${label}: ${kb(v.bytes)} in ${v.requests} requests (${Object.entries(v.byType).map(([t, x]) => `${t} ${kb(x.bytes)}`).join(', ')}), ${v.fromCache} from cache${v.fonts.length ? `; fonts: ${v.fonts.join(', ')}` : ''}`;

async function main() {
  const breakdown = distBreakdown(dist);
  console.log(breakdownMarkdown(breakdown));
  let weight: PageWeight | undefined;
  if (!opt['no-browser']) {
    const { serveStatic } = await import('../tests/site/server');
    const { launchBrowser } = await import('../tests/site/browser');
    const { server, url } = await serveStatic(dist, '/', { hostLike: true });
    const context = await launchBrowser({ width: 1280, height: 900 });
    try {
      const [a, b] = twoArticles().map((p) => new URL(p, url).href);
      weight = await measurePageWeight(context, a, b ?? a);
      console.log('', line('Article page, first visit', weight.first), line('\nNext article page', weight.next));
    } finally {
      await context.close();
      await new Promise((r) => server.close(r));
    }
  }
  if (opt.json) writeFileSync(opt.json, JSON.stringify({ breakdown, weight }, null, 2));
}

main().catch((e) => { console.error(e); process.exit(1); });
