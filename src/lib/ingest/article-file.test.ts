// Thirty-second round (session 35, 13s): the frontmatter half of the article file, split from mdx.ts so that
// ingest loads no MDX toolchain. It must read what parseArticleMdx reads, and fail as it fails.
import { describe, expect, it } from 'vitest';
import { checksumStatus, parseArticleFrontmatter, serializeArticleMdx } from './article-file';
import { parseArticleMdx } from './mdx';

const written = serializeArticleMdx({ slug: 's', title: 'عنوان الخبر', date: '2026-12-06', source: 'صحيفة ما', tags: ['وسم'], raw: 'page.txt', paragraphs: ['فقرة أولى.', 'فقرة *ثانية*.'] });

describe('parseArticleFrontmatter', () => {
  it('reads the frontmatter parseArticleMdx reads, of a written file and of an edited one with markup', () => {
    expect(checksumStatus(written)).toBe('generated');
    expect(parseArticleFrontmatter(written, 'a.mdx').frontmatter).toEqual(parseArticleMdx(written, 'a.mdx').frontmatter);
    const edited = written.replace('فقرة أولى.', '**فقرة** [أولى](https://example.org).');
    expect(checksumStatus(edited)).toBe('edited');
    expect(parseArticleMdx(edited, 'a.mdx').markup).toBe(true);
    expect(parseArticleFrontmatter(edited, 'a.mdx').frontmatter).toEqual(parseArticleMdx(edited, 'a.mdx').frontmatter);
    expect(parseArticleFrontmatter(edited, 'a.mdx').frontmatter.raw).toBe('page.txt');
  });

  it('throws the message parseArticleMdx throws', () => {
    for (const broken of ['no frontmatter', '---\ntitle: [\n---\n\nنص\n', '---\n- a\n---\n', '---\ntitle: عنوان\ntags: 3\n---\n']) {
      expect(() => parseArticleMdx(broken, 'b.mdx')).toThrow();
      expect(() => parseArticleFrontmatter(broken, 'b.mdx')).toThrow((() => { try { parseArticleMdx(broken, 'b.mdx'); } catch (e) { return (e as Error).message; } })()!);
    }
  });
});
