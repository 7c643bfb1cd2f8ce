// Measure I's verbal nouns and the verb forms a page writes, for the corpus's confirmation (issue 15, thirty-ninth pass,
// session 47, 15b). Measures II–X have one verbal noun each, which corpusDerivations.ts reads by template; measure I has
// many (قصف، منع، عبور، هبوط، قبول), so no template tells which noun a verb takes — but the news's commonest two shapes
// are regular enough for the corpus to decide, as it decides II–X: فَعْل (قصف ↔ قصفت، منع ↔ منعوا، حظر ↔ حظرت) and فُعول
// (عبور ↔ عبرت، هبوط ↔ هبطوا). Only the past with an ending is written (root + ت، وا، تا): the bare past is the noun's
// own letters, and a present's prefix makes V's and VI's nouns (تقدم ← قدم، تبادل) and names (يزيد) of other words.
// The evidence, from the corpus alone (no list):
// - the noun is seen with the article (a noun's: «القصف», «المنع»): three letters never so written are a verb or a name;
// - a فعول whose three letters the corpus writes with the article is a broken plural (حدود of «الحد», عقود of «العقد»,
//   دروس of «الدرس»), not a verbal noun.
// Sound letters only (no ا و ي ء ه), as the templates: a weak or hamzated root writes its past otherwise (نفت، لجأوا).
import type { CorpusVocabulary } from './corpusPlurals';

const SOUND = '[^اويءهى]';
const FAL = new RegExp(`^(${SOUND})(${SOUND})(${SOUND})$`);
const FUUL = new RegExp(`^(${SOUND})(${SOUND})و(${SOUND})$`);
/** The past with an ending: she (قصفت), they (قصفوا), they two (قصفتا). */
const PAST_ENDINGS = ['ت', 'وا', 'تا'];

/** The root of a measure I verbal noun of the shapes read here, or null. */
export function measureOneRoot(noun: string): string | null {
  const m = FAL.exec(noun) ?? FUUL.exec(noun);
  if (!m || m[1] === m[2] || m[2] === m[3]) return null; // a doubled root writes its past otherwise (ضخت، مدوا)
  return m[1] + m[2] + m[3];
}

/** The past forms with an ending of a measure I verbal noun (قصف → قصفت، قصفوا، قصفتا; عبور → عبرت، عبروا، عبرتا). */
export function measureOneForms(noun: string): string[] {
  const root = measureOneRoot(noun);
  return root ? PAST_ENDINGS.map((e) => root + e) : [];
}

/** Whether the corpus reads the noun as measure I's verbal noun: seen with the article, and no فعول plural of its root. */
export function measureOneNoun(noun: string, vocab: Pick<CorpusVocabulary, 'withArticle'>): boolean {
  const root = measureOneRoot(noun);
  if (!root || !vocab.withArticle.has(noun)) return false;
  return noun === root || !vocab.withArticle.has(root);
}
