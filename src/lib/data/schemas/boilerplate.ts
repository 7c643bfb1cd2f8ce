// content/boilerplate.yaml: the phrases and labels ingest recognises as page furniture
// (menus, share bars, credits) or as metadata (source, tags, dates, bylines, datelines).
import { z } from 'zod';

const phraseList = z.array(z.string().trim().min(1)).default([]);

export const BoilerplateSchema = z
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

export type BoilerplateData = z.output<typeof BoilerplateSchema>;
