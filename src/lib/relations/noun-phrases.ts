// Noun phrases and groups of one sentence, split from roles.ts (session 48, no rule changed): a title's
// nisba or body and the person it introduces are one phrase; phrases joined by «و» (or bare nisbas side
// by side) are one group — one slot of a rule. readSentence (roles.ts) calls them on the located parties.
import type { Token } from '../arabic';
import type { Actor } from '../types';
import type { RelationPatterns } from './patterns';
import type { ActorGroup, Located, ReadSentence } from './roles';
import { affiliationChain, ownSide, sameSide } from './sides';

/** Title words that may sit between «و» and the next party («ووزير الدفاع والقوات المسلحة الفرنسي»). */
const TITLE_WORDS = 5;
/** An apposition of one's own side may sit this far from its head («سيبيها وزير خارجية أوكرانيا»). */
const APPOSITION_WORDS = 4;

const TYPE_RANK: Record<Actor['type'], number> = { person: 0, organization: 1, country: 2 };
/** A discovered person ranks after every dictionary actor of his phrase. */
const DISCOVERED_RANK = 300;

export interface NounPhrase {
  head: string;
  members: string[];
  first: number;
  last: number;
  proclitic: string;
  place: boolean;
  nisba: boolean;
  also?: string[];
  /** A delegation's nisba («الوفد الأوكراني»): its country stays a party when a head or members join the phrase. */
  delegation?: string;
}

/** Does a token start with the conjunction و (and not a word such as وزير)? */
export function conjunctionLed(t: Token, p: RelationPatterns): boolean {
  if (t.norm === 'و') return true;
  return t.norm.length > 3 && t.norm.startsWith('و') && !p.notConjunction.has(t.norm);
}

const cutWithin = (cutBefore: boolean[], from: number, to: number) => {
  for (let k = from; k <= to; k++) if (cutBefore[k]) return true;
  return false;
};

/** Noun phrases: a title's nisba or body and its person, an apposition of one's own side. */
export function nounPhrases(located: Located[], tokens: Token[], cutBefore: boolean[], actors: Map<string, Actor>, p: RelationPatterns, wordsAt: ReadSentence['wordsAt']): NounPhrase[] {
  const type = (id: string) => actors.get(id)!.type;
  // A person the dictionary lacks (discovered) heads no phrase that names his country or body: «رئيس الحكومة
  // الإسرائيلية بنيامين نتنياهو» acts as Israel, the labels' convention for unknown officials (session 50, 19m);
  // alone, he still heads his own phrase.
  const rank = (id: string) => (actors.get(id)?.discovered ? DISCOVERED_RANK : TYPE_RANK[type(id)] * 100) - affiliationChain(id, actors).length;
  const phrases: NounPhrase[] = [];
  for (const l of located) {
    const prev = phrases[phrases.length - 1];
    if (prev && !l.place && !prev.place && !l.also && !prev.also) {
      const gap = l.first - prev.last - 1;
      const conj = (l.proclitic.startsWith('و') && gap === 0) || (gap > 0 && conjunctionLed(tokens[prev.last + 1], p));
      const person = type(l.actorId) === 'person';
      const prevPerson = prev.members.some((m) => type(m) === 'person');
      const related = prev.members.some((m) => ownSide(m, l.actorId, actors));
      // «وزير الخارجية الروسي سيرغي لافروف», «سيبيها وزير خارجية أوكرانيا», «الممثل الخاص للرئيس الروسي».
      // A word with a preposition between is no apposition («اتهامات روسية لكييف بقصف محطة زابوريجيا»).
      const prepositionBetween = gap > 0 && tokens.slice(prev.last + 1, l.first).some((t) => /^[بل]/.test(t.norm) && t.norm.length > 3 && !t.norm.startsWith('لل'));
      const apposition =
        related &&
        !prepositionBetween &&
        (gap <= 1 || (gap <= APPOSITION_WORDS && l.kind === 'nisba') || (gap <= 3 && ((prevPerson && type(l.actorId) === 'country') || (prev.nisba && person))));
      // «الرئيس الأوكراني فولوديمير زيلينسكي» even when the dictionary lacks his affiliation.
      // … but not a person of another country («الوفدين الروسي والأوكراني برئاسة ميدينسكي»).
      const country = affiliationChain(l.actorId, actors).find((a) => a !== l.actorId && actors.get(a)?.type === 'country');
      const title = gap <= 1 && person && prev.nisba && (!country || prev.members.includes(country));
      // «مفوض البرلمان الأوكراني لحقوق الإنسان دميترو لوبينيتس».
      const colleague = gap <= 3 && person && !prevPerson && prev.members.some((m) => sameSide(m, l.actorId, actors));
      // A phrase after «بين» is the object of «بين», never an apposition of the one before it.
      const afterBetween = tokens.slice(prev.last + 1, l.first).some((t) => t.norm === 'بين');
      if (!conj && !afterBetween && !cutWithin(cutBefore, prev.last + 1, l.first) && (apposition || title || colleague)) {
        prev.members.push(l.actorId);
        // A delegation's nisba with its head after it; not a head's title («رئيس الوفد الأوكراني رستم عمروف»: the head alone).
        const delegation = prev.first > 0 && wordsAt(p.delegations, prev.first - 1) && !(prev.first > 1 && wordsAt(p.titles, prev.first - 2));
        if (prev.nisba && prev.members.length === 2 && delegation) prev.delegation = prev.members[0];
        prev.last = Math.max(prev.last, l.last);
        prev.head = prev.members.reduce((a, b) => (rank(b) < rank(a) ? b : a));
        prev.nisba = false;
        continue;
      }
    }
    // An alias written as a nisba («أوكرانية») reads as one («مباحثات قطرية أوكرانية»).
    const nisba = l.kind === 'nisba' || (l.kind === 'alias' && l.first === l.last && /يه$/.test(tokens[l.first].norm));
    phrases.push({ head: l.actorId, members: [l.actorId], first: l.first, last: l.last, proclitic: l.proclitic, place: l.place, nisba, ...(l.also ? { also: l.also } : {}) });
  }
  return phrases;
}

/** Is token i a verb (a present tense: «تطالب», «يستعد»; or a rule's verb): the predicate of the party before it? */
export function opensClause(tokens: Token[], i: number, wordsAt: ReadSentence['wordsAt'], p: RelationPatterns): boolean {
  const t = tokens[i];
  if (!t) return false;
  return (/^[يت]/.test(t.norm) && t.norm.length >= 4) || wordsAt(p.verbWords, i) > 0;
}

/** Is a reason word («بتهمة», «بذريعة») among tokens from…to? */
function reasonWithin(wordsAt: ReadSentence['wordsAt'], p: RelationPatterns, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (wordsAt(p.modality.reasons, k)) return true;
  return false;
}

/** Groups: parties joined by و (with a few title words between), or bare nisbas side by side. */
export function actorGroups(phrases: NounPhrase[], tokens: Token[], cutBefore: boolean[], p: RelationPatterns, wordsAt: ReadSentence['wordsAt']): ActorGroup[] {
  const groups: ActorGroup[] = [];
  let last: NounPhrase | null = null;
  for (const ph of phrases) {
    if (ph.place) continue;
    const g = groups[groups.length - 1];
    if (g && last) {
      const gap = ph.first - last.last - 1;
      // «روسيا، وأوكرانيا»: the comma before a party with و is a list, not a cut — unless a verb follows the
      // party: then it opens a clause of its own («أقرته دول مجموعة السبع، وبلجيكا تطالب بآلية …»).
      const cut = cutWithin(cutBefore, last.last + 1, ph.first - 1) || (cutBefore[ph.first] && (!ph.proclitic.startsWith('و') || opensClause(tokens, ph.last + 1, wordsAt, p)));
      // «ووزير الدفاع … الفرنسي» is a title before a party; «وحلفاؤها الغربيون» is a noun of its own.
      const ownNoun = gap > 0 && /(ها|هم|هما)$/.test(tokens[last.last + 1].norm);
      // A reason among the words after «و» opens a phrase of its own, not a title («الصين وهونغ كونغ بتهمة تزويد روسيا»).
      const predicate = gap > 1 && reasonWithin(wordsAt, p, last.last + 2, ph.first - 1);
      const conj = (gap === 0 && ph.proclitic.startsWith('و')) || (gap > 0 && gap <= TITLE_WORDS && conjunctionLed(tokens[last.last + 1], p) && !ownNoun && !predicate);
      // «محادثات أميركية روسية».
      const nisbas = gap === 0 && last.nisba && ph.nisba;
      if (!cut && (conj || nisbas)) {
        for (const id of [ph.head, ...(ph.also ?? [])]) if (!g.actors.includes(id)) g.actors.push(id);
        for (const m of ph.members) if (m !== ph.head && !g.sides.includes(m)) g.sides.push(m);
        if (ph.delegation && ph.head !== ph.delegation) (g.delegates ??= []).push(ph.delegation);
        g.last = ph.last;
        last = ph;
        continue;
      }
    }
    groups.push({ actors: [ph.head, ...(ph.also ?? [])], sides: ph.members.filter((m) => m !== ph.head), first: ph.first, last: ph.last, proclitic: ph.proclitic, ...(ph.delegation && ph.head !== ph.delegation ? { delegates: [ph.delegation] } : {}) });
    last = ph;
  }
  return groups;
}
