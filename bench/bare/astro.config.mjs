// Baseline for the scale benchmark: a bare Astro 5 + MDX site that builds the same
// generated .mdx articles as our site, with nothing of ours (no corpus, no linking, no
// search), so `npm run bench` can report our overhead as a ratio that holds on any machine.
// BARE_ARTICLES_DIR: the .mdx directory; BARE_OUT_DIR / BARE_CACHE_DIR keep builds out of the tree.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.BARE_OUT_DIR || './dist',
  cacheDir: process.env.BARE_CACHE_DIR || './node_modules/.astro',
  integrations: [mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
