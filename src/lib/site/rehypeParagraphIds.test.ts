// The ids the compiled MDX gets must match the blocks the corpus counts (splitBodyBlocks),
// or evidence links from the graph and actor pages would land on the wrong paragraph.
import { evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { splitBodyBlocks, markupToText } from '../ingest/markup';
import { rehypeParagraphIds } from './rehypeParagraphIds';

type Node = { type: unknown; props: Record<string, unknown> & { children?: unknown } };
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Node['props']): Node => ({ type, props });
const textOf = (n: unknown): string =>
  n == null || typeof n === 'boolean' ? '' : typeof n === 'string' || typeof n === 'number' ? String(n)
    : Array.isArray(n) ? n.map(textOf).join('') : textOf((n as Node).props?.children);

/** Top-level rendered blocks with their id and visible text. */
async function renderBlocks(body: string) {
  const Note = (props: Node['props']) => jsx('div', { ...props, role: 'note' });
  const mod = await evaluate(body, { Fragment, jsx, jsxs: jsx, rehypePlugins: [rehypeParagraphIds] } as never);
  const tree = (mod.default as (p: object) => Node)({ components: { Note } });
  const top = tree.type === Fragment ? ([] as unknown[]).concat(tree.props.children) : [tree];
  return top
    .filter((n): n is Node => !!n && typeof n === 'object')
    .map((n) => ({ id: n.props.id as string | undefined, text: textOf(n).replace(/\s+/g, ' ').trim() }));
}

const BODIES = [
  'قال **لافروف** إن [المحادثات](https://example.org) مستمرة.\n\n## خلفية\n\n- بوتين\n- زيلينسكي\n\n> اقتباس',
  'import { a } from "./x.js"\n\nفقرة أولى.\n\n<Note title="تنبيه">\n\nسطر داخل الملاحظة.\n\nسطر ثان.\n\n</Note>\n\n{/* تعليق */}\n\nفقرة أخيرة.',
  'فقرة بلا رموز.\n\n1. أولاً\n2. ثانياً\n\n---\n\n*مائل* في النهاية.',
];

describe('rehypeParagraphIds', () => {
  for (const body of BODIES) {
    it(`numbers rendered blocks as the corpus counts them: ${body.slice(0, 30)}…`, async () => {
      const rendered = await renderBlocks(body.replace(/^import .*$/m, ''));
      const blocks = splitBodyBlocks(body).filter((b) => b.kind === 'content');
      expect(rendered.map((r) => r.id)).toEqual(blocks.map((_, i) => `p-${i + 1}`));
      // Same words in the same block: the evidence sentence is where its id says.
      rendered.forEach((r, i) => {
        const words = markupToText(blocks[i].source).split(/\s+/).filter((w) => w.length > 2);
        for (const w of words) expect(r.text, `p-${i + 1}`).toContain(w);
      });
    });
  }
});
