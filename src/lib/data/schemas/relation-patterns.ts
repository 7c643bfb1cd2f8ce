// content/relation-patterns.yaml: the labels of the relation types, and the word classes,
// clause cuts and slot rules that say which actors of a sentence a relation joins
// (docs/relations.md). The rules' own syntax is checked when they are compiled
// (src/lib/relations/patterns.ts), with the rule's text in the error.
import { z } from 'zod';

export const RELATION_TYPES = ['talks', 'support', 'sanctions', 'accusation', 'mediation'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Types whose direction is the meaning: the doer gives, imposes or accuses; the other receives. */
export const DIRECTED_TYPES: readonly RelationType[] = ['support', 'sanctions', 'accusation'];

const words = z.array(z.string().min(1)).min(1);

const RelationLabelSchema = z
  .object({
    label: z.string().min(1),
    en: z.string().min(1),
    /** How an actor page says it from the doer's side, the receiver's side, or either. */
    out: z.string().min(1).optional(),
    in: z.string().min(1).optional(),
    both: z.string().min(1),
    /** A directed type's words around its two ends, as the graph reads it: «دعم من X إلى Y». */
    from: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
  })
  .strict();

/** "<elements> => <relations>"; the elements and relations are checked when compiled. */
const RuleSchema = z.string().regex(/^[^=]+=>[^=]+$/, 'a rule is "<elements> => <relations>"');

/** An extra set of rules with its own word classes (`verbs` as in the main set): rules_more, rules_ssm, rules_cross, rules_roles, rules_first, rules_shapes, rules_directed_first, rules_directed, rules_mediation. */
const ExtraRuleSet = z
  .object({
    verbs: z.array(z.string().min(1)).default([]),
    words: z.record(z.string().regex(/^[a-z_]+$/, 'a word class name is lower-case latin'), words).default({}),
    rules: z.array(RuleSchema).default([]),
  })
  .strict()
  .default({});

export const RelationPatternsSchema = z
  .object({
    ...(Object.fromEntries(RELATION_TYPES.map((t) => [t, RelationLabelSchema])) as Record<RelationType, typeof RelationLabelSchema>),
    /** The weaker, untyped kind: two actors only named together («ذُكرا معاً»). */
    cooccurrence: z.object({ label: z.string().min(1), en: z.string().min(1) }).strict(),
    gaps: z.object({ short: z.number().int().min(0).max(20), long: z.number().int().min(0).max(40) }).strict(),
    media: z.array(z.string().min(1)).default([]),
    /**
     * `seats`: a capital with «ب» right after one of these is where the host sits («في مكتبه بالرياض»);
     * `occasions`: a body named just after one of these is the occasion, not a party («على هامش
     * أعمال الجمعية العامة للأمم المتحدة»);
     * `owners`: a country after «في» right after one of these nouns says whose they are, not where
     * («عقوبات على 30 شركة في روسيا», «لدعم قطاع الطاقة في أوكرانيا»);
     * `venues`: actor ids of bodies that are also buildings: after «في» the building, not a party («في البيت الأبيض»).
     */
    places: z
      .object({ before: words, nouns: z.array(z.string().min(1)).default([]), seats: z.array(z.string().min(1)).default([]), occasions: z.array(z.string().min(1)).default([]), owners: z.array(z.string().min(1)).default([]), venues: z.array(z.string().min(1)).default([]) })
      .strict(),
    outlets: z.array(z.string().min(1)).default([]),
    /** A country named just after one of these is a sports team, not the state («منتخب إيطاليا»). */
    teams: z.array(z.string().min(1)).default([]),
    /**
     * A nisba right after one of these is a delegation: with its head or members after it («الوفد الأوكراني
     * برئاسة رستم عمروف») the country is a party too, beside the person (both levels, the labels' convention 1).
     */
    delegations: z.array(z.string().min(1)).default([]),
    /** «في لقاءين منفصلين»: the people of one list met someone apart, not each other. */
    apart: z.array(z.string().min(1)).default([]),
    /** Nouns whose nisba names a topic, not a party («الأزمة الأوكرانية»). */
    topic_nouns: z.array(z.string().min(1)).default([]),
    not_conjunction: z.array(z.string().min(1)).default([]),
    /** `complements`: clause words that open a reported clause («أن», «إن»): a hedge before them governs it. */
    clauses: z.object({ words, punctuation: words, complements: z.array(z.string().min(1)).default([]) }).strict(),
    hedges: z.array(z.string().min(1)).default([]),
    /** Offers and readiness that hedge a match further back in its clause («أبدت استعدادها لاستضافة جولة من المفاوضات بين…»). */
    /** A call or demand («دعا … إلى …») hedges a match after its «إلى», in its clause. */
    hedges_call: z.object({ words: z.array(z.string().min(1)).default([]), to: z.array(z.string().min(1)).default([]) }).strict().default({ words: [], to: [] }),
    hedges_far: z.object({ reach: z.number().int().min(0).max(20), words: z.array(z.string().min(1)).default([]) }).strict().default({ reach: 0, words: [] }),
    /**
     * What a sentence only wishes, threatens, studies, supposes, cancels or declines (session 47; modality.ts):
     * `near` (groups of words) and `far` hedge like `hedges` and `hedges_far`, also before the «أن» that opens the
     * match's clause; `after`: a condition right after the match; `not_doer_after` / `reasons` / `not_target_after` (and a
     * charge opening on `charge_prefix`): words whose object a directed relation's doer / target / an accusation's
     * target is not; `charge_verbs`: verbs whose first object is the accused, its charge after it on `charge_prefix`
     * (a group after that charge is no target); `was_to`: after «كان», the words before «أن» of what was to happen and
     * did not; `holders`: nouns whose nisba names no party (like `topic_nouns`).
     */
    modality: z
      .object({
        near: z.array(z.array(z.string().min(1))).default([]),
        far: z.array(z.string().min(1)).default([]),
        after: z.object({ reach: z.number().int().min(0).max(10), words: z.array(z.string().min(1)).default([]), unless_before: z.array(z.string().min(1)).default([]) }).strict().default({ reach: 0, words: [], unless_before: [] }),
        not_doer_after: z.array(z.string().min(1)).default([]),
        reasons: z.array(z.string().min(1)).default([]),
        not_target_after: z.array(z.string().min(1)).default([]),
        /** Session 48: a reason on «ل» with the accused's pronoun («لترحيلها»): read as `not_target_after`. */
        reason_after: z.array(z.string().min(1)).default([]),
        charge_prefix: z.string().min(1).optional(),
        not_charge: z.array(z.string().min(1)).default([]),
        not_accused: z.array(z.string().min(1)).default([]),
        charge_verbs: z.array(z.string().min(1)).default([]),
        was_to: z.array(z.string().min(1)).default([]),
        holders: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({}),
    /** Words that stand for a party named before them: «بلاده» (its country), «الوزير» (a titled person), «الأخير», «معه». */
    pronouns: z
      .object({
        country: z.array(z.string().min(1)).default([]),
        title: z.array(z.string().min(1)).default([]),
        latest: z.array(z.string().min(1)).default([]),
        partner: z.array(z.string().min(1)).default([]),
        /** «الجانبان», «الطرفان» with no nisba after them: the two parties named before. */
        pair: z.array(z.string().min(1)).default([]),
        /** «ضيفه», «ضيفها»: the visitor of the host named before it. */
        guest: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({}),
    /** A body's nisba, that body only right after a rule word: «العقوبات الأوروبية» (actor id → forms). */
    body_nisbas: z.record(z.string().min(1), words).default({}),
    /**
     * Bare plural nisbas the linker leaves out as too ambiguous («روس»): the country only in a
     * list with another nisba («أمريكيون وروس») or right after a plural noun of people («مسؤولون روس»).
     */
    plural_nisbas: z
      .object({ forms: z.record(z.string().min(1), words).default({}), nouns: z.array(z.string().min(1)).default([]) })
      .strict()
      .default({}),
    /**
     * Title words that may stand between a verb and the name or nisba of its subject («رئيس الوزراء
     * الفنلندي»): rules name them as @titles; unlike a word class they never make a sentence worth reading.
     */
    titles: z.array(z.string().min(1)).default([]),
    /**
     * Honorifics, titles and time words of a long apposition («صاحب السمو الملكي الأمير … ولي العهد
     * رئيس مجلس الوزراء … اليوم»): a rule's `....` gap skips them without counting them.
     */
    apposition: z.array(z.string().min(1)).default([]),
    /**
     * Parentheticals (session 50): a phrase between two commas that opens on one of `openers` — a time,
     * place or occasion («، خلال اتصال هاتفي مع …،», «، لدى استقباله …،», «، على هامش …،») or a relative
     * clause («، التي فرضت …،») — may be skipped whole by any gap of a rule, its parties with it; a party
     * inside it is no bare object of a word before it. So may one that opens on one of `titles` right after a
     * person: an apposition («زوبي، مبعوث البابا فرنسيس …،»). At most `max_words` words.
     */
    parentheticals: z
      .object({ openers: z.array(z.string().min(1)).default([]), titles: z.array(z.string().min(1)).default([]), max_words: z.number().int().min(1).default(14) })
      .strict()
      .default({}),
    verbs: z.array(z.string().min(1)).default([]),
    words: z.record(z.string().regex(/^[a-z_]+$/, 'a word class name is lower-case latin'), words),
    rules: z.array(RuleSchema).min(1),
    /**
     * Support, sanctions and mediation on unseen phrasing (session 46), with their own word classes
     * (`verbs` as above): tried after `rules_more` (ruleSets.ts).
     */
    rules_ssm: ExtraRuleSet,
    /**
     * More rules of support, sanctions and mediation (session 45), with their own word classes
     * (`verbs` as above): tried after `rules`, so they only read what no earlier rule took.
     */
    rules_more: ExtraRuleSet,
    /**
     * Talks, accusation and the readings that cut across types (session 46: pair subjects, «بينه
     * وبين», headlines), with their own word classes: tried after `rules_more` (ruleSets.ts).
     */
    rules_cross: ExtraRuleSet,
    /**
     * Session 47: a subject carried over from the sentence before (slot R), relays of a message, chairing and
     * briefing, pair and delegation subjects, with their own word classes: tried after `rules_cross` (ruleSets.ts).
     */
    rules_roles: ExtraRuleSet,
    /**
     * Session 47: readings of the voice and of a word's role (a passive or relative accusation, a message
     * received, a meeting chaired), with their own word classes: tried BEFORE `rules`, whose broader rules would
     * read the same words the other way round (ruleSets.ts).
     */
    rules_first: ExtraRuleSet,
    /**
     * Session 48 (directed relations): who supports, sanctions or accuses whom when the voice, a denial, a reply
     * or a relative turns the direction round — tried BEFORE `rules` (after `rules_first`), whose broader rules
     * would read those words the other way round or hedge them (ruleSets.ts).
     */
    rules_directed_first: ExtraRuleSet,
    /**
     * Session 48 (directed relations): more phrasings of support, sanctions and accusation (a subject carried
     * from the sentence before, verbs of adopting, a received gift's giver): tried after `rules_roles`, before `rules_shapes`.
     */
    rules_directed: ExtraRuleSet,
    /**
     * Session 48: coordinated subjects with a dual or plural verb, a trip made to meet someone, an impersonal signing,
     * thanks for aid, a charge stated «فيه» — with their own word classes: tried after `rules_roles` (ruleSets.ts).
     */
    rules_shapes: ExtraRuleSet,
    /**
     * Session 49 (helper 19m): mediation read from its own grammar — the broker as the agent of a «بوساطة/بجهود/
     * بتنسيق» phrase or of a bringing-together verb, the parties as «بين X وY», a group, or the two sides of an
     * exchange: tried BEFORE `rules` (after `rules_first`), whose talks rules would read a bringing-together verb's
     * subject as a party (ruleSets.ts).
     */
    rules_mediation: ExtraRuleSet,
  })
  .strict();

export type RelationPatternsData = z.output<typeof RelationPatternsSchema>;
