// The boilerplate lexicon is DATA (content/boilerplate.yaml) so new sites can be handled by
// adding phrases, not code. The data layer (src/lib/data) reads and validates it; this module
// pre-normalises every phrase once.
import { normalizeArabic } from '../arabic/normalize';
import type { BoilerplateData } from '../data/schemas';

/** The lexicon with matching keys pre-computed (normalised, punctuation-trimmed). */
export interface Lexicon {
  data: BoilerplateData;
  exact: Set<string>;
  contains: string[];
  markers: string[];
  widgets: { start: string; end: string }[];
  agencies: Map<string, string>;
  outlets: Map<string, string>;
  places: Set<string>;
  bylines: Set<string>;
}

/** Normalised matching key: normalizeArabic, punctuation/bullets trimmed, spaces collapsed. */
export function lexKey(text: string): string {
  return normalizeArabic(text)
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/^[\s\-–—•·▪►*:.،,|>»«"'“”()[\]]+|[\s\-–—•·▪►*:.،,|<»«"'“”()[\]…]+$/g, '')
    .trim();
}

export function buildLexicon(data: BoilerplateData): Lexicon {
  const keyed = (xs: string[]) => new Map(xs.map((x) => [lexKey(x), x] as const));
  return {
    data,
    exact: new Set(data.exactLines.map(lexKey)),
    contains: data.containsPhrases.map(lexKey),
    markers: data.sectionMarkers.map(lexKey),
    widgets: data.inlineWidgets.map((w) => ({ start: lexKey(w.start), end: lexKey(w.end) })),
    agencies: keyed(data.agencies),
    outlets: keyed(data.outlets),
    places: new Set(data.datelinePlaces.map(lexKey)),
    bylines: new Set(data.bylineLabels.map(lexKey)),
  };
}
