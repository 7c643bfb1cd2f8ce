// content/discovery-stopwords.yaml: the word lists the people discoverer looks words up in.
import { z } from 'zod';
import { wordList } from './common';

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

export type DiscoveryLexiconData = z.output<typeof DiscoveryLexiconSchema>;
