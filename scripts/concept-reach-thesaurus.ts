// scripts/concept-reach.ts --thesaurus (issue 15, thirty-sixth pass, session 44, 15p): the shipped lists' reach on concept
// misses, estimated with the real query planner. For each missed query, the thesaurus's searches (queryPlan.ts
// `thesaurus.searches`: the typed phrasing of a concept replaced by each other phrasing, the other units as typed) are
// made with content/search-thesaurus.yaml alone and with its parts (src/lib/data/thesaurus.ts THESAURUS_PARTS); a page
// is reached when it holds every key of one search (a page's word keyed as the query side keys it: its key or its
// family's); «in ten» when fewer than ten other pages of the corpus, not holding every typed key, are reached the same
// way — an upper bound: it ignores the pages listed above them and the tier's own condition (thesaurus.ts `below`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { qualityCorpus } from '../tests/fixtures/search/harness';
import { buildContextJson, contextFromJson } from '../src/lib/search/context';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { DEFAULT_SEARCH_THESAURUS_PATH, parseThesaurus } from '../src/lib/data/thesaurus';
import { keyTokens } from '../src/lib/search/keyTokens';
import { planQuery } from '../src/lib/search/queryPlan';
import type { KeyContext } from '../src/lib/search/keyContext';

const pageKeys = (text: string, ctx: KeyContext) => new Set(keyTokens(text, ctx).flatMap((t) => [t.key, t.match, ...(t.familyKey ? [t.familyKey] : [])]));

export async function thesaurusReach(misses: Array<{ set: string; q: string; page: string }>, dir: string, verbose = false): Promise<Record<string, { reached: number; inTen: number }>> {
  const { actors } = await qualityCorpus();
  const vocabulary = loadSearchVocabularyBeside(path.resolve('content/actors.yaml'));
  const main = new Set(parseThesaurus(readFileSync(DEFAULT_SEARCH_THESAURUS_PATH, 'utf8')).map((c) => c.id));
  const mainPhrasings = new Map(parseThesaurus(readFileSync(DEFAULT_SEARCH_THESAURUS_PATH, 'utf8')).map((c) => [c.id, new Set(c.phrasings)]));
  // The main file alone: its concepts with their own phrasings (a part's extensions removed), the meaning words kept.
  const alone = (vocabulary.thesaurus ?? []).filter((c) => main.has(c.id) || !c.id.includes('/')).map((c) => (mainPhrasings.has(c.id) ? { ...c, phrasings: c.phrasings.filter((p) => mainPhrasings.get(c.id)!.has(p)) } : c));
  const variants: Record<string, KeyContext> = {
    'thesaurus: search-thesaurus.yaml': contextFromJson(buildContextJson(actors, { ...vocabulary, thesaurus: alone })),
    'thesaurus: with its parts': contextFromJson(buildContextJson(actors, vocabulary)),
  };
  const texts = new Map<string, string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const raw = readFileSync(path.join(dir, f), 'utf8');
    texts.set(f.slice(0, -4), `${/^title:\s*"(.*)"/m.exec(raw)?.[1] ?? ''}\n${raw.replace(/^---[\s\S]*?---/, '')}`);
  }
  const out: Record<string, { reached: number; inTen: number }> = {};
  for (const [name, ctx] of Object.entries(variants)) {
    const keys = new Map([...texts].map(([id, t]) => [id, pageKeys(t, ctx)]));
    const t = (out[name] = { reached: 0, inTen: 0 });
    for (const m of misses) {
      const plan = planQuery(m.q, ctx);
      const searches = (plan.thesaurus?.searches ?? []).map((s) => s.split(' '));
      const own = keys.get(m.page);
      const typed = plan.search.split(' ').filter(Boolean);
      const meets = (p: Set<string>) => searches.some((s) => s.every((k) => p.has(k)));
      if (!own || !searches.length || !meets(own)) continue;
      t.reached++;
      let competing = 0;
      for (const [id, p] of keys) if (id !== m.page && meets(p) && !typed.every((k) => p.has(k))) competing++;
      if (competing < 10) t.inTen++;
      if (verbose) console.log(`${name}: ${m.set} «${m.q}» reached, ${competing} competing (${searches.length} searches)`);
    }
  }
  return out;
}
