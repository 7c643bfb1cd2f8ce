// The actor matcher: one phrase trie over every name, alias, short name, nisba form and
// capital of the dictionary, built ONCE and reused for every article.
import type { Actor, MentionKind } from '../types';
import { PhraseTrie, phraseTokens, nisbaAccusativeForms, nisbaForms, nisbaPhraseForms } from '../arabic';

export interface ActorKey {
  actorId: string;
  kind: MentionKind;
  /** An alias that equals a common word once folded: it needs context (Actor.needsContext). */
  guarded?: boolean;
  /** A bare plural demonym (Actor.barePlurals, «روس»): only right after the people it describes. */
  bare?: boolean;
  /** A hint (Actor.hints, «جدة»): links nothing, but tells which country the text is about. */
  hint?: boolean;
}

/**
 * Context words the linker reads around a hit (data: content/discovery-stopwords.yaml), all
 * normalised: a capital after «في / إلى / من» is a place; a nisba after «القناة / وكالة الأنباء»
 * describes a medium; a title before a guarded alias («رئيسة الوزراء تراس») vouches for it.
 */
export interface LinkContext {
  placeWords: Set<string>;
  placeHeads: Set<string>;
  /** «زار», «زيارة»: a capital that is their object is the place visited. */
  visitWords: Set<string>;
  /** «أن», «التي»: a new clause; with `reportingVerbs` (قال، أعلنت) it ends the look-back to a visit word. */
  clauseWords: Set<string>;
  reportingVerbs: Set<string>;
  mediaNouns: Set<string>;
  /** «شركة», «المجلس», «الهلال الأحمر» (normalised phrases): a nisba after them describes a non-state body. */
  bodyNouns: Set<string>;
  titleWords: Set<string>;
  /** Nouns after which «من + capital» is the government acting: «طلب من موسكو», «بضغط من واشنطن». */
  actingNouns: Set<string>;
  /** Companies and brands the dictionary lacks («لوك أويل», «أرامكو»): a nisba or country name right after one is theirs. */
  companies: PhraseTrie<true>;
  /** Last words of those names (normalised): most tokens end none, and the trie is not asked there. */
  companyLastWords: Set<string>;
  /** Last words of the two-word `bodyNouns` («الأحمر» of «الهلال الأحمر»): only there is a pair looked up. */
  bodyNounTails: Set<string>;
  /** «طيران»: a country's name right after it is a brand («طيران الإمارات»). */
  brandHeads: Set<string>;
  /** «الطيران», «الطاقة»: «<country> لل<trade>» is a brand («مصر للطيران»). */
  companyTrades: Set<string>;
  /** «المركزي»: the bank or body it describes is the state's («البنك المركزي الروسي»). */
  stateBodyAdjectives: Set<string>;
  /** «رحلات», «خط»: capitals after «بين» following one are the ends of a route, places. */
  routeNouns: Set<string>;
  /** «اليوم», «الخميس»: a definite capital after one is the subject, not an adjective («القوة القاهرة»). */
  timeWords: Set<string>;
  /** «ميناء», «مطار»: an organisation's alias right after one names a place («ميناء الفاو»). */
  placeNameHeads: Set<string>;
  /** Common first names (discovery's list): «دينيس روس» is a person, not the plural «روس». */
  firstNames: Set<string>;
  /** Broken plurals of people («جنود», «أسرى»): a bare demonym right after one describes them. */
  peopleNouns: Set<string>;
  /** Goods a government supplies and verbs of receiving: «من» + capital after them is the supplier. */
  suppliedNouns: Set<string>;
  /** Verbs of sending or delivering: «إلى» + capital after them is the receiver («أرسلت … إلى كييف»). */
  sendingWords: Set<string>;
  /** A company's shares («أسهم», «سهم»): a nisba after a quoted name they head is the company's. */
  shareNouns: Set<string>;
  /** «الإخباري», «نيوز»: a place's name before one, closed by a dash or a quote, names an outlet (session 48). */
  outletTails: Set<string>;
  /** «كرة», «الإذاعة»: after «لـ»/«لل», an organisation's name before them is another body's (session 50). */
  bodyFields: Set<string>;
}

export interface ActorMatcher {
  /** Tries scanned in order; a later layer (e.g. discovered people) extends the dictionary. */
  layers: PhraseTrie<ActorKey>[];
  actors: Map<string, Actor>;
  /** Normalised short name → ids of every actor that has it (ambiguity guard). */
  shortOwners: Map<string, Set<string>>;
  /** Context words; without them capitals and nisbas link wherever they appear. */
  context?: LinkContext;
  /**
   * First words of the elliptic names of ministries («الدفاع» of «الدفاع الروسية», which is also
   * «وزارة الدفاع الروسية»): after «و» they may close a list of sectors instead (link.ts).
   */
  ellipticHeads?: Set<string>;
}

/** Lower is stronger: at one key a full name beats an alias, a nisba, a capital or a bare surname. */
export const KIND_PRIORITY: Record<MentionKind, number> = {
  name: 0, discovered: 1, alias: 1, nisba: 2, capital: 3, short: 4,
};

function addActor(trie: PhraseTrie<ActorKey>, shortOwners: Map<string, Set<string>>, a: Actor, nameKind: MentionKind) {
  const seen = new Set<string>();
  const guarded = new Set((a.needsContext ?? []).map((g) => phraseTokens(g).join(' ')));
  const add = (phrase: string | string[], kind: MentionKind) => {
    const tokens = Array.isArray(phrase) ? phrase : phraseTokens(phrase);
    const key = tokens.join(' ') + '|' + kind;
    if (!tokens.length || seen.has(key)) return;
    seen.add(key);
    trie.insert(tokens, guarded.has(tokens.join(' ')) ? { actorId: a.id, kind, guarded: true } : { actorId: a.id, kind });
  };
  add(a.name, nameKind);
  for (const al of a.aliases ?? []) add(al, nameKind === 'discovered' ? 'discovered' : 'alias');
  for (const stem of a.nisba ?? []) {
    // «الكورية الجنوبية»: a nisba of two words is a phrase, each word inflected alike.
    if (/\s/.test(stem.trim())) for (const words of nisbaPhraseForms(stem)) add(words.join(' '), 'nisba');
    else {
      for (const f of nisbaForms(stem)) add([f], 'nisba');
      // «روسيا», «تركيا»: an accusative that is the country's own name adds nothing but a second key to read.
      for (const f of nisbaAccusativeForms(stem)) if (!seen.has(`${f}|name`) && !seen.has(`${f}|alias`)) add([f], 'nisba');
    }
  }
  for (const h of a.hints ?? []) {
    const tokens = phraseTokens(h);
    if (tokens.length) trie.insert(tokens, { actorId: a.id, kind: 'alias', hint: true });
  }
  for (const p of a.barePlurals ?? []) {
    const tokens = phraseTokens(p);
    if (tokens.length === 1 && !seen.has(`${tokens[0]}|nisba`)) trie.insert(tokens, { actorId: a.id, kind: 'nisba', bare: true });
  }
  for (const c of a.capitals ?? []) add(c, 'capital');
  for (const s of a.short ?? []) {
    const tokens = phraseTokens(s);
    add(tokens, 'short');
    const k = tokens.join(' ');
    if (!shortOwners.has(k)) shortOwners.set(k, new Set());
    shortOwners.get(k)!.add(a.id);
  }
}

/** Builds the matcher once for a dictionary. */
export function buildActorMatcher(actors: Actor[], context?: LinkContext): ActorMatcher {
  const trie = new PhraseTrie<ActorKey>();
  const shortOwners = new Map<string, Set<string>>();
  for (const a of actors) addActor(trie, shortOwners, a, 'name');
  return { layers: [trie], actors: new Map(actors.map((a) => [a.id, a])), shortOwners, context, ellipticHeads: ellipticHeads(actors) };
}

/** «الدفاع» for «الدفاع الروسية» when the same actor is also «وزارة الدفاع الروسية». */
function ellipticHeads(actors: Actor[]): Set<string> {
  const out = new Set<string>();
  for (const a of actors) {
    if (a.type !== 'organization') continue;
    const phrases = [a.name, ...(a.aliases ?? [])].map((p) => phraseTokens(p));
    const full = new Set(phrases.map((p) => p.join(' ')));
    for (const p of phrases) if (p.length >= 2 && full.has([phraseTokens('وزارة')[0], ...p].join(' '))) out.add(p[0]);
  }
  return out;
}

/**
 * A matcher that also knows `extra` actors (discovered people), without rebuilding the
 * dictionary trie: the new names go into a small extra layer scanned after the base.
 */
export function extendActorMatcher(base: ActorMatcher, extra: Actor[]): ActorMatcher {
  if (!extra.length) return base;
  const trie = new PhraseTrie<ActorKey>();
  const shortOwners = new Map([...base.shortOwners].map(([k, v]) => [k, new Set(v)]));
  const actors = new Map(base.actors);
  for (const a of extra) {
    // A new spelling of a known actor (known-spelling.ts): its phrases link that actor.
    if (actors.has(a.id)) {
      addActor(trie, shortOwners, a, 'alias');
      continue;
    }
    actors.set(a.id, a);
    addActor(trie, shortOwners, a, a.discovered ? 'discovered' : 'name');
  }
  return { layers: [...base.layers, trie], actors, shortOwners, context: base.context, ellipticHeads: base.ellipticHeads };
}

/** True when the normalised token starts some actor phrase in any layer. */
export function isKnownFirstToken(m: ActorMatcher, norm: string): boolean {
  return m.layers.some((l) => l.hasFirst(norm));
}
