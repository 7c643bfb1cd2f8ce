// Articles are MDX files. What ingest writes is plain escaped text, which the site renders
// itself (fast, no module per article). A person editing an article may use real MDX —
// emphasis, links, lists, headings, a component such as <Note> — and those few files are
// compiled as MDX. These functions tell the two apart and give the plain text of markup
// (for actor linking, topics and search), block by block so paragraph numbers match the page.
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { escapeMdxText, unescapeMdxText } from './escape';

/** Components an edited article may use without importing them (src/components/mdx/). */
export const ARTICLE_COMPONENTS = ['Note'] as const;

export type BlockKind = 'content' | 'esm' | 'expression';
export interface BodyBlock { kind: BlockKind; source: string }

const joinLines = (block: string) => block.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');

/** The MDX parser the site's build uses (GFM on): blocks are cut exactly where it cuts them. */
let parser: ReturnType<typeof createProcessor> | undefined;
const mdxParser = () => (parser ??= createProcessor({ remarkPlugins: [remarkGfm] }));

/** Top-level nodes that render nothing and get no paragraph number («[x]: https://…»). */
const UNRENDERED = new Set(['definition', 'yaml', 'toml']);

/**
 * Top-level blocks of a body, as MDX makes them: a heading, list, quote or code fence right
 * under a paragraph line is a block of its own; «text» over «---» is one heading; a component
 * spanning blank lines, a fence with blank lines inside and one list over blank lines are one
 * block each. `import`/`export` blocks are ESM and `{…}` blocks are expressions (comments):
 * neither is shown as a paragraph. A body MDX cannot parse is never compiled (the page shows
 * its text), so it is split the simple way, at blank lines.
 */
export function splitBodyBlocks(body: string): BodyBlock[] {
  const text = body.replace(/\r\n?/g, '\n');
  let tree: { children: { type: string; position?: { start: { offset?: number }; end: { offset?: number } } }[] };
  try {
    tree = mdxParser().parse(text) as unknown as typeof tree;
  } catch {
    return splitAtBlankLines(text);
  }
  const blocks: BodyBlock[] = [];
  for (const node of tree.children) {
    if (UNRENDERED.has(node.type)) continue;
    const source = text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0).trim();
    const kind: BlockKind = node.type === 'mdxjsEsm' ? 'esm' : node.type === 'mdxFlowExpression' ? 'expression' : 'content';
    blocks.push({ kind, source });
  }
  return blocks;
}

/** Blank-line separated blocks, a JSX element whose closing tag comes after blank lines kept whole. */
function splitAtBlankLines(body: string): BodyBlock[] {
  const raw = body.split(/\n[ \t]*\n/).filter((b) => b.trim());
  const blocks: BodyBlock[] = [];
  for (let i = 0; i < raw.length; i++) {
    let source = raw[i].trim();
    const open = /^<([A-Za-z][\w.-]*)[^>]*?(\/)?>/.exec(source);
    if (open && !open[2] && !source.includes(`</${open[1]}>`)) {
      // Merge until the element closes (or the body ends).
      while (i + 1 < raw.length && !source.includes(`</${open[1]}>`)) source += `\n\n${raw[++i].trim()}`;
    }
    const kind: BlockKind = /^(import|export)[\s{*]/.test(source) ? 'esm'
      : /^\{[\s\S]*\}$/.test(source) ? 'expression' : 'content';
    blocks.push({ kind, source });
  }
  return blocks;
}

/**
 * True when the block is exactly what escapeMdxText writes for some text: no markup at all.
 * Line by line: «## heading», «- item», «1. item», «---» are markup at the start of any line,
 * not only the first (MDX starts a new block there).
 */
export function isPlainBlock(block: string): boolean {
  return block.split('\n').map((l) => l.trim()).filter(Boolean).every((line) => escapeMdxText(unescapeMdxText(line)) === line);
}

/** True when any block of the body is MDX markup rather than escaped text. */
export function bodyHasMarkup(body: string): boolean {
  return splitBodyBlocks(body).some((b) => b.kind !== 'content' || !isPlainBlock(b.source));
}

const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const PROTECT_BASE = 0xe000; // private-use code points stand in for escaped punctuation

/** The readable text of a block of MDX: tags, emphasis marks and link targets removed. */
export function markupToText(block: string): string {
  let s = block.replace(ESCAPED, (_, c: string) => String.fromCharCode(PROTECT_BASE + c.charCodeAt(0)));
  s = s
    .replace(/\{[^{}]*\}/g, ' ') // expressions and comments
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ') // JSX/HTML tags and autolinks
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images → alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links → their text
    .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/gm, '') // block markers
    .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, '') // thematic breaks
    .replace(/[*`~]+/g, '')
    .replace(/(^|[\s(])_+|_+(?=[\s).,:;!?،؛]|$)/gm, '$1');
  s = joinLines(s).replace(/[ \t]{2,}/g, ' ').trim();
  s = s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PROTECT_BASE));
  return unescapeMdxText(s);
}

/**
 * Problems that would stop the MDX compile or render of an edited article, found before the
 * build so the article can fall back to its text instead of failing the whole site.
 */
export function markupProblems(body: string, components: readonly string[] = ARTICLE_COMPONENTS): string[] {
  const problems: string[] = [];
  const imported = new Set<string>();
  for (const b of splitBodyBlocks(body)) {
    if (b.kind !== 'esm') continue;
    for (const m of b.source.matchAll(/import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?/g)) {
      if (m[1]) imported.add(m[1]);
      for (const name of (m[2] ?? '').split(',')) {
        const local = name.trim().split(/\s+as\s+/).pop();
        if (local) imported.add(local);
      }
    }
  }
  const used = new Set([...body.replace(ESCAPED, '').matchAll(/<([A-Z][\w.]*)/g)].map((m) => m[1].split('.')[0]));
  for (const name of used) {
    if (!imported.has(name) && !components.includes(name)) {
      problems.push(`unknown component <${name}> (available without import: ${components.join(', ')})`);
    }
  }
  return problems;
}
