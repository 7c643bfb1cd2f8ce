// The key stream Pagefind indexes for a page's text (keys.ts): each word's keys, its readings at the low
// weight, actor and concept tokens.
import type { KeyContext } from './keyContext';
import { keyTokens, type KeyedToken } from './keyTokens';
import { aliasAt, conceptsAt, inNotNamePhrase } from './phrases';
import { searchStem, stemSteps } from './stems';
import { actorKey, arabicKey, conceptKey } from './terms';
import { opensVerb, patternFamily, personPluralBase, singularPlural, suffixReadings } from './wordPatterns';
import { familyPluralReadings, patternReadings, pluralsOfSingular } from './patternReadings';
import { participleNoun } from './participlePlurals';
import { corpusReadings } from './corpusPlurals';
import { nisbaReadings } from './nisbaReadings';
import { isNearSynonym } from './queryReadings';
import { placeNameTokens } from './placeNames';
import { otherSenseTokens } from './wordSenses';
import { constructPluralKeys } from './constructPlurals';

/**
 * The key stream Pagefind indexes for a text: one key per word, its family's key when it has
 * one, an actor key after every alias (so the stream holds both ترمب's spelling and "the
 * actor Trump") and a concept key after every concept phrasing.
 */
export function indexKeys(text: string, ctx: KeyContext, weak?: string[]): string[] {
  const toks = keyTokens(text, ctx);
  const stems = toks.map((t) => t.stem);
  const matches = toks.map((t) => t.match);
  const out: string[] = [];
  const inName = weak ? placeNameTokens(toks, ctx) : undefined;
  const elsewhereSense = weak ? otherSenseTokens(toks, ctx) : undefined;
  for (let i = 0; i < toks.length; i++) {
    const start = out.length;
    const own = [toks[i].key];
    if (toks[i].familyKey && toks[i].familyKey !== toks[i].key) {
      // A family form that names another thing too, beside a word of that sense: its family's key at the low weight.
      if (otherSense(toks, i, ctx)) weak?.push(toks[i].familyKey!);
      else own.push(toks[i].familyKey!);
    }
    const next = toks[i + 1]?.token.type === 'ar' ? toks[i + 1].token.norm : undefined;
    const prev = toks[i - 1]?.token.type === 'ar' ? toks[i - 1].token.norm : undefined;
    const readings = toks[i].token.type === 'ar' ? readingKeys(toks[i], ctx, verbAt(toks, i), next, prev) : [];
    // A listed noun without its article, as itself or a reading (قدمها → قدم; not through a
    // family: «عقوبات» is no «عقوبة»): its keys go to the low-weight ones, once per page.
    if (weak && ctx.definite?.size && toks[i].token.type === 'ar' && !hasArticle(toks[i].token.norm) && [toks[i].key, ...readings].some((k) => definiteKeys(ctx).has(k))) weak.push(...own, ...readings);
    else if (weak) {
      // A suffix reading is a guess the word's letters allow (قدمها «presented it» → قدم، حماسا →
      // حماس): it finds the page, at the low weight, after every page that writes the word itself.
      out.push(...own);
      weak.push(...readings);
    } else out.push(...own, ...readings);
    if (toks[i].weakKey) weak?.push(toks[i].weakKey!);
    const alias = aliasAt(stems, i, ctx);
    if (alias) out.push(actorKey(alias.id));
    const nisba = alias && ctx.actorConcepts.get(alias.id);
    if (nisba) out.push(conceptKey(nisba));
    const ids = new Set(inNotNamePhrase(stems, i, ctx) ? [] : conceptsAt(matches, i, ctx).flatMap((c) => c.ids));
    if (!ids.size && toks[i].token.type === 'ar' && !inNotNamePhrase(stems, i, ctx)) for (const id of readingConcepts(toks[i], ctx, verbAt(toks, i))) ids.add(id);
    // A near-synonym set (content/search-near-synonyms.yaml) is a looser reading than a curated
    // phrasing: its token goes with the low-weight keys, once per page, so it finds the page without
    // lengthening it (Pagefind ranks a longer page lower for every word it holds).
    // A homograph beside its other sense (otherSense): its concept too is a reading, at the low weight.
    const elsewhere = weak && toks[i].familyKey && otherSense(toks, i, ctx);
    for (const id of ids) (weak && (isNearSynonym(id) || elsewhere) ? weak : out).push(conceptKey(id));
    // A word inside a town's name holding a common word (placeNames.ts: «دار السلام»), or a word beside its other
    // sense's company (wordSenses.ts: «الجولة» of a league): all its keys at the low weight.
    if (inName?.has(i) || elsewhereSense?.has(i)) weak!.push(...out.splice(start));
  }
  return out;
}

/** The clitics a neighbour may carry before its word (و، ف، ب، ك، ل and the article). */
const LEAD = /^(?:[وف]?(?:[بك]?ال|لل)|[وفبكل])(?=...)/;
/**
 * Whether token i is a homograph of its family (search-patterns.yaml `homographs`) with a word of its other sense right
 * before or after it (thirty-third pass: «صفقات الوسطاء», «شركات وسيطة» are brokers, «الحلفاء والشيح» esparto grass). The
 * company, not the page's subject: a page of mediation that once says «الوسطاء التجاريون» keeps it elsewhere.
 */
function otherSense(toks: KeyedToken[], i: number, ctx: KeyContext): boolean {
  const forms = ctx.patterns?.homographs;
  const norm = toks[i].token.norm;
  // The word as written first: «وسيطة» begins with a و of its own.
  const company = forms?.get(norm) ?? forms?.get(norm.replace(LEAD, ''));
  if (!company) return false;
  for (const j of [i - 1, i + 1]) {
    if (!toks[j] || toks[j].token.type !== 'ar') continue;
    const w = toks[j].token.norm;
    if (company.has(w) || company.has(w.replace(LEAD, '')) || company.has(w.replace(/^[وفبكل]/, ''))) return true;
  }
  return false;
}

/** Whether the words before token i say it is a verb (wordPatterns.opensVerb: التي، قد، عندما، بعد أن …). */
const verbAt = (toks: KeyedToken[], i: number): boolean => i > 0 && opensVerb(toks[i - 1].token.norm, i > 1 ? toks[i - 2].token.norm : '');

/** Whether a normalised word carries the article, after و/ف and ب/ك (بالغرب، والقدم) or as لل (للغرب). */
export function hasArticle(norm: string): boolean {
  return /^[وف]?(?:[بك]?ال|لل)../.test(norm);
}

const definiteKeyCache = new WeakMap<ReadonlySet<string>, Set<string>>();
/** The keys of the `definite` stems. */
function definiteKeys(ctx: KeyContext): Set<string> {
  const set = ctx.definite!;
  let keys = definiteKeyCache.get(set);
  if (!keys) definiteKeyCache.set(set, (keys = new Set([...set].map((s) => arabicKey(s)))));
  return keys;
}

/**
 * Concepts a page word names through its suffix reading (ninth pass): «حيادها» is حياد with a
 * pronoun, so it carries the concept of the one-word phrasing «الحياد» as its exact key already
 * meets «الحياد». One-word phrasings only: a word with a pronoun ends its noun phrase.
 */
function readingConcepts(t: KeyedToken, ctx: KeyContext, afterRelative: boolean): string[] {
  const ids: string[] = [];
  for (const r of suffixReadings(t.stem, ctx, t.token.text, afterRelative)) {
    const match = ctx.families.get(r) ?? r;
    for (const p of ctx.conceptPhrases.get(match) ?? []) if (p.stems.length === 1) ids.push(...p.ids);
  }
  return ids;
}

/**
 * Index keys of a page word's suffix readings (wordPatterns.suffixReadings: نفطها → نفط، مصنعا →
 * مصنع), each with its family's key, beyond the word's own keys. Index side only: a query
 * word is keyed as typed, so these add matches for bare words and take none away.
 */
function readingKeys(t: KeyedToken, ctx: KeyContext, afterRelative = false, next?: string, prev?: string): string[] {
  const have = new Set([t.key, t.familyKey]);
  const keys: string[] = [];
  const add = (k: string) => { if (!have.has(k)) have.add(k), keys.push(k); };
  /** A reading's key, then its family's (the data's, or by pattern). */
  const addWithFamily = (r: string) => {
    const family = ctx.families.get(r) ?? patternFamily(r, ctx);
    add(arabicKey(r));
    if (family) add(arabicKey(family));
  };
  const suffixed = suffixReadings(t.stem, ctx, t.token.text, afterRelative);
  // A participle's plural (المشغلين) is its own family; its singular is a reading, found after the pages that write it.
  const person = personPluralBase(t.stem, ctx);
  if (person) add(arabicKey(person));
  // A sound plural's construct carries its nominative's keys (constructPlurals.ts, thirty-seventh pass: «صيادو» → صياد).
  for (const k of constructPluralKeys(t.token.norm.replace(/[\u200C\u200D]/g, ''), next !== undefined, ctx, prev)) add(k);
  for (const r of suffixed) addWithFamily(r);
  // A ة word (or its dual, or with a pronoun) carries its ات plural's key at the low weight: a plural
  // query asks for that key (wordPatterns.ownPlural), and finds this page after those writing the plural.
  for (const r of t.hamza || adverbialB(t.token.norm, t.stem) || agreeingParticiple(t.token.norm, t.stem, prev) ? [] : [t.stem, ...suffixed]) {
    const singular = r.endsWith('ه') ? r : patternFamily(r, ctx);
    const plural = singular && singularPlural(singular, ctx);
    if (plural) add(arabicKey(plural));
  }
  // A listed singular in a noun's place — with the article, or after a preposition: «الدب القطبي»، «مع دب بني» —
  // carries the keys of its plurals that ask by their own key (twentieth pass): a plural query finds the page at
  // the low weight, after the pages writing the plural; a verb («دب الخلاف») or a particle («كم مرة») carries none.
  // (A two-letter singular keeps its article in the stem, الدب، الكم: searchStem leaves two letters whole.)
  const singular = t.stem.length === 4 && t.stem.startsWith('ال') ? t.stem.slice(2) : t.stem;
  const plurals = ctx.patterns?.singularPlurals?.get(singular);
  if (plurals && nounPlace(t.token.norm, singular, prev, ctx.patterns!.nounAfter)) for (const p of plurals) if (searchStem(p, ctx.known) === p) add(arabicKey(p));
  // A singular of no family in a noun's place carries the plurals its weak-root patterns read back to it (twenty-first
  // pass, patternReadings.ts pluralsOfSingular): «السوق» → أسواق، «عن قضية» → قضايا, at the low weight.
  if (ctx.patterns && !ctx.families.has(t.stem) && !ctx.known.has(t.stem) && nounPlace(t.token.norm, singular, prev, ctx.patterns.nounAfter)) for (const p of pluralsOfSingular(singular, ctx.patterns)) if (searchStem(p, ctx.known) === p) add(arabicKey(p));
  // A one-way region's nisba (النجديين) carries the region's name (نجد) at the low weight: «نجد» finds it, while a
  // query for the nisba asks its family, which a page's «نجد» («we find») is not in.
  for (const name of ctx.patterns?.nisbaPlaces?.get(t.match) ?? []) add(arabicKey(searchStem(name, ctx.known)));
  // A town no list holds and its adjective, by rule (twenty-second pass, nisbaReadings.ts): «مدينة عطبرة» carries
  // عطبراوي، «البعلبكيون» carries بعلبك — keyed as a query typing that word is (its stem, and the family a query asks
  // for: «ريازان» asks رياز, its dual's reading).
  for (const w of nisbaStems(t, prev, ctx)) addWithFamily(w);
  // A broken plural or a measure II verb by pattern (patternReadings.ts), for a word of no family of
  // the data and no name: the singular's or the verbal noun's key, with its family's. (Another
  // pattern's reading does not stop it: «يعبدون» is read both as «يعبد» and as «تعبيد».)
  if (ctx.patterns && !ctx.families.has(t.stem) && !ctx.known.has(t.stem)) {
    // The word's own steps, then each suffix reading's (fourteenth pass: «سيوفا» → سيوف → سيف، «قناديلها» → قنديل).
    const steps = [stemSteps(t.token.norm.replace(/[\u200C\u200D]/g, ''), ctx.known), ...suffixed.filter((r) => !ctx.families.has(r) && !ctx.known.has(r)).map((r) => [r])];
    for (const r of steps.flatMap((s) => patternReadings(s, ctx.patterns!, t.token.text, next, prev))) addWithFamily(searchStem(r, ctx.known));
  }
  // A family's form read by a pattern whose context says a plural of things (familyPluralReadings, thirty-fifth pass):
  // «الأسقف الخشبية» carries «سقف», the bishop's «أسقف ليون» does not.
  if (ctx.patterns && ctx.families.has(t.stem) && !ctx.known.has(t.stem)) for (const r of familyPluralReadings(t.stem, ctx.patterns, t.token.text, next, prev)) addWithFamily(searchStem(r, ctx.known));
  // A sound-root plural or a collective the corpus confirmed (corpusPlurals.ts, twenty-sixth pass), both ways.
  if (ctx.corpusPlurals?.size && !ctx.families.has(t.stem) && !ctx.known.has(t.stem)) for (const r of corpusReadings(stemSteps(t.token.norm.replace(/[\u200C\u200D]/g, ''), ctx.known), t.token.text, ctx.corpusPlurals, (w) => nounPlace(t.token.norm, w, prev, ctx.patterns?.nounAfter))) addWithFamily(searchStem(r, ctx.known));
  // A participle's plural read as its measure's verbal noun (participlePlurals.ts): «مستوردي القمح» →
  // «استيراد»، «المعتقلين» → «اعتقال». Words of the data's families too: the data keeps the people
  // (مستورد، معتقل) and the act (استيراد، اعتقال) apart, and this joins them only at the low weight.
  if (ctx.patterns && !ctx.known.has(t.stem)) {
    const construct = !hasArticle(t.token.norm) && !!next && hasArticle(next) && /ي$/.test(t.token.text);
    const noun = participleNoun(t.stem, construct, ctx.patterns.notParticipleNouns);
    const stem = noun && searchStem(noun, ctx.known);
    if (stem && stem !== t.stem) addWithFamily(stem);
  }
  return keys;
}

/** The search stems a page word carries by the nisba rules (nisbaReadings.ts): a town's adjectives, an adjective's towns. */
export function nisbaStems(t: KeyedToken, prev: string | undefined, ctx: KeyContext): string[] {
  if (!ctx.patterns?.nisbas || t.token.type !== 'ar') return [];
  const word = hasArticle(t.token.norm) ? t.token.norm.replace(/^[وف]?(?:[بك]?ال|لل)/, '') : t.stem;
  const common = (s: string) => commonWord(s, ctx) || commonWord(searchStem(s, ctx.known), ctx);
  return common(t.stem) ? [] : nisbaReadings(word, prev, ctx.patterns.nisbas, common, { maqsura: t.token.text.replace(/[\u064B-\u065F\u0670\u0640]/g, '').endsWith('ى'), article: hasArticle(t.token.norm) }).map((w) => searchStem(w, ctx.known));
}

/** A word of the curated data (a family's, an actor's name, a listed singular, a concept's word, a function word). */
const commonWord = (stem: string, ctx: KeyContext): boolean => ctx.families.has(stem) || ctx.known.has(stem) || !!ctx.patterns?.singularPlurals?.has(stem) || ctx.conceptPhrases.has(stem) || !!ctx.unmarked?.has(stem);

/**
 * A ة word with ب and no article (بصفة مؤقتة، بدرجة كبيرة، بمناسبة عيد، بصورة دورية) is mostly an adverb of
 * manner or occasion, not the thing the plural names (sixteenth pass: «الصفات» met «بصفة مؤقتة»): such a
 * word carries no ات plural key. With the article (بالشحنة) or another clitic it is the noun.
 */
export const adverbialB = (norm: string, stem: string): boolean => stem.endsWith('ه') && norm.replace(/^[وف](?=ب)/, '') === 'ب' + stem;

/**
 * Whether a page word stands where only a noun stands: the article right before its stem (الدب، بالكم، للباخرة), or a
 * preposition of `nounAfter` before it, the word without a clitic (مع دب، عبر مضيق). A verb or a particle has neither.
 */
export function nounPlace(norm: string, stem: string, prev: string | undefined, nounAfter?: ReadonlySet<string>): boolean {
  if (!norm.endsWith(stem)) return false;
  const clitics = norm.slice(0, norm.length - stem.length);
  if (/^[وف]?(?:[بك]?ال|لل)$/.test(clitics)) return true;
  // After a preposition the word itself takes no clitic: «تحت وطأة» is no و + طأة (طاه «cook»).
  return !!prev && clitics === '' && !!nounAfter?.has(prev.replace(/^[وف](?=..)/, ''));
}

const DEFINITE = /^[وف]?(?:[بك]?ال|لل)/;
/**
 * Seventeenth pass, second wave: a participle in ة (مفعلة، مفعّلة، مفتعلة: معلقة، المدرجة) right after a ة
 * noun of the same definiteness qualifies it («أرجوحة معلقة»، «المدينة المدرجة حديثا»): an adjective, not
 * a thing the ات plural names (aside17's «المعلقات»، «المدرجات» met those pages), so it carries no plural
 * key. A construct's second term differs from its head in the article (مديرية المدرسة) and keeps it.
 */
export function agreeingParticiple(norm: string, stem: string, prev: string | undefined): boolean {
  if (!prev || stem.length < 5 || !stem.startsWith('م') || !stem.endsWith('ه') || prev.length < 4 || !prev.endsWith('ه')) return false;
  return DEFINITE.test(norm) === DEFINITE.test(prev);
}
