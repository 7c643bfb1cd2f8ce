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
import { stampOf, trustedStamp } from '../ingest/fileStamp';

import { ARTICLES_DIR } from './articlesDir';
import { parseJson, parseOf, readParseCache, saveParseCache, type ParseLine } from './parseCache';

export { ARTICLES_DIR };

export interface ArticleFile {
  file: string;
  id: string;
  parsed?: ParsedArticle;
  error?: string;
}

export interface ReadOptions {
  /** The next call in this process gets the same result if no file changed. */
  keepForNextRead?: boolean;
  /**
   * The parses of the last build, kept by each file's stamp (size, inode, modification and change
   * times): a file whose stamp is unchanged is not read again. `code` stands for the code the
   * parses come from; `read: false` (a --full build) reads none but saves them all.
   */
  parseCache?: { file: string; code: string; read: boolean };
  /** How many files were parsed and how many parses were taken from `parseCache`. */
  stats?: { parsed: number; reused: number };
  /** Only for tests: the margin a file's last change must keep before the cache's save (fileStamp.ts). */
  racyMarginMs?: number;
}

/**
 * Every .mdx file of the folder, parsed (a file that does not parse carries its error), in name
 * order.
 */
export async function readArticleFiles(dir = path.resolve(ARTICLES_DIR), options: ReadOptions = {}): Promise<ArticleFile[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.mdx')).sort();
  // The content sync (src/content.config.ts) and the corpus (src/astro/corpus.ts) read the
  // folder in the same `astro build` process, one after the other: the corpus takes what the
  // sync parsed when no file changed in between (the stamps), instead of parsing every
  // article again (docs/architecture.md «Builds»). Taken once, so the texts are not held longer.
  const stamps = await Promise.all(files.map(async (f) => {
    const s = await stat(path.join(dir, f), { bigint: true }).catch(() => undefined);
    return s ? stampOf(s) : '';
  }));
  const joined = files.map((f, i) => `${f}\0${stamps[i]}`).join('\n');
  const memo = lastRead();
  const kept = memo.get(dir);
  memo.delete(dir);
  if (kept?.stamps === joined) {
    if (options.keepForNextRead) memo.set(dir, kept);
    return kept.files;
  }
  const cache = options.parseCache;
  const saved = cache?.read ? readParseCache(cache.file, cache.code) : undefined;
  const out: ArticleFile[] = [];
  // The cache's lines of this read: a reused parse's as it was read, not stringified again.
  const lines: ParseLine[] = [];
  const fresh: ParseLine[] = [];
  let parsedCount = 0;
  for (const [i, file] of files.entries()) {
    const id = file.replace(/\.mdx$/, '');
    const entry = saved?.entries.get(file);
    const kept = entry && trustedStamp(entry.stamp, stamps[i], entry.savedAt, options.racyMarginMs) ? parseOf(entry) : undefined;
    if (kept) {
      out.push({ file, id, parsed: kept });
      lines.push({ file, stamp: stamps[i], json: entry!.json });
      continue;
    }
    parsedCount++;
    try {
      const parsed = parseArticleMdx(await readFile(path.join(dir, file), 'utf8'), file);
      out.push({ file, id, parsed });
      if (stamps[i]) {
        const line = { file, stamp: stamps[i], json: parseJson(parsed) };
        lines.push(line);
        fresh.push(line);
      }
    } catch (err) {
      out.push({ file, id, error: (err as Error).message });
    }
  }
  if (options.stats) Object.assign(options.stats, { parsed: parsedCount, reused: files.length - parsedCount });
  // Only what changed is saved (appended): the save's time is what makes a stamp trusted.
  if (cache) saveParseCache(cache.file, cache.code, saved, lines, fresh);
  if (options.keepForNextRead) memo.set(dir, { stamps: joined, files: out });
  return out;
}

/**
 * The parse cache of `npm run build` (scripts/build.ts sets CORPUS_CACHE_DIR and
 * CORPUS_CODE_VERSION; a --full build sets CORPUS_CACHE_READ=0), beside the corpus cache. None for
 * a plain `astro build`, nor when every article is compiled as MDX (ARTICLES_RENDER=mdx, which
 * needs every body).
 */
export function buildParseCache(env: NodeJS.ProcessEnv = process.env): ReadOptions['parseCache'] {
  if (!env.CORPUS_CACHE_DIR || env.ARTICLES_RENDER === 'mdx') return undefined;
  return { file: `${env.CORPUS_CACHE_DIR}.files.tsv`, code: env.CORPUS_CODE_VERSION ?? '', read: env.CORPUS_CACHE_READ !== '0' };
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

type ArticleEntryCheck = ReturnType<typeof ArticleEntrySchema.safeParse>;
// Each parse checked once per build: the content sync checks every file (src/content.config.ts)
// and the corpus takes the same parses (above); at 5,000 articles a second check cost ~0.3 s.
const checks = new WeakMap<ParsedArticle, ArticleEntryCheck>();

/** A parsed file checked against the schema (`markup` at its default, false), once per parse. */
export function checkArticleEntry(parsed: ParsedArticle): ArticleEntryCheck {
  let c = checks.get(parsed);
  if (!c) {
    c = ArticleEntrySchema.safeParse({ ...parsed.frontmatter, paragraphs: parsed.paragraphs });
    checks.set(parsed, c);
  }
  return c;
}

/**
 * The corpus's articles: every file that parses and validates, `markup` for those in the
 * articleMarkup collection. A file that fails is left out here without a word: the content
 * sync (src/content.config.ts) read the same files and named it in the log.
 */
export function articleDocs(files: ArticleFile[], markupIds: ReadonlySet<string>): ArticleDoc[] {
  const out: ArticleDoc[] = [];
  for (const f of files) {
    if (!f.parsed) continue;
    const checked = checkArticleEntry(f.parsed);
    // `markup` is the schema's last key: set in place, the entry's keys keep the schema's order.
    if (checked.success) out.push({ slug: f.id, ...checked.data, markup: markupIds.has(f.id) });
  }
  return out;
}
