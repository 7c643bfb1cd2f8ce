// What a sentence only wishes, threatens, studies, supposes, cancels or declines states nothing
// (README convention 6), nor does a trigger word that names a game or a trade; and the words whose
// object is not the doer of a directed relation nor the target of an accusation. The words are data:
// `modality` in content/relation-patterns.yaml (session 47). extract.ts asks these beside its `hedges`.
import type { RelationPatternsData } from '../data/schemas';
import type { ReadSentence } from './roles';
import { compilePhrase, PhraseSet } from './words';

export interface Modality {
  /** Inside a match or up to two words before it, or before the «أن» that opens its clause. */
  near: PhraseSet;
  /** Up to `reach` words back in the match's clause, or before the «أن» that opens it. */
  far: PhraseSet;
  /** A condition within `afterReach` words after the match, in its clause. */
  after: PhraseSet;
  afterReach: number;
  /** A word right before a condition word that makes it no condition («ما إذا»: whether). */
  unlessBefore: PhraseSet;
  notDoerAfter: PhraseSet;
  /** A group after one of these is inside the reason given («بتهمة تزويد روسيا»): no doer's target. */
  reasons: PhraseSet;
  notTargetAfter: PhraseSet;
  /** A charge opens on this proclitic («باستخدام»): a group after it is inside the charge. */
  chargePrefix: string | null;
  /** Adverbs on that proclitic that open no charge («بشدة», «بشكل مباشر»). */
  notCharge: PhraseSet;
  /** Words before a charge that name no accused («ما وصفته بالعدوان …»). */
  notAccused: PhraseSet;
  /** Verbs whose first object is the accused («اتهمت فيه الجيش الروسي باستخدام …», «وتُتهم موسكو بترحيل …»). */
  chargeVerbs: PhraseSet;
  /** After «كان», what was to happen and did not («وكان من المفترض أن يلتقي …»). */
  wasTo: PhraseSet;
  /** Nouns whose nisba names no party («وسائل إعلام بريطانية»): merged into the topic nouns. */
  holders: string[];
}

const phrases = (list: string[]) => new PhraseSet(list.map((w) => compilePhrase(w)));

export function compileModality(data: RelationPatternsData['modality']): Modality {
  return {
    near: phrases(data.near.flat()),
    far: phrases(data.far),
    after: phrases(data.after.words),
    afterReach: data.after.reach,
    unlessBefore: phrases(data.after.unless_before),
    notDoerAfter: phrases(data.not_doer_after),
    reasons: phrases(data.reasons),
    notTargetAfter: phrases([...data.not_target_after, ...data.reason_after]),
    chargePrefix: data.charge_prefix ?? null,
    notCharge: phrases(data.not_charge),
    notAccused: phrases(data.not_accused),
    chargeVerbs: phrases(data.charge_verbs),
    wasTo: phrases(data.was_to),
    holders: data.holders,
  };
}

/** The hedge lists a modality check reads: this section's and the main `hedges` / `hedges_far`. */
export interface HedgeLists {
  modality: Modality;
  hedges: PhraseSet;
  hedgesFar: { reach: number; words: PhraseSet };
  complements: PhraseSet;
  /** The verb classes' words: a condition after a match hedges it only when the match holds one. */
  verbWords: PhraseSet;
}

const wordAt = (rs: ReadSentence, item: number): number | null => {
  const it = rs.items[item];
  return it?.kind === 'word' ? it.index : null;
};

/** A word of `set` at token t that the match did not itself use («لمّ شمل» is no «لم»). */
const hedgeAt = (rs: ReadSentence, set: PhraseSet, t: number, used: number[]) => {
  const len = rs.wordsAt(set, t);
  for (let d = 0; d < len; d++) if (!used.includes(t + d)) return true;
  return false;
};

/**
 * Is the match (items `from`…`to`, rule words `used`) only wished, threatened, studied, supposed,
 * cancelled or declined? Its own words and the two before it; the far words back in its clause; the
 * words before the «أن» that opens its clause («دون أن يلتقي», «يطمح … إلى أن تقوم …»); a condition
 * right after it («سيلتقي زيلينسكي في حال …»).
 */
export function modalHedged(rs: ReadSentence, from: number, to: number, used: number[], lists: HedgeLists): boolean {
  const { modality: m } = lists;
  // Near: inside the match and up to two plain words before it.
  let start = from;
  for (let n = 0; n < 2 && start > 0 && rs.items[start - 1].kind === 'word'; n++) start--;
  for (let i = start; i <= to; i++) {
    const it = rs.items[i];
    if (it.kind === 'word' && hedgeAt(rs, m.near, it.index, used)) return true;
  }
  // Far: back in the clause.
  let i = from - 1;
  for (let n = 0; i >= 0 && rs.items[i].kind !== 'cut'; i--, n++) {
    const w = wordAt(rs, i);
    if (n < lists.hedgesFar.reach && w !== null && rs.wordsAt(m.far, w)) return true;
  }
  // Before the «أن» that opens the clause: what a wish, a refusal or «دون» governs — when the match is the
  // clause's predicate (it opens the clause), or comes right after its verb as a party or an indefinite noun, a
  // new event («يأمل أن يستضيف لقاءً بين …», «أن تقوم بريكس بدور الوسيط»); not definite talks, which are there
  // already («تأمل أن تؤدي المفاوضات الجارية بين …»).
  const cut = rs.items[i];
  const object = wordAt(rs, from);
  const governed = from === i + 1 || (from === i + 2 && wordAt(rs, i + 1) !== null && (object === null || !/^(ال|وال|فال)/.test(rs.tokens[object].norm)));
  if (governed && cut?.kind === 'cut' && cut.word !== null && rs.wordsAt(lists.complements, cut.word, 'bare')) {
    let k = i - 1;
    for (let n = 0; k >= 0 && rs.items[k].kind !== 'cut' && n < lists.hedgesFar.reach; k--, n++) {
      const w = wordAt(rs, k);
      if (w === null) continue;
      const near = n < 2 && (rs.wordsAt(m.near, w) || rs.wordsAt(lists.hedges, w));
      if (near || rs.wordsAt(m.far, w) || rs.wordsAt(lists.hedgesFar.words, w)) return true;
    }
    // «وكان من المفترض أن يلتقي …» («كان» is a clause cut of its own): what was to happen, in the past, did not; the
    // same words without «كان» schedule it («ومن المفترض أن يلتقي …»).
    const was = rs.items[k];
    if (was?.kind === 'cut' && was.word !== null && /^[وف]?كان(ت)?$/.test(rs.tokens[was.word].norm) && k + 1 < i) {
      const w = wordAt(rs, k + 1);
      if (w !== null && rs.wordsAt(m.wasTo, w)) return true;
    }
  }
  // After: a condition within a few words after a match that holds a verb, in its clause.
  if (!used.some((t) => rs.wordsAt(lists.verbWords, t) > 0)) return false;
  for (let k = to + 1, n = 0; k < rs.items.length && rs.items[k].kind !== 'cut' && n < m.afterReach; k++, n++) {
    const w = wordAt(rs, k);
    if (w === null || !rs.wordsAt(m.after, w)) continue;
    const before = wordAt(rs, k - 1);
    if (before !== null && rs.wordsAt(m.unlessBefore, before, 'bare')) continue;
    return true;
  }
  return false;
}

/**
 * May a group at item `at` fill a doer, a target or an accused slot when the items `from`…`at-1` were
 * skipped to reach it? Not after a word whose object it is («عقوبات جديدة تستهدف البنوك الروسية» names no
 * doer; «بتهمة تزويد روسيا» no target; «مرتزقة يقاتلون إلى جانب أوكرانيا» no accused), nor, for a target, inside the charge that follows the accused («اتهم لافروف
 * الغرب باستخدام أوكرانيا»: the charge opens on «ب»). `free`: time and title words a gap skips (apposition).
 */
export function objectOfSkipped(rs: ReadSentence, m: Modality, role: 'doer' | 'target' | 'accused', from: number, at: number, free: PhraseSet): boolean {
  // The accused named by a noun first («الغرب», «شركات غربية»), then its charge on «ب»: a group after that is
  // inside the charge. A «ب» word first is the condemned act itself («ندد الاتحاد بالهجوم الروسي»: its doer
  // follows), and so is one after «ما وصفته» (`not_accused`: «أدانت … ما وصفته بالعدوان الروسي»).
  // The accused named by a group right after a charging verb (maybe behind «فيه»): its charge follows on «ب» too
  // («واتهمت فيه الجيش الروسي باستخدام صواريخ كورية شمالية», «وتُتهم موسكو بترحيل الأطفال الأوكرانيين»).
  let accusedNoun = role === 'accused' && rs.items[from - 1]?.kind === 'group' && chargedBy(rs, m, from - 2);
  for (let k = from; k < at; k++) {
    const w = wordAt(rs, k);
    if (w === null) continue;
    if (role === 'doer') {
      if (rs.wordsAt(m.notDoerAfter, w)) return true;
      continue;
    }
    if (rs.wordsAt(m.reasons, w)) return true;
    if (role === 'target') continue;
    if (rs.wordsAt(m.notTargetAfter, w)) return true;
    if (rs.wordsAt(free, w) || rs.wordsAt(m.notCharge, w)) continue;
    const norm = rs.tokens[w].norm;
    if (m.chargePrefix && norm.startsWith(m.chargePrefix) && norm.length > 3) {
      if (accusedNoun) return true;
    } else if (!rs.wordsAt(m.notAccused, w)) accusedNoun = true;
  }
  return false;
}

/** Is the word at item `i`, or the one before it when `i` is «فيه/فيها», a verb whose object is the accused? */
function chargedBy(rs: ReadSentence, m: Modality, i: number): boolean {
  for (let k = i, n = 0; k >= 0 && n < 2; k--, n++) {
    const w = wordAt(rs, k);
    if (w === null) return false;
    if (rs.wordsAt(m.chargeVerbs, w)) return true;
    if (!/^(فيه|فيها|فيهما)$/.test(rs.tokens[w].norm)) return false;
  }
  return false;
}
