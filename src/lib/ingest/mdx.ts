// Article files: YAML frontmatter + one escaped paragraph per block. serializeArticleMdx and
// parseArticleMdx are exact inverses for what ingest writes; parse also accepts files people
// edited (blank lines, added paragraphs, changed fields) and names the file when it fails.
// The frontmatter, checksum and writing half is article-file.ts (no MDX toolchain: ingest loads it alone).
import type { ArticleFrontmatter } from '../data/schemas/article';
import { unescapeMdxText } from './escape';
import { parseArticleFrontmatter, statusOf } from './article-file';
import { bodyHasMarkup, markupToText, splitBodyBlocks } from './markup';

export { escapeMdxText, unescapeMdxText } from './escape';
export { checksumStatus, computeChecksum, serializeArticleMdx } from './article-file';

export interface ParsedArticle {
  frontmatter: ArticleFrontmatter;
  /** Plain text of each shown block (p-1, p-2 …), for linking, topics and search. */
  paragraphs: string[];
  /** True when a person's edit uses MDX markup: the page compiles this file as MDX. */
  markup: boolean;
  body: string;
}

export function parseArticleMdx(input: string, fileName: string): ParsedArticle {
  const { frontmatter, textIn, fm } = parseArticleFrontmatter(input, fileName);
  // Markup only in files a person edited: what ingest signed is escaped text by construction.
  const markup = statusOf(textIn, fm) !== 'generated' && bodyHasMarkup(fm.body);
  const paragraphs = markup
    ? splitBodyBlocks(fm.body).filter((b) => b.kind === 'content').map((b) => markupToText(b.source))
    : fm.body
      .split(/\n[ \t]*\n/)
      .map((block) => block.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
      .filter(Boolean)
      .map(unescapeMdxText);
  return { frontmatter, paragraphs, markup, body: fm.body };
}
