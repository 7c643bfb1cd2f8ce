// Word forms by pattern, for the words no family of the data holds (content/word-forms.yaml,
// content/search-forms.yaml decide first): a feminine sound plural and its singular (غارات ↔
// غارة) and a verb of a derived measure and its verbal noun (انسحبت/ينسحب ↔ انسحاب، يتبادلان ↔
// تبادل، صادرت ↔ مصادرة). Only shapes that are hard to mistake are read: sound roots (no ا و ي ء
// among the three letters, no doubled letter), and per measure only the forms no other word
// shares (below). Precision is measured on the pairs the patterns join in real text
// (scripts/score-word-patterns.ts); a word the data lists as standing alone is left alone.
import type { KeyContext } from './keys';
import { verbForms, type FormKind, type Measure } from './derivedForms';

type Ctx = Pick<KeyContext, 'known' | 'families'>;

/** A feminine sound plural keeps at least this many letters before its ات (غارات → غار). */
const MIN_PLURAL_BASE = 3;
const WEAK = new Set(['ا', 'و', 'ي', 'ء']);

const sound = (letters: string[]) => letters.every((l) => !WEAK.has(l)) && letters[1] !== letters[2];

/**
 * Seventeenth pass, second wave: measures IV and X of an assimilated root, its first letter و or ي
 * (استوضحت/يستوعب ↔ استيضاح/استيعاب، يستيقظ ↔ استيقاظ، أوضحت ↔ إيضاح). The letter stands after the
 * measure's own letters, so it is a consonant there, not a clitic or a long vowel, and derivedForms.ts
 * writes the noun's و as ي (kasraSeat). The other two letters must be sound.
 */
const ASSIMILATED: ReadonlySet<Measure> = new Set<Measure>(['IV', 'X']);
const soundFor = (root: string[], measure: Measure) =>
  sound(root) || (ASSIMILATED.has(measure) && (root[0] === 'و' || root[0] === 'ي') && sound(['ب', root[1], root[2]]));

const ALL_VERB_FORMS: FormKind[] = ['past', 'pastShe', 'pastTwo', 'pastTheyTwo', 'pastThey', 'presentHe', 'presentShe', 'presentWe', 'presentThey', 'presentTheyTwo', 'presentYouTwo', 'presentYouAll', 'jussiveThey', 'jussiveYouAll', 'future'];

/**
 * The measures read from letters alone, and the forms read for each. II is not read: without
 * its doubled middle letter every form of it (درّب، يدرّب، درّبت) is also a form of measure I.
 * III leaves out the bare past and the dual (صادر، طالبا: also «exporter», «a student») and the
 * present in ت (تبادل: VI's noun). IV reads only the past with an ending: أفعل is also the
 * elative and a plural (أكبر، أشهر), يفعل also measure I.
 */
const READ: Array<{ measure: Measure; kinds: ReadonlySet<FormKind> }> = [
  { measure: 'VII', kinds: new Set(ALL_VERB_FORMS) },
  { measure: 'VIII', kinds: new Set(ALL_VERB_FORMS) },
  { measure: 'X', kinds: new Set(ALL_VERB_FORMS) },
  { measure: 'VI', kinds: new Set(ALL_VERB_FORMS) },
  { measure: 'V', kinds: new Set(ALL_VERB_FORMS) },
  { measure: 'III', kinds: new Set(ALL_VERB_FORMS.filter((k) => !['past', 'pastTwo', 'presentShe', 'presentYouTwo', 'presentYouAll', 'jussiveYouAll'].includes(k))) },
  { measure: 'IV', kinds: new Set<FormKind>(['pastShe', 'pastTheyTwo', 'pastThey']) },
];

// The forms of each measure written with the root ف ع ل (letters no affix uses): a word is
// read against them, the root taken from the ف ع ل places, then checked by writing its forms.
const ROOT = ['ف', 'ع', 'ل'];
const TEMPLATES = READ.map(({ measure, kinds }) => ({
  measure,
  kinds,
  noun: verbForms(ROOT.join(''), measure)[0].form,
  forms: verbForms(ROOT.join(''), measure).filter((f) => kinds.has(f.kind)).map((f) => f.form),
}));

/**
 * Roots the patterns do not read for a measure: ه as a root letter of III–VI (a pronoun suffix
 * ends too many words: تهمنا، يرأسه، سيتخذه), ت first in III (يتأثر، يتأكد are V of a
 * hamzated root once the hamza is folded), ت last before an ending that also marks the past
 * (انتهت، انضمت: a weak or doubled root's past, not a root in ت).
 */
function unread(root: string[], measure: Measure, stem: string): boolean {
  if (!['VII', 'VIII', 'X'].includes(measure) && root.includes('ه')) return true;
  if (measure === 'III' && root[0] === 'ت') return true;
  return root[2] === 'ت' && (stem.endsWith('ت') || stem.endsWith('تا'));
}

/** The root letters a word has in the places of a template's ف ع ل, or null. */
function rootIn(word: string, template: string): string[] | null {
  if (word.length !== template.length) return null;
  const root: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const slot = ROOT.indexOf(template[i]);
    if (slot < 0) {
      if (word[i] !== template[i]) return null;
    } else if (root[slot] === undefined) root[slot] = word[i];
    else if (root[slot] !== word[i]) return null;
  }
  return root.length === 3 ? root : null;
}

/**
 * The verbal noun a verb form stands for (src/lib/search/derivedForms.ts writes both): VII
 * انسحبت/ينسحبون → انسحاب، VIII ارتفع → ارتفاع، X استهدف → استهداف، VI يتبادلان → تبادل، V تحدثت
 * → تحدث، III يصادر/صادرت → مصادره، IV أسقطت → اسقاط. A verbal noun itself returns undefined
 * (it is its own key), and so does every shape READ leaves out.
 */
export function verbalNounOf(stem: string): string | undefined {
  return verbReadingOf(stem)?.noun;
}

/** verbalNounOf with the measure it read (scripts/score-word-patterns.ts scores each apart). */
export function verbReadingOf(stem: string): { noun: string; measure: Measure } | undefined {
  // Every word of every page passes here: the vocabulary repeats, so each stem is read once.
  if (READINGS.has(stem)) return READINGS.get(stem);
  const reading = readVerb(stem);
  READINGS.set(stem, reading);
  return reading;
}

const READINGS = new Map<string, { noun: string; measure: Measure } | undefined>();
/** The templates of each length: a word is only compared with forms as long as itself. */
const BY_LENGTH = new Map<number, Array<{ template: string; t: (typeof TEMPLATES)[number] }>>();
for (const t of TEMPLATES) for (const template of t.forms) BY_LENGTH.set(template.length, [...(BY_LENGTH.get(template.length) ?? []), { template, t }]);

function readVerb(stem: string): { noun: string; measure: Measure } | undefined {
  if (isVerbalNoun(stem)) return undefined;
  for (const { template, t } of BY_LENGTH.get(stem.length) ?? []) {
    const root = rootIn(stem, template);
    if (!root || !soundFor(root, t.measure) || unread(root, t.measure, stem)) continue;
    const forms = verbForms(root.join(''), t.measure);
    if (forms.some((f) => f.form === stem && t.kinds.has(f.kind))) return { noun: forms[0].form, measure: t.measure };
  }
  return undefined;
}

/** A verbal noun the patterns read (انسحاب، استهداف، تبادل، تحرك، مصادره، اسقاط): its own key. */
function isVerbalNoun(w: string): boolean {
  return TEMPLATES.some((t) => {
    const root = rootIn(w, t.noun);
    return root !== null && soundFor(root, t.measure) && !unread(root, t.measure, w);
  });
}


/**
 * The singular a word in ات stands for by pattern: غارات → غارة (ه once normalised); a verbal
 * noun's plural → the noun (انتهاكات → انتهاك، استثمارات → استثمار).
 */
export function femininePluralBase(stem: string, ctx: Ctx): string | undefined {
  if (!stem.endsWith('ات') || stem.length - 2 < MIN_PLURAL_BASE) return undefined;
  if (ctx.families.has(stem) || ctx.known.has(stem)) return undefined;
  const base = stem.slice(0, -2);
  // A verbal noun's plural is its own (انتهاكات → انتهاك، تحركات → تحرك، اعلانات → اعلان), not a ة word's.
  return isVerbalNoun(base) ? base : base + 'ه';
}

/**
 * Whether a word in ات keeps its own key in a query (session 23): the plural of a ة word no family of
 * the data holds (العبارات، الخزانات، الدوريات، الإشارات) may mean another thing than its singular
 * («عبارة» a ferry, «الخزانة العمومية», «بصورة دورية», «في إشارة إلى»), so the query asks for the plural,
 * and the singular's pages carry the plural's key at the low weight (`singularPlural`): found, ranked after
 * the pages that write the plural. A singular in a family of the data keeps the family (the data says
 * the sense is one: عقوبة/عقوبات), and a verbal noun's plural (انتخابات ↔ انتخاب) its noun's key.
 */
export function ownPlural(stem: string, ctx: Ctx): boolean {
  const base = femininePluralBase(stem, ctx);
  return !!base && base.endsWith('ه') && !ctx.families.has(base);
}

/** The ات plural whose key a ة word carries at the low weight (عبارة → عبارات), when `ownPlural` reads it back. */
export function singularPlural(stem: string, ctx: Ctx): string | undefined {
  // Not a name's word: «الخزانة» is mostly the Treasury («وزارة الخزانة»), no «الخزانات» (tanks).
  if (!stem.endsWith('ه') || ctx.families.has(stem) || ctx.known.has(stem)) return undefined;
  const plural = stem.slice(0, -1) + 'ات';
  // A plural in ال… (اليات) is keyed so only through its written hamza («الآليات»), which links to no ة word.
  if (plural.startsWith('ال')) return undefined;
  return femininePluralBase(plural, ctx) === stem && ownPlural(plural, ctx) ? plural : undefined;
}

/** Pronoun suffixes read off a page's nouns (نفطها → نفط), longest first. Bare ه is not: every
 * ة is written ه once normalised (حكومه), so it cannot tell «his» from a feminine noun. */
const PRONOUN_SUFFIXES = ['هما', 'ها', 'هم', 'كم', 'نا'];
/** A reading keeps at least this many letters (عنها، منهم، هذا stay whole). */
const MIN_READING = 3;
/** The tanween reading keeps at least this many (مصنعا → مصنع; درعا stays whole). */
const MIN_TANWEEN = 4;

/**
 * Relative pronouns, normalised: the word after one opens a relative clause, so it is read as
 * a verb (seventh pass: «الأسلحة التي طلبتها كييف» is «she asked for them», not «her students»;
 * «الشحنة التي حملتها السفينة»). A closed class of the grammar, like the pronoun suffixes.
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'اللاءي']);

/** A normalised word that is a relative pronoun, with or without و/ف before it (والتي). */
export const isRelativePronoun = (norm: string): boolean => RELATIVE_PRONOUNS.has(norm) || (/^[وف]/.test(norm) && RELATIVE_PRONOUNS.has(norm.slice(1)));

/**
 * The particle قد (with و، ف or ل: وقد، فقد، لقد، ولقد) stands only before a verb (twelfth pass: «وقد
 * منحتها الجامعة إفادة» is «the university granted her», not «her grant»). Closed, like the above.
 */
export const isVerbParticle = (norm: string): boolean => /^(?:[وف]?ل?)قد$/.test(norm);

/**
 * Sixteenth pass: the conditionals إذا and لو, and ثم «then» joining two events, stand before a past verb
 * in news prose («ثم خزنتها الشركة في مخازنها», «إذا طبختها على الحطب»): after them a word in تها/تهم is
 * the verb «she did it», not a ة noun with a pronoun. Normalised (إذا → اذا). Closed, like the above.
 */
const CONDITION_AND_SEQUENCE = ['اذا', 'لو', 'ثم'];

/**
 * Clause openers that take a verb (fourteenth pass): «عندما صدمتها شاحنة» is «when a lorry hit it», not
 * «its shock»; «لما حلبتها»، «كلما خلطتها»، «بعدما نقلتها». Not إذ، كما، بينما (a noun follows them as
 * often), and not حين in «في حين» («whereas», before a noun as often). Closed, like the above.
 */
export const VERB_OPENERS: ReadonlySet<string> = new Set(['عندما', 'حينما', 'حين', 'لما', 'كلما', 'بعدما', 'طالما', 'ريثما', ...CONDITION_AND_SEQUENCE]);
/** Words that make the أن after them «أنْ», before a verb (بعد أن سرقتها، منذ أن غرستها); a bare أن is as often أنّ before a noun («أعلنت أن قواتها»). */
export const AN_VERB_HEADS: ReadonlySet<string> = new Set(['بعد', 'قبل', 'منذ', 'سبق', 'بمجرد']);
/** A normalised word without a leading و/ف (وعندما، فلما, ومنذ). */
const noConjunction = (w: string) => (w.length > 3 && /^[وف]/.test(w) ? w.slice(1) : w);

/**
 * The word after `prev` (and `before` it) is a verb: after a relative pronoun, the particle قد, a
 * clause opener that takes a verb, or أن after بعد، قبل، منذ، سبق، بمجرد. Normalised words.
 */
export function opensVerb(prev: string, before = ''): boolean {
  if (isRelativePronoun(prev) || isVerbParticle(prev)) return true;
  const opener = VERB_OPENERS.has(prev) ? prev : VERB_OPENERS.has(noConjunction(prev)) ? noConjunction(prev) : undefined;
  if (opener) return !(opener === 'حين' && before === 'في');
  return prev === 'ان' && AN_VERB_HEADS.has(noConjunction(before));
}

/**
 * What a page word may also be with an ending taken off, for the index only (the reader types
 * the bare word): a pronoun suffix (نفطها → نفط، قواتهم → قوات، حكومتها → حكومه: the ة written ت
 * before it) and the alif of the accusative tanween (مصنعا → مصنع، شيئا → شيء). A reading is an
 * extra key, never the word's own, so a word that only looks suffixed (اتجاها، كورونا) just
 * gains a key no query uses. Not read: remainders of three letters in ي (عليها → علي، لديهم:
 * a preposition in ى writes it ي before a suffix), verbs' plural وا, a final hamza on alif
 * (تبدأ, from the surface form), and actor names. After a relative pronoun or قد (`afterRelative`,
 * `opensVerb`) the word is a verb: its ت before a pronoun stays the verb's (طلبتها → طلبت, never طلبة).
 */
export function suffixReadings(stem: string, ctx: Ctx, surface = stem, afterRelative = false): string[] {
  if (ctx.known.has(stem) || ctx.families.has(stem)) return [];
  const out: string[] = [];
  const keep = (r: string) => r.length >= MIN_READING && !(r.length === 3 && r.endsWith('ي')) && !out.includes(r) && out.push(r);
  const suffix = PRONOUN_SUFFIXES.find((x) => stem.endsWith(x));
  if (suffix) {
    const rest = stem.slice(0, -suffix.length);
    keep(rest);
    if (!afterRelative && rest.length >= 4 && rest.endsWith('ت') && !rest.endsWith('ات')) keep(rest.slice(0, -1) + 'ه');
  }
  // The tanween alif: not after a pronoun (دعمها، منهما), not a verb's وا, not a hamza on alif
  // (تبدأ), and only on four letters or more: a three-letter remainder is as often a name or
  // a particle (درعا → درع «shield», بعدما → عدم, لدينا → دين, قدما, أهلا) as a noun (يوما).
  if (stem.endsWith('ا') && !/(ها|هما|وا|اا)$/.test(stem) && !/[أآ]$/.test(surface) && stem.length - 1 >= MIN_TANWEEN) keep(stem.slice(0, -1));
  return out;
}

/** Endings of adjective agreement (ة normalised to ه) and how many letters each adds to the ي form. */
const AGREEMENT_ENDINGS: Array<[string, number]> = [['يين', 2], ['يون', 2], ['يه', 1]];
/** The ي form keeps at least this many letters: عسكري، كهربائي; not دولي، علي (عليه), يبني (يبنيه). */
const MIN_ADJECTIVE = 5;

/**
 * The adjective a word in ية/يين/يون agrees with (sixth pass): كهربائية، كهربائيين → كهربائي,
 * so «مولد كهربائي» meets «مولدات كهربائية». Five letters at least in the ي form (shorter ones
 * are as often a preposition, a verb or a name with a pronoun: عليه، يبنيه); content/search-forms.yaml
 * `notAdjectiveForms` lists the words that only look like it (مسؤولية ≠ مسؤولي «officials of»،
 * الخارجية the ministry, جنسية ≠ جنسي، تلفزيون).
 */
export function adjectiveBase(stem: string, ctx: Ctx): string | undefined {
  const ending = AGREEMENT_ENDINGS.find(([e]) => stem.endsWith(e));
  if (!ending) return undefined;
  const base = stem.slice(0, -ending[1]);
  return base.length >= MIN_ADJECTIVE && base !== stem && !ctx.known.has(base) ? base : undefined;
}

/** Endings of the sound masculine plural and the dual, nominative and oblique (ون/ين، ان/ين). */
const SOUND_ENDINGS = ['ون', 'ين', 'ان'];
/**
 * The singular keeps at least this many letters: لاعبين → لاعب، مراقبون → مراقب، متطوعين → متطوع.
 * A three-letter remainder is as often a word of its own as a plural (لبنان → لبن «milk»، قانون،
 * ميدان، عدوان → عدو، طيران → طير، زيتون → زيت، عشرين، خمسين), so those are never read.
 */
const MIN_SOUND_BASE = 4;

/**
 * The singular a sound masculine plural or a dual stands for by pattern (session 14): اللاعبين،
 * لاعبون → لاعب (stemmed اعب, like لاعب itself); المراقبين → مراقب; يقاتلون → يقاتل. Not read: a word the data names (its
 * families, content/search-forms.yaml `notSoundPlurals`: ثلاثين ≠ ثلاث، طالبان ≠ طالب، سليمان ≠
 * سليم، مهرجان ≠ مهرج) or an actor's name, nor a remainder that is one (روسيين is the nisba's), nor
 * a remainder under four letters. A dual in ين/ان whose remainder ends in ت is read as a word in
 * ة (دولتين، طائرتان → دولة، طائرة): in the seed and fixture text every such word was one; an
 * adjective whose root ends in ت (مؤقتين) then meets its own feminine (مؤقتة), not its masculine.
 */
export function soundPluralBase(stem: string, ctx: Ctx): string | undefined {
  if (!SOUND_ENDINGS.some((e) => stem.endsWith(e))) return undefined;
  if (ctx.families.has(stem) || ctx.known.has(stem)) return undefined;
  const base = stem.slice(0, -2);
  if (ctx.known.has(base)) return undefined;
  // The participle فاعل of a root in و ف ب ك ل loses that letter to the clitic rule (لاعبين →
  // اعبين، باحثون → احثون, as لاعب → اعب): a remainder of three in ا is read in ين/ون, not in ان
  // (انسان → انس «Anas»، اعلان، اركان are no duals).
  const participle = base.length === MIN_SOUND_BASE - 1 && base.startsWith('ا') && !stem.endsWith('ان');
  if (base.length < MIN_SOUND_BASE && !participle) return undefined;
  // A dual of a word in ة writes it ت (دولتين، طائرتان، شحنتين → دولة): never a plural in ون.
  return !stem.endsWith('ون') && base.endsWith('ت') && !base.endsWith('ات') ? base.slice(0, -1) + 'ه' : base;
}

/**
 * The singular of a sound masculine plural (ين/ون, not the dual's ان) of a participle's shape — مفعل and
 * the derived measures' م…, فاعل —, which names people (fifteenth pass): «المشغلين» are operators, while
 * the singular is as often a thing or a place (مشغل للخياطة «workshop»، ناقل الحركة، معلم أثري، اهتمام
 * عابر). Such a plural's family is the plural itself (patternFamily), so a plural query meets the pages
 * that write the plural; its singular is an index-side reading at the low weight (keys.ts), so a
 * singular query still finds them. Not a dual of a word in ة (محطتين → محطه), nor مفاعيل (ميادين).
 */
export function personPluralBase(stem: string, ctx: Ctx): string | undefined {
  if (stem.endsWith('ان')) return undefined;
  const base = soundPluralBase(stem, ctx);
  if (!base || base.endsWith('ه') || ctx.families.has(base)) return undefined;
  const derived = base.startsWith('م') && base.length >= 4 && base[2] !== 'ا';
  const agent = (base.length === 4 && base[1] === 'ا') || (base.length === 3 && base[0] === 'ا');
  return derived || agent ? base : undefined;
}

/** What a word outside the data's families stands for by pattern (its family stem), if anything. */
export function patternFamily(stem: string, ctx: Ctx): string | undefined {
  if (ctx.families.has(stem) || ctx.known.has(stem)) return undefined;
  const plural = femininePluralBase(stem, ctx);
  if (plural) return ctx.families.get(plural) ?? plural;
  const adjective = adjectiveBase(stem, ctx);
  if (adjective) return ctx.families.get(adjective) ?? adjective;
  const noun = verbalNounOf(stem);
  if (noun) return ctx.families.get(noun) ?? noun;
  // A participle's plural is its own family (people): the oblique ين form for both endings.
  const person = personPluralBase(stem, ctx);
  if (person) return stem.endsWith('ون') ? person + 'ين' : stem;
  const singular = soundPluralBase(stem, ctx);
  return singular ? (ctx.families.get(singular) ?? verbalNounOf(singular) ?? singular) : undefined;
}
