// The articles collection: content/articles/*.mdx, written by `npm run ingest` and
// editable by people. Bodies hold no components, so we parse them ourselves
// (parseArticleMdx) instead of compiling each file as an MDX module: the page renders
// the paragraphs with stable ids, and a 10,000-article corpus builds without paying
// vite's per-module cost.
import { defineCollection, z } from 'astro:content';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticleMdx } from './lib/ingest/mdx';

const ARTICLES_DIR = process.env.ARTICLES_DIR || 'content/articles';

const overrides = z
  .object({ add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() })
  .strict()
  .optional();

const articles = defineCollection({
  loader: {
    name: 'article-mdx-loader',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const dir = path.resolve(ARTICLES_DIR);
      const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.mdx')).sort();
      store.clear();
      for (const file of files) {
        const id = file.replace(/\.mdx$/, '');
        try {
          const text = await readFile(path.join(dir, file), 'utf8');
          const { frontmatter, paragraphs } = parseArticleMdx(text, file);
          const data = await parseData({ id, data: { ...frontmatter, paragraphs } });
          store.set({ id, data, digest: generateDigest(text) });
        } catch (err) {
          // One bad (hand-edited) file must not stop the build: name it and go on.
          logger.error(`${path.join(ARTICLES_DIR, file)}: ${(err as Error).message}`);
        }
      }
    },
  },
  schema: z.object({
    title: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').optional(),
    source: z.string().optional(),
    agency: z.string().optional(),
    raw: z.string(),
    via: z.string().optional(),
    tags: z.array(z.string()).default([]),
    actors: overrides,
    topics: overrides,
    checksum: z.string().optional(),
    paragraphs: z.array(z.string()),
  }),
});

export const collections = { articles };
