// Two collections over the same folder of article files (ARTICLES_DIR, content/articles/):
//
// - `articles`: every file, parsed by parseArticleMdx into frontmatter and plain paragraphs.
//   What ingest writes is escaped text with no components, so the page renders those
//   paragraphs itself: a 10,000-article corpus builds without compiling 10,000 MDX modules.
// - `articleMarkup`: only the files a person edited with real MDX (emphasis, links, lists,
//   <Note>…): Astro's glob loader compiles just these, and the page renders their <Content />.
//
// One bad file never stops the build: it is named in the log and left out (frontmatter
// errors) or shown as its text (MDX that would not compile).
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from '@mdx-js/mdx';
import { ArticleFrontmatterSchema } from './lib/data/schemas/article';
import { parseArticleMdx, type ParsedArticle } from './lib/ingest/mdx';
import { markupProblems } from './lib/ingest/markup';

const ARTICLES_DIR = process.env.ARTICLES_DIR || 'content/articles';

interface ScannedFile {
  file: string;
  id: string;
  digest: string;
  parsed?: ParsedArticle;
  error?: string;
  /** A person's MDX edit that compiles: rendered through the articleMarkup collection. */
  compiled?: boolean;
}
type Logger = { error: (msg: string) => void; warn: (msg: string) => void };

async function scanArticleFiles(dir: string, logger: Logger): Promise<ScannedFile[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.mdx')).sort();
  const out: ScannedFile[] = [];
  for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    const id = file.replace(/\.mdx$/, '');
    const digest = createHash('sha1').update(text).digest('hex');
    try {
      const parsed = parseArticleMdx(text, file);
      const compiled = parsed.markup && (await compiles(parsed.body, path.join(ARTICLES_DIR, file), logger));
      // Only edited files with markup need their source again (to compile it): keep memory flat.
      if (!compiled) parsed.body = '';
      out.push({ file, id, digest, parsed, compiled });
    } catch (err) {
      out.push({ file, id, digest, error: (err as Error).message });
    }
  }
  return out;
}

/** Checks an edited article's MDX before the build: a file that would fail is reported and shown as text. */
async function compiles(body: string, where: string, logger: Logger): Promise<boolean> {
  const problems = markupProblems(body);
  if (!problems.length) {
    try {
      await compile(body);
    } catch (err) {
      problems.push((err as Error).message.split('\n')[0]);
    }
  }
  if (problems.length) logger.warn(`${where}: MDX not rendered, shown as text: ${problems.join('; ')}`);
  return problems.length === 0;
}

// Both loaders run in the same sync: read and parse the folder once.
let scan: Promise<ScannedFile[]> | undefined;
const scanOnce = (logger: Logger) => (scan ??= scanArticleFiles(path.resolve(ARTICLES_DIR), logger));

const articles = defineCollection({
  loader: {
    name: 'article-mdx-loader',
    load: async ({ store, parseData, logger }) => {
      store.clear();
      for (const f of await scanOnce(logger)) {
        if (!f.parsed) {
          logger.error(`${path.join(ARTICLES_DIR, f.file)}: ${f.error}`);
          continue;
        }
        const { frontmatter, paragraphs } = f.parsed;
        try {
          const data = await parseData({ id: f.id, data: { ...frontmatter, paragraphs, markup: !!f.compiled } });
          store.set({ id: f.id, data, digest: f.digest });
        } catch (err) {
          logger.error(`${path.join(ARTICLES_DIR, f.file)}: ${(err as Error).message}`);
        }
      }
    },
  },
  // The frontmatter schema ingest validates with, plus what the loader adds to each entry.
  schema: ArticleFrontmatterSchema.extend({
    paragraphs: z.array(z.string()),
    /** Rendered from the articleMarkup collection (a person's MDX edit that compiles). */
    markup: z.boolean().default(false),
  }),
});

const articleMarkup = defineCollection({
  loader: {
    name: 'article-markup-loader',
    load: async (context) => {
      const files = (await scanOnce(context.logger)).filter((f) => f.compiled).map((f) => f.file);
      if (!files.length) {
        context.store.clear();
        return;
      }
      const base = pathToFileURL(path.resolve(ARTICLES_DIR) + path.sep);
      // File names are matched as glob patterns: escape a person's `(`, `[` … literally.
      const pattern = files.map((f) => f.replace(/[*?[\]{}()!@+\\]/g, '\\$&'));
      await glob({ base, pattern, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }).load(context);
    },
  },
});

export const collections = { articles, articleMarkup };
