// «المصدر: رويترز» closing a page that prints no name of its own (fortieth round, session 43): the wire wrote the text,
// but the page that copied it is not the wire's own site, so the wire is the agency and no outlet is named (the fixtures
// README's convention). A page naming its site and signed by the wire's dateline keeps the older aggregator reading
// (the wire's copied text: dev u884, aside u36), decided in metadata.ts before this runs.
import type { Signal } from './credits';

/** Lowers every «the wire stands for the outlet» signal under the outlet abstain line. */
export function demoteWireAsOutlet(signals: Signal[], rule: string): void {
  for (const s of signals) {
    if (s.field !== 'outlet' || s.rule !== rule) continue;
    s.confidence = 0.3;
    s.rule = `${rule}, but the page names no site: the agency only`;
  }
}
