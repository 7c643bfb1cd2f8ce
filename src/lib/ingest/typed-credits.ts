// Forty-first round (session 44, 13k): three shapes the rules did not read, each by the words a real page prints.
//
// 1. A dateline's credit that says what it is (`wireTypeOpeners`: «وكالة», «شبكة»): «عمّان – شبكة مدى الساحل
//    الإخبارية – وزير الخارجية …». The lists do not know the name, the lead may open with a noun, and a reporter
//    stands in the same slot — but no reporter is called «شبكة …»: the type word vouches for the name as an agency,
//    up to six words («شبكة NAME للأنباء»). Closed by a separator only: «كييف - شبكة النقل الكهربائي … تعرضت»
//    is the lead's subject.
// 2. A press-release distributor's tag (`releaseWires`: «SeaPRwire», «بزنس واير» …) at the lead's head, alone or
//    after a place and date: «(SeaPRwire) – أعلنت شركة …». The distributor carries a company's text; it is
//    neither the story's agency nor its outlet, and the tag is never the story's first words.
// 3. A photo caption naming who stands in the picture, between paragraphs: «الرئيس الجزائري ونظيره الروسي في
//    قصر الكرملين», «وزير الخارجية الأوكراني لدى وصوله إلى مطار الرياض». No figure word, no credit; its shape is
//    a noun phrase (an office word first, `officeTitles`), a picture's phrase (`captionPhrases`: «ونظيره», «لدى
//    وصوله» …), at most twelve words and no closing stop. A sentence opening with «و» or a verb is the story's.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

const cache = new WeakMap<object, { types: Set<string>; release: Map<string, string>; titles: Set<string>; phrases: string[]; rounds: string[] }>();

function lists(lex: Lexicon) {
  let c = cache.get(lex.data as object);
  if (!c) {
    const d = lex.data;
    c = {
      types: new Set((d.wireTypeOpeners ?? []).map(lexKey)),
      release: new Map((d.releaseWires ?? []).map((w) => [lexKey(w), w])),
      titles: new Set((d.officeTitles ?? []).map(lexKey)),
      phrases: (d.captionPhrases ?? []).map(lexKey),
      rounds: (d.captionRoundPhrases ?? []).map(lexKey),
    };
    cache.set(lex.data as object, c);
  }
  return c;
}

/** «شبكة مدى الساحل الإخبارية»: a name of two to six words opening with a wire's type word, no digit. */
export function isTypedWire(name: string, lex: Lexicon): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || /\d/.test(name)) return false;
  return lists(lex).types.has(lexKey(words[0]));
}

/** The name is a press-release distributor's (`releaseWires`). */
export function isReleaseWire(name: string, lex: Lexicon): boolean {
  return lists(lex).release.has(lexKey(name.trim()));
}

// «(SeaPRwire) –», «/بزنس واير/ --»: the tag in brackets or slashes, then a dash, at the text's start.
const TAG = /^\s*[(/]\s*([^()/\n]{2,30}?)\s*[)/]\s*(?:--|[-–—ـ:])?\s*/u;

/** Characters a distributor's tag takes at the start of `text` (spaces after it included), or 0. */
export function releaseTagLength(text: string, lex: Lexicon): number {
  const first = text.trimStart()[0];
  if (first !== '(' && first !== '/') return 0;
  const m = TAG.exec(text);
  if (!m || !isReleaseWire(m[1], lex)) return 0;
  // Something must follow: a tag alone is no lead.
  return m[0].length < text.trimEnd().length ? m[0].length : 0;
}

const MAX_CAPTION_WORDS = 12;

/** A line between paragraphs that is a photo caption naming who is pictured (see above). */
export function isPictureCaption(text: string, lex: Lexicon): boolean {
  const t = text.trim();
  if (/[.!؟?:؛…"»”]\s*$/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 3 || words.length > MAX_CAPTION_WORDS) return false;
  const { titles, phrases, rounds } = lists(lex);
  if (!titles.has(lexKey(words[0]))) return false;
  const key = ` ${lexKey(t)} `;
  if (phrases.some((p) => key.includes(` ${p} `))) return true;
  // «السفير خلال جولته في …», «القنصل الروسي أثناء زيارته …»: the round right after the office word, or after it and its
  // nisba («الروسي», «الفرنسية»); a verb between («الوزير يؤكد خلال زيارته …») makes it a sub-heading's clause.
  const after = (n: number) => ` ${lexKey(words.slice(n).join(' '))} `;
  const nisba = words.length > 3 && /(?:ي|ية|يه)$/u.test(words[1]) && !/^[يتن]/u.test(words[1]);
  return rounds.some((p) => after(1).startsWith(` ${p} `) || (nisba && after(2).startsWith(` ${p} `)));
}

// A distributor's tag after a place or a date: «الرياض - (بزنس واير) - وقعت …», «أبوظبي، …، 30 أكتوبر 2028 (SeaPRwire) –».
const INNER_TAG = /(\s*[-–—ـ،,]?\s*)[(/]\s*([^()/\n]{2,30}?)\s*[)/](\s*(?:--|[-–—ـ:])?\s*)/gu;
const MAX_HEAD = 120;
const MAX_HEAD_WORDS = 10;

/**
 * The text with a press-release distributor's tag taken out of its head: `text` is what is left to read as a
 * dateline (the tag replaced by « - » after a place, or nothing when the tag opens the text); an offset from
 * `split` on in it is `origin` + (offset − `split`) in the printed text. Undefined when the head holds no tag.
 */
export function withoutReleaseTag(text: string, lex: Lexicon): { text: string; split: number; origin: number } | undefined {
  const head = text.slice(0, MAX_HEAD);
  if (!head.includes('(') && !head.includes('/')) return undefined;
  // Cheap gate (this runs on every line a dateline is looked for on): a distributor's name printed in the head, in the
  // one case distributors print it («SeaPRwire», «PRNewswire»).
  if (!(lex.data.releaseWires ?? []).some((n) => head.includes(n))) return undefined;
  INNER_TAG.lastIndex = 0;
  for (let m = INNER_TAG.exec(head); m; m = INNER_TAG.exec(head)) {
    if (!isReleaseWire(m[2], lex)) continue;
    const before = text.slice(0, m.index).trim();
    const after = text.slice(m.index + m[0].length);
    if (!after.trim()) return undefined;
    if (!before) return { text: after, split: 0, origin: m.index + m[0].length };
    // The tag closes a place and a date only: a sentence before it («… قالت الشركة (SeaPRwire)») is prose.
    if (/[.!؟?]/u.test(before) || before.split(/\s+/).length > MAX_HEAD_WORDS) return undefined;
    return { text: `${before} - ${after}`, split: before.length + 3, origin: m.index + m[0].length };
  }
  return undefined;
}
