// MDX safety: any text must compile and render as exactly that text (checked by evaluating the
// compiled MDX with a tiny JSX runtime that builds a tree), and parse must invert serialize.
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../types';
import { checksumStatus, escapeMdxText, parseArticleMdx, serializeArticleMdx } from './mdx';

type Node = { type: unknown; props: { children?: unknown } };
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Node['props']): Node => ({ type, props });
const textOf = (n: unknown): string =>
  n == null || typeof n === 'boolean' ? '' : typeof n === 'string' || typeof n === 'number' ? String(n)
    : Array.isArray(n) ? n.map(textOf).join('') : textOf((n as Node).props?.children);
const elements = (n: unknown, acc: string[] = []): string[] => {
  if (Array.isArray(n)) n.forEach((c) => elements(c, acc));
  else if (n && typeof n === 'object') {
    const t = (n as Node).type;
    acc.push(typeof t === 'string' ? t : t === Fragment ? '#fragment' : 'component');
    elements((n as Node).props?.children, acc);
  }
  return acc;
};

/** Renders MDX source; returns the paragraphs' visible text and every element type used. */
async function render(source: string, gfm = false) {
  const mod = await evaluate(source, { Fragment, jsx, jsxs: jsx, remarkPlugins: gfm ? [remarkGfm] : [] } as never);
  const exports = Object.keys(mod).filter((k) => k !== 'default');
  const tree = (mod.default as (p: object) => Node)({});
  // A single block comes back bare, several inside a fragment.
  const top = tree.type === Fragment ? tree.props.children : tree;
  const paras = (Array.isArray(top) ? top : [top]).filter((c): c is Node => !!c && typeof c === 'object');
  return { exports, types: elements(tree), paragraphs: paras.map(textOf) };
}

const HOSTILE = [
  '{process.exit(1)}', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'import x from "y"',
  'export const a = 1', '# heading', '## لافروف', '1. item', '2) item', '---', '***', '___', '~~~', '```js', '`code`',
  '- bullet', '+ plus', '* star', '> quote', '| a | b |', '[link](http://x)', '![img](x.png)', '&amp; &#123; &copy;',
  'a_b_c *em* **strong**', '\\ backslash \\', 'trailing backslash\\', 'سطر\u202Eمعكوس', 'https://example.com/a_b?x=1',
  '<https://example.com>', 'www.example.com', '{', '}', '<', '>', '<!-- c -->', '[^1]', ':::note', '$x$', '    indented',
  'tab\tinside', ' leading and trailing ', 'mail me@example.com', 'http://a_b*c*.com/~x_y_', '=== setext', '1986. A great year', '#hashtag', '\u00A0nbsp',
  'قال بوتين {مرحبا} <b>نعم</b> `x` * - # 1.', '</div>', '{/* comment */}', 'a <= b && c > d',
];

describe('escapeMdxText', () => {
  for (const input of HOSTILE) {
    it(`renders ${JSON.stringify(input)} as the same visible text`, async () => {
      const { exports, types, paragraphs } = await render(escapeMdxText(input));
      expect(exports).toEqual([]);
      expect(types.every((t) => t === 'p' || t === '#fragment')).toBe(true);
      expect(paragraphs).toEqual([input]);
    });
  }
  it('stays text-only with GFM too (literal URLs may become links with the same text)', async () => {
    for (const input of HOSTILE) {
      const { types, paragraphs } = await render(escapeMdxText(input), true);
      expect(types.filter((t) => !['p', 'a', '#fragment'].includes(t))).toEqual([]);
      expect(paragraphs).toEqual([input]);
    }
  });
  it('turns line breaks inside a paragraph into single spaces', async () => {
    expect((await render(escapeMdxText('سطر أول\n  سطر ثان'))).paragraphs).toEqual(['سطر أول سطر ثان']);
  });
  it('random strings of hazardous characters render unchanged', async () => {
    const alphabet = ['{', '}', '<', '>', '`', '*', '_', '#', '-', '+', '|', '~', '[', ']', '!', '&', '\\', ';', '#', '1', '.', ')', ' ', 'a', 'ب', 'x', '/', ':', '"', "'", '=', '@', 'www.', 'http://', 'ftp:'];
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 150; n++) {
      const input = Array.from({ length: 1 + Math.floor(rand() * 24) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      if (!input.trim()) continue;
      const { paragraphs, types } = await render(escapeMdxText(input));
      expect(paragraphs, JSON.stringify(input)).toEqual([input]);
      expect(types.every((t) => t === 'p' || t === '#fragment')).toBe(true);
    }
  });
});

const sample: ExtractedArticle = {
  slug: 'x', title: 'لافروف: "نعم" {لا} <b>', date: '2024-04-05', source: 'RT Arabic', agency: 'وكالات',
  tags: ['روسيا', '2024', 'yes'], raw: 'خبر 1.txt', via: 'host', paragraphs: HOSTILE,
};

describe('serializeArticleMdx / parseArticleMdx', () => {
  it('round-trips exactly and compiles', async () => {
    const text = serializeArticleMdx(sample);
    const { frontmatter, paragraphs } = parseArticleMdx(text, 'x.mdx');
    expect(paragraphs).toEqual(sample.paragraphs);
    const { slug: _slug, paragraphs: _p, ...meta } = sample;
    expect(frontmatter).toEqual({ ...meta, checksum: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect((await render(body)).paragraphs).toEqual(sample.paragraphs);
    expect(serializeArticleMdx(sample)).toBe(text); // deterministic
  });
  it('omits absent fields and round-trips a minimal article', () => {
    const a: ExtractedArticle = { slug: 's', title: 'عنوان', tags: [], raw: 'r.txt', paragraphs: ['نص.'] };
    const text = serializeArticleMdx(a);
    expect(text).not.toMatch(/^(date|source|agency|via):/m);
    expect(parseArticleMdx(text, 's.mdx').frontmatter).toEqual({ title: 'عنوان', tags: [], raw: 'r.txt', checksum: expect.any(String) });
  });
  it('checksum detects edits', () => {
    const text = serializeArticleMdx(sample);
    expect(checksumStatus(text)).toBe('generated');
    expect(checksumStatus(text.replace('RT Arabic', 'RT'))).toBe('edited');
    expect(checksumStatus(`${text}\nفقرة جديدة.\n`)).toBe('edited');
    expect(checksumStatus(text.replace(/^checksum:.*\n/m, ''))).toBe('unmarked');
  });
  it('accepts files edited by people', () => {
    const edited = '\uFEFF---\r\ntitle: عنوان معدل\r\nraw: a.txt\r\ndate: 2024-04-05\r\nextra: ignored\r\nactors:\r\n  add: [putin]\r\n---\r\n\r\n\r\nفقرة أولى\r\nتكملة السطر\r\n\r\n\r\n\r\nفقرة مضافة &amp; \\* نجمة\r\n';
    const { frontmatter, paragraphs } = parseArticleMdx(edited, 'a.mdx');
    expect(frontmatter).toEqual({ title: 'عنوان معدل', raw: 'a.txt', date: '2024-04-05', tags: [], actors: { add: ['putin'] } });
    expect(paragraphs).toEqual(['فقرة أولى تكملة السطر', 'فقرة مضافة & * نجمة']);
  });
  it.each([
    ['no frontmatter', 'just text', /bad\.mdx: malformed frontmatter/],
    ['unclosed', '---\ntitle: x\n', /bad\.mdx: malformed frontmatter/],
    ['bad yaml', '---\ntitle: [x\n---\n', /bad\.mdx: malformed frontmatter/],
    ['not a mapping', '---\n- a\n---\n', /bad\.mdx: malformed frontmatter: expected a mapping/],
    ['missing title', '---\nraw: a.txt\n---\n', /bad\.mdx: invalid frontmatter field 'title'/],
    ['bad date', '---\ntitle: t\nraw: a\ndate: 5/4/2024\n---\n', /bad\.mdx: invalid frontmatter field 'date'/],
    ['bad tags', '---\ntitle: t\nraw: a\ntags: {a: 1}\n---\n', /bad\.mdx: invalid frontmatter field 'tags'/],
  ])('throws naming the file on %s', (_name, text, message) => {
    expect(() => parseArticleMdx(text, 'bad.mdx')).toThrow(message);
  });
});
