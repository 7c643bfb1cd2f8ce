import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMdxText } from './escape';
import { bodyHasMarkup, isPlainBlock, markupProblems, markupToText, splitBodyBlocks } from './markup';
import { parseArticleMdx } from './mdx';

const ARTICLES = path.resolve('content/articles');

describe('isPlainBlock / bodyHasMarkup', () => {
  it('every article ingest wrote for the seeds is plain', () => {
    const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const parsed = parseArticleMdx(readFileSync(path.join(ARTICLES, f), 'utf8'), f);
      expect(parsed.markup, f).toBe(false);
      const body = readFileSync(path.join(ARTICLES, f), 'utf8').split(/\n---\n/)[1];
      expect(bodyHasMarkup(body), f).toBe(false);
    }
  });

  it('escaped hazards are plain text, never markup', () => {
    for (const text of ['{process.exit(1)}', '<script>alert(1)</script>', 'import x from "y"', '# عنوان', '1. أولاً', '**ليس عريضاً**', 'https://example.com/a_b', '---']) {
      expect(isPlainBlock(escapeMdxText(text)), text).toBe(true);
    }
  });

  it('markup a person types is seen as markup', () => {
    for (const block of ['قال **لافروف** إن', 'انظر [التقرير](https://example.com)', '## خلفية', '- نقطة أولى\n- نقطة ثانية', '> اقتباس', '<Note>ملاحظة المحرر</Note>', 'import Chart from "./chart.astro"']) {
      expect(bodyHasMarkup(block), block).toBe(true);
    }
    expect(bodyHasMarkup('فقرة عادية أضافها محرر، بلا أي رموز.\n\nوفقرة ثانية.')).toBe(false);
  });
});

describe('splitBodyBlocks', () => {
  it('keeps a component spanning blank lines whole and marks ESM and comments', () => {
    const body = 'import X from "./x"\n\nفقرة أولى.\n\n<Note title="تنبيه">\n\nسطر داخل الملاحظة.\n\nسطر ثان.\n\n</Note>\n\n{/* تعليق */}\n\nفقرة أخيرة.';
    const blocks = splitBodyBlocks(body);
    expect(blocks.map((b) => b.kind)).toEqual(['esm', 'content', 'content', 'expression', 'content']);
    expect(blocks[2].source).toContain('سطر ثان.');
  });
});

describe('markupToText', () => {
  it('keeps the words and drops the marks', () => {
    expect(markupToText('قال **لافروف** إن [المحادثات](https://x.org/a) _مستمرة_.')).toBe('قال لافروف إن المحادثات مستمرة.');
    expect(markupToText('## خلفية الأزمة')).toBe('خلفية الأزمة');
    expect(markupToText('- بوتين\n- زيلينسكي')).toBe('بوتين زيلينسكي');
    expect(markupToText('<Note title="x">\n\nتحديث: أعلن الكرملين.\n\n</Note>')).toBe('تحديث: أعلن الكرملين.');
    expect(markupToText('السعر 5\\*3 \\{ثابت\\}')).toBe('السعر 5*3 {ثابت}');
  });
});

describe('markupProblems', () => {
  it('names components the site does not provide', () => {
    expect(markupProblems('<Note>نص</Note>')).toEqual([]);
    expect(markupProblems('<Chart data={1} />')).toEqual(['unknown component <Chart> (available without import: Note)']);
    expect(markupProblems('import Chart from "./c.astro"\n\n<Chart />')).toEqual([]);
  });
});

describe('parseArticleMdx on an edited article', () => {
  const file = '---\ntitle: عنوان\nraw: 000.txt\nchecksum: 0000000000000000\n---\n\nقال **سيرغي لافروف** إن [المحادثات](https://example.org) مستمرة.\n\n<Note>\n\nأضاف المحرر هذه الملاحظة.\n\n</Note>\n\n{/* لا تظهر */}\n\nفقرة ثالثة.\n';
  it('gives the plain text of each shown block, numbered as the page numbers them', () => {
    const parsed = parseArticleMdx(file, 'edited.mdx');
    expect(parsed.markup).toBe(true);
    expect(parsed.paragraphs).toEqual(['قال سيرغي لافروف إن المحادثات مستمرة.', 'أضاف المحرر هذه الملاحظة.', 'فقرة ثالثة.']);
  });
});

describe('blocks right under a paragraph line (no blank line between)', () => {
  const under = (block: string) => `قال المتحدث إن المحادثات مستمرة.\n${block}`;

  it('a heading, rule, list or numbered list is markup, not text of the paragraph', () => {
    for (const block of ['## خلفية الخبر', '---', '- نقطة أولى', '1. أولاً', '***']) {
      expect(isPlainBlock(under(block)), block).toBe(false);
      expect(bodyHasMarkup(under(block)), block).toBe(true);
    }
    // A line that starts a block nowhere (a «2.» list cannot interrupt a paragraph) stays plain text.
    expect(isPlainBlock('قال المتحدث إن المحادثات مستمرة.\nوأضاف أن الجولة 2. ستعقد قريبا.')).toBe(true);
  });

  it('splits blocks where MDX does: heading, quote, fence and list each their own block', () => {
    const kinds = (body: string) => splitBodyBlocks(body).map((b) => b.source.split('\n')[0].slice(0, 3));
    expect(kinds(under('## خلفية الخبر'))).toEqual(['قال', '## ']);
    expect(kinds(under('> «اقتباس»'))).toEqual(['قال', '> «']);
    expect(kinds(under('```\nنص\n```'))).toEqual(['قال', '```']);
    expect(kinds(under('- أولى\n- ثانية'))).toEqual(['قال', '- أ']);
    // «text» over «---» is one heading (setext), not a paragraph and a rule.
    expect(splitBodyBlocks(under('---'))).toHaveLength(1);
  });

  it('keeps as one block what MDX keeps as one across blank lines: a fence, a list', () => {
    expect(splitBodyBlocks('```\nسطر أول\n\nسطر بعد سطر فارغ\n```')).toHaveLength(1);
    expect(splitBodyBlocks('- أولى\n\n- ثانية')).toHaveLength(1);
    // A link definition renders nothing: no block, no paragraph number.
    expect(splitBodyBlocks('انظر [التقرير][1].\n\n[1]: https://example.org')).toHaveLength(1);
  });

  it('numbers the paragraphs of an edited file as MDX numbers its blocks', () => {
    const file = readFileSync('tests/fixtures/edited/edited-tight-blocks.mdx', 'utf8');
    const parsed = parseArticleMdx(file, 'edited-tight-blocks.mdx');
    expect(parsed.markup).toBe(true);
    expect(parsed.paragraphs).toEqual([
      'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تنتظر ردا مكتوبا على مقترحاتها.',
      'خلفية الخبر',
      'بدأت الاتصالات بين الجانبين قبل شهرين بوساطة تركية.',
      'وأشار إلى أن الجولة المقبلة قد تعقد في جنيف.',
      'الملف الأول: تبادل الأسرى. الملف الثاني: ممرات الحبوب.',
      'وأوضح أن هناك ثلاث نقاط ما زالت عالقة.',
      'الضمانات الأمنية. العقوبات.',
      'وقال دبلوماسي غربي إن الموقف لم يتغير.',
      '«ننتظر أفعالا لا أقوالا»، قال الدبلوماسي.',
      'ونشرت الخارجية نص البيان كاملا.',
      'نص البيان كما نشر',
      'واختتم لافروف حديثه بالتأكيد على أهمية الحوار.',
    ]);
  });
});
