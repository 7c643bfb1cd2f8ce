// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeParagraphIds } from './src/lib/site/rehypeParagraphIds.ts';
import { modulePreload } from './src/astro/modulePreload.ts';
import { buildLock } from './src/astro/buildLock.ts';
import { ARTICLES_DIR } from './src/astro/articlesDir.ts';
import { outsideServerBundle } from './src/astro/serverBundle.ts';

// BASE and SITE let the same corpus be deployed under a sub-path (GitHub Pages,
// a folder on a shared host) or with absolute canonical URLs.
const base = process.env.BASE || '/';
// A BASE_URL left in the environment would override `base` in import.meta.env: drop it.
delete process.env.BASE_URL;
const site = process.env.SITE || undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // smartypants would turn the " quotes common in Arabic text into curly ones: keep text as written.
  // Only articles a person edited with MDX markup are compiled (src/content.config.ts); their
  // blocks get the same p-N ids as plain articles.
  // /search/ searches as soon as its script runs: the modules that script imports are named in
  // its head (src/astro/modulePreload.ts), so they come with it, not one request after.
  // Two builds of different article folders from one checkout would mix their content maps in
  // .astro/: the second waits for the first (src/astro/buildLock.ts).
  // The pipeline's modules are loaded by Node, not bundled again on every build (src/astro/serverBundle.ts).
  integrations: [buildLock(ARTICLES_DIR), mdx({ smartypants: false, rehypePlugins: [rehypeParagraphIds] }), modulePreload(['search/'], base), outsideServerBundle('src/lib')],
  markdown: { smartypants: false },
  // Stylesheets as files, never inlined: each page would otherwise repeat them (dist size),
  // and the next page a reader opens finds them in the cache.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts too: Astro inlines a bundled script smaller than assetsInlineLimit into every page.
  // A component's script is named by the component alone (`SearchBox.<hash>.js`, not
  // `SearchBox.astro_astro_type_script_index_0_lang.<hash>.js`): every page of dist/ names three.
  // The server build names its own entries (Astro overrides entryFileNames there).
  vite: { build: { assetsInlineLimit: 0, rollupOptions: { output: { entryFileNames: (chunk) => `_astro/${chunk.name.split('.')[0]}.[hash].js` } } } },
  devToolbar: { enabled: false },
});
