// A town and its adjective read against the index's own vocabulary (issue 15, thirty-first pass, session 39).
// queryForms.ts reads a typed adjective back to a town only where the corpus writes that town after a place word or
// bare after في/إلى (the names shipped in the word buckets). Small towns are mostly written otherwise — in a construct
// («فلاحو فريانة», «متطوعو كاهول»), after «من» — and a reader types the town against a page of its adjective («صيادو
// تنس» over «التنسيون»). Plain Pagefind finds both by its stemmer and its prefixes; ours did not (aside30: nisba 0.643
// against plain's 0.714). Here every shape the endings of content/search-nisbas.yaml allow is a candidate, and the
// index decides: tiers.ts keeps a candidate only where searched alone it finds at least one page and no more than
// `queryForms.rare` (a small town's name or adjective is a rare word; «زراعة» read from «زراعية» is on many pages).
// Nothing is shipped but that number: the vocabulary the candidate is read against is the index itself.
// The same holds measure II (تفعيل) of a sound root, which queryForms.ts leaves out since unvocalised its verb is
// measure I's (تحضير ↔ «حضر الوزير»): «تقشير» is read to يقشرون، يقشرن، قشروا، قشرت and «قلموا» to «تقليم», each kept
// only where the index holds it rarely — measure I's common verb (حضروا، يحضرون) is on many pages.
import type { KeyContext } from './keyContext';
import type { KeyedToken } from './keyTokens';
import { loosePlacesOfNisba, placeEndingsFirst } from './nisbaReadings';
import { MAX_PATTERN_READINGS, patternCandidates } from './patternRareReadings';
import { ARTICLE } from './placeContexts';
import { searchStem, stemSteps } from './stems';
import { spellingReadings } from './nameSkeleton';
import { shortNameSpellings } from './shortNames';
import { arabicKey } from './terms';

/** An adjective's agreement endings after its ي (queryForms.ts AGREEMENT). */
const AGREEMENT = /ي(?:ه|ين|ون|ان|تان|تين|ات|و)?$/;
/** At most this many candidates of one word: each is one more search (of the word alone). */
export const MAX_RARE_READINGS = 4;
/** At most this many other spellings of a typed name (nameSkeleton.ts): each is one more search. */
export const MAX_SPELLING_READINGS = 3;
/** The last letter of a sound masculine plural's construct (صيادو الأسماك), normalised. */
const CONSTRUCT_PLURAL_END = 'و';
/** A sound root: no weak letter, no hamza, no doubled letter (queryForms.ts: their forms are other words' too often). */
const soundRoot = (r: string) => !/[اويءىهة]/.test(r) && r[1] !== r[2];
/** Clitics a typed noun or verb may carry before it (as queryForms.ts reads a verbal noun). */
const PROCLITICS = /^[وف]?(?:[بك]?ال|لل)/;

/**
 * A typed verbal noun of measure II of a sound root (تقشير) read to the verb forms a page writes most — they, the
 * women (present), she — and a typed verb of that shape (قشروا، يقشرون، يقشرن) read to its noun. The bare past and
 * the singular present are left out: they are nouns and measure I's present too often (قشر، يقشر).
 */
export function measureTwoReadings(norm: string): string[] {
  const bare = norm.replace(PROCLITICS, '');
  const noun = /^ت(.)(.)ي(.)$/.exec(bare);
  if (noun) {
    const r = noun.slice(1, 4).join('');
    return soundRoot(r) ? [`ي${r}ون`, `${r}وا`, `ي${r}ن`, `${r}ت`] : [];
  }
  const verb = /^(?:(.)(.)(.)وا|ي(.)(.)(.)(?:ون|ن))$/.exec(norm);
  if (!verb) return [];
  const r = (verb[1] ? verb.slice(1, 4) : verb.slice(4, 7)).join('');
  return soundRoot(r) ? [`ت${r[0]}${r[1]}ي${r[2]}`] : [];
}

/** The towns a typed adjective may read back to, the index's vocabulary unchecked (normalised, less the article). */
export function townsOfTypedAdjective(norm: string, ctx: KeyContext): string[] {
  const endings = ctx.queryForms?.endings;
  const bare = norm.replace(ARTICLE, '');
  if (!endings || !AGREEMENT.test(bare)) return [];
  const nisba = bare.replace(AGREEMENT, 'ي');
  // Four letters at least before the ي, as queryForms.ts: «عربي»، «فني»، «ناري» are a common word's.
  if (nisba.length < 5) return [];
  return loosePlacesOfNisba(nisba, { endings }).filter((p) => p !== bare);
}

/**
 * The masculine adjectives a typed town may be written as (the endings read the other way: ريزينا → ريزيني، عزازقة →
 * عزازقي، سماوة → سماوي، تنس → تنسي); the index keys an adjective's agreement forms to its masculine (keyTokens'
 * family by pattern), so one search finds «التنسيون» and «التنسية». The first ending that fits decides, as the data says.
 */
export function adjectivesOfTypedTown(norm: string, ctx: KeyContext): string[] {
  const endings = ctx.queryForms?.endings;
  const bare = norm.replace(ARTICLE, '');
  // A word with an adjective's ending is read the other way (above), unless a town's ending of the data holds it (اية:
  // طرفاية، غرداية — thirty-seventh pass); three letters at least (قرى، سوق read nothing).
  if (!endings || bare.length < 3 || (AGREEMENT.test(bare) && !endings.some((e) => e.place.length > 2 && bare.endsWith(e.place)))) return [];
  for (const e of placeEndingsFirst(endings)) {
    // A typed word in و is as often a sound plural's construct as a town (صيادو، موالو: «موالو بوسعادة» read «موالي»,
    // the pro-Russian forces' pages, on the first run): a town in و is read on the page side only (its adjective's key).
    if (e.place === CONSTRUCT_PLURAL_END) continue;
    if (e.place && !bare.endsWith(e.place)) continue;
    const base = bare.slice(0, bare.length - e.place.length);
    // An entry for longer bases only (`minBase`: كاشيو → الكاشيوي, but تنمو is no town) leaves a short one to the next.
    if (e.minBase && base.length < e.minBase) continue;
    if (base.length < 3) return [];
    return e.nisba.map((n) => base + n);
  }
  return [];
}

/**
 * A noun's unit and its collective (إوزة ↔ الإوز، قرنفلة ↔ القرنفل، سردينة ↔ السردين: plain Pagefind's stemmer joins them,
 * ours did not): a typed ة word read to the word less it, a typed word of five letters or more to it with ة. The
 * count decides here too: «عربة» read to «عرب» is on many pages.
 */
export function collectiveReadings(norm: string): string[] {
  const bare = norm.replace(PROCLITICS, '');
  if (AGREEMENT.test(bare)) return [];
  if (bare.endsWith('ه')) return bare.length >= 4 ? [bare.slice(0, -1)] : [];
  return bare.length >= 5 && !/[اوي]$/.test(bare) ? [bare + 'ه'] : [];
}

/**
 * The keys of a typed word's rare readings (above), less those of its own key and of `readings` (queryForms.ts'
 * confirmed ones): none for a word of the data's families or lists, nor one read to such a word.
 */
export function rareFormReadings(t: KeyedToken, ctx: KeyContext, readings: readonly string[] = [], next?: string): string[] {
  // Thirty-second pass: a plural the data lists asks by its own key (search-plurals.yaml «Direction»: its singular often
  // names something else); where both are rare in the index, the singular's family is read too (أكاذيب → أكذوبة).
  if (ctx.queryForms?.rare && ctx.queryForms.plurals?.length && t.ownPlural && t.familyKey && t.familyKey !== t.key) return [t.familyKey];
  if (!ctx.queryForms?.rare || t.token.type !== 'ar' || ctx.families.has(t.stem) || ctx.known.has(t.stem)) return [];
  // A word of a verbal noun's or a verb's shape is read as that (a town is seldom تفعيل or فعلوا).
  const verbal = measureTwoReadings(t.token.norm);
  const collective = ctx.queryForms.collective ? collectiveReadings(t.token.norm) : [];
  // A typed town's adjectives before an adjective's towns: only a town in اية has both, and its own reading comes first.
  const forms = verbal.length ? verbal : [...collective, ...adjectivesOfTypedTown(t.token.norm, ctx), ...townsOfTypedAdjective(t.token.norm, ctx)];
  const keysOf = (fs: string[], taken: string[]) => [...new Set(fs
    .map((f) => searchStem(f, ctx.known))
    .filter((s) => s.length >= 3 && !ctx.families.has(s) && !ctx.known.has(s))
    .map((s) => arabicKey(s))
    .filter((k) => k !== t.key && k !== t.familyKey && !readings.includes(k) && !taken.includes(k)))];
  const keys = keysOf(forms, []).slice(0, MAX_RARE_READINGS);
  // Forty-first pass (nameSkeleton.ts): a foreign name's other spellings on the pages (ميكولاييف → ميكولايف), with their
  // own cap, gated as every rare reading: the typed word rare, the page word on 1 to `rare` pages.
  const { spellings: spellingRules } = ctx.queryForms;
  // Forty-second pass: a name typed apart from its company's tail («سوفكوم فلوت») is read as the glued name, so it reads
  // that company's glued word and not another's of the same head («سوفكومبنك»).
  const typed = t.token.norm.replace(/[\u200C\u200D]/g, '');
  const tail = next && spellingRules?.compoundTails?.includes(next) ? next : '';
  const steps = stemSteps(typed, ctx.known);
  if (spellingRules && ctx.spellings) keys.push(...keysOf(spellingReadings(steps.map((s) => s + tail), ctx.spellings, spellingRules, steps), keys).slice(0, MAX_SPELLING_READINGS));
  // Thirty-second pass (patternRareReadings.ts): a broken plural's other number and a verb's noun by pattern, after the
  // readings above and with their own cap, gated the same way.
  const { plurals, verbs: verbRules } = ctx.queryForms;
  if (!plurals?.length && !verbRules) return keys;
  return [...keys, ...keysOf(patternCandidates(t.token.norm, { plurals, verbs: verbRules }), keys).slice(0, MAX_PATTERN_READINGS)];
}

/**
 * Forty-second pass (shortNames.ts): the keys of a short typed name's other /g/ spellings, read only where the typed word
 * is on no page (QueryUnit `unseenReadings`); none for a word of the data's families or lists, nor one read to such a word.
 */
export function unseenFormReadings(t: KeyedToken, ctx: KeyContext, taken: readonly string[] = []): string[] {
  const rules = ctx.queryForms?.spellings;
  if (!ctx.queryForms?.rare || !rules?.shortNames || t.token.type !== 'ar' || ctx.families.has(t.stem) || ctx.known.has(t.stem)) return [];
  const forms = stemSteps(t.token.norm.replace(/[\u200C\u200D]/g, ''), ctx.known).flatMap((step) => shortNameSpellings(step, rules));
  return [...new Set(forms
    .map((f) => searchStem(f, ctx.known))
    .filter((s) => s.length >= 3 && !ctx.families.has(s) && !ctx.known.has(s))
    .map((s) => arabicKey(s))
    .filter((k) => k !== t.key && k !== t.familyKey && !taken.includes(k)))];
}
