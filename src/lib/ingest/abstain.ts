// A wrong outlet is worse than none: an outlet chosen on weak evidence is left empty and shown to
// the editor as the runner-up in the review list (`npm run review`).
import type { FieldEvidence } from './evidence';
import { roundConfidence } from './evidence';
import type { pickSignal } from './credits';

/**
 * Under this confidence the outlet is left empty. Measured in the eleventh round on every seen
 * labelled page (511): at 0.42 the wrong outlets went 4 → 1 and the right ones 497 → 495 (the
 * three dropped were all under 0.42);
 * at 0.5 the right ones fell to 488 with no wrong one fewer. On the held-out aside11 it cost one
 * right name and saved none; on aside12 (twelfth round) it changed nothing (41 / 1 / 3 at 0 and at 0.42).
 */
export const OUTLET_ABSTAIN = 0.42;

/** A rule read alone at a weight the calibration measured (boilerplate.yaml `outletShape.heldAlone`). */
export interface HeldAlone { rule: string; confidence: number; right: number; of: number }

/**
 * The calibrated entry that holds this pick back: its outlet was read by one rule alone — no other reading agreed — at
 * the weight an entry names. Thirty-seventh round (13c, scripts/calibrate-ingest.ts): a lone «© line (a Latin name)» at
 * 0.45 was right 1 in 5 on the labelled pages and the blind sets as first scored (a Latin spelling of a site labelled
 * in Arabic, or a company's name), where the bar a wrong outlet must clear is 0.8.
 */
export function loneHeldBack(pick: ReturnType<typeof pickSignal>, held: readonly HeldAlone[]): HeldAlone | undefined {
  const c = pick.chosen;
  if (!c || c.agreedBy) return undefined;
  return held.find((h) => h.rule === c.rule && Math.abs(h.confidence - pick.confidence) < 0.005);
}

export function abstainedEvidence(pick: ReturnType<typeof pickSignal>, held?: HeldAlone): FieldEvidence | undefined {
  if (!pick.chosen || (pick.confidence >= OUTLET_ABSTAIN && !held)) return undefined;
  const c = pick.chosen;
  const why = held ? `held back: a lone reading of this rule at ${held.confidence} was right in ${held.right} of ${held.of} labelled outlets` : `abstained: the best evidence is under ${OUTLET_ABSTAIN}`;
  // A held-back rule's weight stays under the review line (REVIEW_BELOW): the editor sees it as the runner-up.
  return { field: 'outlet', value: null, confidence: roundConfidence(pick.confidence), rule: why, runnerUp: { value: c.value, rule: c.rule, ...(c.line ? { line: c.line } : {}) } };
}

