// The general reader (session 49): after every rule set, and only for pairs the rules related in no way, a relation
// word of a type (content/relation-patterns.yaml `general_reader`: verbs, nouns, converse verbs) and the parties in
// argument positions around it — a subject before the word or right after a verb, an object on a preposition of the
// type («مع», «على», «ل» …), a construct or adjective right after a noun («تمويل دنماركي», «محادثات X وY»), the
// parties of one coordinated group — weighed by evidence: the distance in words, a clause cut crossed, another party
// nearer the word, into one score with one threshold (chosen on dev). A hedge (negation, offer, call, condition) is
// read by the same tests as a rule's match. Why a reader and not more rules: each session's rules read the shapes their
// writer saw and reached none of the next blind set's (docs/relations.md, sessions 46–48); the arguments of a
// relation word are the part that transfers.
import { normalizeArabic } from '../arabic';
import { DIRECTED_TYPES, RELATION_TYPES, type RelationPatternsData, type RelationType } from '../data/schemas';
import type { Actor } from '../types';
import type { ActorGroup, ReadSentence } from './roles';
import { sameSide } from './sides';
import { compilePhrase, PhraseSet } from './words';

export interface GeneralTrigger {
  type: RelationType;
  words: PhraseSet;
  /** verb: its subject before it or right after it; noun: its doer right after it (construct, adjective) or the clause's subject; converse: the subject receives, the giver follows («حصلت كييف على … من»). */
  role: 'verb' | 'noun' | 'converse';
}

export interface GeneralReader {
  triggers: GeneralTrigger[];
  /** Prepositions (normalised, without و/ف) that mark the other side of each type: «مع» for talks, «على» for sanctions … */
  objects: Record<RelationType, Set<string>>;
  /** The preposition of a giver, a doer of a passive or a broker («من»). */
  from: Set<string>;
  /** Items looked at on each side of the word. */
  window: number;
  threshold: number;
  weights: { distance: number; cut: number; comma: number; between: number; bare_object: number; pair: number; noun_subject: number };
  /** Words right before a noun that make it a charge or a reason, not a relation («بتهمة تزويد …», «بذريعة دعم …»). */
  reasons: PhraseSet;
  /** Title words a preposition may stand before («مع الرئيس الأميركي …»). */
  titles: PhraseSet;
  /** Honorifics and time words: no distance (the rules' `....` gap skips the same). */
  apposition: PhraseSet;
}

interface Candidate {
  group: ActorGroup;
  item: number;
  /** Items between it and the word, cuts crossed, commas crossed (no cut: «،» cuts only before «و»), other groups between. */
  distance: number;
  cuts: number;
  commas: number;
  between: number;
  prep: string;
}

/** Bare prepositions written as a word of their own before a party. */
const PREP_WORDS = new Set(['مع', 'على', 'إلى', 'ضد', 'من', 'بين', 'عن', 'لدى', 'نحو', 'تجاه', 'حول', 'بشأن', 'عبر', 'خلال', 'في', 'أمام'].map((w) => normalizeArabic(w)));

/** The preposition a group stands on: its own proclitic («لأوكرانيا», «بلافروف») or the plain word right before it («على موسكو»). */
function prepOf(rs: ReadSentence, item: number, g: ActorGroup, titles: PhraseSet): string {
  const own = g.proclitic.replace(/^[وف]/, '').replace(/^لل?$/, 'ل').replace(/^بال$/, 'ب');
  if (own === 'ل' || own === 'ب') return own;
  for (let k = item - 1; k >= 0 && k >= item - 3; k--) {
    const it = rs.items[k];
    if (it.kind !== 'word') break;
    const w = rs.tokens[it.index].norm.replace(/^[وف](?=..)/, '');
    if (PREP_WORDS.has(w)) return w;
    // On the title or partner word before the name («لنظيره الأوكراني», «للرئيس …», «بنظيره»).
    if (k === item - 1 && /^[لب]/.test(w) && w.length > 3 && (/^[لب]نظير/.test(w) || rs.wordsAt(titles, it.index))) return w[0];
    // A title between the preposition and the name («مع الرئيس الأميركي …»): keep looking back over it.
    if (!/^ال/.test(w) && !/^نظير/.test(w) && !rs.wordsAt(titles, it.index)) break;
  }
  return '';
}

const tokenEnd = (rs: ReadSentence, item: number) => {
  const it = rs.items[item];
  return it.kind === 'group' ? rs.tokens[it.group.last].end : it.kind === 'word' ? rs.tokens[it.index].end : 0;
};
const tokenStart = (rs: ReadSentence, item: number) => {
  const it = rs.items[item];
  return it.kind === 'group' ? rs.tokens[it.group.first].start : it.kind === 'word' ? rs.tokens[it.index].start : 0;
};

/** The groups around item `at`, nearest first, with the evidence between each and the word. */
function around(rs: ReadSentence, text: string, at: number, step: 1 | -1, window: number, titles: PhraseSet, free: PhraseSet): Candidate[] {
  const out: Candidate[] = [];
  let distance = 0;
  let cuts = 0;
  let commas = 0;
  for (let i = at + step; i >= 0 && i < rs.items.length && distance <= window; i += step) {
    // A comma between this item and the one before it (towards the word).
    const [lo, hi] = step > 0 ? [i - 1, i] : [i, i + 1];
    if (rs.items[lo]?.kind !== 'cut' && rs.items[hi]?.kind !== 'cut' && /[،,]/.test(text.slice(tokenEnd(rs, lo), tokenStart(rs, hi)))) commas++;
    const it = rs.items[i];
    if (it.kind === 'cut') {
      if (++cuts > 1) break;
      continue;
    }
    if (it.kind === 'group') {
      if (!rs.adjunct.has(it.group.first)) out.push({ group: it.group, item: i, distance, cuts, commas, between: out.length, prep: prepOf(rs, i, it.group, titles) });
      continue;
    }
    // Honorifics, titles and time words between («ضيف الرئيس …», «… أمس الرئيس …») are no distance.
    if (!rs.wordsAt(free, it.index) && !rs.wordsAt(titles, it.index) && !/^[وفلب]?نظير/.test(rs.tokens[it.index].norm)) distance++;
  }
  return out;
}

/** Is the noun at item t a charge or a reason: a reason word at most three plain words before it? */
function reasonBefore(rs: ReadSentence, t: number, reasons: PhraseSet): boolean {
  for (let i = t - 1; i >= 0 && i >= t - 3; i--) {
    const it = rs.items[i];
    if (it.kind !== 'word') return false;
    if (rs.wordsAt(reasons, it.index)) return true;
  }
  return false;
}

/** Is there a reason or charge word among the items between a and b? */
function reasonBetween(rs: ReadSentence, a: number, b: number, reasons: PhraseSet): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
    const it = rs.items[i];
    if (it.kind === 'word' && rs.wordsAt(reasons, it.index)) return true;
  }
  return false;
}

/** Does the clause of item t hold a word a rule used? */
function clauseTaken(rs: ReadSentence, t: number, taken: Set<number>): boolean {
  for (const step of [-1, 1]) {
    for (let i = t + step; i >= 0 && i < rs.items.length; i += step) {
      const it = rs.items[i];
      if (it.kind === 'cut') break;
      if (it.kind === 'word' && taken.has(it.index)) return true;
    }
  }
  return false;
}

export interface GeneralFound {
  type: RelationType;
  a: string;
  b: string;
  directed: boolean;
  score: number;
  from: number;
  to: number;
}

const parties = (g: ActorGroup) => g.actors;
/** A noun's own pair stands right after it, or after «بين» («محادثات X وY», «لقاء بين X وY»); further on it is a list of something else («تحدث في الجلسة … كل من X وY»). */
const PAIR_DISTANCE = 1;
/** A nisba («دنماركي», «الكندية», «الأوروبيين»): after a noun of a directed type it names the doer, a name names its object («تزويد أوكرانيا»). */
const NISBA_END = /(ي|يه|يين|يون|يان|يتين|يتان)$/;
const isNisba = (rs: ReadSentence, g: ActorGroup) => g.first === g.last && NISBA_END.test(rs.tokens[g.last].norm);
/** Words at most between a subject and its bare object. */
const BARE_WORDS = 3;
/** Each member of a coordinated group as a candidate of its own. */
const members = (c: Candidate): Candidate[] => c.group.actors.map((id) => ({ ...c, group: { ...c.group, actors: [id] } }));

/**
 * What the general reader finds in one read sentence (`text`: the sentence, for its commas). `taken`: tokens the rules used; `related(a, b)`: did a rule
 * relate these two already (any type); `hedged(from, to, used)`: the rules' hedge tests on that span.
 */
export function generalRelations(rs: ReadSentence, text: string, reader: GeneralReader, actors: Map<string, Actor>, taken: Set<number>, related: (a: string, b: string) => boolean, hedged: (from: number, to: number, used: number[]) => boolean): GeneralFound[] {
  const found: GeneralFound[] = [];
  // Only the types whose words the sentence holds (one pass over its readings each, cached): most hold none.
  const triggers = reader.triggers.filter((tr) => rs.has(tr.words));
  if (!triggers.length) return found;
  const w = reader.weights;
  // `partner`: the other end of the pair, not counted as a party between the word and this one («حرمت X مصارف Y»).
  const score = (c: Candidate, partner?: Candidate) => {
    const between = partner && partner.item !== c.item && Math.sign(partner.item - tItem) === Math.sign(c.item - tItem) && Math.abs(partner.item - tItem) < Math.abs(c.item - tItem) ? c.between - 1 : c.between;
    return 1 - w.distance * Math.max(0, c.distance - 1) - w.cut * c.cuts - w.comma * c.commas - w.between * between;
  };
  let tItem = 0;
  for (let t = 0; t < rs.items.length; t++) {
    const it = rs.items[t];
    if (it.kind !== 'word' || taken.has(it.index)) continue;
    tItem = t;
    // A clause a rule read already: a directed relation word beside it is that relation's charge, reason or detail
    // («فرضت … عقوبات على … بتهمة مساعدة روسيا», «يبحث مع نظيره … ويؤكد دعم مصر للحلول»), no relation of its own.
    // (A meeting's or a broker's word is not: «حلّ ضيفاً على لافروف في موسكو» beside the rules' visit.)
    const ruleClause = clauseTaken(rs, t, taken);
    for (const trigger of triggers) {
      if (ruleClause && DIRECTED_TYPES.includes(trigger.type)) continue;
      const len = rs.wordsAt(trigger.words, it.index);
      if (!len) continue;
      if (trigger.role === 'noun' && reasonBefore(rs, t, reader.reasons)) continue;
      const used = Array.from({ length: len }, (_, k) => it.index + k);
      const left = around(rs, text, t, -1, reader.window, reader.titles, reader.apposition);
      const right = around(rs, text, t + len - 1, 1, reader.window, reader.titles, reader.apposition);
      const type = trigger.type;
      const objects = reader.objects[type];
      const give = (doer: Candidate, other: Candidate, s: number) => {
        if (s < reader.threshold) return;
        // A party behind a reason or charge word is inside that reason («تطال مصارف إقليمية بذريعة مساعدة روسيا»).
        if (reasonBetween(rs, t, doer.item, reader.reasons) || reasonBetween(rs, t, other.item, reader.reasons)) return;
        const from = Math.min(doer.item, other.item, t);
        const to = Math.max(doer.item, other.item, t + len - 1);
        for (const a of parties(doer.group))
          for (const b of parties(other.group)) {
            if (a === b || sameSide(a, b, actors) || related(a, b)) continue;
            if (hedged(from, to, used)) return;
            found.push({ type, a, b, directed: DIRECTED_TYPES.includes(type), score: s, from, to });
          }
      };
      // One coordinated group of two parties after a noun of talks («محادثات X وY», «بين X وY»): its members.
      if (type === 'talks' && trigger.role === 'noun') {
        const g = right[0];
        if (g && g.distance <= PAIR_DISTANCE && g.group.actors.length >= 2 && (g.prep === '' || g.prep === 'بين')) {
          const s = score(g) - w.pair;
          const each = members(g);
          for (let i = 0; i < each.length; i++) for (let j = i + 1; j < each.length; j++) give(each[i], each[j], s);
        }
      }
      // Mediation: the broker right after the word («بمساع من الإمارات», «بجهود قطرية») or its subject before it;
      // the parties the nearest group of two (or more) beside it.
      if (type === 'mediation') {
        const broker = right[0] && right[0].distance <= 1 && right[0].group.actors.length === 1 && (right[0].prep === '' || reader.from.has(right[0].prep)) ? right[0] : left.find((c) => c.prep === '');
        const pair = [...right, ...left].filter((c) => c !== broker && c.group.actors.length >= 2).sort((a, b) => a.distance - b.distance)[0];
        if (broker && pair) for (const id of pair.group.actors) give(broker, { ...pair, group: { ...pair.group, actors: [id] } }, Math.min(score(broker, pair), score(pair, broker)));
        continue;
      }
      // The subject: a bare group right after a verb (VSO), else the nearest bare group before the word.
      const afterVerb = trigger.role !== 'noun' && right[0] && right[0].prep === '' && right[0].distance <= 1 && right[0].cuts === 0 ? right[0] : undefined;
      // After a noun: a nisba, or a name followed by the type's preposition, is the doer («تمويل دنماركي», «دعم اليابان
      // لكييف»); a name alone is the object («تزويد أوكرانيا», «تحميل إيران مسؤولية …»: the doer is before the noun).
      const next = trigger.role === 'noun' && right[0] && right[0].prep === '' && right[0].distance === 0 && right[0].cuts === 0 ? right[0] : undefined;
      const construct = next && (type === 'talks' || isNisba(rs, next.group) || right.slice(1).some((c) => objects.has(c.prep))) ? next : undefined;
      const nounObject = next && !construct ? next : undefined;
      // A noun's doer may stand right before it on «ل» («البيان الختامي لمجموعة السبع تحميل …»).
      // A verb's subject before it is in its clause: a clause of its own after a cut has its own (a passive «، وخُصص …»).
      // A nisba before a noun describes a noun of its own («أطفال أوكرانيين», «بوساطة قطرية»), it is no subject of this one.
      const before = left.find((c) => (c.prep === '' || (trigger.role === 'noun' && c.prep === 'ل' && c.distance === 0)) && (trigger.role === 'noun' ? !isNisba(rs, c.group) : c.cuts === 0));
      const subject = afterVerb ?? construct ?? before;
      if (!subject) continue;
      // A coordinated subject of talks («وجلس ويتكوف ودميترييف إلى طاولة واحدة»): its members met.
      if (type === 'talks' && subject.group.actors.length >= 2) {
        const each = members(subject);
        for (let i = 0; i < each.length; i++) for (let j = i + 1; j < each.length; j++) give(each[i], each[j], score(subject) - w.pair);
        continue;
      }
      // The other side: a group on the type's preposition (either side, nearest), else a bare group after the subject.
      // Nearest first: on the preposition after the word, bare after the subject («حمّل المندوب X موسكو تبعات …»), on the preposition before it («وصلت إلى X شحنة تبرعت بها Y»).
      const onPrep = right.find((c) => c !== subject && objects.has(c.prep)) ?? left.find((c) => c !== subject && objects.has(c.prep) && !right.some((r) => r.prep === '' && r.item > subject.item));
      // A bare object follows its subject closely («حرمت المملكة المتحدة ثلاثة مصارف روسية»); further on, a bare name is
      // inside some other phrase («حمّل الكرملين «مرتزقة أجانب» يقاتلون إلى جانب أوكرانيا مسؤولية …»).
      const bare = right.find((c) => c !== subject && c.prep === '' && c.item > subject.item && c.distance - (subject.item > t ? subject.distance : 0) <= BARE_WORDS);
      const giver = trigger.role === 'converse' ? [...right, ...left].find((c) => c !== subject && reader.from.has(c.prep)) : undefined;
      if (trigger.role === 'converse') {
        const g = giver ?? bare;
        if (g) give(g, subject, Math.min(score(subject, g), score(g, subject)) - (giver ? 0 : w.bare_object));
        continue;
      }
      // A construct's doer is the subject; the clause's subject before the noun is then the other side («تمكنت أوكرانيا … بفضل تمويل دنماركي»).
      // Talks need their partner on a preposition (or a noun's own partner right after it, «ضيف الرئيس X … Y»): a bare
      // name after the subject is whose meeting it is, or where («اجتماعاً لرؤساء أركان دول الناتو»).
      // Support reaches its receiver on «ل/إلى» or as a noun's object: a bare name after the giver is what is handed
      // or whom («سلّم عراقجي بوتين رسالة خطية»). Sanctions and accusation take their target bare («حرمت X مصارف روسية»).
      // Talks take a bare partner only after a person's own noun («ضيف الرئيس X … الرئيس Y»), both people: a body's
      // meeting is its own («اجتماع مجلس الأمن حول أوكرانيا»).
      const people = construct !== undefined && bare !== undefined && [construct, bare].every((c) => c.group.actors.every((id) => actors.get(id)?.type === 'person'));
      const bareOk = type === 'sanctions' || type === 'accusation' || (type === 'talks' ? people : construct !== undefined);
      // A construct's doer with the clause's subject as the other side is a directed relation's shape («تمكنت أوكرانيا …
      // بفضل تمويل دنماركي»); for talks it is a body's own meeting someone takes part in («شاركت قطر في اجتماع مجلس الأمن»).
      const other = nounObject ?? onPrep ?? (bareOk ? bare : undefined) ?? (construct && before && type !== 'talks' ? before : undefined);
      if (!other) continue;
      // A noun's doer read as the clause's subject before it is weaker evidence than a verb's subject or its own construct.
      const weak = trigger.role === 'noun' && subject === before ? w.noun_subject : 0;
      give(subject, other, Math.min(score(subject, other), score(other, subject)) - (onPrep && other === onPrep ? 0 : w.bare_object) - weak);
    }
  }
  return found;
}

type GeneralReaderData = NonNullable<RelationPatternsData['general_reader']>;

/** The validated `general_reader` data compiled: verbs as verbs (only و/ف before them), nouns with article and proclitics. */
export function compileGeneralReader(data: GeneralReaderData | undefined, titles: PhraseSet, apposition: PhraseSet): GeneralReader | null {
  if (!data) return null;
  const set = (list: string[], verb: boolean) => new PhraseSet(list.map((w) => compilePhrase(w, verb)));
  const bare = (list: string[]) => new Set(list.map((w) => normalizeArabic(w)));
  const triggers: GeneralTrigger[] = [];
  const objects = {} as GeneralReader['objects'];
  for (const type of RELATION_TYPES) {
    const t = data.types[type];
    if (t.verbs.length) triggers.push({ type, words: set(t.verbs, true), role: 'verb' });
    if (t.nouns.length) triggers.push({ type, words: set(t.nouns, false), role: 'noun' });
    if (t.converse.length) triggers.push({ type, words: set(t.converse, true), role: 'converse' });
    objects[type] = bare(t.objects);
  }
  return { triggers, objects, from: bare(data.from), window: data.window, threshold: data.threshold, weights: data.weights, reasons: set(data.reasons, false), titles, apposition };
}
