// The standard Astro 5 way: the glob loader over MDX files, each compiled as an MDX module.
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BARE_ARTICLES_DIR || '../../content/articles';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base }),
  // Only the title is needed to render; the rest of our frontmatter passes through unchecked.
  schema: z.object({ title: z.string(), date: z.string().optional() }).passthrough(),
});

export const collections = { articles };
