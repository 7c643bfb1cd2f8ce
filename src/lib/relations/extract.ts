// Typed relations of one sentence: the rules of content/relation-patterns.yaml matched over
// the sentence as read by roles.ts. A pair is typed only when both actors fill a rule's
// slots; an actor and its own side, or a media source, never relate.
import type { Actor, EvidenceRelation, Mention, RelationType, Sentence } from '../types';
import { RELATION_TYPES, type CompiledRule, type RelationPatterns, type RuleElement } from './patterns';
import { modalHedged, objectOfSkipped } from './modality';
import { affiliationChain, ownSide, readSentence, sameSide, type ActorGroup, type ReadSentence, type SentenceContext } from './roles';

type Bindings = Map<string, ActorGroup>;

interface Match {
  bindings: Bindings;
  /** Tokens of the @class words the match used. */
  used: number[];
  /** First and last item of the match. */
  from: number;
  to: number;
}

/** Words before a match that may hedge it («لم يعقد», «عرضت استضافة»). */
const HEDGE_BEFORE = 2;
/** How far back a hedging clause word («نفى», «نفت») still governs a match: in effect its whole clause (the next cut ends it first; «نفت الخارجية صحة ما نشرته وسائل إعلام … عن اتصالات بين …»). */
const HEDGE_CLAUSE_ITEMS = 40;
/** A dateline before a sentence's first punctuation cut is at most this many items («عمان 14 حزيران (بترا)-»). */
const DATELINE_ITEMS = 6;
/** A call's object: the rule word at most this many words after its «إلى» («دعا إلى قرار أوروبي بتمديد …»). */
const CALL_OBJECT_WORDS = 4;

const isWord = (rs: ReadSentence, item: number, word: string) => {
  const it = rs.items[item];
  return it?.kind === 'word' && rs.tokens[it.index].norm === word;
};
const isBetween = (rs: ReadSentence, item: number) => isWord(rs, item, 'بين');
/** Is there a «مع» among the plain words from item `from` up to `to`? */
const skipsWith = (rs: ReadSentence, from: number, to: number) => {
  for (let k = to - 1; k >= from && rs.items[k].kind === 'word'; k--) if (isWord(rs, k, 'مع')) return true;
  return false;
};

function slotFits(rs: ReadSentence, el: Extract<RuleElement, { kind: 'slot' }>, item: number, taken: Set<number>): ActorGroup | null {
  const it = rs.items[item];
  if (it?.kind !== 'group' || it.group.actors.length < el.min) return null;
  if (el.person && rs.actors.get(it.group.actors[0])?.type !== 'person') return null;
  if (el.prep) {
    // «لأوكرانيا», «إلى أوكرانيا», or on the title before the name: «للرئيس بوتين», «بنظيره».
    const own = it.group.proclitic.replace(/^[وف]/, '') === el.prep;
    // «للأزمة بين روسيا وأوكرانيا»: after «بين» the group is the object of «بين», not of the ل before it; a word an
    // earlier rule read as its own is no title either («المحادثات الأمريكية الروسية … برعاية تركية»: the broker's word).
    const onTitle = !isBetween(rs, item - 1) && [1, 2].some((d) => {
      const prev = rs.items[item - d];
      if (prev?.kind !== 'word' || taken.has(prev.index)) return false;
      const norm = rs.tokens[prev.index].norm.replace(/^[وف]/, '');
      return norm === el.prep || (el.prep!.length === 1 && norm.startsWith(el.prep!) && norm.length > 3);
    });
    if (!own && !onTitle) return null;
  }
  return it.group;
}

interface MatchState {
  rs: ReadSentence;
  rule: CompiledRule;
  bindings: Bindings;
  used: number[];
  /** Tokens earlier rules took. */
  taken: Set<number>;
  out: Match[];
  apposition: RelationPatterns['apposition'];
  modality: RelationPatterns['modality'];
}

/** Every way elements k… match from item `at` on; the first element may start anywhere. */
function matchFrom(st: MatchState, k: number, at: number, start: number, skippedBefore = 0): void {
  const { rs, rule } = st;
  if (k === rule.elements.length) {
    st.out.push({ bindings: new Map(st.bindings), used: [...st.used], from: start, to: at - 1 });
    return;
  }
  const el = rule.elements[k];
  const first = k === 0;
  if (el.kind === 'start') {
    for (let i = at; i < rs.items.length; i++) {
      const it = rs.items[i];
      if (it.kind === 'cut' || (i > 0 && rs.items[i - 1].kind !== 'cut')) continue;
      if (el.conjunction && !opensOnConjunction(rs, i)) continue;
      matchFrom(st, 1, i, i);
    }
    return;
  }
  if (el.kind === 'cut') {
    // The next cut, when one of the listed words made it; the rule goes on after it. A rule that opens on a cut
    // («~نفت B … @accusation A», session 48) may start at any cut made by its words, and the match starts there:
    // the denial it names is the rule's own word, no hedge of what it reads (deniedByClause looks before it).
    for (let i = at; i < rs.items.length; i++) {
      const it = rs.items[i];
      if (it.kind === 'group') {
        if (first) continue;
        return;
      }
      if (it.kind !== 'cut') continue;
      if (it.word !== null && rs.wordsAt(el.words, it.word)) matchFrom(st, k + 1, i + 1, first ? i : start);
      if (!first) return;
    }
    return;
  }
  // A word right after a slot or a clause start follows it closely («روسيا تتهم»), unless the rule spaces it.
  const prev = rule.elements[k - 1];
  const gap = (prev?.kind === 'start' || (prev?.kind === 'slot' && el.kind === 'words')) && !el.spaced ? 0 : el.gap;
  let skipped = skippedBefore;
  for (let i = at; i < rs.items.length; i++) {
    const it = rs.items[i];
    if (it.kind === 'cut') {
      if (first) continue;
      return;
    }
    const from = first ? i : start;
    // A parenthetical between two commas («، خلال مؤتمر صحفي مع ماكرون في باريس،») is skipped whole, its parties
    // with it, as one more way on; the words inside it are still tried below.
    if (!first && rs.asideEnd[i] >= 0) matchFrom(st, k, rs.asideEnd[i] + 1, start, skipped);
    if (el.kind === 'slot') {
      // A group right after a skipped «بين» is the object of «بين», not of this slot; one after a
      // skipped «مع» is someone's partner, not a pair of its own («اتصالات مع الجانبين الروسي والأوكراني»).
      let fits = i > at && isBetween(rs, i - 1) ? null : slotFits(rs, el, i, st.taken);
      // A party inside a parenthetical the gap entered from outside is no object of the word before it («اتهم
      // لافروف، خلال محادثاته مع نظيره الهندي، الناتو …»); one after a word inside it is («، في اتصال مع Y،»).
      if (fits && !first && i > at && rs.asideFrom[i] >= at) fits = null;
      // Nor the object of a skipped word when it is a doer, a target or an accused («عقوبات تستهدف البنوك الروسية»).
      if (fits && !first && i > at) {
        const role = rule.doers.has(el.name) ? 'doer' : rule.accused.has(el.name) ? 'accused' : rule.targets.has(el.name) ? 'target' : null;
        if (role && objectOfSkipped(rs, st.modality, role, at, i, st.apposition)) fits = null;
      }
      const g = fits && el.min >= 2 && skipsWith(rs, first ? Math.max(0, i - 2) : at, i) ? null : fits;
      const had = st.bindings.get(el.name);
      if (g && (!had || had === g)) {
        st.bindings.set(el.name, g);
        matchFrom(st, k + 1, i + 1, from);
        if (had) st.bindings.set(el.name, had);
        else st.bindings.delete(el.name);
      }
    } else if (it.kind === 'word' && !(el.cls && st.taken.has(it.index))) {
      const len = rs.wordsAt(el.words, it.index);
      // A phrase lies on plain words only, none of them taken by an earlier rule.
      if (len && rs.itemOf[it.index + len - 1] === i + len - 1) {
        const tokens = Array.from({ length: len }, (_, j) => it.index + j);
        if (!el.cls || !tokens.some((t) => st.taken.has(t))) {
          if (el.cls) st.used.push(...tokens);
          matchFrom(st, k + 1, i + len, from);
          if (el.cls) st.used.splice(st.used.length - len, len);
        }
      }
    }
    if (first) continue;
    if (it.kind === 'group') return; // a gap skips plain words only
    // Nor a word the rule names later: that word is where a later element belongs.
    // (A loop, not slice().some(): this runs for every skipped word of every partial match.)
    let named = false;
    for (let j = k + 1; j < rule.elements.length && !named; j++) {
      const e = rule.elements[j];
      named = e.kind === 'words' && rs.wordsAt(e.words, it.index) > 0;
    }
    if (named) return;
    // A `....` gap skips an apposition's honorifics, titles and time words for free.
    if (el.free && (rs.wordsAt(st.apposition, it.index) || rs.adjunct.has(it.index))) continue;
    if (++skipped > gap) return;
  }
}

/** Does the clause at item i open on the conjunction و/ف: its first word, or the clause word before it («…، وأعلن عن …»)? */
function opensOnConjunction(rs: ReadSentence, i: number): boolean {
  const it = rs.items[i];
  const cut = rs.items[i - 1];
  if (cut?.kind === 'cut' && cut.word !== null) return /^[وف]/.test(rs.tokens[cut.word].norm);
  return it.kind === 'word' && /^[وف]/.test(rs.tokens[it.index].norm);
}

const tokenSpan = (rs: ReadSentence, item: number): [number, number] => {
  const it = rs.items[item];
  return it.kind === 'group' ? [it.group.first, it.group.last] : it.kind === 'word' ? [it.index, it.index] : [-1, -1];
};

/** Negated, refused, offered or merely wished: a hedge word inside the match or just before it. */
function hedged(rs: ReadSentence, m: Match, patterns: RelationPatterns): boolean {
  let from = m.from;
  for (let n = 0; n < HEDGE_BEFORE && from > 0 && rs.items[from - 1].kind === 'word'; n++) from--;
  const a = tokenSpan(rs, from)[0];
  const b = tokenSpan(rs, m.to)[1];
  for (let t = a; t <= b; t++) {
    const item = rs.items[rs.itemOf[t]];
    // A word the rule itself matched is no hedge of it («لمّ شمل» is no «لم»); a hedge of several words that only
    // starts on it is («التبادل التجاري»: the rule took «التبادل», an exchange of goods).
    const len = item?.kind === 'word' ? rs.wordsAt(patterns.hedges, t) : 0;
    if (len && [...Array(len).keys()].some((d) => !m.used.includes(t + d))) return true;
  }
  // Offers and readiness reach further back in the clause («أبدت استعدادها لاستضافة جولة من المفاوضات بين…»).
  for (let i = m.from - 1, n = 0; i >= 0 && n < patterns.hedgesFar.reach && rs.items[i].kind !== 'cut'; i--, n++) {
    const it = rs.items[i];
    if (it.kind === 'word' && rs.wordsAt(patterns.hedgesFar.words, it.index)) return true;
  }
  // «ودعا زيلينسكي إلى قرار أوروبي بتمديد العقوبات»: what a call asks for — the rule word a few words
  // after its «إلى» — is not stated; a meeting named before the «إلى» is («دعا … خلال لقائه … إلى حل»).
  if (m.used.length) {
    const word = Math.min(...m.used);
    for (let t = word - 1; t >= 0 && t >= word - 1 - CALL_OBJECT_WORDS; t--) {
      const item = rs.itemOf[t];
      if (rs.items[item]?.kind !== 'word' || !rs.wordsAt(patterns.hedgesCall.to, t, 'bare')) continue;
      for (let i = item - 1; i >= 0; i--) {
        const it = rs.items[i];
        const w = it.kind === 'word' ? it.index : it.kind === 'cut' ? it.word : null;
        if (w !== null && rs.wordsAt(patterns.hedgesCall.words, w, 'bare')) return true;
        if (it.kind === 'cut') break;
      }
      break;
    }
  }
  // Only denied, or only wished, threatened, studied, supposed, cancelled or declined (modality.ts).
  return deniedByClause(rs, m, patterns) || modalHedged(rs, m.from, m.to, m.used, patterns);
}

/** «نفت الخارجية أن يكون لافروف قد التقى …»: a hedging clause word (a denial) governs the clause it opens and the «أن» clause after it. */
function deniedByClause(rs: ReadSentence, m: Match, patterns: RelationPatterns): boolean {
  for (let i = m.from - 1, n = 0; i >= 0 && n < HEDGE_CLAUSE_ITEMS; i--, n++) {
    const it = rs.items[i];
    if (it.kind !== 'cut') continue;
    if (it.word === null) return false;
    if (rs.wordsAt(patterns.hedges, it.word, 'bare')) return true;
    if (!rs.wordsAt(patterns.complements, it.word, 'bare')) return false;
  }
  return false;
}

export interface SentenceRelations {
  /** Actors of the sentence that may form edges (media and nisbas inside names left out). */
  present: string[];
  /** Typed relations the sentence states, RELATION_TYPES order then from, to. */
  relations: EvidenceRelation[];
}

/** A group of two or more parties not of one side. */
const twoParties = (g: ActorGroup, actors: Map<string, Actor>) => g.actors.some((x, i) => g.actors.some((y, j) => j > i && !sameSide(x, y, actors)));

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isPerson = (id: string, actors: Map<string, Actor>) => actors.get(id)?.type === 'person';

/** What one sentence says about its actors. `mentions` are the sentence's own mentions. */
export function sentenceRelations(sentence: Pick<Sentence, 'text' | 'start'>, mentions: Mention[], actors: Map<string, Actor>, patterns: RelationPatterns, context?: SentenceContext): SentenceRelations {
  const rs = readSentence(sentence.text, sentence.start, mentions, actors, patterns, context);
  const groups = rs.items.flatMap((it) => (it.kind === 'group' ? [it.group] : []));
  const carried = context?.subject;
  if (new Set([...groups.flatMap((g) => [...g.actors, ...g.sides]), ...(carried ? [carried] : [])]).size < 2) return { present: rs.present, relations: [] };
  // Implicit slots: S, the sentence's first named person (whom «لقائه» means); T, its first party.
  const implicit: Bindings = new Map();
  const person = groups.find((g) => actors.get(g.actors[0])?.type === 'person');
  if (person) implicit.set('S', person);
  // T stands for one subject: a first group of two parties («التقى ترامب وبوتين …، قبل أن يستقبل زيلينسكي») is
  // no subject of a later singular verb, and which of the two is, the sentence does not say.
  if (groups[0] && !twoParties(groups[0], actors)) implicit.set('T', groups[0]);
  // P: every party of the sentence's first clause, the subject of a dual or plural verb after
  // it («وصل ماكرون برفقة توسك، حيث التقيا زيلينسكي»); a dateline's clause names none («الرياض - واس: وصل
  // روبيو وويتكوف إلى الرياض، حيث يلتقيان غدا الوفد الروسي»): the first clause that names a party.
  const firstGroup = rs.items.findIndex((it) => it.kind === 'group');
  const firstCut = rs.items.findIndex((it, i) => it.kind === 'cut' && i > 0 && i > firstGroup);
  const opening = groups.filter((g) => firstCut < 0 || rs.itemOf[g.first] < firstCut);
  // «شارك شي ومودي في قمة منظمة شنغهاي، حيث التقيا بوتين»: when people are named, they are the «two».
  let openers = [...new Set(opening.flatMap((g) => g.actors))];
  if (openers.filter((id) => actors.get(id)?.type === 'person').length >= 2) openers = openers.filter((id) => actors.get(id)?.type === 'person');
  if (opening.length) implicit.set('P', { ...opening[0], actors: openers, sides: [...new Set(opening.flatMap((g) => g.sides))] });
  // R: the subject of the sentence before, for a verb with no subject of its own («وصل فيدان إلى موسكو. وأكد أنه
  // بحث مع …», «… . ومن المقرر أن يجتمع غداً مع …»). It holds only for a match with no party before it in its
  // sentence but places and the carried subject's own bodies («وأعلنت الخارجية العراقية أنه بحث …»): a party named
  // before the verb is its subject.
  if (carried) implicit.set('R', { actors: [carried], sides: [], first: -1, last: -1, proclitic: '' });
  // The sentence goes on from the one before: it opens on «و/ف» («وأكد …», «ومن المقرر …», «وخلال الزيارة …»), or
  // on a bare title, maybe behind its verb («وزير الخارجية يتلقى اتصالاً …», «بحث نائب رئيس الوزراء … مع …»: the one
  // the headline named), also after a dateline («عمان (بترا)- بحث …»). One that opens on another word names its own
  // subject, linked or not («السوداني يتلقى اتصالاً من زيلينسكي»).
  const opensOn = (t: number) => {
    const w = rs.tokens[t]?.norm ?? '';
    return (/^[وف]/.test(w) && !patterns.notConjunction.has(w)) || rs.wordsAt(patterns.titles, t) > 0 || rs.wordsAt(patterns.titles, t + 1) > 0;
  };
  const dateline = rs.items.findIndex((it) => it.kind === 'cut' && it.word === null);
  const afterDateline = dateline > 0 && dateline <= DATELINE_ITEMS ? rs.items[dateline + 1] : undefined;
  const goesOn = opensOn(0) || (afterDateline?.kind === 'word' && opensOn(afterDateline.index));
  const carriedFits = (m: Match) => {
    if (!goesOn) return false;
    for (let i = 0; i < m.from; i++) {
      const it = rs.items[i];
      if (it.kind !== 'group' || rs.adjunct.has(it.group.first)) continue;
      if (!it.group.actors.every((x) => actors.get(x)?.type !== 'person' && sameSide(x, carried!, actors))) return false;
    }
    return true;
  };
  let usedCarried = false;

  const taken = new Set<number>();
  const found = new Map<string, EvidenceRelation>();
  const add = (type: RelationType, a: string, b: string, directed: boolean) => {
    if (a === b || ownSide(a, b, actors)) return;
    const [from, to] = directed || a < b ? [a, b] : [b, a];
    found.set(`${type}|${from}|${to}`, { type, from, to, directed });
  };
  rules: for (const rule of patterns.rules) {
    // By slot, in a loop (not every() with a closure, nor a lookup of the set): 345 rules per sentence.
    for (const slot of rule.needSlots) if (!rs.hasClass(slot)) continue rules;
    const st: MatchState = { rs, rule, bindings: new Map(), used: [], taken, out: [], apposition: patterns.apposition, modality: patterns.modality };
    matchFrom(st, 0, 0, 0);
    for (const m of st.out) {
      if (m.used.some((t) => taken.has(t))) continue; // an earlier match of this rule took the word
      if (hedged(rs, m, patterns)) {
        for (const t of m.used) taken.add(t);
        continue;
      }
      const before = found.size;
      const apart = rs.tokens.some((_, t) => t > tokenSpan(rs, m.from)[0] && rs.wordsAt(patterns.apart, t) > 0);
      const group = (slot: string) => m.bindings.get(slot) ?? implicit.get(slot);
      const parties = (slot: string, sides: boolean) => {
        const g = group(slot);
        if (!g) return [];
        if (sides) return [...g.actors, ...g.sides];
        // «الوفد الأوكراني برئاسة عمروف»: the delegation's country acts beside its head.
        if (g.delegates) return [...g.actors, ...g.delegates];
        // «… الحزب الشيوعي الصيني ووزير الخارجية وانغ يي»: a country or body beside its own person in
        // one group is that person's side, not a party of its own (the most specific actor acts; a
        // body beside its country, «كيانات روسية والكرملين», stays a party).
        return g.actors.length < 2 ? g.actors : g.actors.filter((x) => !g.actors.some((y) => y !== x && actors.get(y)?.type === 'person' && affiliationChain(y, actors).includes(x)));
      };
      for (const g of rule.gives) {
        // An implicit subject that is the object's own group («وتتهم كييف … بـ» read as «…، واتهمت كييف بـ») states nothing.
        if (g.b !== null && group(g.a) === group(g.b)) continue;
        const carries = g.a === 'R' || g.b === 'R';
        if (carries && (!carried || !carriedFits(m))) continue;
        const had = found.size;
        // A carried subject relates to dictionary actors only: a discovered name is too often a misread phrase.
        const undiscovered = (ids: string[]) => (carries ? ids.filter((x) => !actors.get(x)?.discovered) : ids);
        const A = undiscovered(parties(g.a, g.sides));
        if (g.b === null) {
          // «التقى … نظيريه الروسي والأوكراني في لقاءين منفصلين»: the list met someone apart, not each other.
          if (apart) continue;
          // Two of one side in one group are colleagues, not parties (Witkoff and Kushner).
          for (const x of A) for (const y of A) if ((x < y || (g.directed && x !== y)) && !sameSide(x, y, actors)) add(g.type, x, y, g.directed);
        } else {
          const B = undiscovered(parties(g.b, g.sides));
          // A host who is one of the parties, or on one's side («اللقاء بين الوزيرين الروسي والتركي …
          // تستضيفها أنقرة», «أعلن زيلينسكي عن تبادل بين أوكرانيا وروسيا»), mediates nothing.
          if (g.type === 'mediation' && A.some((x) => B.some((y) => x === y || sameSide(x, y, actors)))) continue;
          // A delegation's country meets the other side's country or body, not its named person: that cross pair
          // («الوفد الأوكراني برئاسة عمروف» with Lammy) is the heads' level, the labels' convention 1.
          const dA = g.sides ? [] : (group(g.a)?.delegates ?? []);
          const dB = g.sides ? [] : (group(g.b)?.delegates ?? []);
          const cross = (x: string, y: string) => (dA.includes(x) && !dB.includes(y) && isPerson(y, actors)) || (dB.includes(y) && !dA.includes(x) && isPerson(x, actors));
          for (const x of A) for (const y of B) if (!cross(x, y)) add(g.type, x, y, g.directed);
        }
        if (carries && found.size > had) usedCarried = true;
      }
      // A match that relates nobody («واتهمت» with the subject as its own object) leaves its words to later rules.
      if (found.size > before) for (const t of m.used) taken.add(t);
    }
  }
  const order = (t: RelationType) => RELATION_TYPES.indexOf(t);
  const relations = [...found.values()].sort((a, b) => order(a.type) - order(b.type) || cmpStr(a.from, b.from) || cmpStr(a.to, b.to));
  // The carried subject is named in the sentence before, not this one: it joins this sentence's parties when it relates.
  return { present: usedCarried && !rs.present.includes(carried!) ? [...rs.present, carried!] : rs.present, relations };
}
