// Actor linking: scan each paragraph once with the matcher's tries (longest match first,
// clitic-aware, normalised), then apply the guards that keep false hits out.
import type { Mention, Sentence } from '../types';
import { tokenize, surfaceOffset, type Token } from '../arabic/tokenize';
import { splitSentences } from '../arabic/sentences';
import type { PhraseMatch } from '../arabic/phrase-trie';
import { uniqueBy } from '../unique';
import { KIND_PRIORITY, type ActorKey, type ActorMatcher, type LinkContext } from './matcher';
import { aliasNamesPlace, barePluralDescribes, nameBeforeField, nameBeforeTrade, capitalIsAdjective, capitalIsPlace, companyEndsAt, countryInDateline, countryNameInBody, isNationalBody, nisbaDescribesBody, nisbaDescribesMedium, placeNamesOutlet, titledBefore } from './context';
import { nisbaIsAgencyCredit, nisbaIsQuotedName, nisbaOfQuotedShare } from './quoted-nisba';
import { gluedSpans, MIN_GLUED_TOKEN } from './glued';
import { isDefinite } from '../arabic/clitics';
import { mentionsFromSpans, sharedSurnames } from './article-mentions';

// Callers import the article-level readers from here, where they were first written.
export { mentionsFromSpans, rankActors, sentenceAt } from './article-mentions';

/** A bare surname reached only by stripping a clitic must keep this many letters (بكين ≠ ب+كين). */
export const MIN_STRIPPED_SHORT = 4;

export interface LinkResult {
  mentions: Mention[];
  sentences: Sentence[];
  /** Actors whose bare surname another person of the article bears (SpanMatch.otherPerson): a title's bare surname is not theirs either. */
  sharedSurnames?: string[];
}

/** A raw trie hit in one paragraph, before guards and sentence assignment. */
export interface SpanMatch {
  paragraph: number;
  fromToken: number;
  toToken: number;
  start: number;
  end: number;
  keys: ActorKey[];
  /** A guarded alias (ActorKey.guarded) with a title right before it. */
  titled?: boolean;
  /** A capital read as a place («زار كييف», «في فيينا»): no keys, but the words are a place, not a name to discover. */
  place?: true;
  /**
   * Countries whose nisba or name is part of a body's name here («أرامكو السعودية», «بنك قطر الوطني»):
   * no mention, but they tell which country the text is about, for a guarded alias («المملكة»).
   */
  near?: string[];
  /**
   * A surname (`short`) right after a first name none of its owners has («دانييل مدفيديف»): another
   * person of that name. Not a mention; the owners' bare surnames in the article then need the full name.
   */
  otherPerson?: true;
}

/** Longest match over all layers at token i. */
function matchAt(m: ActorMatcher, tokens: Token[], i: number, text: string): PhraseMatch<ActorKey> | null {
  if (m.layers.length === 1) return m.layers[0].matchAt(tokens, i, text);
  let best: PhraseMatch<ActorKey> | undefined;
  for (const layer of m.layers) {
    const hit = layer.matchAt(tokens, i, text);
    if (!hit) continue;
    if (best === undefined || hit.to > best.to) best = hit;
    // Same span in two layers (a surname in the dictionary and among discovered people): keep both.
    else if (hit.to === best.to) best = { from: best.from, to: best.to, prefix: best.prefix, reading: best.reading, values: best.values.concat(hit.values) };
  }
  return best ?? null;
}

/**
 * «بوتين وشي جين بينغ»: the trie strips no clitic that leaves under three letters (و+شي would be
 * any word), but a name of several words starting with a two-letter word vouches for itself after
 * «و»/«ف» (session 48, helper 10k). Asked only of three-letter tokens starting with و/ف that matched nothing.
 */
function conjoinedShortStem(m: ActorMatcher, tokens: Token[], i: number, text: string): PhraseMatch<ActorKey> | null {
  const norm = tokens[i].norm;
  if (norm.length !== 3 || (norm[0] !== 'و' && norm[0] !== 'ف') || i + 1 >= tokens.length) return null;
  let best: PhraseMatch<ActorKey> | null = null;
  for (const layer of m.layers) {
    // Most such tokens («وهو», «فقد») start no phrase once the clitic is off: no clitic readings built.
    if (!layer.hasFirst(norm.slice(1))) continue;
    const hit = layer.matchAt(tokens, i, text, 2);
    if (hit && hit.to - hit.from >= 2 && hit.prefix.length === 1 && (!best || hit.to > best.to)) best = hit;
  }
  return best;
}

/** Span of a hit in the paragraph, with the clitic cut off (بالكرملين → الكرملين, وللناتو → ناتو). */
function hitSpan(tokens: Token[], hit: PhraseMatch<ActorKey>): [number, number] {
  const first = tokens[hit.from];
  let cut = hit.prefix.length;
  if (hit.prefix.endsWith('ال') && hit.reading.startsWith('ال')) cut -= 2;
  return [first.start + surfaceOffset(first.text, cut), tokens[hit.to - 1].end];
}

/** Every guarded trie hit of one paragraph (used by the linker and the discoverer). */
export function matchParagraph(text: string, paragraph: number, m: ActorMatcher, tokens = tokenize(text)): SpanMatch[] {
  const out: SpanMatch[] = [];
  // The last organisation linked: its own country's nisba right after it describes it (غازبروم الروسية).
  let lastOrg: OrgSpan | undefined;
  // Where the last linked name ended: a body's name read back from a nisba never enters it
  // («الجامعة العربية روسيا» is the Arab League and Russia, not a «جامعة» named after Russia).
  let linkedEnd = 0;
  for (let i = 0; i < tokens.length; ) {
    const hit = matchAt(m, tokens, i, text) ?? conjoinedShortStem(m, tokens, i, text);
    if (!hit) {
      // «روسياأوكرانيا», «الأممالمتحدة»: two known names run together. The length is tested here
      // too: a call into another module is not inlined, and most tokens are shorter.
      const glued = tokens[i].norm.length >= MIN_GLUED_TOKEN ? gluedSpans(m, tokens[i], i, paragraph) : null;
      if (glued) out.push(...glued);
      i++;
      continue;
    }
    // At one key keep only the strongest kind (a name beats a capital or a surname).
    let keys = strongestKeys(hit.values);
    if (keys[0].kind === 'short' && hit.prefix && hit.to - hit.from === 1) keys = strippedShortKeys(keys, hit);
    const kind = keys[0]?.kind;
    // «جدة», «مركز الملك سلمان» (Actor.hints): no mention, but the country is named near (session 11).
    if (keys.length && allHints(keys)) {
      const [start, end] = hitSpan(tokens, hit);
      out.push({ paragraph, fromToken: hit.from, toToken: hit.to, start, end, keys: [], near: keys.map((k) => k.actorId) });
      i = hit.to;
      continue;
    }
    if (someHint(keys)) keys = keys.filter((k) => !k.hint);
    if (keys.length && m.context && bodyAbsorbs(m, m.context, keys, tokens, hit, text, linkedEnd)) {
      const [start, end] = hitSpan(tokens, hit);
      const near: string[] = [];
      for (const k of keys) near.push(k.actorId);
      out.push({ paragraph, fromToken: hit.from, toToken: hit.to, start, end, keys: [], near });
      i = hit.to;
      continue;
    }
    keys = contextKeys(m, keys, tokens, hit, text, lastOrg);
    if (!keys.length && kind === 'capital') {
      const [start, end] = hitSpan(tokens, hit);
      out.push({ paragraph, fromToken: hit.from, toToken: hit.to, start, end, keys: [], place: true });
    } else if (keys.length) {
      const [start, end] = hitSpan(tokens, hit);
      const titled = m.context && keys.some((k) => k.guarded) ? titledBefore(m.context, tokens, hit.from, text) : undefined;
      const other = kind === 'short' && m.context && otherFirstName(m, m.context, keys, tokens, hit.from, text);
      out.push({ paragraph, fromToken: hit.from, toToken: hit.to, start, end, keys: dedupe(keys), ...(titled ? { titled } : {}), ...(other ? { otherPerson: true as const } : {}) });
      out.push(...innerNames(m, tokens, hit, text, paragraph, keys));
      lastOrg = orgSpan(m, keys, hit.to);
      linkedEnd = hit.to;
    }
    i = hit.to;
  }
  return out;
}

/**
 * Session 46 (the spent u-aside ua08): is the surname at `from` preceded by a first name (`firstNames`)
 * that starts none of its owners' names or aliases? «الروسي دانييل مدفيديف» is a tennis player, not
 * Dmitry Medvedev; «تشارلز كوشنر» is not Jared Kushner. Runs only on surname hits.
 */
function otherFirstName(m: ActorMatcher, ctx: LinkContext, keys: ActorKey[], tokens: Token[], from: number, text: string): boolean {
  if (from === 0 || !/^[\s\u00A0]+$/.test(text.slice(tokens[from - 1].end, tokens[from].start))) return false;
  // Folding makes the preposition «على» the name «علي»; written with its ى it is «ردا على بوتين» (session 48).
  if (tokens[from - 1].text.endsWith('ى')) return false;
  const first = tokens[from - 1].norm;
  if (!ctx.firstNames.has(first)) return false;
  for (const k of keys) {
    const a = m.actors.get(k.actorId);
    if (!a) continue;
    for (const n of [a.name, ...(a.aliases ?? [])]) if (tokenize(n)[0]?.norm === first) return false;
  }
  return true;
}

/**
 * A bare surname reached by stripping a clitic (session 48, helper 10k):
 * - through the definite article it is no person: «منتخب الكاميرون» (the country) is not Cameron —
 *   a family name that takes «ال» is written with it in the dictionary («السيسي»);
 * - shorter than MIN_STRIPPED_SHORT it is too easily a word (بكين ≠ ب+كين), but after «و»/«ف» alone
 *   it is guarded instead (Actor.needsContext): «بايدن وشي» is Xi when he is named in full in the
 *   article, or in any way in this paragraph or the one before.
 */
function strippedShortKeys(keys: ActorKey[], hit: PhraseMatch<ActorKey>): ActorKey[] {
  if (hit.prefix.endsWith('ال') && !hit.reading.startsWith('ال')) return [];
  if (hit.reading.replace(/^ال/, '').length >= MIN_STRIPPED_SHORT) return keys;
  return hit.prefix === 'و' || hit.prefix === 'ف' ? keys.map((k) => ({ ...k, guarded: true })) : [];
}

// Per hit, plain loops instead of spread/map/filter closures: most hits carry one key of one kind,
// and then the trie's own array is returned as it is (never mutated: callers filter into copies).
function strongestKeys(values: ActorKey[]): ActorKey[] {
  let best = KIND_PRIORITY[values[0].kind], mixed = false;
  for (let k = 1; k < values.length; k++) {
    const p = KIND_PRIORITY[values[k].kind];
    if (p !== best) mixed = true;
    if (p < best) best = p;
  }
  return mixed ? values.filter((v) => KIND_PRIORITY[v.kind] === best) : values;
}
function allHints(keys: ActorKey[]): boolean {
  for (const k of keys) if (!k.hint) return false;
  return true;
}
function someHint(keys: ActorKey[]): boolean {
  for (const k of keys) if (k.hint) return true;
  return false;
}

/** Where an organisation's match ended and the countries it belongs to (its affiliation). */
interface OrgSpan {
  to: number;
  countries: Set<string>;
}

function describesOrg(keys: ActorKey[], org: OrgSpan): boolean {
  for (const k of keys) if (!org.countries.has(k.actorId)) return false;
  return true;
}

function orgSpan(m: ActorMatcher, keys: ActorKey[], to: number): OrgSpan | undefined {
  const countries = new Set<string>();
  for (const k of keys) {
    const a = m.actors.get(k.actorId);
    if (a?.type === 'organization' && a.affiliation) countries.add(a.affiliation);
  }
  return countries.size ? { to, countries } : undefined;
}

/** The keys that survive what the surrounding words say (see ./context); all of them without context data. */
function contextKeys(m: ActorMatcher, keys: ActorKey[], tokens: Token[], hit: PhraseMatch<ActorKey>, text: string, lastOrg?: OrgSpan): ActorKey[] {
  const ctx = m.context;
  if (!ctx || !keys.length) return keys;
  const kind = keys[0].kind;
  if (kind === 'capital' && (capitalIsPlace(ctx, tokens, hit, text, capitalJoinedBefore(m, tokens, hit, text), capitalJoinedAfter(m, tokens, hit, text)) || capitalIsAdjective(ctx, tokens, hit, text))) return [];
  if (kind === 'nisba' && (nisbaDescribesMedium(ctx, tokens, hit.from, text) || nisbaIsAgencyCredit(tokens, hit, text) || nisbaIsQuotedName(tokens, hit, text) || nisbaOfQuotedShare(ctx, tokens, hit, text))) return [];
  // «قناة القاهرة الإخبارية», «صحيفة واشنطن بوست», «قناة روسيا اليوم»: a capital or a country's name
  // right after an indefinite medium noun is the medium's name (session 11).
  if ((kind === 'capital' || isCountryName(m, keys)) && !hit.prefix && !isDefinite(tokens[hit.from - 1]?.norm ?? 'ال') && nisbaDescribesMedium(ctx, tokens, hit.from, text)) return [];
  // «موردين روس»: a bare plural demonym only after the people it describes (session 11).
  if (keys[0].bare && !barePluralDescribes(ctx, tokens, hit, text)) return [];
  // «ميناء الفاو»: an organisation's alias inside a place's name (session 11).
  // «قصر الكرملين للمؤتمرات»: … or before «لل» + a trade, inside a venue's or a company's name (session 15).
  if (kind === 'alias' && m.actors.get(keys[0].actorId)?.type === 'organization' && (aliasNamesPlace(ctx, tokens, hit, text) || nameBeforeTrade(ctx, tokens, hit, text))) return [];
  // «الاتحاد الأوروبي لكرة القدم»: … or before «لـ» + a field, another body of that field (session 50).
  if ((kind === 'alias' || kind === 'name') && m.actors.get(keys[0].actorId)?.type === 'organization' && nameBeforeField(ctx, tokens, hit, text)) return [];
  const country = isCountryName(m, keys);
  // «في الفاتيكان»: a city-state's name where a capital would be a place is a place (session 10).
  if (country && m.actors.get(keys[0].actorId)?.cityState && capitalIsPlace(ctx, tokens, hit, text)) return [];
  // «غازبروم الروسية», «مؤسسة روساتوم الروسية»: the organisation's own country describes it.
  if (kind === 'nisba' && lastOrg?.to === hit.from && spacedBefore(tokens, hit.from, text) && describesOrg(keys, lastOrg)) return [];
  if (kind === 'nisba' && isFirstName(m, tokens, hit, text)) return [];
  if (kind === 'alias' && closesSectorList(m, tokens, hit)) return nisbaAt(m, tokens, hit.to - 1, text).map((actorId) => ({ actorId, kind: 'nisba' as const }));
  if (country && countryInDateline(tokens, hit, text)) return [];
  // «ليبيا 24 – طرابلس:», «زاد الأردن الإخباري –»: a place's name and a number or a news word closed by a dash
  // or a quote is an outlet (sessions 47, 48).
  if ((country || kind === 'capital') && placeNamesOutlet(ctx, tokens, hit, text)) return [];
  if ((kind === 'name' || kind === 'alias') && isNationalBody(m, keys, tokens, hit.to, text, (j) => nisbaAt(m, tokens, j, text))) return [];
  return keys;
}

const isCountryName = (m: ActorMatcher, keys: ActorKey[]) => (keys[0].kind === 'name' || keys[0].kind === 'alias') && m.actors.get(keys[0].actorId)?.type === 'country';

/**
 * The nisba or country name at the hit is part of a non-state body's name (./context): after a body
 * noun («شركة نفتوغاز الأوكرانية», «الهلال الأحمر العربي السوري», «بنك قطر الوطني»), after a company
 * the dictionary lacks («لوك أويل الروسية», «أرامكو السعودية»; session 10), or a brand («مصر للطيران»).
 */
function bodyAbsorbs(m: ActorMatcher, ctx: LinkContext, keys: ActorKey[], tokens: Token[], hit: PhraseMatch<ActorKey>, text: string, floor: number): boolean {
  const nisba = keys[0].kind === 'nisba';
  // A capital inside a body's name is read as a country's name is («بنك أبوظبي الأول»; session 11).
  if (!nisba && !isCountryName(m, keys) && keys[0].kind !== 'capital') return false;
  if (companyEndsAt(ctx, tokens, hit.from, text)) return true;
  return nisba ? nisbaDescribesBody(ctx, tokens, hit.from, text, false, floor) : countryNameInBody(ctx, tokens, hit, text, floor);
}

/** «كييف وموسكو»: the capital right before this one when «و» joins them. */
function capitalJoinedBefore(m: ActorMatcher, tokens: Token[], hit: PhraseMatch<ActorKey>, text: string): PhraseMatch<ActorKey> | undefined {
  if (hit.prefix !== 'و' || hit.from === 0) return undefined;
  const before = matchAt(m, tokens, hit.from - 1, text);
  return before && before.to === hit.from && before.values.some((v) => v.kind === 'capital') ? before : undefined;
}

/** «كييف وموسكو»: is the next token «و» + a capital? */
function capitalJoinedAfter(m: ActorMatcher, tokens: Token[], hit: PhraseMatch<ActorKey>, text: string): boolean {
  if (hit.to >= tokens.length || !/^[\s\u00A0]+$/.test(text.slice(tokens[hit.to - 1].end, tokens[hit.to].start))) return false;
  const next = matchAt(m, tokens, hit.to, text);
  return !!next && next.prefix === 'و' && next.values.some((v) => v.kind === 'capital');
}

/**
 * «قطاعات المال والطاقة والدفاع الروسية»: an elliptic ministry name («الدفاع الروسية») reached
 * through «و» after a word that is neither a ministry nor another elliptic name closes a list of
 * sectors; its nisba describes the list (the country), not the ministry. «الخارجية والدفاع الروسية»
 * (after an elliptic head) is still the ministry.
 */
function closesSectorList(m: ActorMatcher, tokens: Token[], hit: PhraseMatch<ActorKey>): boolean {
  if (!hit.prefix.startsWith('و') || hit.from === 0 || hit.to - hit.from !== 2 || !m.ellipticHeads?.has(hit.reading)) return false;
  const before = tokens[hit.from - 1].norm.replace(/^[وف]/, '');
  return !m.ellipticHeads.has(before) && !/^وزار/.test(before);
}

/**
 * «السفير الروسي جورجي زينوفييف»: a nisba without the article right after a definite nisba and
 * before a word without the article cannot describe either (adjectives agree in definiteness):
 * it is a first name (جورجي = Georgy), not Georgia.
 */
function isFirstName(m: ActorMatcher, tokens: Token[], hit: PhraseMatch<ActorKey>, text: string): boolean {
  const i = hit.from;
  if (hit.to - i !== 1 || hit.prefix || hit.to >= tokens.length || isDefinite(tokens[i].norm)) return false;
  // «تركي آل الشيخ»: before «آل» (a Gulf family's name) it is a given name (session 11).
  if (tokens[hit.to].norm === 'ال' && spacedBefore(tokens, hit.to, text)) return true;
  if (i === 0 || isDefinite(tokens[hit.to].norm)) return false;
  const prev = tokens[i - 1].norm;
  // Cheap shape tests first (a definite word ending like a nisba), the trie lookup last.
  return (prev.endsWith('ي') || prev.endsWith('يه')) && isDefinite(prev) && spacedBefore(tokens, i, text) && spacedBefore(tokens, hit.to, text) && nisbaAt(m, tokens, i - 1, text).length > 0;
}

/** Only spaces between token j-1 and token j. */
function spacedBefore(tokens: Token[], j: number, text: string): boolean {
  return /^[\s\u00A0]+$/.test(text.slice(tokens[j - 1].end, tokens[j].start));
}

/** Countries whose nisba starts at token j. */
function nisbaAt(m: ActorMatcher, tokens: Token[], j: number, text: string): string[] {
  const hit = matchAt(m, tokens, j, text);
  return hit ? hit.values.filter((v) => v.kind === 'nisba').map((v) => v.actorId) : [];
}

/**
 * Another actor named in full inside a longer name: «اللجنة العسكرية بالناتو» also names NATO.
 * Only full names and aliases count here; a nisba inside a name (وزارة الدفاع الروسية) stays
 * consumed by the longer match.
 */
function innerNames(m: ActorMatcher, tokens: Token[], outer: PhraseMatch<ActorKey>, text: string, paragraph: number, outerKeys: ActorKey[]): SpanMatch[] {
  const out: SpanMatch[] = [];
  const outerIds = new Set(outerKeys.map((k) => k.actorId));
  // The parent an agency's official name states in the genitive with ل («منظمة الأغذية والزراعة
  // للأمم المتحدة», «الجمعية العامة للأمم المتحدة») is part of that name, not named too; «اللجنة
  // العسكرية بالناتو» (at NATO) still names NATO.
  for (let j = outer.from + 1; j < outer.to; j++) {
    const inner = matchAt(m, tokens, j, text);
    if (!inner || inner.to > outer.to) continue;
    const keys = inner.values.filter((v) => (v.kind === 'name' || v.kind === 'alias') && !outerIds.has(v.actorId) && !(inner.prefix.startsWith('ل') && isParentOf(m, outerKeys, v.actorId)));
    if (!keys.length) continue;
    const [start, end] = hitSpan(tokens, inner);
    out.push({ paragraph, fromToken: inner.from, toToken: inner.to, start, end, keys: dedupe(keys) });
    j = inner.to - 1;
  }
  return out;
}

/** Is `id` the affiliation (parent) of one of the outer match's actors? */
function isParentOf(m: ActorMatcher, outerKeys: ActorKey[], id: string): boolean {
  for (const k of outerKeys) if (m.actors.get(k.actorId)?.affiliation === id) return true;
  return false;
}

/** The keys with each actor once (a new array; one key, the common case, without a Set). */
const dedupe = (keys: ActorKey[]): ActorKey[] => (keys.length === 1 ? [keys[0]] : uniqueBy(keys, (k) => k.actorId));

/**
 * Links the actors of one article. Guards:
 * - a bare family name (`short`) counts only when one actor has it, or when exactly one of
 *   its owners is also named in full somewhere in this article;
 * - nisba adjectives count as their country, unless a longer name consumed them;
 * - discovered people's mentions are reported with kind 'discovered'.
 */
export function linkActors(paragraphs: string[], matcher: ActorMatcher, sentences = splitSentences(paragraphs)): LinkResult {
  const spans = paragraphs.flatMap((p, i) => matchParagraph(p, i, matcher));
  const mentions = mentionsFromSpans(paragraphs, spans, matcher, sentences);
  const shared = spans.some((s) => s.otherPerson) ? sharedSurnames(spans) : [];
  return shared.length ? { mentions, sentences, sharedSurnames: shared } : { mentions, sentences };
}
