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
