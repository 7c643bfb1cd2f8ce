// An aggregator's provider tag opening a syndicated copy's lead: «(MENAFN- Al Wakeel News) الوكيل
// الإخباري- أعلن …». The aggregator (`providerTags` of content/boilerplate.yaml) names in Latin letters
// the partner whose story it carries; what follows the tag is the partner's own lead, its own dateline
// included («سواليف-», «البصرة -»). The tag is furniture of the copy, never the story's words; the
// partner it names is the story's outlet, as «المصدر: X» under an aggregator's copy is (thirty-eighth
// round, a probe of real pages).

export interface ProviderTag {
  /** Characters the tag takes at the start of the lead, spaces after it included. */
  length: number;
  /** The partner's name as the tag prints it (Latin letters). */
  name: string;
}

/** Latin words of a partner's name: up to six, letters, digits, dots, apostrophes and hyphens inside. */
const PARTNER = /^[A-Za-z0-9][A-Za-z0-9.'&-]*(?:\s[A-Za-z0-9][A-Za-z0-9.'&-]*){0,5}$/;

/**
 * The provider tag at the start of `text`: «(PROVIDER- PARTNER)» or «(PROVIDER - PARTNER)» where
 * PROVIDER is one of `providers` (case kept as the aggregator prints it) and PARTNER a Latin name.
 */
export function providerTag(text: string, providers: readonly string[]): ProviderTag | undefined {
  if (!providers.length || !text.startsWith('(')) return undefined;
  const m = /^\(\s*([A-Za-z]{2,12})\s*[-–—:]\s*([^()\n]{2,60}?)\s*\)\s*/u.exec(text);
  if (!m || !providers.includes(m[1]) || !PARTNER.test(m[2])) return undefined;
  // Something must follow: the tag alone is no lead.
  if (m[0].length >= text.trimEnd().length) return undefined;
  return { length: m[0].length, name: m[2] };
}
