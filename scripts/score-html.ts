// Scores HTML ingest against the labelled fixture pages (tests/fixtures/html/*.expected.json):
// per-field accuracy (title, date, outlet, author, section, url_original) and body
// token-level precision / recall / F1 of the extracted paragraphs against the expected ones
// (bag of normalised tokens, as article-extraction benchmarks score text), for the dev
// pages and the aside pages separately. Embedded articles: found / expected, by title.
//   npx tsx scripts/score-html.ts [--json] [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeArabic } from '../src/lib/arabic/normalize';
import { loadBoilerplate, loadSources } from '../src/lib/data/load';
import { buildLexicon, lexKey } from '../src/lib/ingest/boilerplate';
import { decodeHtmlBytes } from '../src/lib/ingest/html/charset';
import { extractHtmlPage } from '../src/lib/ingest/html/extract';

const ROOT = path.resolve(import.meta.dirname, '../tests/fixtures/html');
const FIELDS = ['title', 'date', 'outlet', 'author', 'section', 'url_original'] as const;
type FieldName = (typeof FIELDS)[number];

interface Expected extends Record<FieldName, string | null> {
  paragraphs: string[];
  embedded: { title: string; outlet: string | null; paragraphs: string[] }[];
}

const tokens = (text: string) => normalizeArabic(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Multiset overlap of two token bags. */
function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of a) {
    const c = counts.get(t) ?? 0;
    if (c > 0) { n++; counts.set(t, c - 1); }
  }
  return n;
}

const same = (field: FieldName, got: string | undefined, want: string | null) =>
  field === 'url_original' || field === 'date' ? (got ?? null) === want : (got ? lexKey(got) : null) === (want ? lexKey(want) : null);

export interface SetScore {
  pages: number;
  fields: Record<FieldName, number>;
  body: { precision: number; recall: number; f1: number };
  embedded: { expected: number; found: number; extra: number };
  misses: string[];
}

export function scoreDir(dir: string): SetScore {
  // The lexicon the ingest run builds: boilerplate plus the outlets of sources.yaml.
  const sources = loadSources();
  const lex = buildLexicon(loadBoilerplate(), sources);
  const pages = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();
  const fields = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<FieldName, number>;
  let got = 0, want = 0, hit = 0;
  const embedded = { expected: 0, found: 0, extra: 0 };
  const misses: string[] = [];
  for (const name of pages) {
    const expected = JSON.parse(readFileSync(path.join(dir, name.replace(/\.html?$/, '.expected.json')), 'utf8')) as Expected;
    const decoded = decodeHtmlBytes(readFileSync(path.join(dir, name)));
    const { articles, metadata } = decoded.ok ? extractHtmlPage(decoded.text, name, lex, sources) : { articles: [], metadata: {} };
    for (const f of FIELDS) {
      const value = metadata[f]?.value;
      if (same(f, value, expected[f])) fields[f]++;
      else misses.push(`${name} ${f}: got «${value ?? '∅'}» want «${expected[f] ?? '∅'}» (${metadata[f]?.from ?? '-'})`);
    }
    const gotTokens = tokens((articles[0]?.paragraphs ?? []).join(' '));
    const wantTokens = tokens(expected.paragraphs.join(' '));
    const common = overlap(gotTokens, wantTokens);
    got += gotTokens.length; want += wantTokens.length; hit += common;
    if (common !== gotTokens.length || common !== wantTokens.length) misses.push(`${name} body: ${common}/${gotTokens.length} got, ${common}/${wantTokens.length} expected`);
    const wantTitles = new Set(expected.embedded.map((e) => lexKey(e.title)));
    const gotTitles = articles.slice(1).map((a) => lexKey(a.title));
    embedded.expected += wantTitles.size;
    embedded.found += gotTitles.filter((t) => wantTitles.has(t)).length;
    embedded.extra += gotTitles.filter((t) => !wantTitles.has(t)).length;
    if (gotTitles.length !== wantTitles.size || gotTitles.some((t) => !wantTitles.has(t))) misses.push(`${name} embedded: got [${articles.slice(1).map((a) => a.title).join(' | ')}]`);
  }
  const precision = got ? hit / got : 0;
  const recall = want ? hit / want : 0;
  return {
    pages: pages.length,
    fields: Object.fromEntries(FIELDS.map((f) => [f, pages.length ? fields[f] / pages.length : 0])) as Record<FieldName, number>,
    body: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
    embedded,
    misses,
  };
}

function printSet(label: string, s: SetScore, verbose: boolean) {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`${label} (${s.pages} pages)`);
  console.log(`  fields: ${FIELDS.map((f) => `${f} ${pct(s.fields[f])}`).join(', ')}`);
  console.log(`  body tokens: P ${pct(s.body.precision)} R ${pct(s.body.recall)} F1 ${pct(s.body.f1)}`);
  console.log(`  embedded articles: ${s.embedded.found}/${s.embedded.expected} found, ${s.embedded.extra} extra`);
  if (verbose) for (const m of s.misses) console.log(`    ${m}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dev = scoreDir(ROOT);
  const aside = scoreDir(path.join(ROOT, 'aside'));
  if (process.argv.includes('--json')) console.log(JSON.stringify({ dev, aside }, null, 2));
  else {
    const verbose = process.argv.includes('--verbose');
    printSet('dev', dev, verbose);
    printSet('aside', aside, verbose && process.argv.includes('--show-aside'));
  }
}
