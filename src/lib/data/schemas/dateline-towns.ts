// content/dateline-towns.yaml: towns, cities and provinces written with the article «ال», listed by region. Ingest adds
// them to the dateline's places (src/lib/ingest/boilerplate.ts `places`): the place reader takes them as places and the
// credit readers (lead-credit.ts `oneWordColon`, own-credit-stub.ts) refuse them as a site's name.
import { z } from 'zod';

const town = z.string().trim().regex(/^ال\p{L}/u, { message: 'a town written with the article «ال»' });

export const DatelineTownsSchema = z
  .object({
    /** Region → its towns; the region only groups the list for its readers. */
    towns: z.record(z.string().regex(/^[a-z]+$/u), z.array(town).min(1)),
  })
  .strict()
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    for (const [region, names] of Object.entries(data.towns)) {
      for (const name of names) {
        if (seen.has(name)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['towns', region], message: `«${name}» listed twice` });
        seen.add(name);
      }
    }
  });

export type DatelineTownsData = z.output<typeof DatelineTownsSchema>;
