// The labelled stories (tests/fixtures/stories/): each raw page through the real extractor,
// then the corpus as the site builds it (linking, topics, stories). Used by the tests and by
// scripts/score-stories.ts, so both measure the same thing.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadBoilerplate, loadCuratedData } from '../data/load';
import { buildLexicon } from '../ingest/boilerplate';
import { extractArticles } from '../ingest/extract';
import { parseArticleMdx } from '../ingest/mdx';
import type { ArticleDoc } from '../types';
import { LabelledEventsSchema, type LabelledEvents } from './score';

export const STORIES_FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/stories/', import.meta.url));

/** The main article of each page of a part (dev, aside), slug = file name without .txt. */
export function readPart(part: string, dir = STORIES_FIXTURES): ArticleDoc[] {
  const data = loadCuratedData();
  const lex = buildLexicon(loadBoilerplate(), data.sources);
  return readdirSync(`${dir}${part}`)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const [main] = extractArticles(readFileSync(`${dir}${part}/${file}`, 'utf8'), file, lex);
      if (!main) throw new Error(`${part}/${file}: the extractor found no article`);
      return { ...main, slug: file.replace(/\.txt$/, '') };
    });
}

/** The bundled corpus's articles (content/articles/*.mdx), in file order, as the site reads them. */
export function readBundledArticles(dir = 'content/articles'): ArticleDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { frontmatter, paragraphs } = parseArticleMdx(readFileSync(`${dir}/${f}`, 'utf8'), f);
      return { slug: f.replace(/\.mdx$/, ''), ...frontmatter, paragraphs };
    });
}

export function readLabels(part: string, dir = STORIES_FIXTURES): LabelledEvents {
  const file = `${dir}${part}.yaml`;
  const parsed = LabelledEventsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The corpus of the given articles, built with the real curated data. */
export function corpusOf(articles: ArticleDoc[]) {
  return buildCorpus({ ...loadCuratedData(), articles });
}
