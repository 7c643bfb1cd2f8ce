// Adds N articles to a built site's articles export, as an update would, for timing the search
// index alone (scripts/index-search.ts --reuse-state) without an Astro build: each is a copy of
// a seeded pick with a new slug and its paragraphs in reverse order, dated like a random article
// of the site (or undated, as often as the site's are), put in site order (newest first, undated
// last), with an empty page file (the indexer indexes only articles that have a page).
// Usage: tsx scripts/bench/add-to-export.ts --site DIR [--added 10] [--seed S]. Modifies DIR:
// run it on a copy of a built site.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readArticleExport } from '../../src/indexer/read';
import type { ArticlePartsIndex } from '../../src/lib/corpus/exports';
import { Rng } from './prng';

const { values } = parseArgs({ options: { site: { type: 'string' }, added: { type: 'string', default: '10' }, seed: { type: 'string', default: 'add-to-export' } } });
if (!values.site) throw new Error('usage: tsx scripts/bench/add-to-export.ts --site DIR [--added 10] [--seed S]');
const site = path.resolve(values.site);
const rows = readArticleExport(site);
const rng = new Rng(values.seed!);
const dated = rows.filter((r) => r.date);
const undatedShare = 1 - dated.length / rows.length;
for (let k = 0; k < Number(values.added); k++) {
  const source = rows[Math.floor(rng.next() * rows.length)];
  const date = rng.next() < undatedShare ? null : dated[Math.floor(rng.next() * dated.length)].date;
  const row = { ...source, slug: `${source.slug}-added-${k}`, date, paragraphs: [...source.paragraphs].reverse(), story: null, same_text_as: null };
  let at = date ? rows.findIndex((r) => !r.date || r.date < date) : rows.length;
  if (at < 0) at = rows.length;
  rows.splice(at, 0, row);
  mkdirSync(path.join(site, 'articles', row.slug), { recursive: true });
  writeFileSync(path.join(site, 'articles', row.slug, 'index.html'), '');
  console.log(`${row.slug} ${date ?? 'undated'}`);
}
// The same parts, the first (newest) one longer.
const indexFile = path.join(site, 'data/articles/index.json');
const index = JSON.parse(readFileSync(indexFile, 'utf8')) as ArticlePartsIndex;
let from = 0;
for (const [i, part] of index.parts.entries()) {
  const count = part.articles + (i === 0 ? Number(values.added) : 0);
  const text = JSON.stringify(rows.slice(from, from + count));
  // Brotli parts (.br), or gzip in sites built before them (.gz).
  writeFileSync(path.join(site, 'data/articles', part.json), part.json.endsWith('.br') ? brotliCompressSync(text) : gzipSync(text));
  part.articles = count;
  from += count;
}
index.articles = rows.length;
writeFileSync(indexFile, JSON.stringify(index));
