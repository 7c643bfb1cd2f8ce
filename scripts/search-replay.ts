// Replays searches recorded by scripts/search-record.ts through the current planning and tiers (session 42, 15r) and
// scores every set as scripts/search-quality.ts does (same rows, same tables, same --json file). Valid while the
// corpus, the index and the planning are the recorded ones: a search the record lacks counts as no result, and their
// number is printed (0 for a ranking-only change). On unchanged code it gives search-quality.ts's rows exactly.
// Usage: npx tsx scripts/search-replay.ts DIR [--sets …] [--json FILE] [--quiet]
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { shippedContext, loadQueries, QUERY_FILES, judgedPages } from '../tests/fixtures/search/harness';
import { summariseByKind, markdownTable, type Scored } from '../tests/fixtures/search/metrics';
import { planQuery } from '../src/lib/search/keys';
import { rankQuery } from '../src/lib/search/tiers';
async function main() {
  const dir = process.argv[2];
  const rec = JSON.parse(readFileSync(path.join(dir, 'rec.json'), 'utf8'));
  const kctx = shippedContext(path.join(dir, 'ctx'));
  const s = process.argv.indexOf('--sets');
  const sets = s > 0 ? process.argv[s + 1].split(',') : Object.keys(QUERY_FILES);
  const unknown = new Set<string>();
  const report: Record<string, unknown> = {};
  for (const set of sets) {
    const rows: Array<Scored & { q: string; tiers: string[] }> = [];
    const held = new Set<string>();
    for (const q of loadQueries(set)) {
      if (q.heldOut) held.add(q.q);
      const search = async (terms: string) => {
        const r = rec.searches[terms];
        if (!r) { unknown.add(terms); return []; }
        return r.map(([id, score]: [string, number]) => ({ id, score }));
      };
      const plans = { closed: planQuery(q.q, kctx), open: planQuery(q.q, kctx, { prefixLast: true }) };
      const { ranked } = await rankQuery(plans, search, { total: rec.total });
      const top = ranked.slice(0, 40);
      rows.push({ ...q, irrelevant: q.irrelevant ?? [], judged: judgedPages(q), keyed: top.map((r) => rec.slugs[r.result.id]), tiers: top.map((r) => r.tier), plain: rec.plain[q.q] ?? [] });
    }
    const parts: Array<[string, typeof rows]> = held.size ? [[set, rows.filter((r) => !held.has(r.q))], [`${set}-held`, rows.filter((r) => held.has(r.q))]] : [[set, rows]];
    for (const [name, part] of parts) {
      const lines = summariseByKind(part);
      if (!process.argv.includes('--quiet')) console.log(`\n### ${name}\n\n${markdownTable(lines)}`);
      report[name] = { lines, rows: part.map(({ judged: _j, ...r }) => r) };
    }
  }
  console.error('searches not recorded:', unknown.size, [...unknown].slice(0, 5));
  const j = process.argv.indexOf('--json');
  if (j > 0) writeFileSync(process.argv[j + 1], JSON.stringify(report));
}
main().catch((e) => { console.error(e); process.exit(1); });
