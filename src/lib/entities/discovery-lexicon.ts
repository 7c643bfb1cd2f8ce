// The discoverer's word lists are DATA (content/discovery-stopwords.yaml), curated by people;
// this module loads and validates them and compiles them into normalised lookup sets.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { normalizeArabic, phraseTokens } from '../arabic';

const wordList = z.array(z.union([z.string(), z.number()]).transform(String)).default([]);

export const DiscoveryLexiconSchema = z.object({
  roleHeads: wordList,
  roleWords: wordList,
  connectors: wordList,
  reportingVerbs: wordList,
  stopwords: wordList,
  /** Common first names (Arabic and transliterated): corroborate a name seen only after a reporting verb. */
  firstNames: wordList,
  /** Endings of transliterated family names (‑وف، ‑سكي، ‑يتش، ‑برغ…): corroborate a verb-only name. */
  foreignNameEndings: wordList,
});
export type DiscoveryLexiconData = z.infer<typeof DiscoveryLexiconSchema>;

/** Normalised sets the discoverer looks words up in. */
export interface DiscoveryLexicon {
  roleHeads: Set<string>;
  roleWords: Set<string>;
  connectors: Set<string>;
  reportingVerbs: Set<string>;
  stopwords: Set<string>;
  firstNames: Set<string>;
  /** Normalised, longest first. */
  foreignNameEndings: string[];
}

// Relative to the project root (the working directory of every CLI and of astro build):
// import.meta.url points elsewhere once Astro has bundled this module.
export const DEFAULT_LEXICON_PATH = 'content/discovery-stopwords.yaml';

/** Compiles validated word lists; a multi-word head (رئيس الوزراء) adds its tail as role words. */
export function compileLexicon(data: DiscoveryLexiconData): DiscoveryLexicon {
  const set = (xs: string[]) => new Set(xs.map((x) => normalizeArabic(x.trim())).filter(Boolean));
  const roleHeads = new Set<string>();
  const roleWords = set(data.roleWords);
  for (const h of data.roleHeads) {
    const [head, ...rest] = phraseTokens(h);
    if (head) roleHeads.add(head);
    rest.forEach((w) => roleWords.add(w));
  }
  return {
    roleHeads,
    roleWords,
    connectors: set(data.connectors),
    reportingVerbs: set(data.reportingVerbs),
    stopwords: set(data.stopwords),
    firstNames: set(data.firstNames),
    foreignNameEndings: [...set(data.foreignNameEndings)].sort((a, b) => b.length - a.length),
  };
}

let cached: DiscoveryLexicon | undefined;

/** Loads, validates (zod) and compiles the lexicon file; the default file is cached. */
export function loadDiscoveryLexicon(path: string = DEFAULT_LEXICON_PATH): DiscoveryLexicon {
  if (path === DEFAULT_LEXICON_PATH && cached) return cached;
  const parsed = DiscoveryLexiconSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const lex = compileLexicon(parsed.data);
  if (path === DEFAULT_LEXICON_PATH) cached = lex;
  return lex;
}
