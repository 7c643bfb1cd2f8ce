// The pages a list of extra searches adds (the common plurals' and the thesaurus's, thirty-third pass): each page once,
// in search and result order, as concept-tier results after what the reader's own words found.
import type { Candidate, Ranked } from './tiers';

/** The results of `searches` not in `seen` (which they join), in order, each once, tier 'concept'. */
export async function unseenPages<R extends Candidate>(searches: string[], run: (search: string) => Promise<R[]>, seen: Set<string>): Promise<Array<Ranked<R>>> {
  const read: Array<Ranked<R>> = [];
  for (const results of await Promise.all(searches.map(run))) {
    for (const result of results) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      read.push({ result, tier: 'concept', missing: [] });
    }
  }
  return read;
}
