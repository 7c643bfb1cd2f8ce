// How many Pagefind searches a query costs, with the query side's pattern readings (thirty-second pass,
// patternRareReadings.ts) and without — or, with `--common`, with the common plurals read with the other words
// (thirty-third pass, commonPlurals.ts) and without, the pattern readings on in both: every query of the given sets ranked over the quality corpus (bundled articles
// and fixtures) by a fake Pagefind over pages keyed by the real indexer, counting the distinct search strings tiers.ts
// sends (each is one Pagefind search in the browser; docs/search.md gives a search's time there).
// With `--meaning`, the words of one meaning (thirty-fourth pass, meaningWords.ts) read and not, every other reading on.
// Usage: npx tsx scripts/bench-search-readings.ts [--sets dev32m,aside31] [--common | --meaning]
import { ctx, indexCtx, vocabulary } from '../src/lib/search/curatedMatch.testkit';
import { fakePagefind } from '../src/lib/search/fakePagefind.testkit';
import { planQuery, type KeyContext } from '../src/lib/search/keys';
import { rankTiers } from '../src/lib/search/tiers';
import { loadQueries, qualityCorpus, QUERY_FILES } from '../tests/fixtures/search/harness';

async function main() {
  const s = process.argv.indexOf('--sets');
  const sets = s > 0 ? process.argv[s + 1].split(',') : Object.keys(QUERY_FILES);
  const { articles } = await qualityCorpus();
  const search = fakePagefind(Object.fromEntries(articles.map((a) => [a.slug, [a.title, ...a.paragraphs].join(' ')])), indexCtx);
  const endings = indexCtx.patterns!.nisbas!.endings;
  const rules = vocabulary.patterns!.corpusPlurals!;
  const base = { endings, rare: rules.queryRareForms!, ...(rules.queryRareCollectives ? { collective: true } : {}) };
  const patterns = { ...base, plurals: rules.queryPlurals, verbs: rules.queryVerbs };
  const meaning = process.argv.includes('--meaning');
  const common = { ...ctx, queryForms: { ...patterns, common: rules.queryCommonPlurals } };
  const ctxs: Record<string, KeyContext> = meaning
    ? { before: common, after: common }
    : process.argv.includes('--common')
    ? { before: { ...ctx, queryForms: patterns }, after: { ...ctx, queryForms: { ...patterns, common: rules.queryCommonPlurals } } }
    : { before: { ...ctx, queryForms: base }, after: { ...ctx, queryForms: patterns } };
  const counts: Record<string, number[]> = { before: [], after: [] };
  const byKind = new Map<string, { n: number; before: number; after: number }>();
  for (const set of sets) {
    for (const q of loadQueries(set)) {
      const k = byKind.get(q.kind) ?? { n: 0, before: 0, after: 0 };
      k.n++;
      for (const [name, c] of Object.entries(ctxs)) {
        const strings = new Set<string>();
        const plan = planQuery(q.q, c);
        await rankTiers(meaning && name === 'before' ? { ...plan, meaning: undefined } : plan, async (x) => (strings.add(x), search(x)), { total: articles.length });
        counts[name].push(strings.size);
        k[name as 'before' | 'after'] += strings.size;
      }
      byKind.set(q.kind, k);
    }
  }
  const stat = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)}, median ${sorted[Math.floor(xs.length / 2)]}, p95 ${sorted[Math.floor(xs.length * 0.95)]}, max ${sorted[xs.length - 1]}`;
  };
  console.log(`${counts.before.length} queries of ${sets.length} sets: searches per query before ${stat(counts.before)}; after ${stat(counts.after)}`);
  const more = counts.after.map((a, i) => a - counts.before[i]);
  console.log(`queries with more searches: ${more.filter((d) => d > 0).length}, at most ${Math.max(...more)} more`);
  for (const [kind, k] of byKind) console.log(`  ${kind}: ${k.n} queries, mean ${(k.before / k.n).toFixed(2)} → ${(k.after / k.n).toFixed(2)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
