// Pair precision and recall of the stories stage against labelled events (tests/fixtures/stories/):
// every pair of labelled articles is same text, same event (same text included) or different.
import { z } from 'zod';

export const LabelledEventsSchema = z.array(
  z
    .object({
      event: z.string().min(1),
      /** Each text: the slugs that carry it (one, or a same-text group of copies). */
      texts: z.array(z.array(z.string().min(1)).min(1)).min(1),
    })
    .strict(),
);
export type LabelledEvents = z.output<typeof LabelledEventsSchema>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PairScore {
  pairs: number;
  sameText: Counts;
  sameEvent: Counts;
  /** Same-event pairs that are not the same text: reports in each outlet's own words. */
  distinctReports: Counts;
  /** Wrong pairs, for reading: "a b level expected/got". */
  errors: string[];
}

export const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);

/** Scores every pair of labelled slugs; `groupOf`/`storyOf` are the stage's slug → id maps. */
export function scorePairs(events: LabelledEvents, predicted: { groupOf: Map<string, string>; storyOf: Map<string, string> }): PairScore {
  const truth = events.flatMap((e, ei) => e.texts.flatMap((t, ti) => t.map((slug) => ({ slug, event: ei, text: `${ei}/${ti}` }))));
  const seen = new Set<string>();
  for (const t of truth) {
    if (seen.has(t.slug)) throw new Error(`labelled events: ${t.slug} is listed twice`);
    seen.add(t.slug);
  }
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const score: PairScore = { pairs: 0, sameText: zero(), sameEvent: zero(), distinctReports: zero(), errors: [] };
  const tally = (c: Counts, expected: boolean, got: boolean) => {
    if (expected && got) c.tp++;
    else if (got) c.fp++;
    else if (expected) c.fn++;
  };
  const same = (m: Map<string, string>, a: string, b: string) => m.has(a) && m.get(a) === m.get(b);
  for (let i = 0; i < truth.length; i++) {
    for (let j = i + 1; j < truth.length; j++) {
      const [a, b] = [truth[i], truth[j]];
      score.pairs++;
      const text = a.text === b.text;
      const event = a.event === b.event;
      const gotText = same(predicted.groupOf, a.slug, b.slug);
      const gotEvent = same(predicted.storyOf, a.slug, b.slug);
      tally(score.sameText, text, gotText);
      tally(score.sameEvent, event, gotEvent);
      if (!text && !(gotText && !event)) tally(score.distinctReports, event, gotEvent && !gotText);
      if (text !== gotText) score.errors.push(`${a.slug} ${b.slug} same-text expected ${text} got ${gotText}`);
      if (event !== gotEvent) score.errors.push(`${a.slug} ${b.slug} same-event expected ${event} got ${gotEvent}`);
    }
  }
  return score;
}
