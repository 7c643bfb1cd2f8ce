// npx tsx scripts/discovery-report.ts [--dir content/articles] [--top 30] [--all] [--weak] [--json]
// Runs people discovery over a directory of ingested .mdx articles the way the corpus build
// does (src/lib/corpus/buildCorpus.ts, discoverAcrossCorpus): per article with the real
// dictionary (content/actors.yaml, or the seed dictionary when there is none), merged by id,
// and a candidate is strong (a site actor) only when it is strong in at least one article.
// Prints the strong candidates, most articles first, with their counts and an evidence sample.
// Read-only: never writes files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildActorMatcher, compileLexicon, discoverPeople, type DiscoveredCandidate } from '../src/lib/entities';
import { parseArticleMdx } from '../src/lib/ingest/mdx';
import { loadActors, loadDiscoveryLexicon } from '../src/lib/data';
import { seedActors } from '../src/lib/entities/__fixtures__/seeds';

const { values: opt } = parseArgs({
  options: {
    dir: { type: 'string', default: 'content/articles' },
    top: { type: 'string', default: '30' },
    all: { type: 'boolean', default: false },
    weak: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    actors: { type: 'string', default: 'content/actors.yaml' },
  },
});

const actors = existsSync(opt.actors) ? loadActors(opt.actors) : seedActors;
const matcher = buildActorMatcher(actors);
const lexicon = compileLexicon(loadDiscoveryLexicon());
const files = readdirSync(opt.dir).filter((f) => f.endsWith('.mdx')).sort();

interface Row { id: string; name: string; articles: Set<string>; strongArticles: Set<string>; occurrences: number; evidence: Map<string, number>; best: DiscoveredCandidate }
const byId = new Map<string, Row>();
let paragraphs = 0, failed = 0;
const t0 = performance.now();
for (const f of files) {
  let doc: { paragraphs: string[] };
  try {
    doc = parseArticleMdx(readFileSync(path.join(opt.dir, f), 'utf8'), f);
  } catch (e) {
    failed++;
    console.error((e as Error).message);
    continue;
  }
  paragraphs += doc.paragraphs.length;
  for (const c of discoverPeople(doc.paragraphs, matcher, lexicon)) {
    const row = byId.get(c.id) ?? { id: c.id, name: c.name, articles: new Set(), strongArticles: new Set(), occurrences: 0, evidence: new Map(), best: c };
    row.articles.add(f);
    if (c.strong) row.strongArticles.add(f);
    row.occurrences += c.occurrences;
    for (const e of c.evidence) row.evidence.set(e, (row.evidence.get(e) ?? 0) + 1);
    if (c.confidence > row.best.confidence || (c.confidence === row.best.confidence && c.name.length > row.best.name.length)) {
      row.best = c;
      row.name = c.name;
    }
    byId.set(c.id, row);
  }
}
const ms = performance.now() - t0;

const rows = [...byId.values()].sort((a, b) => b.articles.size - a.articles.size || b.occurrences - a.occurrences || a.id.localeCompare(b.id));
const strong = rows.filter((r) => r.strongArticles.size > 0);
const weak = rows.filter((r) => r.strongArticles.size === 0);
const shown = (xs: Row[]) => (opt.all ? xs : xs.slice(0, Number(opt.top)));
const topEvidence = (r: Row) => [...r.evidence].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';

if (opt.json) {
  const out = (xs: Row[]) => shown(xs).map((r) => ({
    id: r.id, name: r.name, articles: r.articles.size, strongIn: r.strongArticles.size, occurrences: r.occurrences, evidence: topEvidence(r),
  }));
  console.log(JSON.stringify({ dir: opt.dir, files: files.length, strong: strong.length, weak: weak.length, top: out(strong), ...(opt.weak ? { weakTop: out(weak) } : {}) }, null, 2));
} else {
  console.log(`${opt.dir}: ${files.length} articles (${failed} unreadable), ${paragraphs} paragraphs, ${(ms / 1000).toFixed(1)} s`);
  console.log(`candidates: ${rows.length} (${strong.length} strong = site actors, ${weak.length} weak)`);
  const print = (title: string, xs: Row[]) => {
    console.log(`\n${title}\n${'#'.padStart(4)}  articles  strong-in  occurrences  name  (id) — top evidence`);
    shown(xs).forEach((r, k) => console.log(
      `${String(k + 1).padStart(4)}  ${String(r.articles.size).padStart(8)}  ${String(r.strongArticles.size).padStart(9)}  ${String(r.occurrences).padStart(11)}  ${r.name}  (${r.id}) — ${topEvidence(r)}`,
    ));
  };
  print('Strong candidates (site actors):', strong);
  if (opt.weak) print('Weak candidates (dictionary suggestions only):', weak);
}
