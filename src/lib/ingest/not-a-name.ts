// Shapes a site's name never has (thirty-fifth round, merged), asked of a span cut beside the headline before it is
// read as the site's name in a title bar: «رقم الخبر: 48213» (a label, a colon, a number: an article's or an
// issue's number), «مُحدَّث 14:20» (the template's update mark, `headlineFurniture.updateMarks`, with its time); and
// the name's part of a site line that also prints the date («بارق اليوم · 8 ديسمبر 2027»).

/** «رقم الخبر: 48213», «ID: 552», «العدد 1234»: words, maybe a colon, then only figures. */
export function isLabelledNumber(text: string): boolean {
  const m = /^([^\d٠-٩:：]+?)\s*[:：]?\s*([0-9٠-٩][0-9٠-٩\s:./\-]*)$/u.exec(text.trim());
  if (!m) return false;
  const words = m[1].trim().split(/\s+/u).filter(Boolean);
  // A label is one to three words; a name with a figure in it («Radio 2000», «قناة 24») has no colon and is left.
  return words.length >= 1 && words.length <= 3 && /[:：]/u.test(text);
}

/** Brackets of any script around a mark: «(محدث)», «‹ محدّث ›», «【محدث】». */
const BRACKETS = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/gu;

/**
 * «مُحدَّث», «تحديث 14:20», «‹ 🔄 محدّث ›», «Updated 10:05»: the words are an update mark (`headlineFurniture.updateMarks`).
 * The one reading of it (thirty-sixth round): the tokens that hold a letter, brackets of any script dropped, read by key
 * (diacritics never hide it); figures, colons, symbols and emoji beside the mark are its furniture, never its words.
 * Asked by headline-sides.ts (the mark cut from the headline's line) and own-site.ts (never a title bar's name).
 */
export function isUpdateMark(text: string, marks: ReadonlySet<string> | undefined, key: (s: string) => string): boolean {
  if (!marks?.size) return false;
  const words = text.replace(BRACKETS, ' ').split(/\s+/u).filter((t) => /\p{L}/u.test(t) && !t.startsWith('#'));
  return words.length > 0 && marks.has(key(words.join(' ')));
}

/** A spaced separator a copy's site line puts between the name and the date. */
const LINE_SEPARATOR = /\s+[·•|｜–—-]\s+/u;
/** A name is at most this many words. */
const MAX_NAME_WORDS = 4;

/** «بارق اليوم · 8 ديسمبر 2027» → «بارق اليوم»: the part without figures that holds the spelled words, else undefined. */
export function namePartBesideDate(text: string, spelled: string, functionWord: (w: string) => boolean = () => false): string | undefined {
  const parts = text.split(LINE_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2 || !parts.some((p) => /[0-9٠-٩]/u.test(p))) return undefined;
  const part = parts.find((p) => p.includes(spelled) && !/[0-9٠-٩©]/u.test(p));
  const words = part?.split(/\s+/u) ?? [];
  // «تابعوا NAME على …» is a prompt, never a name's whole: a function word anywhere leaves the spelled words alone.
  return part && words.length <= MAX_NAME_WORDS && !words.some(functionWord) ? part : undefined;
}
