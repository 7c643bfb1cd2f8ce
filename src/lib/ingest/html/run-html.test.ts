// Saved web pages through ingestDirectory beside .txt pages: same guarantees (raw files never
// written, reuse by content hash, hand edits kept, bad pages named with a reason while the
// rest is written), plus the page's metadata and its evidence in the report.
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleMdx } from '../mdx';
import { ingestDirectory } from '../../../ingest/run';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const HTML = path.join(ROOT, 'tests/fixtures/html');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function mixedFolder() {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-html-'));
  dirs.push(root);
  const input = path.join(root, 'raw');
  cpSync(path.join(ROOT, 'content/raw'), input, { recursive: true });
  copyFileSync(path.join(HTML, 'h01-wordpress-yoast-graph.html'), path.join(input, 'h01-wordpress-yoast-graph.html'));
  copyFileSync(path.join(HTML, 'h05-custom-embedded-related.html'), path.join(input, 'h05-custom-embedded-related.html'));
  copyFileSync(path.join(HTML, 'h08-windows1256-table.html'), path.join(input, 'h08-old-site.htm'));
  writeFileSync(path.join(input, 'not-a-page.html'), 'هذا نص عربي عادي وليس صفحة ويب.\n');
  writeFileSync(path.join(input, 'menu-only.html'), '<html><body><nav><a>الرئيسية</a><a>سياسة</a></nav><p>جميع الحقوق محفوظة</p></body></html>');
  writeFileSync(path.join(input, 'klingon.html'), '<html><head><meta charset="klingon-8"></head><body><p>نص</p></body></html>');
  // 20,000 nested <div>s: deeper than any reader's recursion.
  writeFileSync(path.join(input, 'nested.html'), `<html><body><h1>عنوان خبر</h1>${'<div>'.repeat(20000)}<p>قال المتحدث إن المحادثات مستمرة.</p>${'</div>'.repeat(20000)}</body></html>`);
  const opts = { input, output: path.join(root, 'out'), reportPath: path.join(root, '.cache/report.json'), lenient: true };
  return { input, opts };
}

describe('ingestDirectory with saved web pages', () => {
  it('ingests .html and .htm beside .txt, naming each bad page and its reason', async () => {
    const { opts } = mixedFolder();
    const report = await ingestDirectory(opts);
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(byFile['h01-wordpress-yoast-graph.html']).toMatchObject({ status: 'ok', slugs: ['h01-wordpress-yoast-graph'] });
    expect(byFile['h05-custom-embedded-related.html'].slugs).toEqual(['h05-custom-embedded-related', 'h05-custom-embedded-related-e1', 'h05-custom-embedded-related-e2']);
    expect(byFile['h08-old-site.htm']).toMatchObject({ status: 'ok', slugs: ['h08-old-site'] });
    expect(byFile['not-a-page.html']).toMatchObject({ status: 'rejected', reason: 'not HTML (no <html>, <body> or other page tags)' });
    expect(byFile['menu-only.html']).toMatchObject({ status: 'rejected', reason: 'no article found in the HTML (no headline or no body text)' });
    expect(byFile['klingon.html']).toMatchObject({ status: 'rejected', reason: 'unsupported encoding declared in <meta charset>: «klingon-8»' });
    expect(byFile['nested.html']).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^HTML could not be read: /) });
    expect(report.totals).toMatchObject({ pages: 12, rejected: 4 });
    expect(report.files.filter((f) => f.file.endsWith('.txt')).every((f) => f.status === 'ok')).toBe(true);

    const mdx = readFileSync(path.join(opts.output, 'h01-wordpress-yoast-graph.mdx'), 'utf8');
    expect(parseArticleMdx(mdx, 'h01.mdx').frontmatter).toMatchObject({
      title: 'وزير الخارجية التركي يبحث مع نظيره الأوكراني استئناف مفاوضات إسطنبول', date: '2025-02-18', source: 'الرافد نيوز',
      raw: 'h01-wordpress-yoast-graph.html', url_original: 'https://alrafed-news.example/2025/02/18/turkish-fm-ukraine-talks/',
      author: 'سامر الحلبي', section: 'أخبار عربية ودولية',
    });
    // Evidence per field, in the report.
    expect(byFile['h01-wordpress-yoast-graph.html'].htmlMetadata).toMatchObject({
      title: { from: 'jsonld' }, date: { from: 'jsonld' }, author: { value: 'سامر الحلبي', from: 'jsonld' },
      section: { value: 'أخبار عربية ودولية', from: 'jsonld' }, url_original: { from: 'canonical' },
    });
    expect(byFile['h08-old-site.htm'].htmlMetadata).toMatchObject({ date: { value: '2024-03-14', from: 'text' }, outlet: { value: 'الوسط', from: 'title' } });
  });

  it('never writes raw pages, reuses unchanged ones, keeps a hand-edited article', async () => {
    const { input, opts } = mixedFolder();
    const stamp = () => readdirSync(input).map((f) => [f, readFileSync(path.join(input, f)).toString('base64'), statSync(path.join(input, f)).mtimeMs]);
    const before = stamp();
    await ingestDirectory(opts);
    const file = path.join(opts.output, 'h01-wordpress-yoast-graph.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('بحث وزير الخارجية', 'بحث وزير خارجية تركيا'));
    const edited = readFileSync(file, 'utf8');
    const second = await ingestDirectory(opts);
    expect(second.files.find((f) => f.file === 'h05-custom-embedded-related.html')?.status).toBe('reused');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    // Changed bytes: re-extracted; the edited article is still kept.
    writeFileSync(path.join(input, 'h01-wordpress-yoast-graph.html'), readFileSync(path.join(HTML, 'h01-wordpress-yoast-graph.html'), 'utf8').replace('مساء الثلاثاء', 'مساء الأربعاء'));
    const third = await ingestDirectory(opts);
    expect(third.keptEdited).toContainEqual({ slug: 'h01-wordpress-yoast-graph', file: 'h01-wordpress-yoast-graph.html', reason: 'changed-by-ingest' });
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(stamp().filter(([f]) => f !== 'h01-wordpress-yoast-graph.html')).toEqual(before.filter(([f]) => f !== 'h01-wordpress-yoast-graph.html'));
  });
});
