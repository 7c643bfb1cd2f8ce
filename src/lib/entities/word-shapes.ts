// Word-shape rules of the people discoverer. Transliterated names and Arabic personal names
// rarely take the morphology of Arabic common nouns, verbal nouns and verbs, so these shapes
// end (or refuse) a name. Each rule is measured against every person name of the dictionary
// (docs/entities.md, "Shape rules"). Pure functions of one word.
import type { Token } from '../arabic';

// C = a consonant (not a long vowel ا و ي).
const C = '[^اوي]';
const NOUN_SHAPES: RegExp[] = [
  new RegExp(`^ت${C}${C}ي${C}$`), // تفعيل: تقديم، تنفيذ
  /^ا[^و].ا.$/, // إفعال: إرسال، إطلاق
  new RegExp(`^ا${C}ت${C}ا${C}$`), // افتعال: احترام، انتخاب، اعتقال
  new RegExp(`^ان${C}${C}ا${C}$`), // انفعال: انسحاب، انضمام
  new RegExp(`^است${C}${C}ا${C}$`), // استفعال: استمرار، استقرار
  new RegExp(`^م${C}ا${C}${C}ه$`), // مفاعلة: مساعدة، مشاركة، معارضة
  new RegExp(`^م${C}ا${C}ي?${C}$`), // مفاعل / مفاعيل: مصادر، مناطق، مشاريع
  new RegExp(`^[^ا]${C}اء${C}$`), // فعائل: وسائل، رسائل، مسائل
  new RegExp(`^ت${C}ا${C}ي${C}$`), // تفاعيل: تقارير، تفاصيل، تصاريح
];

/**
 * Word shapes that are Arabic common nouns, not personal names: verbal nouns (تقديم، إرسال،
 * احترام، انسحاب، استمرار، مساعدة), broken plurals (مصادر، وسائل), sound feminine
 * plurals (ضمانات) and feminine nouns with a possessive pronoun (بلديتها، حكومتهم).
 */
export function looksLikeCommonNoun(norm: string): boolean {
  if (norm.length >= 5 && norm.endsWith('ات')) return true;
  // A feminine noun with a possessive pronoun («رئيس بلديتها», «حكومتهم»): its ة shows as ت.
  if (/^.{2,}ت(?:ها|هم|هما|هن|نا)$/.test(norm)) return true;
  return NOUN_SHAPES.some((re) => re.test(norm));
}

/** فعلت: a perfect verb with the feminine ت (جمّدت) — or, after a first name, a family name (عصمت، رأفت، مدحت). */
export const FEMININE_PERFECT = /^[^اوي]{3}ت$/;

const VERB_SHAPES: RegExp[] = [
  new RegExp(`^[يتن]ت${C}${C}${C}$`), // تفعّل: يتحدث، تتوقع
  new RegExp(`^[يتن]ت${C}ا[^ا]${C}$`), // تفاعل: يتفاوض، تتابع
  new RegExp(`^[يتن]${C}ت${C}${C}$`), // افتعل: يعتبر، ينتظر
  new RegExp(`^[يتن]${C}تا${C}$`), // افتعل (hollow): يحتاج، تحتاج
  new RegExp(`^[يتن]ن${C}${C}${C}$`), // انفعل: ينسحب
  new RegExp(`^[يتن]ست${C}[^ا]${C}?$`), // استفعل: يستعد، تستمر، يستخدم
];

/**
 * Imperfect verbs. `short`: the bare four-letter shape (تظهر، يجري، نعمل: prefix + three
 * consonants), which ترمب also has, so it is only used right after a role. The derived-form
 * shapes (يتحدث، يحتاج، تستمر، ينسحب, with or without future س) are used everywhere.
 */
export function looksLikeVerb(norm: string, opts: { short?: boolean } = { short: true }): boolean {
  if (opts.short !== false && /^[يتن][^اوي][^اوي][^ا]$/.test(norm)) return true;
  // A perfect verb with the feminine ت (جمّدت، رفضت): no person name of the dictionary has this shape
  // as a first word (after a first name it may be a family name: محمود عصمت; discover.ts reads that).
  if (FEMININE_PERFECT.test(norm)) return true;
  // A perfect verb of a doubled root, its shadda unwritten (جدّد، شدّد، حدّد، هدّد): no name token of the
  // dictionary or the labelled parts has three letters ending in a doubled one (session 47, y-dev yd24).
  if (/^[^اوي]([^اوي])\1$/.test(norm)) return true;
  // A perfect استفعل (استقبل، استعرض، استهدف; hollow استعاد، استقال): no name of the dictionary or the
  // labelled parts opens with است and three consonants (session 47 at the merge, x-aside xa06 xa13:
  // «زياد علي فاضل استقبل»).
  if (/^است[^اوي](?:[^اوي]|ا)[^اوي]$/.test(norm)) return true;
  const stem = norm.length >= 6 && /^س[يتن]/.test(norm) ? norm.slice(1) : norm;
  return VERB_SHAPES.some((re) => re.test(stem));
}

/**
 * A preposition clitic (بـ لـ كـ) on a common word: «بشكل», «لدعم», «بتقديم», «بصورة». The stem
 * is a bare triliteral (three consonants), a common-noun shape, a stopword, or a feminine noun
 * in ة. Names that start with these letters (بوتين، لافروف، كروسيتو، بشار) keep a long vowel.
 */
export function looksLikePrepositionPhrase(text: string, norm: string, stopwords?: Set<string>): boolean {
  const m = /^[وف]?([بلك])(.{3,})$/.exec(norm);
  if (!m) return false;
  const stem = m[2];
  if (new RegExp(`^${C}{3}$`).test(stem)) return true;
  // بـ/لـ + a feminine noun (بصورة، لفترة); not كـ: family names start with ك and end in ة (كتانة).
  if (m[1] !== 'ك' && /ة$/.test(text) && stem.length >= 3) return true;
  return looksLikeCommonNoun(stem) || !!stopwords?.has(stem);
}

/**
 * Adverbs: tanwin written (رسمياً، مجدداً), nisba adverbs (رسميا، فعليا، مبدئيا) and participle
 * adverbs (مجددا، مؤخرا، مسبقا). Female names in ـا (ماريا، يوليا، كامالا) keep a long vowel inside.
 */
export function looksLikeAdverb(text: string, norm: string): boolean {
  if (/ً$/.test(text) || /اً$/.test(text)) return true;
  return new RegExp(`^${C}{3,4}يا$`).test(norm) || new RegExp(`^م${C}{3}ا$`).test(norm);
}

/** Adjectives and abstract nouns in ـية (سياسية، أفريقية، الدولية): never a name token. */
export function looksLikeNisbaNoun(text: string): boolean {
  return /[^\s]{2,}ية$/.test(text);
}

export type ShapeRule = 'tatweel' | 'noun' | 'nisba' | 'adverb' | 'preposition' | 'verb';

/**
 * Which shape rule, if any, says this token is a common word rather than (part of) a name at
 * this position of a name. Shapes are tried on the word and on it without a leading و/ف
 * (واحترام، ويحتاج). Used by the discoverer; exported so the rules can be measured against
 * the names of the dictionary.
 */
export function commonWordShape(t: Pick<Token, 'text' | 'norm'>, position: number, stopwords?: Set<string>): ShapeRule | null {
  // A detached clitic or article written with tatweel (الـ، بـ) is not a word of a name.
  if (t.text.includes('ـ')) return 'tatweel';
  const forms = [t.norm];
  if (/^[وف].{4,}$/.test(t.norm)) forms.push(t.norm.slice(1));
  const text = t.text.replace(/^[وف](?=.{4,}$)/, '');
  if (forms.some(looksLikeCommonNoun)) return 'noun';
  // إفعالة of a hollow root (إعادة، إقامة، إشارة) opening a name: a verbal noun. Only first: the family
  // name أباظة has the shape; أسامة is a listed first name (session 10).
  if (position === 0 && /^ا.ا.ه$/.test(forms[forms.length - 1])) return 'noun';
  if (looksLikeNisbaNoun(t.text)) return 'nisba';
  if (forms.some((f, k) => looksLikeAdverb(k ? text : t.text, f))) return 'adverb';
  // «قال بشكل واضح», «أكد لدعم…»: a preposition glued to a common word.
  if (looksLikePrepositionPhrase(t.text, t.norm, stopwords)) return 'preposition';
  // Right after a role or verb, a verb shape is the verb of the sentence («وزير الدفاع الفرنسي
  // تظهر…»); later positions only refuse the derived-form shapes: ترمب has the bare four-letter shape.
  if (forms.some((f, k) => looksLikeVerb(f, { short: position === 0 && k === 0 }))) return 'verb';
  return null;
}
