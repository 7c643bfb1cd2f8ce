// A sound masculine plural in construct (issue 15, thirty-seventh pass, session 45): the head of a construct loses its
// ن — «صيادو الأسماك»، «مزارعو القمح»، «موظفو الوزارة» — so its key met neither «الصيادين» nor «صياد», and a reader
// typing «فلاحو المسيلة» missed the page writing «الفلاحين المسيليين». Read on the index side only, at the low weight
// of the other readings (indexKeys.ts), both ways:
// - a page's construct carries the keys of its nominative «…ون» (its own and its family's: «صياد»، «مزارع»), so a
//   query typing the singular or the plural finds it after the pages that write it;
// - a page's plural in ون/ين carries the construct's keys, nominative and oblique («الصيادين» → «صيادو»، «صيادي»), so a
//   query typing the construct finds it after the pages that write the construct.
// The query keeps the word as typed: a word ending in و is as often a name (موسكو، وارسو، مقديشو، راديو), and read as a
// plural on the query side it would lose the pages writing the name after «في». On the page side a name read so only
// gains low keys no query asks for («مقديشون»). Both readings need a sound plural of a person's shape (below).
import type { KeyContext } from './keyContext';
import { searchStem } from './stems';
import { arabicKey } from './terms';
import { patternFamily, personPluralBase, soundPluralBase } from './wordPatterns';

type Ctx = Pick<KeyContext, 'known' | 'families'>;

/** The article and the clitics before it: a definite word is no construct's head. */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;
/** The last letter of a sound masculine plural's construct (صيادو), normalised, and of its oblique (صيادي). */
const CONSTRUCT_END = 'و';
const OBLIQUE_END = 'ي';

/**
 * The singular's shapes that name people, on the search stem: the participles م… (مزارع، معلم، مستشار), فاعل (سائق،
 * عازف; «لاعب» keyed اعب after the clitic rule), فعّال (صياد، فلاح، خزاف) and فعيل (خريج). An adjective in ي (حرفي) is
 * left out: foreign names end so too often (راديو، طوكيو، يوليو، استوديو).
 */
export function personShape(base: string): boolean {
  // A participle of a root in ي last drops it in the plural (قاضون): a base in ي is a name's (رادي، طوكي، مونتيفيدي).
  if (base.endsWith('ي')) return false;
  if (base.startsWith('م') && base.length >= 4) return true;
  if (base.length === 4 && (base[1] === 'ا' || base[2] === 'ا' || base[2] === 'ي')) return true;
  return base.length === 3 && base[0] === 'ا';
}

/** A sound plural's stem (ون/ين, not the dual's ان) read as a person's plural: the data lists it, or its shape says so. */
function personPlural(stem: string, ctx: Ctx): boolean {
  if (!/(?:ون|ين)$/.test(stem) || ctx.known.has(stem)) return false;
  const base = soundPluralBase(stem, ctx);
  return !!base && personShape(base);
}

/**
 * The stem of the nominative plural a construct's head stands for (صيادو → صيادون، فلاحو → فلاحون), or undefined: `norm`
 * is the word normalised, `next` says a word follows (a construct has a second term).
 */
export function constructPluralStem(norm: string, next: boolean, ctx: Ctx): string | undefined {
  if (!next || !norm.endsWith(CONSTRUCT_END) || norm.length < 5 || DEFINITE.test(norm)) return undefined;
  const plain = searchStem(norm, ctx.known);
  if (ctx.known.has(plain) || ctx.families.has(plain)) return undefined;
  const nominative = searchStem(norm + 'ن', ctx.known);
  // The data lists the plural in a family («موظفون»، «فلاحون»): read, whatever its shape.
  if (ctx.families.has(nominative)) return nominative;
  return personPlural(nominative, ctx) ? nominative : undefined;
}

/**
 * The low-weight keys a page word carries as a construct or as the plural a construct stands for (above): «صيادو» →
 * صيادون and its family's (صياد); «الصيادين»، «صيادون» → صيادو (keyed as a query typing it is: «فلاحو» → احو).
 */
export function constructPluralKeys(norm: string, stem: string, next: boolean, ctx: Ctx): string[] {
  const nominative = constructPluralStem(norm, next, ctx);
  if (nominative) {
    // Its family (صياد; a participle's plural is its own, المشغلين, whose singular is read as well) and the oblique
    // construct a reader types as often («منتجي الموز»).
    const family = ctx.families.get(nominative) ?? patternFamily(nominative, ctx);
    const person = personPluralBase(nominative, ctx);
    return [nominative, ...(family ? [family] : []), ...(person ? [person] : []), norm.slice(0, -1) + OBLIQUE_END].map((w) => arabicKey(searchStem(w, ctx.known)));
  }
  if (!ctx.families.has(stem) ? !personPlural(stem, ctx) : !/(?:ون|ين)$/.test(stem)) return [];
  // The word less its article and its ون/ين, then و or ي: keyed through searchStem as the typed construct is.
  const bare = norm.replace(DEFINITE, '').slice(0, -2);
  return bare.length >= 3 ? [CONSTRUCT_END, OBLIQUE_END].map((e) => arabicKey(searchStem(bare + e, ctx.known))) : [];
}
