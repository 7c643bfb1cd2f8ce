// Filter candidate pairs before a held-out file is written (issue 15, thirtieth pass): no word of a pair on any line of
// content/**/*.yaml nor in any tests/fixtures/search/*.yaml; the passing pairs printed shuffled (seeded).
// --pairs: only the pair must be new (no line holds both words), for fields whose words earlier files all use.
// Usage: npx tsx scripts/filter-new-pairs.ts CANDIDATES.yaml [seed] [--pairs]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normalizeArabic } from '../src/lib/arabic/normalize';
const root = process.cwd();
const files: string[] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) { if (!p.includes('raw') && !p.includes('articles')) walk(p); } else if (p.endsWith('.yaml')) files.push(p); } };
walk(join(root, 'content')); walk(join(root, 'tests/fixtures/search'));
const words = new Set<string>();
const bare = (w: string) => normalizeArabic(w).replace(/^(?:[وف]?(?:[بكل]?ال|لل))/, '');
const lines: Array<Set<string>> = [];
for (const f of files) for (const line of readFileSync(f, 'utf8').split('\n')) {
  const ws = new Set(line.split(/[^\u0600-\u06FF]+/).filter(Boolean).map(bare));
  for (const w of ws) words.add(w);
  if (ws.size > 1) lines.push(ws);
}
const seed = Number(process.argv.slice(3).find((a) => !a.startsWith('--')) ?? 3830);
let s = seed; const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
const data = parse(readFileSync(process.argv[2], 'utf8')) as Record<string, Array<[string, string]>>;
for (const [k, pairs] of Object.entries(data)) {
  // A negative's words may be common ones: only the pair must be new (no line of a file holds both).
  const pass = pairs.filter((p) => (k === 'negatives' || process.argv.includes('--pairs') ? !lines.some((l) => l.has(bare(p[0])) && p[1].split(' ').every((x) => l.has(bare(x)))) : p.every((w) => !w.split(' ').some((x) => words.has(bare(x))))));
  const fail = pairs.filter((p) => !pass.includes(p));
  const shuffled = pass.map((p) => [rnd(), p] as const).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
  console.log(`# ${k}: ${pass.length}/${pairs.length} passed; failed: ${fail.map((p) => p.join('/')).join(' ')}`);
  console.log(JSON.stringify(shuffled));
}
