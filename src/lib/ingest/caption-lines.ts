// A picture's caption over a lead without headline, read as no headline (thirty-fourth session, 13p:
// a fresh probe of real pages took both shapes below for the headline; the title was then a
// caption's words and the caption stayed in the output).
import { lexKey } from './boilerplate';

/** A line's words as lexicon keys, punctuation dropped («بوتين،» → «بوتين»). */
const keyWords = (text: string): string[] => lexKey(text).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

/**
 * «صورة تعبيرية ترمز …», «صورة أرشيفية لـ …»: a line opening with a stock picture's label
 * (`captionOpeners`, lexicon keys) describes the picture; a headline never opens so (a headline
 * about a picture, «صورة لبوتين في …», opens with «صورة» alone and is kept).
 */
export function opensAsCaption(text: string, openers: readonly string[]): boolean {
  const key = ` ${keyWords(text).join(' ')} `;
  return openers.some((o) => key.startsWith(` ${o} `));
}

/**
 * «الرئيس الروسي فلاديمير بوتين» over «وصف الرئيس الروسي فلاديمير بوتين صناعة …»: a name of three to
 * five words — no function word (`functionWords`: a headline's «على», «في» say what happens), no
 * colon, question or exclamation mark — that the lead's first line prints whole, word for word in a
 * row, is the picture's caption naming the story's subject. A headline says what happened and the
 * lead retells it in other words: no headline of three to six words of any labelled set (55 pages)
 * nor of the spent real probes (26) is printed whole in its lead; a headline of that shape that is a
 * statement («هدنة الشتاء على الطاولة» in «وضعت هدنة الشتاء على الطاولة مجددا …») holds a function word.
 */
export function printedWholeInLead(text: string, lead: string | undefined, functionWords: ReadonlySet<string>): boolean {
  if (!lead || /[:：؟?!]/u.test(text)) return false;
  const words = keyWords(text);
  if (words.length < 3 || words.length > 5 || words.some((w) => functionWords.has(w))) return false;
  return ` ${leadKey(lead)} `.includes(` ${words.join(' ')} `);
}

// Every headline candidate of a page is compared with the same lead: its words are keyed once (the
// cache holds the last lead only and is a pure function of it).
let lastLead: { text: string; key: string } | undefined;
function leadKey(lead: string): string {
  if (lastLead?.text !== lead) lastLead = { text: lead, key: keyWords(lead).join(' ') };
  return lastLead.key;
}
