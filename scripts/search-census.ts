// The census of first places (session 44, 15r): over a per-query file of scripts/search-quality.ts --json (or
// scripts/search-replay.ts --json), every query with ten labels or fewer whose first labelled page is listed 2nd–40th,
// classed by its tier and the tiers of the pages above it. With a second file, the queries whose first labelled page
// moved, and the pooled recall@10 and MRR of the six meaning classes before → after (`--sets` a regular expression).
// Usage: npx tsx scripts/search-census.ts FILE [AFTER] [--sets REGEX] [--rows]
import { readFileSync } from 'node:fs';

type Row = { q: string; kind: string; relevant: string[]; keyed: string[]; tiers: string[] };
type Line = { kind: string; n: number; recall: number; mrr: number };
type Report = Record<string, { lines: Line[]; rows: Row[] }>;
const KINDS = ['concept', 'nisba', 'derivation', 'broken-plural', 'partial', 'precision'];

const args = process.argv.slice(2);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--sets');
const s = args.indexOf('--sets');
const only = s >= 0 ? new RegExp(args[s + 1]) : null;
const [before, after] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Report);
const sets = Object.keys(before).filter((set) => !only || only.test(set));

/** The rank (1-based) of the first labelled page in the first forty, or 0. */
const first = (row: Row) => row.keyed.findIndex((k) => row.relevant.includes(k)) + 1;

if (!after) {
  const classes = new Map<string, { near: number; far: number; kinds: Map<string, number> }>();
  let asked = 0;
  let firsts = 0;
  for (const set of sets) {
    for (const row of before[set].rows) {
      if (row.relevant.length > 10) continue;
      asked++;
      const f = first(row);
      if (f === 1) firsts++;
      if (f < 2) continue;
      const tier = row.tiers[f - 1];
      const others = [...new Set(row.tiers.slice(0, f - 1).filter((t) => t !== tier))];
      const key = `${tier} | ${others.length ? `above it also: ${others.join('+')}` : 'its own tier above'}`;
      const c = classes.get(key) ?? { near: 0, far: 0, kinds: new Map() };
      classes.set(key, c);
      if (f <= 10) c.near++;
      else c.far++;
      c.kinds.set(row.kind, (c.kinds.get(row.kind) ?? 0) + 1);
    }
  }
  console.log(`queries with ≤ 10 labels: ${asked}, first labelled page 1st: ${firsts}`);
  console.log('| the labelled page\'s tier | 2nd–10th | 11th–40th | classes |\n|---|---|---|---|');
  for (const [key, c] of [...classes].sort((a, b) => b[1].near + b[1].far - a[1].near - a[1].far)) {
    const kinds = [...c.kinds].filter(([k]) => KINDS.includes(k)).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`| ${key} | ${c.near} | ${c.far} | ${kinds} |`);
  }
} else {
  let n = 0, ra = 0, rb = 0, ma = 0, mb = 0, up = 0, down = 0;
  const moved: string[] = [];
  for (const set of sets) {
    if (!after[set]) continue;
    for (const b of after[set].lines) {
      const a = before[set].lines.find((l) => l.kind === b.kind);
      if (!a || !KINDS.includes(b.kind)) continue;
      n += b.n; ra += a.recall * b.n; rb += b.recall * b.n; ma += a.mrr * b.n; mb += b.mrr * b.n;
    }
    const rows = new Map(before[set].rows.map((r) => [r.q, r]));
    for (const b of after[set].rows) {
      const a = rows.get(b.q);
      if (!a) continue;
      const [fa, fb] = [first(a) || 99, first(b) || 99];
      if (fa === fb) continue;
      if (fb < fa) up++;
      else down++;
      moved.push(`${fb < fa ? 'up  ' : 'down'}\t${set}\t${b.kind}\t${b.q}\t${fa === 99 ? '–' : fa} → ${fb === 99 ? '–' : fb}`);
    }
  }
  console.log(`${n} queries of the six classes: recall@10 ${(ra / n).toFixed(4)} → ${(rb / n).toFixed(4)}, MRR ${(ma / n).toFixed(4)} → ${(mb / n).toFixed(4)}; first labelled page up in ${up}, down in ${down}`);
  if (args.includes('--rows')) console.log(moved.join('\n'));
}
