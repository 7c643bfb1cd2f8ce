// A sound masculine plural in construct (issue 15, thirty-seventh pass, session 45): the head of a construct loses its
// ن — «صيادو الأسماك»، «مزارعو القمح»، «موظفو الوزارة» — so its key met neither «الصيادين» nor «صياد», and a reader
// typing «فلاحو المسيلة» missed the page writing «الفلاحين المسيليين». The construct is read as the nominative «…ون»
// it stands for:
// - on the query side (keyTokens with `constructs`), the typed word asks for the nominative's key and family, as a
//   query typing «الصيادون» does: the pages writing any number of the plural hold it at full weight;
// - on the index side, a page's construct keeps its own key and carries the nominative's family at the low weight
//   (indexKeys.ts), so a query typing the construct, the plural or the singular finds it after the pages writing those.
// Nothing is added to the pages writing the plural: a first version keyed them with the construct's key too, and the
// 5,600 low keys it added to the fixtures lengthened those pages enough to cost broad one-word queries a labelled page
// (dev nisba 0.787 → 0.760, under the site test's floor: Pagefind ranks a longer page lower for every word it holds).
// A word ending in و is as often a name (وارسو، مقديشو، راديو) or a verb (يدعو), so it is read only where all hold:
// - a word follows (a construct has a second term), the word has no article (a construct's head never does) and no
//   preposition is before it (after one the plural is oblique, «من صيادي»; a name is often there: «في وارسو»);
// - neither the word nor its nominative is a name or word of the data (ctx.known, a family of its own);
// - the nominative is read as a sound plural by the rules already there (soundPluralBase: four letters left at least,
//   so يدعو، يشكو، عضو are never read) and its singular has a person's shape (personShape), or the data lists the plural.
import type { KeyContext } from './keyContext';
import { searchStem } from './stems';
import { arabicKey } from './terms';
import { patternFamily, personPluralBase, soundPluralBase } from './wordPatterns';

type Ctx = Pick<KeyContext, 'known' | 'families'>;

/** The article and the clitics before it: a definite word is no construct's head. */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;
/** Prepositions (normalised): a noun after one is genitive, so a plural there is oblique (صيادي), never «…و». */
const PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'الي', 'من', 'عن', 'علي', 'مع', 'بين', 'نحو', 'حتي', 'منذ', 'لدي', 'عند', 'ضد', 'حول', 'خلال', 'عبر', 'داخل', 'خارج']);
/** The last letter of a sound masculine plural's construct (صيادو), normalised. */
const CONSTRUCT_END = 'و';

/**
 * The singular's shapes that name people, on the search stem: the participles م… (مزارع، معلم، مستشار), فاعل (سائق،
 * عازف; «لاعب» keyed اعب after the clitic rule), فعّال (صياد، فلاح، خزاف) and فعيل (خريج). An adjective in ي (حرفي) is
 * left out: foreign names end so too often (راديو، طوكيو، يوليو، استوديو).
 */
export function personShape(base: string): boolean {
  // A participle of a root in ي last drops it in the plural (قاضون): a base in ي is a name's (رادي، طوكي، مونتيفيدي).
  if (base.endsWith('ي')) return false;
  // م… of four letters (معلم، موظف، مدير), or of five as مفاعل (مزارع)، متفعل/منفعل (متطوع)، مفتعل (مشترك), or مست…
  // (مستشار): not مقديش، مكسيك، مونتير.
  if (base.startsWith('م') && (base.length === 4 || (base.length === 5 && (base[2] === 'ا' || 'تن'.includes(base[1]) || base[3] === 'ت')) || base.startsWith('مست'))) return true;
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
export function constructPluralStem(norm: string, next: boolean, ctx: Ctx, prev?: string): string | undefined {
  if (!next || !norm.endsWith(CONSTRUCT_END) || norm.length < 5 || DEFINITE.test(norm)) return undefined;
  if (prev !== undefined && PREPOSITIONS.has(prev.replace(/^[وف](?=..)/, ''))) return undefined;
  const plain = searchStem(norm, ctx.known);
  if (ctx.known.has(plain) || ctx.families.has(plain)) return undefined;
  const nominative = searchStem(norm + 'ن', ctx.known);
  // The data lists the plural in a family («موظفون»، «فلاحون»): read, whatever its shape.
  if (ctx.families.has(nominative)) return nominative;
  return personPlural(nominative, ctx) ? nominative : undefined;
}

/**
 * The low-weight keys a page word carries as a construct (above): «صيادو» → its nominative's family (صياد; a
 * participle's plural is its own family, «المشغلين», whose singular is carried as well).
 */
export function constructPluralKeys(norm: string, next: boolean, ctx: Ctx, prev?: string): string[] {
  const nominative = constructPluralStem(norm, next, ctx, prev);
  if (!nominative) return [];
  const family = ctx.families.get(nominative) ?? patternFamily(nominative, ctx);
  const person = personPluralBase(nominative, ctx);
  return [...new Set([nominative, family ?? nominative, ...(person ? [person] : [])])].map((w) => arabicKey(w));
}
