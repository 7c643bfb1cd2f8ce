// Which main-content extractor for HTML ingest: Mozilla's Readability or Defuddle, both over
// linkedom. Each picks the main content of every fixture page (tests/fixtures/html; dev and
// aside reported apart, the choice was made on dev); the same DOM clutter filter and text rules then read it (as src/lib/ingest/html does),
// and the paragraphs are scored against the expected ones (token precision / recall / F1).
// Speed: milliseconds per page for the extractor alone (parse excluded), median of 5 rounds.
//   npx tsx scripts/compare-html-extractors.ts
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { normalizeArabic } from '../src/lib/arabic/normalize';
import { loadBoilerplate, loadSources } from '../src/lib/data/load';
import { buildLexicon } from '../src/lib/ingest/boilerplate';
import { extractArticles } from '../src/lib/ingest/extract';
import { dropRepeatedExcerpts, isNotProse } from '../src/lib/ingest/html/body';
import { decodeHtmlBytes } from '../src/lib/ingest/html/charset';
import { parsePage, textBlocks } from '../src/lib/ingest/html/dom';

const ROOT = path.resolve(import.meta.dirname, '../tests/fixtures/html');
const lex = buildLexicon(loadBoilerplate(), loadSources());
const tokens = (t: string) => normalizeArabic(t).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

type Extractor = (doc: Document) => Element | undefined;
const EXTRACTORS: Record<string, Extractor> = {
  readability: (doc) => new Readability<Element>(doc, { serializer: (n) => n as Element, charThreshold: 200, keepClasses: true }).parse()?.content ?? undefined,
  defuddle: (doc) => {
    const html = (new Defuddle(doc, { url: 'https://example.com/' }) as { parse(): { content: string } }).parse().content;
    return parsePage(`<html><body>${html}</body></html>`).body ?? undefined;
  },
};

const load = (dir: string) =>
  readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => {
    const decoded = decodeHtmlBytes(readFileSync(path.join(dir, f)));
    if (!decoded.ok) throw new Error(`${f}: ${decoded.reason}`);
    const expected = JSON.parse(readFileSync(path.join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8'));
    return { name: f, html: decoded.text, title: expected.title as string, paragraphs: expected.paragraphs as string[] };
  });
const SETS = { dev: load(ROOT), aside: load(path.join(ROOT, 'aside')) };

for (const [setName, pages] of Object.entries(SETS)) for (const [name, extract] of Object.entries(EXTRACTORS)) {
  let got = 0, want = 0, hit = 0, failed = 0;
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    let ms = 0;
    for (const page of pages) {
      const doc = parsePage(page.html);
      const t0 = performance.now();
      let content: Element | undefined;
      try { content = extract(doc); } catch { content = undefined; }
      ms += performance.now() - t0;
      if (round > 0) continue;
      const blocks = content ? dropRepeatedExcerpts(textBlocks(content, isNotProse)).map((b) => b.text) : [];
      const [a] = blocks.length ? extractArticles([page.title, ...blocks].join('\n\n'), page.name, lex) : [];
      if (!a) failed++;
      const g = tokens((a?.paragraphs ?? []).join(' '));
      const w = tokens(page.paragraphs.join(' '));
      const counts = new Map<string, number>();
      for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const t of g) { const c = counts.get(t) ?? 0; if (c > 0) { hit++; counts.set(t, c - 1); } }
      got += g.length; want += w.length;
    }
    rounds.push(ms / pages.length);
  }
  const p = hit / got, r = hit / want;
  rounds.sort((x, y) => x - y);
  console.log(`${setName.padEnd(6)} ${name.padEnd(12)} P ${(p * 100).toFixed(1)}%  R ${(r * 100).toFixed(1)}%  F1 ${((2 * p * r) / (p + r) * 100).toFixed(1)}%  no body: ${failed}/${pages.length}  ${rounds[2].toFixed(1)} ms/page`);
}
