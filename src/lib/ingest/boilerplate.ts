// The boilerplate lexicon is DATA (content/boilerplate.yaml) so new sites can be handled by
// adding phrases, not code. This module validates it and pre-normalises every phrase once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { normalizeArabic } from '../arabic/normalize';

const phraseList = z.array(z.string().trim().min(1)).default([]);

export const boilerplateSchema = z
  .object({
    exactLines: phraseList,
    containsPhrases: phraseList,
    sectionMarkers: phraseList,
    inlineWidgets: z.array(z.object({ start: z.string().min(1), end: z.string().min(1) })).default([]),
    sourceLabels: phraseList,
    tagLabels: phraseList,
    publishedLabels: phraseList,
    updatedLabels: phraseList,
    bylineLabels: phraseList,
    agencies: phraseList,
    outlets: phraseList,
    datelinePlaces: phraseList,
    maxPhraseLineLength: z.number().int().positive().default(300),
  })
  .strict();

export type BoilerplateData = z.infer<typeof boilerplateSchema>;

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

/** Parses and validates lexicon YAML; throws an Error naming the problem. */
export function parseLexicon(yamlText: string, origin = 'boilerplate.yaml'): Lexicon {
  const result = boilerplateSchema.safeParse(parseYaml(yamlText) ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${origin}: invalid boilerplate lexicon at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return buildLexicon(result.data);
}

export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('../../../content/boilerplate.yaml', import.meta.url));

let cached: { lexicon: Lexicon; text: string } | undefined;

/** Loads content/boilerplate.yaml once (the only I/O here; extraction itself is pure). */
export function loadDefaultLexicon(): { lexicon: Lexicon; text: string } {
  if (!cached) {
    const text = readFileSync(DEFAULT_LEXICON_PATH, 'utf8');
    cached = { lexicon: parseLexicon(text, DEFAULT_LEXICON_PATH), text };
  }
  return cached;
}
