// A concept name's own forms (issue 15 point 2, session 22). A reader names an act by its verbal
// noun and its object («تجميد الأصول»، «ترحيل الأطفال»، «توريد الأسلحة»); outlets as often name the
// object and its passive participle («الأصول المجمدة»، «الأطفال المرحلين»، «الأسلحة الموردة»). A
// two-word name or phrasing «verbal noun + object» therefore also gives «object + participle», with
// the participle's agreement endings (ة for a thing's plural, ين/ون for people's). The measure is
// read from the verbal noun's shape only where the shape is one measure's alone — II تفعيل, VIII
// افتعال, X استفعال — and only in the curated data (never on a page's words), so precision stays
// the data's: a generated phrase still needs the object beside it. IV إفعال is not read: its shape
// is also the plural أفعال (أطفال، أسلحة), and its participle مفعل is also II's.
import { normalizeArabic } from '../arabic/normalize';

const ENDINGS = ['', 'ة', 'ين', 'ون'];

/** The passive participle's stem (without ال) of a verbal noun of measure II, VIII or X, or undefined. */
export function participleOf(noun: string): string | undefined {
  const w = normalizeArabic(noun.trim()).replace(/^ال/, '');
  const l = [...w];
  if (w.includes('ء')) return undefined; // a hamzated root changes shape (استدعاء → مستدعى)
  // II تفعيل → مفعل (تجميد → مجمد، ترحيل → مرحل، توريد → مورد)
  if (l.length === 5 && l[0] === 'ت' && l[3] === 'ي' && ![l[1], l[2], l[4]].includes('ا')) return 'م' + l[1] + l[2] + l[4];
  // X استفعال → مستفعل (استهداف → مستهدف)
  if (l.length === 7 && w.startsWith('است') && l[5] === 'ا') return 'مست' + l[3] + l[4] + l[6];
  // VIII افتعال → مفتعل (احتجاز → محتجز، اعتقال → معتقل); ت (or its assimilated ط/د) third
  if (l.length === 6 && l[0] === 'ا' && 'تطد'.includes(l[2]) && l[4] === 'ا' && !'اوي'.includes(l[1])) return 'م' + l[1] + l[2] + l[3] + l[5];
  return undefined;
}

/**
 * The «object + participle» forms of a two-word construct «verbal noun + definite object» (none
 * otherwise): the participle with ال, as its object, and each agreement ending.
 */
export function participlePhrases(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  if (words.length !== 2) return [];
  const [noun, object] = words;
  // Only a construct «noun + definite object» (تجميد الأصول): a definite first word or an indefinite
  // second one is a noun and its adjective (التصعيد العسكري، تصعيد خطير), no act and object.
  if (normalizeArabic(noun).startsWith('ال') || !normalizeArabic(object).startsWith('ال')) return [];
  const part = participleOf(noun);
  return part ? ENDINGS.map((e) => `${object} ال${part}${e}`) : [];
}

/**
 * A concept's names and phrasings with their participle forms added after them (each once, the
 * curated first). A derived name that `taken` says another concept names is left out.
 */
export function withNameForms(c: { names: string[]; phrases: string[] }, taken: (name: string) => boolean = () => false): { names: string[]; phrases: string[] } {
  const names = [...new Set([...c.names, ...c.names.flatMap(participlePhrases).filter((n) => !taken(n))])];
  const phrases = [...new Set([...c.phrases, ...c.phrases.flatMap(participlePhrases)])].filter((p) => !names.includes(p));
  return { names, phrases };
}
