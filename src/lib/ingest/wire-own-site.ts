// An agency's own site (forty-fifth round, helper 13o, a real page): the story's dateline signs it with the wire's name
// («موسكو-سانا», «/ وام /», «(كونا)») and the page's frame names the same wire as the one to follow («تابعوا أخبار سانا على
// تلغرام», «تابعوا كونا على واتساب»). Two independent places name one agency — the story's credit and the site's own frame —
// so the page is the agency's, and the agency is its outlet too (the fixtures' convention, README «outlet»). A copy of the
// wire on another site names that site in its frame instead (its follow line, its masthead): the wire stays the agency only.
import type { Signal } from './credits';
import type { Lexicon } from './boilerplate';
import { FRAME_BOX_RULE } from './frame-names';

/** The weight of a frame box naming the wire that signs the dateline: a site's own name printed twice, as a masthead printed again. */
export const WIRE_OWN_SITE = 0.7;

/** Raises, in place, a frame box's outlet signal naming the agency the dateline names. */
export function weighWireOwnSite(signals: Signal[], lex: Lexicon): void {
  const signing = new Set(signals.filter((s) => s.field === 'agency' && s.id && s.rule === 'dateline').map((s) => s.id));
  if (!signing.size) return;
  for (const s of signals) {
    if (s.field !== 'outlet' || !s.id || !signing.has(s.id) || !s.rule.startsWith(FRAME_BOX_RULE) || lex.names(s.value)?.kind !== 'agency') continue;
    s.confidence = Math.max(s.confidence, WIRE_OWN_SITE);
    s.rule = `${s.rule}: the wire the dateline names — the agency's own site`;
  }
}
