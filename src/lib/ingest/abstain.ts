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

export function abstainedEvidence(pick: ReturnType<typeof pickSignal>): FieldEvidence | undefined {
  if (!pick.chosen || pick.confidence >= OUTLET_ABSTAIN) return undefined;
  const c = pick.chosen;
  return { field: 'outlet', value: null, confidence: roundConfidence(pick.confidence), rule: `abstained: the best evidence is under ${OUTLET_ABSTAIN}`, runnerUp: { value: c.value, rule: c.rule, ...(c.line ? { line: c.line } : {}) } };
}

