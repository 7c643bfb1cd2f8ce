// Builds the Pagefind index of the built site (after `astro build`).
// Usage: tsx scripts/index-search.ts [--site DIR]   (default: dist)
import * as pagefind from 'pagefind';
import path from 'node:path';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const site = path.resolve(arg('--site', process.env.OUT_DIR || 'dist'));
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
await pagefind.close();
console.log(`search index: ${added.page_count} pages → ${path.join(site, 'pagefind')}`);
