// Word forms by pattern, for the words no family of the data holds (content/word-forms.yaml,
// content/search-forms.yaml decide first): a feminine sound plural and its singular (غارات ↔
// غارة) and the verbs of measures VII, VIII and X and their verbal noun (انسحبت/ينسحب ↔
// انسحاب، ارتفعت ↔ ارتفاع، استهدفوا ↔ استهداف). Only shapes that are hard to mistake are read:
// sound roots (no ا و ي ء among the three letters, no doubled letter), and the ت/ن/است that
// mark those measures. Precision is measured on the pairs the patterns join in real text
// (scripts/score-word-patterns.ts); a word the data lists as standing alone is left alone.
import type { KeyContext } from './keys';

type Ctx = Pick<KeyContext, 'known' | 'families'>;

/** A feminine sound plural keeps at least this many letters before its ات (غارات → غار). */
const MIN_PLURAL_BASE = 3;
const WEAK = new Set(['ا', 'و', 'ي', 'ء']);

const sound = (letters: string[]) => letters.every((l) => !WEAK.has(l)) && letters[1] !== letters[2];

/**
 * The verbal noun a VII, VIII or X verb form stands for: past (انسحب، انسحبت، انسحبوا), present
 * and future (ينسحب، تنسحب، ينسحبون، سينسحب) → انسحاب; VIII ارتفع → ارتفاع; X استهدف → استهداف.
 * The noun itself returns undefined (it is its own key).
 */
export function verbalNounOf(stem: string): string | undefined {
  let w = stem;
  if (w.startsWith('س') && /^س[يت]/.test(w) && w.length >= 6) w = w.slice(1); // future سـ
  if (w.endsWith('وا') || w.endsWith('ون')) w = w.slice(0, -2);
  else if (w.endsWith('ت') && w.startsWith('ا')) w = w.slice(0, -1); // past, 3rd feminine
  if (/^[يت]/.test(w)) w = 'ا' + w.slice(1); // present: the person prefix in place of the ا
  if (!w.startsWith('ا')) return undefined;
  // X: است + three letters.
  if (w.length === 6 && w.startsWith('است') && sound([...w.slice(3)])) return w.slice(0, 5) + 'ا' + w[5];
  if (w.length !== 5) return undefined;
  const l = [...w];
  // VII: ان + three letters; VIII: the root's first letter, then ت.
  const root = l[1] === 'ن' ? [l[2], l[3], l[4]] : l[2] === 'ت' ? [l[1], l[3], l[4]] : null;
  if (!root || !sound(root)) return undefined;
  return w.slice(0, 4) + 'ا' + w[4];
}

/** A VII/VIII/X verbal noun (انسحاب، ارتفاع، استهداف): its plural in ات is its own, not a ة word's. */
const isVerbalNoun = (w: string) => (w.length === 6 && w[0] === 'ا' && w[4] === 'ا' && verbalNounOf(w.slice(0, 4) + w[5]) === w) || (w.length === 7 && w.startsWith('است') && w[5] === 'ا' && verbalNounOf(w.slice(0, 5) + w[6]) === w);

/**
 * The singular a word in ات stands for by pattern: غارات → غارة (ه once normalised); a verbal
 * noun's plural → the noun (انتهاكات → انتهاك، استثمارات → استثمار).
 */
export function femininePluralBase(stem: string, ctx: Ctx): string | undefined {
  if (!stem.endsWith('ات') || stem.length - 2 < MIN_PLURAL_BASE) return undefined;
  if (ctx.families.has(stem) || ctx.known.has(stem)) return undefined;
  const base = stem.slice(0, -2);
  return isVerbalNoun(base) ? base : base + 'ه';
}

/** What a word outside the data's families stands for by pattern (its family stem), if anything. */
export function patternFamily(stem: string, ctx: Ctx): string | undefined {
  if (ctx.families.has(stem) || ctx.known.has(stem)) return undefined;
  const plural = femininePluralBase(stem, ctx);
  if (plural) return ctx.families.get(plural) ?? plural;
  const noun = verbalNounOf(stem);
  return noun ? (ctx.families.get(noun) ?? noun) : undefined;
}
