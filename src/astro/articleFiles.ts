// Reading the folder of article files (ARTICLES_DIR, content/articles/), for the content
// collection of a person's MDX edits (src/content.config.ts) and for the corpus
// (src/astro/corpus.ts), which reads the articles here rather than through Astro's content
// layer: a collection's entries are bundled by Vite into the build as one JS module of every
// article's data (23 MB at 5,000 articles), compiled again on every build however few pages
// render (docs/scale.md «Incremental builds»).
import { z } from 'zod';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArticleFrontmatterSchema } from '../lib/data/schemas/article';
import { parseArticleMdx, type ParsedArticle } from '../lib/ingest/mdx';
import type { ArticleDoc } from '../lib/types';

export const ARTICLES_DIR = process.env.ARTICLES_DIR || 'content/articles';

export interface ArticleFile {
  file: string;
  id: string;
  parsed?: ParsedArticle;
  error?: string;
}

/**
 * Every .mdx file of the folder, parsed (a file that does not parse carries its error), in name
 * order. `keepForNextRead`: the next call in this process gets the same result if no file changed.
 */
export async function readArticleFiles(dir = path.resolve(ARTICLES_DIR), options: { keepForNextRead?: boolean } = {}): Promise<ArticleFile[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.mdx')).sort();
  // The content sync (src/content.config.ts) and the corpus (src/astro/corpus.ts) read the
  // folder in the same `astro build` process, one after the other: the corpus takes what the
  // sync parsed when no file changed in between (name, size, mtime), instead of parsing every
  // article again (docs/architecture.md «Builds»). Taken once, so the texts are not held longer.
  const stamps = (await Promise.all(files.map(async (f) => {
    const s = await stat(path.join(dir, f)).catch(() => undefined);
    return `${f}\0${s?.size}\0${s?.mtimeMs}`;
  }))).join('\n');
  const memo = lastRead();
  const kept = memo.get(dir);
  memo.delete(dir);
  if (kept?.stamps === stamps) {
    if (options.keepForNextRead) memo.set(dir, kept);
    return kept.files;
  }
  const out: ArticleFile[] = [];
  for (const file of files) {
    const id = file.replace(/\.mdx$/, '');
    try {
      out.push({ file, id, parsed: parseArticleMdx(await readFile(path.join(dir, file), 'utf8'), file) });
    } catch (err) {
      out.push({ file, id, error: (err as Error).message });
    }
  }
  if (options.keepForNextRead) memo.set(dir, { stamps, files: out });
  return out;
}

// On globalThis: the content config and the pages are separate module instances (Vite bundles
// the pages), but one process.
const LAST_READ = Symbol.for('arabic-news-kb.articleFiles.lastRead');
function lastRead(): Map<string, { stamps: string; files: ArticleFile[] }> {
  const g = globalThis as { [LAST_READ]?: Map<string, { stamps: string; files: ArticleFile[] }> };
  return (g[LAST_READ] ??= new Map());
}

/** The frontmatter schema ingest validates with, plus what the page needs to know. */
export const ArticleEntrySchema = ArticleFrontmatterSchema.extend({
  paragraphs: z.array(z.string()),
  /** Rendered from the articleMarkup collection (a person's MDX edit that compiles). */
  markup: z.boolean().default(false),
});

/**
 * The corpus's articles: every file that parses and validates, `markup` for those in the
 * articleMarkup collection. A file that fails is left out here without a word: the content
 * sync (src/content.config.ts) read the same files and named it in the log.
 */
export function articleDocs(files: ArticleFile[], markupIds: ReadonlySet<string>): ArticleDoc[] {
  const out: ArticleDoc[] = [];
  for (const f of files) {
    if (!f.parsed) continue;
    const parsed = ArticleEntrySchema.safeParse({ ...f.parsed.frontmatter, paragraphs: f.parsed.paragraphs, markup: markupIds.has(f.id) });
    if (parsed.success) out.push({ slug: f.id, ...parsed.data });
  }
  return out;
}
