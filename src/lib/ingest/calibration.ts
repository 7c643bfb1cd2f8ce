// Calibration of ingest's confidence against labelled pages (thirty-seventh round, 13c): pure counting for
// scripts/calibrate-ingest.ts. A candidate is a field's value ingest chose, or the guess it held back (an outlet
// under the abstain line), or nothing at all; its outcome is read against the page's label.

export type CalField = 'title' | 'date' | 'outlet' | 'agency';
export type CandidateKind = 'chosen' | 'held' | 'none';
/** right / wrong (the label names another) / null (the label names none) / miss (no candidate, the label names one). */
export type Outcome = 'right' | 'wrong' | 'null' | 'miss';

export interface Candidate {
  set: string;
  page: string;
  article: number;
  field: CalField;
  kind: CandidateKind;
  confidence: number;
  outcome: Outcome;
  rule: string;
  guess: string | null;
  label: string | null;
}

export function outcomeOf(kind: CandidateKind, right: boolean, labelNull: boolean): Outcome {
  if (kind === 'none') return labelNull ? 'null' : 'miss';
  if (right) return 'right';
  return labelNull ? 'null' : 'wrong';
}

/** Bucket edges: finer where the abstain line has stood (0.42) and where most candidates sit. */
export const EDGES = [0, 0.2, 0.3, 0.35, 0.4, 0.42, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01];

const bucketOf = (x: number) => {
  const i = EDGES.findIndex((e, k) => x >= e && x < EDGES[k + 1]);
  return i < 0 ? EDGES.length - 2 : i;
};

/**
 * One Markdown table: per kind and confidence bucket, the count, right / wrong / label null, precision and what
 * changing the bucket's decision would do — holding a chosen bucket back loses its rights and empties its wrongs;
 * filling a held-back bucket turns its rights into hits, its wrongs from empty into wrong, and fills its nulls.
 * Closed by the empty fields with no candidate (right empty / missed).
 */
export function calibrationTable(cands: readonly Candidate[]): string {
  const rows: string[] = ['| kind | confidence | n | right | wrong | label null | precision | if the decision flips |', '|---|---|---|---|---|---|---|---|'];
  for (const kind of ['chosen', 'held'] as const) {
    const mine = cands.filter((c) => c.kind === kind);
    for (let b = 0; b < EDGES.length - 1; b++) {
      const cs = mine.filter((c) => bucketOf(c.confidence) === b);
      if (!cs.length) continue;
      const n = (o: Outcome) => cs.filter((c) => c.outcome === o).length;
      const flip = kind === 'chosen'
        ? `hold back: −${n('right')} right, ${n('wrong')} wrong → empty, ${n('null')} nulls emptied`
        : `fill: +${n('right')} right, ${n('wrong')} empty → wrong, ${n('null')} nulls filled`;
      rows.push(`| ${kind} | ${EDGES[b].toFixed(2)}–${Math.min(1, EDGES[b + 1]).toFixed(2)} | ${cs.length} | ${n('right')} | ${n('wrong')} | ${n('null')} | ${(n('right') / cs.length).toFixed(2)} | ${flip} |`);
    }
  }
  const none = cands.filter((c) => c.kind === 'none');
  rows.push(`| none | — | ${none.length} | — | — | ${none.filter((c) => c.outcome === 'null').length} | — | no candidate: ${none.filter((c) => c.outcome === 'miss').length} labelled fields never recognised |`);
  return rows.join('\n');
}

/**
 * The fill threshold that serves a reader best on these candidates: fill every candidate at or above it, hold back
 * the rest. A right fill gains 1, a wrong or null fill costs `cost` (a wrong value misleads; an empty one only
 * withholds), so a bucket is worth filling when its precision ≥ cost / (1 + cost). Among equal gains the highest
 * threshold wins: fill no more than the evidence pays for.
 */
export function chooseThreshold(cands: readonly Candidate[], cost: number): number {
  const live = cands.filter((c) => c.kind !== 'none');
  let best = { t: 1.01, gain: 0 };
  for (let k = 100; k >= 0; k--) {
    const t = k / 100;
    const gain = live.filter((c) => c.confidence >= t).reduce((g, c) => g + (c.outcome === 'right' ? 1 : -cost), 0);
    if (gain > best.gain) best = { t, gain };
  }
  return best.t;
}

/** The cross-validation folds: A = dev, the fixtures and the odd-numbered asides («aside» is the first); B = the even ones. */
export function foldOf(set: string): 'A' | 'B' | undefined {
  if (set === 'seeds') return undefined;
  if (set === 'dev' || set === 'fixtures') return 'A';
  const m = /^aside(\d*)$/.exec(set);
  if (!m) return undefined;
  return Number(m[1] || 1) % 2 ? 'A' : 'B';
}

/**
 * A chosen outlet read by one rule alone, at the weight it gave: «rule @0.45» (null when another reading agreed with it
 * or corroborated it — those gained weight by independent evidence, a lone reading did not).
 */
export function loneRule(c: Pick<Candidate, 'rule' | 'kind' | 'confidence'>): string | null {
  if (c.kind !== 'chosen' || /; agreed by | — |, but /u.test(c.rule)) return null;
  return `${c.rule.replace(/; .*$/u, '')} @${c.confidence}`;
}

/**
 * The rule families whose lone readings do a reader more harm than good on these candidates: at least `minN` of
 * them, and their rights fewer than `cost` × their wrong and null fills. Held back, each becomes the review list's
 * runner-up instead of the page's outlet.
 */
export function chooseHeldRules(cands: readonly Candidate[], cost: number, minN = 3): string[] {
  const by = new Map<string, Candidate[]>();
  for (const c of cands) {
    const r = loneRule(c);
    if (r) by.set(r, [...(by.get(r) ?? []), c]);
  }
  return [...by].filter(([, cs]) => cs.length >= minN && cs.filter((c) => c.outcome === 'right').length < cost * cs.filter((c) => c.outcome !== 'right').length)
    .map(([r]) => r).sort();
}

export interface LoneRuleRow { rule: string; blind: [number, number]; seen: [number, number]; precision: number; held: boolean }

/**
 * Lone readings per rule and weight, on the blind sets as first scored (`blind`: each set by the code before its round
 * tuned on it — the only unbiased estimate) and on the labelled sets now (`seen`: tuned on, so they overstate precision).
 * A rule is held back when both together are under the bar (precision < cost / (1 + cost), at least `minAll` readings)
 * and the blind sets alone are too (at least `minBlind` readings): the tuned pages alone never decide.
 */
export function pooledLoneRules(blind: readonly Candidate[], seen: readonly Candidate[], cost: number, minAll = 5, minBlind = 3): LoneRuleRow[] {
  const rows = new Map<string, LoneRuleRow>();
  const add = (c: Candidate, key: 'blind' | 'seen') => {
    const r = loneRule(c);
    if (!r) return;
    const row = rows.get(r) ?? rows.set(r, { rule: r, blind: [0, 0], seen: [0, 0], precision: 0, held: false }).get(r)!;
    row[key][c.outcome === 'right' ? 0 : 1]++;
  };
  for (const c of blind) add(c, 'blind');
  for (const c of seen) add(c, 'seen');
  const bar = cost / (1 + cost);
  for (const row of rows.values()) {
    const right = row.blind[0] + row.seen[0];
    const all = right + row.blind[1] + row.seen[1];
    row.precision = right / all;
    const blindAll = row.blind[0] + row.blind[1];
    row.held = all >= minAll && row.precision < bar && blindAll >= minBlind && row.blind[0] / blindAll < bar;
  }
  return [...rows.values()].sort((a, b) => a.precision - b.precision || a.rule.localeCompare(b.rule));
}
