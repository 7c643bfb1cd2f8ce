// The fast renderer and MDX must agree. Every article of the bundled corpus, the hostile
// fixtures (ingested) and the edited fixtures is built twice: the normal way (plain articles
// rendered by the site from their paragraphs, edited ones through MDX) and with
// ARTICLES_RENDER=mdx (every article compiled as MDX through Astro). Block by block, with their
// p-N ids, the two pages must show the same text, and that text must be the article's
// paragraphs as the corpus reads them (linking, search and graph evidence use those numbers).
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { ingestDirectory } from '../../src/ingest/run';
import { readArticleExport } from '../../src/indexer/read';
import { astroBuild } from './build';

const WORK = path.resolve('.cache/test-differential');
const ARTICLES = path.join(WORK, 'articles');
const FAST = path.join(WORK, 'fast');
const MDX = path.join(WORK, 'mdx');

interface Node { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] }
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const classes = (n: Node) => (attr(n, 'class') ?? '').split(/\s+/);

function find(n: Node, test: (n: Node) => boolean): Node | undefined {
  if (test(n)) return n;
  for (const c of n.childNodes ?? []) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

const BLOCK_ELEMENTS = new Set(['p', 'li', 'div', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th']);

/** Visible text of a block, without the paragraph tools (¶, copy) and a note's title. */
function textOf(n: Node): string {
  if (n.nodeName === '#text') return n.value ?? '';
  if (classes(n).some((c) => c === 'para__tools' || c === 'editor-note__title')) return '';
  const text = (n.childNodes ?? []).map(textOf).join('');
  // Blocks inside a block (list items, a note's paragraphs) read as separate words.
  return BLOCK_ELEMENTS.has(n.nodeName) ? ` ${text} ` : text;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The top-level blocks of an article page's body: id and text. */
function pageBlocks(site: string, slug: string): { id: string; text: string }[] {
  const doc = parse(readFileSync(path.join(site, 'articles', slug, 'index.html'), 'utf8')) as unknown as Node;
  const body = find(doc, (n) => classes(n).includes('article-body'));
  if (!body) throw new Error(`${slug}: no article body`);
  return (body.childNodes ?? []).filter((c) => attr(c, 'id')).map((c) => ({ id: attr(c, 'id')!, text: squash(textOf(c)) }));
}

let slugs: string[] = [];
let paragraphs: Map<string, string[]>;
let mdxPages: Set<string>;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(ARTICLES, { recursive: true });
  // The bundled raw pages and the hostile ones through ingest, as a person would add them
  // (bad ones are rejected there); the corpus comes out as content/articles has it.
  const raw = path.join(WORK, 'raw');
  mkdirSync(raw);
  for (const dir of ['content/raw', 'tests/fixtures/hostile']) {
    for (const f of readdirSync(dir)) copyFileSync(path.join(dir, f), path.join(raw, f));
  }
  await ingestDirectory({ input: raw, output: ARTICLES, reportPath: path.join(WORK, 'report.json'), lenient: true });
  for (const f of readdirSync('tests/fixtures/edited')) copyFileSync(path.join('tests/fixtures/edited', f), path.join(ARTICLES, f));
  astroBuild({ articlesDir: ARTICLES, outDir: FAST });
  astroBuild({ articlesDir: ARTICLES, outDir: MDX, env: { ARTICLES_RENDER: 'mdx' } });
  const exported = readArticleExport(FAST);
  slugs = exported.map((a) => a.slug).sort();
  paragraphs = new Map(exported.map((a) => [a.slug, a.paragraphs]));
  const renderedAsMdx = (slug: string) => !!find(parse(readFileSync(path.join(MDX, 'articles', slug, 'index.html'), 'utf8')) as unknown as Node, (n) => classes(n).includes('article-body--mdx'));
  mdxPages = new Set(slugs.filter(renderedAsMdx));
});

describe('fast renderer vs MDX through Astro', () => {
  it('covers the corpus, the hostile pages and the edited files, and the MDX build compiled the ones that compile', () => {
    expect(slugs).toEqual(expect.arrayContaining(['002-991ebc19782e432f', 'mdx-hazards', 'hash-prose', 'edited-markup', 'edited-tight-blocks', 'edited-plain-lines']));
    expect(slugs.length).toBeGreaterThan(20);
    // Every article but the two edits that do not compile went through MDX in the second build.
    expect(slugs.filter((s) => !mdxPages.has(s))).toEqual(['edited-broken', 'edited-unknown-component']);
  });

  it('every page shows the same blocks with the same p-N ids both ways, and they are the corpus paragraphs', () => {
    const differences: string[] = [];
    for (const slug of slugs) {
      const fast = pageBlocks(FAST, slug);
      const mdx = pageBlocks(MDX, slug);
      const expected = paragraphs.get(slug)!.map((p, i) => ({ id: `p-${i + 1}`, text: squash(p) }));
      if (JSON.stringify(fast) !== JSON.stringify(mdx)) differences.push(`${slug}: fast ${JSON.stringify(fast)}\n  vs mdx ${JSON.stringify(mdx)}`);
      if (JSON.stringify(mdx) !== JSON.stringify(expected)) differences.push(`${slug}: page ${JSON.stringify(mdx)}\n  vs corpus ${JSON.stringify(expected)}`);
    }
    expect(differences).toEqual([]);
  });
});
