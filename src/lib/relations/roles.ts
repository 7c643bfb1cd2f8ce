// Reading one sentence for the relation rules: its actor mentions become noun phrases (a
// title and the person it introduces are one phrase), phrases joined by «و» become groups,
// and the tokens are cut into clauses. The rules (extract.ts) match over the result. The phrases and
// groups are built in noun-phrases.ts, an actor's side in sides.ts.
import { tokenize, type Token } from '../arabic';
import type { Actor, Mention } from '../types';
import { joinListAppositions } from './listApposition';
import type { RelationPatterns } from './patterns';
import { bodyNisbaParties, pluralNisbaParties, pronounParties } from './pronouns';
import { ABSENT, MAYBE, PRESENT, tokenReadings, type PhraseSet, type PresenceIndex, type ReadingKind, type Readings } from './words';
import { actorGroups, conjunctionLed, nounPhrases, opensClause } from './noun-phrases';

// Callers import the side helpers from here, where they were first written.
export { affiliationChain, ownSide, sameSide } from './sides';

/** Parties joined by «و»: one slot of a rule. */
export interface ActorGroup {
  /** The parties: each noun phrase's head. */
  actors: string[];
  /** The countries and bodies its phrases name besides their heads («الوفد الأمريكي» of «… روبيو»). */
  sides: string[];
  first: number;
  last: number;
  /** Normalised letters before the mention on its first token (و، ل، ب …). */
  proclitic: string;
  /** Sides that are parties too: a delegation's country beside its head («الوفد الأوكراني برئاسة عمروف»). */
  delegates?: string[];
}

export type Item =
  | { kind: 'word'; index: number }
  | { kind: 'group'; group: ActorGroup }
  /** A clause cut; `word` is the token of the clause word that made it, if one did. */
  | { kind: 'cut'; word: number | null };

export interface ReadSentence {
  tokens: Token[];
  readings: Readings[];
  items: Item[];
  /** Item index of each token (the group's item for its tokens). */
  itemOf: number[];
  actors: Map<string, Actor>;
  /** The actors that may form edges: media, and nisbas inside a name, left out. */
  present: string[];
  /** Tokens of the parties read as places or occasions («في مكتبه بالرياض», «على هامش … للجمعية العامة»): adjuncts a `....` gap skips. */
  adjunct: Set<number>;
  /**
   * Parentheticals between two commas (`parentheticals` in the patterns): for an item that opens one, the item
   * of its last word (else -1); `asideFrom` gives, for each item inside one, the item that opens it (else -1).
   */
  asideEnd: Int32Array;
  asideFrom: Int32Array;
  /** Length of a phrase of `set` at token i (cached: rules ask the same questions). */
  wordsAt(set: PhraseSet, i: number, kind?: ReadingKind): number;
  /** Does the sentence contain a phrase of `set` anywhere? */
  has(set: PhraseSet): boolean;
  /** The same for the word class at this slot of the patterns' PresenceIndex (no lookup of the set: asked per rule). */
  hasClass(slot: number): boolean;
}

/** How many words after an occasion word («على هامش») a body is still its name («أعمال الدورة الثمانين للجمعية العامة»). */
const OCCASION_WORDS = 6;

export interface Located {
  actorId: string;
  first: number;
  last: number;
  /** `pronoun`: a word that stands for a party named before it («بلاده», «الوزير»). */
  kind: Mention['kind'] | 'pronoun';
  proclitic: string;
  place: boolean;
  /** A pair pronoun («الجانبان») stands for two parties: the second one. */
  also?: string[];
}

function locate(tokens: Token[], offset: number, m: Mention): Located | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].end + offset <= m.start || tokens[i].start + offset >= m.end) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  const t = tokens[first];
  const proclitic = t.text.slice(0, Math.max(0, m.start - offset - t.start)).replace(/[^\u0621-\u064A]/g, '');
  return { actorId: m.actorId, first, last, kind: m.kind, proclitic, place: false };
}

const between = (text: string, tokens: Token[], i: number) => text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? text.length);

function cache(readings: Readings[], presence: PresenceIndex) {
  const union = { all: new Set<string>(), verb: new Set<string>() };
  for (const r of readings) {
    for (const w of r.all) union.all.add(w);
    for (const w of r.verb) union.verb.add(w);
  }
  const memo = new Map<PhraseSet, Int8Array>();
  const wordsAt = (set: PhraseSet, i: number, kind: ReadingKind = 'all'): number => {
    if (kind !== 'all') return set.lengthAt(readings, i, kind);
    let row = memo.get(set);
    if (!row) memo.set(set, (row = new Int8Array(readings.length).fill(-1)));
    if (row[i] < 0) row[i] = set.lengthAt(readings, i);
    return row[i];
  };
  // The rules' word classes all at once, on the first question about one (PresenceIndex); a
  // MAYBE is settled on first asking and kept.
  let state: Uint8Array | null = null;
  const hasClass = (slot: number) => {
    state ??= presence.scan(union);
    if (state[slot] === MAYBE) state[slot] = presence.sets[slot].othersOccurIn(readings) ? PRESENT : ABSENT;
    return state[slot] === PRESENT;
  };
  const present = new Map<PhraseSet, boolean>();
  const has = (set: PhraseSet) => {
    const slot = presence.slotOf(set);
    if (slot !== undefined) return hasClass(slot);
    let v = present.get(set);
    if (v === undefined) present.set(set, (v = set.occursIn(readings, union)));
    return v;
  };
  return { wordsAt, has, hasClass };
}

/** The parties of a sentence on its tokens: nested mentions, media and outlet nisbas dropped. */
function locateParties(tokens: Token[], offset: number, mentions: Mention[], actors: Map<string, Actor>, p: RelationPatterns, wordsAt: ReadSentence['wordsAt'], readings: Readings[]): Located[] {
  const located = mentions
    .filter((m) => !p.media.has(m.actorId) && actors.has(m.actorId))
    .map((m) => locate(tokens, offset, m))
    .filter((l): l is Located => l !== null)
    .sort((a, b) => a.first - b.first || b.last - a.last);
  const ownersBetween = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (wordsAt(p.placeOwners, k)) return true;
    return false;
  };
  return located.filter((l, i) => {
    // A shorter mention inside a longer one: «الخارجية الروسية» is the ministry, not Russia.
    if (located.some((o, j) => j !== i && o.first <= l.first && l.last <= o.last && (o.last - o.first > l.last - l.first || j < i))) return false;
    // A bare surname that is also a rule word is the word («ترأس» is not Truss).
    if (l.kind === 'short' && l.first === l.last && p.ruleWords.lengthAt(readings, l.first) === 1) return false;
    // A discovered "person" of one word is a title or a verb the discoverer took for a name
    // («عام», «سعادة», «يبحثان»): people are named with two words or more.
    if (l.kind === 'discovered' && l.first === l.last) return false;
    // A nisba just after an outlet's or institute's name belongs to that name («صحيفة «لوموند» الفرنسية»).
    // Not when firms or people stand between («شبكة شركات إيرانية»: the nisba is theirs, the «شبكة» no outlet).
    if (l.kind === 'nisba') for (let k = Math.max(0, l.first - 3); k < l.first; k++) if (wordsAt(p.outlets, k) && !ownersBetween(k + 1, l.first)) return false;
    // «منتخب إيطاليا», «المنتخب الأوكراني»: a country just after a team's noun is the team, not the state.
    if (actors.get(l.actorId)?.type === 'country') for (let k = Math.max(0, l.first - 3); k < l.first; k++) if (wordsAt(p.teams, k)) return false;
    return true;
  });
}

/** What a sentence may refer back to: the people and bodies named in the sentence before it. */
export interface SentenceContext {
  named: string[];
  /** Every party it named, countries too, in order (whom «الجانبان» may mean). */
  parties?: string[];
  /** Its subject: the first person it named (not a medium), else its first party — whom a verb with no subject of its own means («وصل فيدان إلى موسكو. وأكد أنه بحث مع …»). */
  subject?: string;
}

/** Clause cuts before tokens: punctuation, clause words, and «، و…» not followed by a party. */
function clauseCuts(text: string, tokens: Token[], starts: Set<number>, p: RelationPatterns, wordsAt: ReadSentence['wordsAt']) {
  const n = tokens.length;
  const cutBefore = new Array<boolean>(n + 1).fill(false);
  const cutWord = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const gapText = between(text, tokens, i);
    if (i > 0 && p.clausePunctuation.some((c) => gapText.includes(c))) cutBefore[i] = true;
    if (i > 0 && /[،,]/.test(gapText) && conjunctionLed(tokens[i], p) && !starts.has(i)) cutBefore[i] = true;
    const len = wordsAt(p.clauseWords, i, 'bare');
    if (len) {
      cutWord[i] = len;
      cutBefore[i] = true;
      cutBefore[i + len] = true;
    }
  }
  return { cutBefore, cutWord };
}

/**
 * The parties of one sentence as groups, the clause cuts, and the plain words between them.
 * `mentions` are the sentence's mentions (paragraph offsets; `offset` = sentence start).
 */
export function readSentence(text: string, offset: number, mentions: Mention[], actors: Map<string, Actor>, p: RelationPatterns, context?: SentenceContext): ReadSentence {
  const tokens = tokenize(text);
  // «وزارة» is never «و + زار + ه» (and visited him): a word listed as no conjunction is read whole.
  const readings = tokens.map((t) => (p.notConjunction.has(t.norm) ? { all: [t.norm], verb: [t.norm], bare: [t.norm] } : tokenReadings(t)));
  const { wordsAt, has, hasClass } = cache(readings, p.presence);
  const named = locateParties(tokens, offset, mentions, actors, p, wordsAt, readings);
  // Most sentences that name two actors hold no word of any rule: nothing more to read.
  if (!has(p.ruleWords)) return { tokens, readings, items: [], itemOf: [], actors, present: [...new Set(named.map((l) => l.actorId))], adjunct: new Set(), asideEnd: NO_ASIDES, asideFrom: NO_ASIDES, wordsAt, has, hasClass };
  const withBodies = [...named, ...bodyNisbaParties(tokens, named, actors, p, wordsAt), ...pluralNisbaParties(tokens, named, actors, p, has, wordsAt)].sort((a, b) => a.first - b.first);
  const located = [...withBodies, ...pronounParties(tokens, withBodies, context, actors, p, has, wordsAt)].sort((a, b) => a.first - b.first);
  const present = [...new Set(located.flatMap((l) => [l.actorId, ...(l.also ?? [])]))];
  // The subject carried over from the sentence before (slot R) may be the second party («… . وأكد أنه بحث مع لافروف»).
  const carried = context?.subject !== undefined && !present.includes(context.subject) ? 1 : 0;
  if (present.length + carried < 2) return { tokens, readings, items: [], itemOf: [], actors, present, adjunct: new Set(), asideEnd: NO_ASIDES, asideFrom: NO_ASIDES, wordsAt, has, hasClass };
  const { cutBefore, cutWord } = clauseCuts(text, tokens, new Set(located.map((l) => l.first)), p, wordsAt);
  // «أقرته دول مجموعة السبع، وبلجيكا تطالب بآلية …»: a party after «، و» with a verb right after it is the
  // subject of a clause of its own, not one more of the list before the comma.
  for (const l of located) if (l.proclitic.startsWith('و') && between(text, tokens, l.first).includes('،') && opensClause(tokens, l.last + 1, wordsAt, p)) cutBefore[l.first] = true;

  // A country named after «في» (and maybe «العاصمة») is a place, not a party; so is its
  // capital right after it («في العاصمة النمساوية فيينا»).
  located.forEach((l, i) => {
    // «يلتقي ترامب في البيت الأبيض»: a body that is also a building is, after «في», the building.
    if (p.venues.has(l.actorId)) {
      l.place = !cutBefore[l.first] && p.placeBefore.endsAt(readings, l.first);
      return;
    }
    if (actors.get(l.actorId)?.type !== 'country') return;
    const prev = located[i - 1];
    if (prev?.place && prev.actorId === l.actorId && l.first - prev.last <= 1) {
      l.place = true;
      return;
    }
    // «استهداف المدنيين في أوكرانيا وروسيا»: a country joined by «و» right after a place is a place too.
    if (prev?.place && actors.get(prev.actorId)?.type === 'country' && l.first - prev.last === 1 && l.proclitic.startsWith('و')) {
      l.place = true;
      return;
    }
    let k = l.first - 1;
    while (k >= 0 && wordsAt(p.placeNouns, k)) k--;
    // «اتهمت فيه روسيا»: «فيه» (in it) is no «في» of a place.
    l.place = !cutBefore[k + 1] && p.placeBefore.endsAt(readings, k + 1) && !/^[وف]?فيه(ا|م|ما)?$/.test(tokens[k]?.norm ?? '');
    // «عقوبات على 30 فرداً وكياناً في روسيا», «أكبر شركتين للنفط في روسيا»: after firms, people or a sector, «في» says whose they are.
    if (l.place && k >= 1 && readings[k].all.includes('في') && (wordsAt(p.placeOwners, k - 1) === 1 || (k >= 2 && /^(ال|لل)/.test(tokens[k - 1].norm) && wordsAt(p.placeOwners, k - 2) === 1) || p.placeOwners.endsAt(readings, k))) l.place = false;
    // «في مكتبه بالرياض», «في المجمع الرئاسي بأنقرة»: a capital after a seat of office is where the host sits.
    if (!l.place && l.kind === 'capital' && l.proclitic.replace(/^[وف]/, '') === 'ب' && !cutBefore[l.first]) l.place = p.placeSeats.endsAt(readings, l.first);
  });
  // «على هامش أعمال الجمعية العامة للأمم المتحدة», «على هامش قمة مجموعة العشرين»: a body named
  // just after an occasion word is the occasion, not a party (a person or country there still is one).
  for (const l of located) {
    if (actors.get(l.actorId)?.type !== 'organization') continue;
    for (let k = l.first - 1; k >= 0 && k >= l.first - OCCASION_WORDS && !cutBefore[k + 1] && !located.some((o) => o !== l && o.first <= k && k <= o.last); k--) {
      if (p.occasions.endsAt(readings, k + 1)) {
        l.place = true;
        break;
      }
    }
  }
  // «للأزمة الروسية الأوكرانية», «الملف النووي الإيراني»: a nisba after a topic noun (and maybe
  // other adjectives) names the topic; like a place, it stays mentioned but fills no slot.
  for (const l of located) {
    // A human plural («مصدري أسلحة بيلاروسيين») describes people, never a topic.
    if (l.kind !== 'nisba' || /(ين|ون)$/.test(tokens[l.last].norm)) continue;
    let k = l.first - 1;
    while (k >= 0 && k >= l.first - 3 && !wordsAt(p.topicNouns, k) && tokens[k].norm.startsWith('ال') && !cutBefore[k + 1]) k--;
    if (k >= 0 && !cutBefore[k + 1] && wordsAt(p.topicNouns, k)) l.place = true;
  }

  const groups = joinListAppositions(actorGroups(nounPhrases(located, tokens, cutBefore, actors, p, wordsAt), tokens, cutBefore, p, wordsAt), tokens, text, cutBefore, actors);

  const items: Item[] = [];
  const itemOf = new Array<number>(tokens.length).fill(-1);
  const groupAt = new Map(groups.map((g) => [g.first, g]));
  for (let i = 0; i < tokens.length; ) {
    // A clause word that opens the sentence («نفت …») is kept as a cut: hedges read it.
    if (cutBefore[i] && (items.length || cutWord[i])) {
      const prev = items[items.length - 1];
      if (prev?.kind !== 'cut') items.push({ kind: 'cut', word: cutWord[i] ? i : null });
      else if (cutWord[i] && prev.word === null) prev.word = i;
    }
    if (cutWord[i]) {
      i += cutWord[i];
      continue;
    }
    const g = groupAt.get(i);
    if (g) {
      for (let k = g.first; k <= g.last; k++) itemOf[k] = items.length;
      items.push({ kind: 'group', group: g });
      i = g.last + 1;
      continue;
    }
    itemOf[i] = items.length;
    items.push({ kind: 'word', index: i });
    i++;
  }
  const adjunct = new Set(located.filter((l) => l.place).flatMap((l) => Array.from({ length: l.last - l.first + 1 }, (_, k) => l.first + k)));
  const { asideEnd, asideFrom } = parentheticals(text, tokens, items, itemOf, cutBefore, actors, p, wordsAt);
  return { tokens, readings, items, itemOf, actors, present, adjunct, asideEnd, asideFrom, wordsAt, has, hasClass };
}

const NO_ASIDES = new Int32Array(0);

/**
 * «تعهّد ميرتس، خلال مؤتمر صحفي مشترك مع ماكرون في باريس، بتقديم …»: a phrase between two commas that opens on a
 * time, place, occasion or relative word is an adjunct of the clause around it. Spans in items; none holds a cut,
 * and none ends inside a group that goes on past its closing comma.
 */
function parentheticals(text: string, tokens: Token[], items: Item[], itemOf: number[], cutBefore: boolean[], actors: Map<string, Actor>, p: RelationPatterns, wordsAt: ReadSentence['wordsAt']) {
  const asideEnd = new Int32Array(items.length).fill(-1);
  const asideFrom = new Int32Array(items.length).fill(-1);
  const comma = (i: number) => /[،,]/.test(between(text, tokens, i));
  // «التقى زوبي، مبعوث البابا فرنسيس للسلام، لي هوي»: a title right after a person opens its apposition.
  const afterPerson = (i: number) => {
    const prev = items[itemOf[i - 1]];
    return prev?.kind === 'group' && prev.group.last === i - 1 && prev.group.actors.some((id) => actors.get(id)?.type === 'person');
  };
  for (let i = 1; i < tokens.length; i++) {
    if (cutBefore[i] || !comma(i) || itemOf[i] < 0) continue;
    if (!wordsAt(p.parentheticals.openers, i) && !(wordsAt(p.parentheticals.titles, i) && afterPerson(i))) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= p.parentheticals.maxWords && !cutBefore[j] && !comma(j)) j++;
    // Closed by a comma before the clause goes on: «…، خلال لقائه …، بتقديم …».
    if (j >= tokens.length || j - i > p.parentheticals.maxWords || cutBefore[j] || itemOf[j] < 0) continue;
    const from = itemOf[i];
    const to = itemOf[j - 1];
    if (to < from || itemOf[j] === to) continue;
    asideEnd[from] = to;
    for (let k = from; k <= to; k++) if (asideFrom[k] < 0) asideFrom[k] = from;
  }
  return { asideEnd, asideFrom };
}
