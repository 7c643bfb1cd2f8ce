// A participle's plural and its measure's verbal noun (issue 15, session 26: measured on real pages'
// text). Real news writes the people of an act in the plural of the derived measure's participle —
// «مستوردي القمح»، «المعتقلين»، «المتطوعين»، «المتظاهرين» — where a reader types the act, its verbal
// noun — «استيراد القمح»، «الاعتقال»، «التطوع»، «التظاهر». Index side only, at the low weight of the other
// readings (indexKeys.ts): a page writing the plural carries the noun's key, found after the pages that
// write the noun itself. Not the other way (a verbal noun carrying the plural's key: تفتيش → المفتشين):
// every verbal noun of a page then gained a key no word asks for (توفير → موفرين، تسعين → مسعنين), enough
// to move labelled pages from rank 10 to 11 in six committed sets (session 26): tried and left out.
// Only plurals (people): a singular participle is as often a thing or a place of another meaning
// (مستقبل «future» ≠ استقبال، منتخب «team» ≠ انتخاب، مركز ≠ تركيز). Not measure IV (معلمين «teachers» ≠
// إعلام «media»: its participle has measure II's letters). The data names the traps
// (content/search-patterns.yaml `notParticipleNouns`).
import { verbForms, type Measure } from './derivedForms';
import { rootOf } from './patternReadings';

/** A measure's participle, its root letters in the places 1 2 3 (VIII's infix ت: the sound case, ت). */
const PARTICIPLES: Array<{ measure: Measure; template: string }> = [
  { measure: 'II', template: 'م123' },
  { measure: 'III', template: 'م1ا23' },
  { measure: 'V', template: 'مت123' },
  { measure: 'VI', template: 'مت1ا23' },
  { measure: 'VII', template: 'من123' },
  { measure: 'VIII', template: 'م1ت23' },
  { measure: 'X', template: 'مست123' },
];

const WEAK = new Set(['ا', 'و', 'ي', 'ء', 'ى']);
/** Measures whose forms stay sound with و first (وظّف/موظف/توظيف، استورد/مستورد/استيراد: derivedForms.ts writes them). */
const FIRST_WAW: ReadonlySet<Measure> = new Set<Measure>(['II', 'III', 'V', 'VI', 'X']);
/** Measures whose middle و or ي is a consonant (تطوّع/المتطوعين، تصوير/المصورين، مقاومة/المقاومين، تعاون/المتعاونين). */
const MIDDLE_WEAK: ReadonlySet<Measure> = new Set<Measure>(['II', 'III', 'V', 'VI']);

/**
 * Root letters a measure reads: the last sound and no ه (a pronoun's or a ة's letter once normalised), the
 * middle sound or, where it is a consonant, و/ي, not doubled; the first sound or, where allowed, و.
 */
function readable(root: string[], measure: Measure): boolean {
  const [first, middle, last] = root;
  if (root.length !== 3 || WEAK.has(last) || last === 'ه' || middle === last) return false;
  if (WEAK.has(middle) && !((middle === 'و' || middle === 'ي') && MIDDLE_WEAK.has(measure))) return false;
  return !WEAK.has(first) || (first === 'و' && FIRST_WAW.has(measure));
}

/** The root letters a word has in a participle's template, in order, or null (patternReadings.rootOf). */
function rootIn(word: string, template: string): string[] | null {
  const root = rootOf(word, template);
  return root ? ['1', '2', '3'].map((d) => root.get(d)!) : null;
}

/** The verbal noun of a root and measure, as derivedForms.ts writes it (تفتيش، استيراد، مشاركه). */
const nounOf = (root: string[], measure: Measure) => verbForms(root.join(''), measure)[0].form;

/**
 * The plural's endings: the oblique and nominative ين/ون, and the construct's ي («مستوردي القمح»,
 * «مفاوضي كييف»), which lost its ن before the second term — read only when the word has no article and the
 * next word has it (a nisba in ي, «مستقبلي»، «متوسطي», is mostly an adjective after its noun).
 */
function pluralBase(stem: string, construct: boolean): string | undefined {
  if (stem.endsWith('ين') || stem.endsWith('ون')) return stem.slice(0, -2);
  return construct && stem.endsWith('ي') ? stem.slice(0, -1) : undefined;
}

/**
 * The verbal noun a participle's plural stands for: المفتشين → تفتيش، مستوردي (before «القمح») →
 * استيراد، المتطوعين → تطوع، المشاركين → مشاركه. `stem` is the word without its clitics and article,
 * normalised; `construct` says the word may be a construct's head (no article, the next word with one,
 * and written with ي: a word in ى, مستشفى، منتدى، ملتقى, is no plural once ى is folded to ي).
 */
export function participleNoun(stem: string, construct = false, traps: ReadonlySet<string> = new Set()): string | undefined {
  const base = pluralBase(stem, construct);
  if (!base) return undefined;
  for (const { measure, template } of PARTICIPLES) {
    const root = rootIn(base, template);
    if (!root || !readable(root, measure)) continue;
    const noun = nounOf(root, measure);
    if (!traps.has(noun)) return noun;
  }
  return undefined;
}
