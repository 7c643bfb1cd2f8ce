// content/topics.yaml: the fifteen fixed topics and their phrase lexicons.
import { z } from 'zod';
import { arabic, strings, text } from './common';

/** The 15 fixed topic ids, in the order the site lists them. */
export const TOPIC_IDS = [
  'peace-talks',
  'ceasefire',
  'security-guarantees',
  'military-aid',
  'nato',
  'sanctions',
  'mediation',
  'prisoner-exchange',
  'energy-infrastructure',
  'air-defense',
  'grain-and-food',
  'territory',
  'humanitarian',
  'summit',
  'nuclear',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export const TopicSchema = z
  .object({
    id: z.enum(TOPIC_IDS, {
      errorMap: () => ({ message: `must be one of the 15 fixed topic ids: ${TOPIC_IDS.join(', ')}` }),
    }),
    /** Arabic label. */
    name: arabic,
    en: text,
    /** Phrases (Arabic, as written; matched normalised and clitic-aware). */
    phrases: strings(arabic).min(1, 'must list at least one phrase'),
    /**
     * One-word terms that name the topic by themselves (هدنة، وساطة، العقوبات): in the lead they
     * weigh as much as a phrase. Other one-word phrases (place names, «قمة») need a second hit.
     */
    keyWords: strings(arabic.refine((w) => !/\s/.test(w.trim()), 'a key word is one word (no spaces)')).optional(),
    /**
     * Two word lists that name the topic together, in one title or lead sentence, wherever the
     * words stand: a delivery word and a weapon («تسلمت أوكرانيا منظومتي إيريس تي») is military aid.
     */
    together: z
      .array(
        z
          .object({
            words: strings(arabic.refine((w) => !/\s/.test(w.trim()), 'one word (no spaces)')).min(1),
            with: strings(arabic.refine((w) => !/\s/.test(w.trim()), 'one word (no spaces)')).min(1),
            /**
             * When set, a `with` word must FOLLOW a `words` word at most this many words later
             * («جهود سلطنة عمان», «برعاية سعودية»), not merely share the sentence with it.
             */
            within: z.number().int().min(1).max(10).optional(),
            /**
             * With `within`: words that, between the two, give the pair another sense (session 10:
             * «لمنع التقدم الروسي» stops an advance, «تمنع دخول الألمنيوم الروسي» bans goods).
             */
            notBetween: strings(arabic).optional(),
            /**
             * Match the pair's words as written (article and one clitic aside), not through their
             * word families (session 10: «قادة» leaders, not the family's singular «قائد» commander).
             */
            asWritten: z.boolean().optional(),
            /**
             * Session 48: words of the pair that count only right before a number — a type letter
             * («إف-16», «إف 35»), which alone is another word (the «أف» of a radio's «أف أم», «إف إم»).
             */
            numbered: strings(arabic.refine((w) => !/\s/.test(w.trim()), 'one word (no spaces)')).optional(),
          })
          .strict(),
      )
      .optional(),
    /**
     * Predicate × argument families (session 8): any predicate (a verb or verbal noun, one word,
     * read with its prefixes and suffixes) with any argument (the thing acted on; a head word,
     * optionally with the words that must follow it) after it in one clause names the topic:
     * «علقت … ضرباتها», «شددت … القيود», «احتضنت … جولة».
     */
    acts: z
      .array(
        z
          .object({
            predicates: strings(arabic.refine((w) => !/\s/.test(w.trim()), 'one word (no spaces)')).min(1),
            arguments: strings(arabic).min(1),
            /** Predicate and argument at most this many words apart (default 6). */
            within: z.number().int().min(1).max(12).optional(),
            /** Words that, right before the predicate or the argument, give it another sense («علق على»: commented; «بعد توقف»: to come). */
            notAfter: strings(arabic).optional(),
            /**
             * Session 45: words that, right after the argument, make it another thing («محطة الحاويات»,
             * «محطة القطارات»: a station that is no power station; the spent r-aside ra22).
             */
            notFollowedBy: strings(arabic).optional(),
            /**
             * Words that, anywhere between the predicate and the argument, give the pair another
             * sense (session 9: «التقى وزير الخارجية … نظيره» is two ministers, not a summit).
             */
            notBetween: strings(arabic).optional(),
            /** Words one of which must stand between the predicate and the argument (a leader's title: «استقبل الرئيس … نظيره»). */
            needsBetween: strings(arabic).optional(),
            /**
             * The argument must be followed, within `within` words and before a `stops` word or a
             * clause break, by words of at least two different `sides` (session 9: «تستضيف محادثات
             * أمريكية روسية» is good offices, «تستضيف محادثات أوروبية أمريكية حول أوكرانيا» a venue).
             */
            parties: z
              .object({
                sides: z.array(strings(arabic).min(1)).min(2),
                within: z.number().int().min(1).max(12).optional(),
                stops: strings(arabic).optional(),
                /** Words that name two sides at once («بين الوفدين», «الطرفين»). */
                both: strings(arabic).optional(),
              })
              .strict()
              .optional(),
          })
          .strict(),
      )
      .optional(),
    /**
     * Place names tied to the topic (session 9: دونباس، القرم، خيرسون): more often the place where
     * something happened than the topic itself, so they count only when the article has other
     * evidence of the topic.
     */
    places: strings(arabic).optional(),
    /**
     * Predicates that, earlier in the same clause and within `within` words, make the topic's
     * phrases the thing acted on (session 9: «أسقطت … صواريخ أتاكمز» is a missile shot down, not aid).
     */
    cancelledBy: z
      .object({
        predicates: strings(arabic.refine((w) => !/\s/.test(w.trim()), 'one word (no spaces)')).min(1),
        within: z.number().int().min(1).max(12).optional(),
      })
      .strict()
      .optional(),
    /**
     * Session 14: the war a hit belongs to. A phrase or act whose clause names one of `otherWars`
     * (another war's places and parties: «قطاع غزة», «حزب الله») nearer to it than any of `thisWar`
     * («روسيا», «كييف», «الروسي») is that war's, not evidence for the topic.
     */
    frame: z
      .object({
        otherWars: strings(arabic).min(1),
        thisWar: strings(arabic).min(1),
        /**
         * Session 49: words that place a text in this war without naming a side (its front towns, the
         * Black Sea corridor). With `thisWar` they tell whether an article names this war at all: one that
         * names neither gets no topic with this frame (classify.ts).
         */
        anchors: strings(arabic).min(1).optional(),
        /**
         * Session 50: the two sides' own words (state, capital, nisba, leaders, spokespeople), each a subset of
         * `thisWar` and `anchors`. An article that names one side only, no word of this war that is neither's,
         * and another war's or the topic's other field's word, is that side in another story: no topic with
         * this frame (classify.ts).
         */
        sides: z.array(strings(arabic).min(1)).length(2).optional(),
      })
      .strict()
      // A side's word outside `thisWar` and `anchors` would never be read as naming this war (frame.ts).
      .refine((f) => (f.sides ?? []).flat().every((w) => f.thisWar.includes(w) || (f.anchors ?? []).includes(w)), {
        message: 'every word of frame.sides must also be in frame.thisWar or frame.anchors',
        path: ['sides'],
      })
      .optional(),
    /**
     * Session 46: words of another field the topic's words also serve (a league's «مباراة القمة», a
     * federation's or a traffic law's «عقوبات», another country's civil reactor): read like `frame.otherWars`
     * (frame.ts), against this war's words when the topic has a frame.
     */
    otherFields: strings(arabic).min(1).optional(),
    /**
     * Session 47: words of the topic's own field that outweigh `otherFields` («قصف», «ضربة», «مسيرات» beside a
     * power plant): a hit they stand nearer to stays, as this war's words keep a hit against another war's.
     * Read only with `otherFields`.
     */
    ownFields: strings(arabic).min(1).optional(),
  })
  .strict();

export type Topic = z.output<typeof TopicSchema>;
/** Kept as an alias: the entry of topics.yaml is the topic. */
export type TopicEntry = Topic;
