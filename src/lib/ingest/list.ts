// Lists inside a story (twenty-eighth round, real pages): «تندرج البنود تحت أربعة محاور:» over «ضمانات
// أمنية.» / «الأمن في أوروبا.», and «واستعرضت الوزارة الإجراءات كالتالي:-» over dash items. The items are
// too short to read as prose and the lead-in lacks a full stop, so the body reader took them for
// sub-headings without prose under them and dropped them; the colon is the signal they belong to the story.
import { nextNonBlank, type ClassifiedLine } from './classify';
import { ordinalOf } from './numbered-list';

/** A paragraph closed by a colon (a dash may follow it: «:-»): it announces what follows. */
export const announcesList = (text: string): boolean => /[:：]\s*[-–]?\s*$/u.test(text);

/** Words a list item has at most (a longer line is prose or a headline). */
const MAX_ITEM_WORDS = 12;

/** «ضمانات أمنية.»: a short line closed by a full stop — an item, when a colon announced the list. */
export function isListItem(l: ClassifiedLine): boolean {
  return l.words <= MAX_ITEM_WORDS && /[.!؟?]\s*$/u.test(l.text);
}

/**
 * «واستعرضت وزارة الشئون النيابية إجراءات الانعقاد كالتالي:-» over «- يعقد المجلس …»: a line that goes on
 * from the story («و…», `storyContinuations`) and closes on a colon, over a list's first item (a bullet or
 * a sentence, or a quotation a short line opens: «وجاء في البيان:») — the list's lead-in, part of the story.
 */
export function listLeadIn(lines: ClassifiedLine[], i: number, continuesStory: (text: string) => boolean): boolean {
  const l = lines[i];
  if (!announcesList(l.text) || !continuesStory(l.text)) return false;
  const first = nextNonBlank(lines, i);
  // A numbered list's first item «١) …» too (forty-second round).
  return !!first && (first.bullet || first.kind === 'body' || opensQuotation(first.text) || ordinalOf(first.text) === 1);
}

/**
 * «وفي ما يلي نص كلمة الملك:» over «"بسم الله الرحمن الرحيم» / «أصحاب المعالي،» (thirty-eighth round, real
 * pages): a speech or a statement a paragraph announces with a colon, opened by a quotation mark its line does
 * not close. Its salutations are short lines closed by a comma that the body reader took for sub-headings
 * without prose; they are the quoted text's, kept until a line closes the quotation.
 */
export const opensQuotation = (text: string): boolean => /^\s*[«"“]/u.test(text) && !closesQuotation(text.trim().slice(1));
/** A closing quotation mark on the line. */
export const closesQuotation = (text: string): boolean => /[»”]|"/u.test(text);
