// The one content collection: `articleMarkup`, the article files a person edited with real MDX
// (emphasis, links, lists, <Note>…), which Astro's glob loader compiles and the page renders
// as <Content />. Every other article is escaped text with no components: the corpus reads
// the folder itself (src/astro/articleFiles.ts, src/astro/corpus.ts) and the page renders its
// paragraphs. Not a collection of every article: Astro bundles a collection's data into the
// build as one JS module, compiled again on every build (docs/scale.md «Incremental builds»).
//
// This loader also checks every file first, so one bad file never stops the build: it is
// named in the log and left out (frontmatter errors) or shown as its text (MDX that would not
// compile).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from '@mdx-js/mdx';
import { ARTICLES_DIR, buildParseCache, checkArticleEntry, readArticleFiles } from './astro/articleFiles';
import { markupProblems } from './lib/ingest/markup';

// ARTICLES_RENDER=mdx compiles every article as MDX, plain ones too: the differential test
// (tests/site/render-differential.test.ts) compares that build with the fast one.
const ALL_AS_MDX = process.env.ARTICLES_RENDER === 'mdx';

type Logger = { error: (msg: string) => void; warn: (msg: string) => void; info: (msg: string) => void };

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

/** The files to compile as MDX; every file that fails to parse or validate is named in the log. */
async function markupFiles(logger: Logger): Promise<string[]> {
  const out: string[] = [];
  // Kept for the corpus, which reads the same files next in this process (src/astro/articleFiles.ts);
  // under `npm run build`, a file unchanged since the last build is not parsed again (its stamp).
  const stats = { parsed: 0, reused: 0 };
  const files = await readArticleFiles(undefined, { keepForNextRead: true, parseCache: buildParseCache(), stats });
  logger.info(`article files: ${stats.parsed} parsed, ${stats.reused} unchanged since the last build`);
  for (const f of files) {
    const where = path.join(ARTICLES_DIR, f.file);
    if (!f.parsed) {
      logger.error(`${where}: ${f.error}`);
      continue;
    }
    const checked = checkArticleEntry(f.parsed);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      logger.error(`${where}: invalid frontmatter field '${issue.path.join('.')}': ${issue.message}`);
      continue;
    }
    if ((f.parsed.markup || ALL_AS_MDX) && (await compiles(f.parsed.body, where, logger))) out.push(f.file);
  }
  return out;
}

const articleMarkup = defineCollection({
  loader: {
    name: 'article-markup-loader',
    load: async (context) => {
      const files = await markupFiles(context.logger);
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

export const collections = { articleMarkup };
