// content/actors.yaml: one entry per actor. Shape rules live here; the rules that need the
// whole file (unique ids, shared aliases, affiliations) are in ../load.ts.
import { z } from 'zod';
import { arabic, id, nullable, strings, text, WIKIDATA_RE } from './common';

export const ACTOR_TYPES = ['person', 'country', 'organization'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const ActorSchema = z
  .object({
    /** ASCII id, used in URLs: /actors/<id>/ */
    id,
    type: z.enum(ACTOR_TYPES, {
      errorMap: () => ({ message: `must be one of ${ACTOR_TYPES.join(' | ')}` }),
    }),
    /** Canonical Arabic name, for display. */
    name: arabic,
    /** English name (every actor has one; discovered people get a transliteration). */
    en: text,
    /** Every other Arabic spelling and alias, as outlets write them. */
    aliases: nullable(strings().default([])),
    /** Country nisba adjectives (الروسي، الروسية …): countries only. */
    nisba: nullable(strings(arabic).optional()),
    /**
     * Bare plural demonyms without the article that are also family names («روس»: «دينيس روس»):
     * they link the country only right after the people they describe («موردين روس», «أمريكيين وروس»).
     * Countries only (session 11).
     */
    barePlurals: nullable(strings(arabic).optional()),
    /**
     * Places and institutions that tell which country a text is about («جدة», «مركز الملك سلمان»):
     * they link nothing, but vouch for the country's `needsContext` aliases («المملكة») in the same or
     * the next paragraph. Countries only (session 11).
     */
    hints: nullable(strings(arabic).optional()),
    /** Capital / seat names standing for the government (موسكو، الكرملين …). */
    capitals: nullable(strings().optional()),
    /** Bare family names that may refer to this person when unambiguous (لافروف). */
    short: nullable(strings(arabic).optional()),
    /**
     * Aliases or short names that equal a common word once folded (تراس = the verb ترأس): they
     * link only with context — the actor named in full in the article, or a title right before.
     */
    needsContext: nullable(strings(arabic).optional()),
    wikidata: nullable(
      z
        .string({ invalid_type_error: 'must be a Wikidata Q-id such as "Q7747"' })
        .regex(WIKIDATA_RE, 'must be a Wikidata Q-id such as "Q7747"')
        .optional(),
    ),
    /**
     * A city-state whose name is also its only city (the Vatican): where a capital would be a place
     * («في الفاتيكان»), so is the name. Countries only.
     */
    cityState: nullable(z.boolean().optional()),
    role: nullable(text.optional()),
    /** Actor id of the person's country or organisation. */
    affiliation: nullable(id.optional()),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.nisba?.length && a.type !== 'country') {
      ctx.addIssue({ code: 'custom', path: ['nisba'], message: 'is only for actors of type country' });
    }
    if (a.hints?.length && a.type !== 'country') {
      ctx.addIssue({ code: 'custom', path: ['hints'], message: 'is only for actors of type country' });
    }
    if (a.barePlurals?.length && a.type !== 'country') {
      ctx.addIssue({ code: 'custom', path: ['barePlurals'], message: 'is only for actors of type country' });
    }
    if (a.short?.length && a.type !== 'person') {
      ctx.addIssue({ code: 'custom', path: ['short'], message: 'is only for actors of type person' });
    }
    if (a.capitals?.length && a.type === 'person') {
      ctx.addIssue({ code: 'custom', path: ['capitals'], message: 'is not allowed for a person' });
    }
    if (a.cityState && a.type !== 'country') {
      ctx.addIssue({ code: 'custom', path: ['cityState'], message: 'is only for actors of type country' });
    }
    // A capital that is also a common word (سيول = floods, مسقط in «مسقط رأس») may need context too.
    const own = new Set([a.name, ...(a.aliases ?? []), ...(a.short ?? []), ...(a.capitals ?? [])]);
    (a.needsContext ?? []).forEach((g, i) => {
      if (!own.has(g)) ctx.addIssue({ code: 'custom', path: ['needsContext', i], message: `«${g}» must be one of this actor's name, aliases, short names or capitals` });
    });
    if (a.affiliation && a.affiliation === a.id) {
      ctx.addIssue({ code: 'custom', path: ['affiliation'], message: 'must not be the actor itself' });
    }
  });

export type ActorEntry = z.output<typeof ActorSchema>;

/** An actor of the dictionary, or a person the discoverer found (`discovered: true`). */
export type Actor = ActorEntry & {
  /** True for people found by the rule-based discoverer rather than the dictionary. */
  discovered?: boolean;
  /** For discovered people: the role text that introduced them. */
  evidence?: string[];
};
