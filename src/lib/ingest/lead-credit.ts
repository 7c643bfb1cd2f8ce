// The site's credit opening the lead by any separator, spaced or glued (forty-fourth round, session 47, helper 13r: a second
// probe of real pages — five sites print one of these shapes; docs/ingest.md «Forty-fourth round: a second real-page probe»):
//
// * a name closed by a site's own word («وطنا اليوم:أدى …», «الوكيل الإخباري-انطلقت …», «صدى الجنوب نيوز : طالبت …»,
//   «منبر برس/ أكد …»): the word that closes it (`outletShape.mastheadClosers`, `siteNameEndings`, `siteCreditClosers`)
//   says it is a site's name, so the separator may be any — a colon, a dash or a slash, spaced or glued to the story;
// * a credit word closed by a colon («متابعات: أكد …», «رصد:بحث …»): says how the story was gathered, names no one — cut;
// * one word no list knows, a colon, and the lead's verb («المسار : قال …»): the lead's dateline by grammar — cut; a
//   definite word no towns list holds is the site's name (forty-sixth round: content/dateline-towns.yaml closes the set
//   of definite-article towns), any other word a town the places data lacks as often as a name, so it names no one.
//
// Each runs where the dateline's other shapes (dateline-shapes.ts) found nothing; `unknownCredit` there reads the
// separators prose never holds («NAME/- …», «NAME:- …», «NAME// …»).
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { Dateline } from './dateline';
import type { NameLookup } from './names';
import { isCreditWord } from './names';
import { sourceKey } from '../data/keys';
import { normalizeArabic } from '../arabic/normalize';

/** A credit's separators at the head of the lead: «:», «:-», «/», «/-», «//», «|», or a run of dashes; spaced or glued. */
const SEPARATOR = String.raw`(?::[-–—ـ]*|\/\/|\/[-–—ـ]*|\||[-–—ـ]+)`;
/** Two or three words, the last of them the closer, then a separator and the story's first letter. */
const CLOSED_NAME = new RegExp(String.raw`^((?:[\p{L}\p{M}0-9]{2,} ){1,2}[\p{L}\p{M}0-9]{2,})\s*${SEPARATOR}\s*(?=[\p{L}"«“])`, 'u');
/** One or two words closed by a colon, spaced or glued. */
const COLON_WORDS = /^([\p{L}\p{M}]{2,}(?: [\p{L}\p{M}]{2,})?)\s*:\s*(?=[\p{L}"«“])/u;
/** One word, a colon, then the lead's first word. */
const ONE_WORD_COLON = /^([\p{L}\p{M}]{3,})\s*:\s*([\p{L}\p{M}]+)/u;

/** A story under the credit: this many words at least. */
const MIN_STORY_WORDS = 6;

const cache = new WeakMap<object, { closers: Set<string>; verbs: Set<string>; times: Set<string>; refused: Set<string> }>();
function lists(lex: Lexicon) {
  let hit = cache.get(lex.data);
  if (!hit) {
    const closers = [...(lex.data.outletShape?.mastheadClosers ?? []), ...(lex.data.siteNameEndings ?? []), ...(lex.data.siteCreditClosers ?? [])];
    hit = {
      closers: new Set(closers.map((w) => sourceKey(w))),
      verbs: new Set([...lex.data.leadVerbs, ...(lex.data.citingVerbs ?? [])].map(normalizeArabic)),
      times: new Set((lex.data.timeOfDayWords ?? []).map(lexKey)),
      refused: new Set([...(lex.data.officeTitles ?? []), ...(lex.data.nationalityWords ?? []), ...(lex.data.genericPageWords ?? []), ...(lex.data.officeWords ?? []),
        ...(lex.data.staffCredits ?? []), ...(lex.data.creditWords ?? []), ...(lex.data.storyPartLabels ?? []), ...(lex.data.sectionLabels ?? []).map((w) => (w.startsWith('ال') ? w : `ال${w}`))].map(lexKey)),
    };
    cache.set(lex.data, hit);
  }
  return hit;
}

const storyWords = (text: string, end: number) => text.slice(end).trim().split(/\s+/).filter(Boolean).length;

/**
 * Is `name` (two or three words) a site's name by the word that closes it, and no time, label, person or clause?
 * «صباح اليوم» is a time of day, «حتى اليوم» a clause, «فريق التحرير نيوز» nothing a page prints.
 */
export function closedSiteName(name: string, lex: Lexicon): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !lists(lex).closers.has(sourceKey(words[words.length - 1]))) return false;
  const head = words.slice(0, -1);
  const keys = head.map(lexKey);
  if (keys.some((k) => lex.functionWords.has(k) || lex.functionWords.has(normalizeArabic(k)) || lex.bylines.has(k) || lex.dates.lineWords.has(k) || lex.dates.isMonthName(k))) return false;
  if (lex.givenNames.has(keys[0]) || lex.leadVerbs.has(normalizeArabic(head[0])) || lex.lineContinuations.has(keys[0])) return false;
  // «صباح اليوم», «نهاية اليوم»: a time of the day or a part of a period before «اليوم» (`timeOfDayWords`).
  if (keys.some((k) => lists(lex).times.has(k))) return false;
  return !Object.values(lex.labels).some((set) => set.has(lexKey(name)));
}

/**
 * «وطنا اليوم:أدى …», «الوكيل الإخباري-انطلقت …», «صدى الجنوب نيوز : طالبت …»: a site-shaped name (`closedSiteName`) and
 * any separator at the head of the lead — the outlet (a name the lists know: that one), cut from the lead.
 */
export function closedNameCredit(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const m = CLOSED_NAME.exec(text);
  if (!m || storyWords(text, m[0].length) < MIN_STORY_WORDS) return undefined;
  const name = m[1];
  const next = lexKey(text.slice(m[0].length).split(/\s/, 1)[0]);
  if (lex.lineContinuations.has(next) && !lex.leadParticles.has(next)) return undefined;
  const known = lookup(name);
  if (known?.kind === 'generic') return undefined;
  if (!known && (!closedSiteName(name, lex) || lex.places.has(lexKey(name)))) return undefined;
  return { place: '', ...(known?.kind === 'agency' ? { agency: known } : { outlet: known ?? { name, kind: 'outlet' } }), end: m[0].length, evidence: known ? 'known' : 'grammar' };
}

/** «متابعات: أكد …», «رصد:بحث …»: a credit word (`creditWords`) closed by a colon opens the lead — cut, naming no one. */
export function creditWordColon(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const m = COLON_WORDS.exec(text);
  if (!m || m[1].includes(' ') || !isCreditWord(m[1], lookup) || storyWords(text, m[0].length) < MIN_STORY_WORDS) return undefined;
  const generic = lookup(m[1]);
  return { place: '', ...(generic?.kind === 'generic' ? { generic } : {}), end: m[0].length, evidence: 'known' };
}

/**
 * «المسار : قال …»: one word no list knows, a colon, then a verb a lead opens with (`leadVerbs`, `citingVerbs`) — the
 * dateline's grammar (a lead opens with its verb). Cut, naming no one: a town the places data lacks is printed so as
 * often as a site's name. Not a known place or name (read before), a label, a section, a date word, a given name.
 */
export function oneWordColon(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const m = ONE_WORD_COLON.exec(text);
  if (!m) return undefined;
  const verb = normalizeArabic(m[2]);
  const { verbs } = lists(lex);
  if (!verbs.has(verb) && !(/^[وف]/u.test(verb) && verbs.has(verb.slice(1)))) return undefined;
  const key = lexKey(m[1]);
  if (lookup(m[1]) || lex.places.has(key) || lex.functionWords.has(key) || lex.exact.has(key) || lex.sectionLabels.has(key) || lex.givenNames.has(key)) return undefined;
  if (lex.bylines.has(key) || lex.dates.lineWords.has(key) || lex.dates.isMonthName(key) || lex.leadVerbs.has(normalizeArabic(m[1]))) return undefined;
  if (Object.values(lex.labels).some((set) => set.has(key))) return undefined;
  const end = m[0].length - m[2].length;
  if (storyWords(text, end) < MIN_STORY_WORDS + 2) return undefined;
  // «المسار : قال …», «الثورة: أكد …»: a definite word the towns list (content/dateline-towns.yaml, in `lex.places`)
  // does not hold is the site's name — the definite-article towns are few and listed, most towns print no article.
  const site = definiteSiteWord(m[1], lex) && !storyNames(text.slice(end), m[1]);
  return site ? { place: '', outlet: { name: m[1], kind: 'outlet' }, end, evidence: 'grammar' } : { place: '', end, evidence: 'grammar' };
}

/** «الجيش: قال المتحدث باسم الجيش …»: the story names the word among its first twelve — its subject or speaker, no credit. */
function storyNames(story: string, word: string): boolean {
  const bare = normalizeArabic(word).slice(2);
  return story.split(/\s+/).slice(0, 12).some((w) => normalizeArabic(w.replace(/[^\p{L}\p{M}]/gu, '')).replace(/^(?:و|ف|ب|ل)?(?:ال|ل)/u, '') === bare);
}

/**
 * One definite word («الوميض», «المسار») that may be a site's name where a dateline's place stands: no town or place the
 * data lists (`lex.places`, which holds the definite-article towns), no office title («الرئيس»), no section's head or
 * scope («الأخبار», «العالم»), no nisba of a people («الروسية»). The other refusals (labels, sections, given names) are
 * the caller's.
 */
export function definiteSiteWord(word: string, lex: Lexicon): boolean {
  if (!/^ال[\p{L}\p{M}]{3,}$/u.test(word)) return false;
  const key = lexKey(word);
  if (lex.places.has(key) || lists(lex).refused.has(key) || lex.bylines.has(key)) return false;
  // A section's word is listed bare or with its article («اقتصاد», «الاقتصاد»): try both.
  const bare = word.slice(2);
  const section = (w: string) => lex.sectionLabels.has(lexKey(w)) || lex.sectionHeads.has(sourceKey(w)) || lex.coverageScopes.has(sourceKey(w)) || lex.exact.has(lexKey(w));
  if (section(word) || section(bare)) return false;
  if (Object.values(lex.labels).some((set) => set.has(key) || set.has(lexKey(bare)))) return false;
  // «الوطنية», «الدولية»: a nisba alone is a section's or a people's adjective, not a masthead.
  return !/(?:ية|يه|ي)$/u.test(bare);
}
