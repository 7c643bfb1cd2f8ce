// «الحرب الروسية الأوكرانية | واشنطن تقترح هدنة …» (thirty-ninth round, at the merge): a tag before the headline on its
// line names the story's topic, not the site — its content words are the story's own: two of them at least, and half,
// open words of the headline or the lead (after a clitic «و/ب/ل/ف», the nisba's «ية/ي/ة» and the article dropped:
// «الروسية» → «روس» opens «روسيا»). A site's name shares at most one word with a story about its town.
import { normalizeArabic } from '../arabic/normalize';

const stem = (word: string) => normalizeArabic(word).replace(/^ال/u, '').replace(/(?:يه|ية|ي|ه|ة)$/u, '');

/** `name`, printed before the headline, is a tag of the story `story` (the headline and the lead). */
export function isTopicTag(name: string, story: string, functionWords: ReadonlySet<string>): boolean {
  const words = name.split(/\s+/).filter((w) => /^[\u0621-\u064A]{3,}$/u.test(w) && !functionWords.has(normalizeArabic(w))).map(stem).filter((w) => w.length >= 3);
  if (words.length < 2) return false;
  const told = story.split(/[^\u0621-\u064A]+/u).filter((w) => w.length >= 3).map((w) => normalizeArabic(w).replace(/^(?:و|ف|ب|ل)(?=.{3})/u, '').replace(/^ال/u, ''));
  const found = words.filter((w) => told.some((t) => t.startsWith(w))).length;
  return found >= 2 && found * 2 >= words.length;
}
