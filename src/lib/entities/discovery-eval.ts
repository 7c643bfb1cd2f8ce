// Precision / recall of the people discoverer against annotated paragraphs
// (tests/fixtures/discovery/*.json). A found candidate counts as correct when its family
// name (last token, normalised) equals an expected person's: that is the identity the
// discoverer itself groups by, and a truncated or over-long name does not pass.
import { normalizeArabic, phraseTokens } from '../arabic';
import type { ActorMatcher } from './matcher';
import { discoverPeople } from './discover';
import type { DiscoveryLexicon } from './discovery-lexicon';

export interface DiscoveryCase {
  id: string;
  text: string | string[];
  expected: string[];
  style?: string;
}

export interface DiscoveryScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Per case: what was wrong (empty when the case is fully right). */
  errors: Array<{ id: string; falsePositives: string[]; missed: string[] }>;
}

const surname = (name: string) => {
  const t = phraseTokens(name);
  return normalizeArabic(t[t.length - 1] ?? '');
};

/** Scores the discoverer; `strongOnly` counts only candidates that would become site actors. */
export function evaluateDiscovery(
  cases: DiscoveryCase[], matcher: ActorMatcher, lexicon: DiscoveryLexicon, opts: { strongOnly?: boolean } = {},
): DiscoveryScore {
  let tp = 0, fp = 0, fn = 0;
  const errors: DiscoveryScore['errors'] = [];
  for (const c of cases) {
    const paragraphs = Array.isArray(c.text) ? c.text : [c.text];
    const found = discoverPeople(paragraphs, matcher, lexicon).filter((x) => !opts.strongOnly || x.strong);
    const expected = new Map(c.expected.map((e) => [surname(e), e]));
    const falsePositives: string[] = [];
    const hit = new Set<string>();
    for (const f of found) {
      const k = surname(f.name);
      if (expected.has(k) && !hit.has(k)) hit.add(k);
      else falsePositives.push(f.name);
    }
    const missed = [...expected].filter(([k]) => !hit.has(k)).map(([, v]) => v);
    tp += hit.size;
    fp += falsePositives.length;
    fn += missed.length;
    if (falsePositives.length || missed.length) errors.push({ id: c.id, falsePositives, missed });
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, errors };
}
