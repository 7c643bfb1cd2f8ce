// The form the corpus lacks, read on the query side (issue 15, twenty-ninth pass, session 37). corpusNisbas.ts and
// corpusDerivations.ts join a pair only where the corpus writes both forms; a reader often types the one it lacks:
// «متطوعون كونستانتينيفكيون» over a page that writes only «كونستانتينيفكا», «مماطلة المقاول» over «ماطل المقاول». Here
// the typed word is read to the other form's keys, which tiers.ts searches after the pages that write the typed form:
// - an adjective of a town (-ي، -ية، -يون/-يين، -يات، the construct -يو; اوي too) to each stem the endings of
//   content/search-nisbas.yaml give back, when the corpus writes that stem as a NAME (KeyContext `places`: after a place
//   word, or bare after في/إلى and never with the article — no word of the curated data);
// - a verbal noun of measures III–X of a sound root, or of a quadriliteral (دحرجة، تبعثر), to its verb's past and
//   present, where the index's own patterns do not key those forms to the noun already (wordPatterns.ts). Not II: without its doubled letter every form of it is a
//   measure I form too («تحضير» is no «حضر الوزير»). A reading the index does not hold finds nothing. Since the thirtieth
//   pass (weakNounReadings.ts) II and IV of a weak, doubled or hamzated root are read, by the forms only that measure writes.
import type { KeyContext } from './keyContext';
import type { KeyedToken } from './keyTokens';
import { loosePlacesOfNisba } from './nisbaReadings';
import { ARTICLE } from './placeContexts';
import { verbForms } from './derivedForms';
import { VERBAL_NOUN_TEMPLATES } from './corpusDerivations';
import { searchStem } from './stems';
import { arabicKey } from './terms';
import { patternFamily } from './wordPatterns';
import { weakVerbForms } from './weakNounReadings';

/** An adjective's agreement endings after its ي, the construct plural «-يو» (حرفيو) too. */
const AGREEMENT = /ي(?:ه|ين|ون|ان|تان|تين|ات|و)?$/;

/** At most this many readings of one word: each is one more search. */
export const MAX_FORM_READINGS = 5;

/** The names of the corpus a typed adjective reads back to (normalised, less the article), best-fitting ending first. */
export function placesOfTypedNisba(norm: string, ctx: KeyContext): string[] {
  const endings = ctx.queryForms?.endings;
  if (!endings || !ctx.places) return [];
  const bare = norm.replace(ARTICLE, '');
  if (!AGREEMENT.test(bare)) return [];
  const nisba = bare.replace(AGREEMENT, 'ي');
  // Four letters at least before the ي (as corpusNisbas.ts): «عربي»، «فني» are a common word's.
  if (nisba.length < 5) return [];
  return loosePlacesOfNisba(nisba, { endings }).filter((p) => p !== bare && ctx.places!.has(p));
}

/** A verbal noun's templates of III–X (corpusDerivations.ts): II is left out, its forms are measure I's too. */
const NOUNS = VERBAL_NOUN_TEMPLATES.filter((t) => t.measure !== 'II');
/** The forms a page writes most of a verb in the news: he, she, they, past and present. */
const KINDS = new Set(['past', 'pastShe', 'pastThey', 'presentHe', 'presentThey']);
/** A sound root: no weak letter, no hamza, no doubled letter (their forms are other words' too often). */
const soundRoot = (root: string) => !/[اويءىه]/.test(root) && root[1] !== root[2];

/** The verb forms (normalised) a typed verbal noun reads to, the index's own pattern readings left out. */
export function verbsOfTypedNoun(norm: string, ctx: KeyContext): string[] {
  const weak = ctx.queryForms?.weak;
  if (!ctx.queryForms?.derivations && !weak?.length) return [];
  const bare = norm.replace(/^[وف]?(?:[بك]?ال|لل)/, '');
  const noun = searchStem(bare, ctx.known);
  const out: string[] = [];
  // The weak, doubled and hamzated roots' nouns of II and IV, by the shapes only that measure writes (thirtieth pass).
  for (const form of weak?.length ? weakVerbForms(bare, new Set(weak)) : []) {
    const stem = searchStem(form, ctx.known);
    if (stem !== noun && patternFamily(stem, ctx) !== noun && !out.includes(stem)) out.push(stem);
  }
  if (!ctx.queryForms?.derivations) return out;
  for (const { measure, re } of NOUNS) {
    const m = re.exec(bare);
    if (!m) continue;
    const root = m.slice(1, 4).join('');
    if (!soundRoot(root)) continue;
    const forms = verbForms(root, measure);
    if (forms[0].form !== bare) continue; // VIII's ت assimilated otherwise (اصطدام)
    for (const f of forms) {
      if (!KINDS.has(f.kind)) continue;
      const stem = searchStem(f.form, ctx.known);
      // Keyed to the noun by the index's own patterns already: the typed word's key finds it.
      if (patternFamily(stem, ctx) === noun || out.includes(stem)) continue;
      out.push(stem);
    }
  }
  for (const stem of quadriliteralVerbs(bare, ctx)) if (!out.includes(stem)) out.push(stem);
  return out;
}

/**
 * A quadriliteral's verbal noun (فعللة: دحرجة → دحرج، يدحرجون; its V تفعلل: تبعثر → تبعثرت، يتبعثر) read to its verb's
 * forms. Four sound letters, no doubled pair, and for فعللة no first letter that makes a noun of place or of a measure
 * (م، ت، ن، ي، ا: مدرسة، مزرعة are no verbs' nouns).
 */
function quadriliteralVerbs(bare: string, ctx: KeyContext): string[] {
  const sound = (r: string) => !/[اويءىهة]/.test(r) && r[0] !== r[1] && r[2] !== r[3];
  const noun = /^(.{4})ه$/.exec(bare);
  const five = /^ت(.{4})$/.exec(bare);
  const forms = noun && sound(noun[1]) && !/^[متنيا]/.test(noun[1])
    ? [noun[1], noun[1] + 'ت', noun[1] + 'وا', 'ي' + noun[1], 'ي' + noun[1] + 'ون']
    : five && sound(five[1])
      ? [bare + 'ت', bare + 'وا', 'ي' + bare, 'ي' + bare + 'ون']
      : [];
  return forms.map((f) => searchStem(f, ctx.known));
}

/**
 * The keys a typed word reads to beyond its own (none for a word of the data's families or a name: the data decides; a
 * family by pattern, an adjective's plural ending, is read).
 */
export function formReadings(t: KeyedToken, ctx: KeyContext): string[] {
  if (t.token.type !== 'ar' || ctx.families.has(t.stem) || ctx.known.has(t.stem)) return [];
  const keys = [...placesOfTypedNisba(t.token.norm, ctx).map((p) => searchStem(p, ctx.known)), ...verbsOfTypedNoun(t.token.norm, ctx)]
    .filter((s) => !ctx.families.has(s))
    .map((s) => arabicKey(s))
    .filter((k) => k !== t.key && k !== t.familyKey);
  return [...new Set(keys)].slice(0, MAX_FORM_READINGS);
}
