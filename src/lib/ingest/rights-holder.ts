// A page that claims the rights to its own pages («© NAME 2026», «جميع الحقوق محفوظة لـ NAME») is a
// site publishing a wire's story under its own name, even where the wire signs the lead and is
// credited as «المصدر:»: the wire is the agency, the site the outlet. Without that claim the
// aggregator convention holds (a masthead over the wire's dateline and «المصدر: WIRE» is the wire's
// text copied: dev u884), and so does a credit line that gives the story's own rights to the wire
// («مصادر الخبر: © وكالة سبوتنيك» on an aggregator: aside u36), whatever the site's © line says.
// The README's rule, made explicit (twenty-fifth round, second wave).
import type { Signal } from './credits';

/** Outlet rules of a © or rights line naming a site (not a publishing house, not the wire's own ©). */
const RIGHTS_RULES = new Set(['© line', '© line (name not in sources.yaml)', '© line (a Latin name)']);
/** A © name this weak is no claim (the same bar as the page naming itself elsewhere). */
const MIN_CONFIDENCE = 0.45;

/** A rights mark on the credit line: the story's rights are the wire's. */
const RIGHTS_MARK = /©|\(c\)|حقوق/iu;

/** Whether a © line names a site other than the wires the page credits, and no credit line claims the story for the wire. */
export function claimsOwnRights(signals: readonly Signal[], credits: readonly { value: string }[]): boolean {
  if (credits.some((c) => RIGHTS_MARK.test(c.value))) return false;
  const wires = new Set(signals.filter((s) => s.field === 'agency' && s.id).map((s) => s.id));
  return signals.some((s) => s.field === 'outlet' && RIGHTS_RULES.has(s.rule) && s.confidence >= MIN_CONFIDENCE && !(s.id && wires.has(s.id)));
}
