// Words that stand for a party named before them (`pronouns:` in content/relation-patterns.yaml),
// and nisbas that stand for a body only next to a rule word (`body_nisbas:`): placed on the
// sentence's tokens as the party they mean, so the rules can fill a slot with them.
// Also the subject a verb with no subject of its own means: the sentence before's (`subjectOf`, slot R).
import { normalizeArabic, type Token } from '../arabic';
import type { Actor, Mention, Sentence } from '../types';
import type { RelationPatterns } from './patterns';
import type { Located, ReadSentence, SentenceContext } from './roles';
import { affiliationChain, sameSide } from './sides';

/** The country an actor speaks for: itself, or the first country up its affiliation chain. */
function countryOf(id: string, actors: Map<string, Actor>): string | null {
  return affiliationChain(id, actors).find((a) => actors.get(a)?.type === 'country') ?? null;
}

/**
 * Does a bare title («الوزير», «الرئيس», «الحلف») fit this actor? A person whose role has the
 * word (but «رئيس الوزراء» is no «الرئيس»), or an organisation whose name has it.
 */
function titled(actor: Actor | undefined, word: string): boolean {
  if (actor?.type === 'organization') return normalizeArabic(actor.name).split(' ').some((w) => w.replace(/^ال/, '') === word);
  if (actor?.type !== 'person') return false;
  const role = normalizeArabic(actor.role ?? '').split(/\s+/);
  return role.some((w, k) => w.replace(/^ال/, '') === word && !(role[k + 1] ?? '').startsWith('الوزراء'));
}

const isPerson = (id: string, actors: Map<string, Actor>) => actors.get(id)?.type === 'person';
/** A reporting verb's subject starts within this many words of the sentence's start («وأكد رئيس الوزراء الإسباني»). */
const SPEAKER_WORDS = 4;

/**
 * Words that stand for a party named before them, placed as that party:
 * - `country` («بلاده») is the country of the nearest person before it, else of the nearest party;
 * - `title` («الوزير», «الرئيس», no name after it) is the nearest person before it, in this
 *   sentence or the one before, whose role has that title;
 * - `latest` («الأخير») is the nearest person before it (in the sentence, else the last one named
 *   in the sentence before);
 * - `partner` («معه», «معها») is the one dealt with: the nearest person before it who is not the
 *   sentence's first party (its subject), else the nearest such party; it carries «مع» as its
 *   preposition, so a rule's `مع:B` slot takes it. Right before a new subject («كما اجتمع معه
 *   رئيس الوزراء الفنلندي») it is the nearest person (else party) not on that subject's side;
 * - `pair` («الجانبان», «الطرفان», no nisba after it) is the two parties named last before it, in
 *   this sentence or the one before: the last two people not on one side, else the last two parties;
 * - `guest` («ضيفه», «ضيفها») is the visitor of the host, the nearest person before it: the nearest
 *   person before that host, in this sentence or the one before, not on the host's side (else such a party).
 */
export function pronounParties(tokens: Token[], located: Located[], context: SentenceContext | undefined, actors: Map<string, Actor>, p: RelationPatterns, has: ReadSentence['has'], wordsAt: ReadSentence['wordsAt']): Located[] {
  const out: Located[] = [];
  const { country: countryWords, title: titleWords, latest: latestWords, partner: partnerWords, pair: pairWords, guest: guestWords } = p.pronouns;
  if (![countryWords, titleWords, latestWords, partnerWords, pairWords, guestWords].some((set) => has(set))) return out;
  const starts = new Set(located.map((l) => l.first));
  const place = (actorId: string, i: number, len: number, proclitic = '', also?: string[]) => out.push({ actorId, first: i, last: i + len - 1, kind: 'pronoun', proclitic, place: false, ...(also ? { also } : {}) });
  for (let i = 0; i < tokens.length; i++) {
    if (located.some((l) => l.first <= i && i <= l.last)) continue;
    const before = located.filter((l) => l.last < i);
    const country = wordsAt(countryWords, i);
    // «وحمّل وزير خارجيتها رادوسلاف سيكورسكي موسكو»: with a person's name after it, it is that person's title.
    if (country && located.some((l) => l.first === i + country && isPerson(l.actorId, actors))) {
      i += country - 1;
      continue;
    }
    if (country) {
      // The person speaking or acting before it («استقبل أردوغان وفدا أوكرانيا … وزير خارجيته»), else the nearest party;
      // but right after «أن/إن» of a sentence that opens on its reporting verb, the speaker: «وأكد رئيس
      // الوزراء الإسباني خلال لقائه زيلينسكي أن بلاده …» is Spain, not the guest named in between.
      const speaker = i > 0 && wordsAt(p.complements, i - 1, 'bare') && wordsAt(p.clauseWords, 0, 'bare') && !wordsAt(p.complements, 0, 'bare') && before[0] && before[0].first <= SPEAKER_WORDS ? before[0] : undefined;
      const nearest = speaker ?? [...before].reverse().find((l) => isPerson(l.actorId, actors)) ?? before[before.length - 1];
      // With no party before it in the sentence, the subject of the sentence before («عقدت رئيسة الوزراء الدنماركية
      // مؤتمراً صحفياً. وقالت إن بلادها ستمنح أوكرانيا …»).
      const id = nearest ? countryOf(nearest.actorId, actors) : context?.subject && countryOf(context.subject, actors);
      if (id) place(id, i, country);
      i += country - 1;
      continue;
    }
    const latest = wordsAt(latestWords, i);
    if (latest) {
      const id = [...before].reverse().find((l) => isPerson(l.actorId, actors))?.actorId ?? context?.named.filter((n) => isPerson(n, actors)).at(-1);
      if (id) place(id, i, latest);
      continue;
    }
    const partner = wordsAt(partnerWords, i);
    if (partner) {
      // «كما اجتمع معه رئيس الوزراء الفنلندي»: a subject right after it, maybe behind its title.
      let k = i + partner;
      while (k < tokens.length && k < i + partner + 3 && wordsAt(p.titles, k)) k += wordsAt(p.titles, k);
      const next = located.find((l) => l.first === k);
      const subject = located[0]?.actorId;
      const others = [...before].reverse().filter((l) => (next ? !sameSide(l.actorId, next.actorId, actors) : l.actorId !== subject));
      const id = (others.find((l) => isPerson(l.actorId, actors)) ?? others[0])?.actorId;
      if (id) place(id, i, partner, 'مع');
      continue;
    }
    const guest = wordsAt(guestWords, i);
    if (guest) {
      // «وصل أوربان إلى موسكو. وقال الكرملين إن بوتين سيبحث مع ضيفه …»: the host is the nearest person.
      const persons = [...before].reverse().map((l) => l.actorId).filter((id) => isPerson(id, actors));
      const host = persons[0];
      const visitor = (ids: string[]) => ids.find((n) => n !== host && !sameSide(n, host, actors));
      const earlier = [...before].reverse().map((l) => l.actorId);
      const id = host && (visitor([...persons, ...[...(context?.named ?? [])].reverse().filter((n) => isPerson(n, actors))]) ?? visitor(earlier));
      if (id) place(id, i, guest);
      i += guest - 1;
      continue;
    }
    const pair = wordsAt(pairWords, i);
    if (pair) {
      // «الجانبان الروسي والأمريكي» names its two sides: no pronoun.
      // So does a pair noun with the two names after it («وزيرا خارجية البلدين، سيبيها والبوسعيدي»); an
      // object after it is no name of its own («فيما اتهم الوزيران موسكو …»).
      if (located.some((l) => l.first === i + pair && (l.kind === 'nisba' || isPerson(l.actorId, actors)))) continue;
      // Media are sources, never parties («موسكو - رويترز»).
      // A discovered name (not in the dictionary) is too often a misread phrase to stand for a side.
      // After «بين» the two are others than the clause's own parties («تتابع القاهرة الاتصالات الجارية بين الجانبين»):
      // the two of the sentence before, not anyone named before it here.
      const afterBetween = i > 0 && tokens[i - 1].norm.replace(/^[وف]/, '') === 'بين';
      const here = before.map((l) => l.actorId);
      const named = (afterBetween ? (context?.parties ?? []).filter((id) => !here.includes(id)) : [...(context?.parties ?? []), ...here]).filter((id) => !p.media.has(id) && !actors.get(id)?.discovered);
      const two = pairOf(tokens.slice(i, i + pair).map((t) => t.norm).join(' '), named, actors);
      if (two) place(two[0], i, pair, '', [two[1]]);
      i += pair - 1;
      continue;
    }
    const title = wordsAt(titleWords, i);
    if (!title) continue;
    // «الرئيس الأوكراني» with no name after it: the Ukrainian president named before, if any;
    // «الرئيس الفرنسي ماكرون», «الوزير سيرغي لافروف»: a title with a name after it is no pronoun.
    const next = located.find((l) => l.first === i + title);
    const nisba = next?.kind === 'nisba' && !starts.has(next.last + 1) ? next.actorId : null;
    if (next && !nisba) continue;
    const word = tokens[i].norm.replace(/^[وفبل]*ال/, '');
    const fits = (id: string) => titled(actors.get(id), word) && (!nisba || countryOf(id, actors) === nisba);
    const here = [...before].reverse().find((l) => fits(l.actorId))?.actorId;
    const id = here ?? [...(context?.named ?? [])].reverse().find(fits);
    if (id) place(id, i, title);
  }
  return out;
}

/**
 * The two a pair word stands for: «الرئيسان» two presidents and «الوزيران» two ministers (by the
 * first word of their role) when two such people were named, else two countries; «الوفدان», «وفدا
 * البلدين» two countries (a person's own); other pair words («الجانبان», «الزعيمان») the last two
 * people, else the last two parties.
 */
const N = (() => {
  const n = normalizeArabic;
  return {
    delegation: n('وفد'),
    countries: n('البلدين'),
    president: n('رئيس'),
    minister: n('وزير'),
    // A president's role opens on «الرئيس» / «رئيس», not «رئيس الوزراء», «رئيس الوفد», «رئيس مجلس …».
    presidentRole: new RegExp(`^(${n('ال')})?${n('رئيس')}(?! (${['الوزراء', 'الوفد', 'الحكومة', 'مجلس'].map(n).join('|')}))`),
    // A minister's anywhere in it («نائب رئيس الوزراء وزير الخارجية الأردني»).
    ministerRole: new RegExp(`(^| )(${n('ال')})?${n('وزير')}( |$)`),
  };
})();

function pairOf(word: string, named: string[], actors: Map<string, Actor>): [string, string] | null {
  const persons = named.filter((id) => isPerson(id, actors));
  const countries = named.filter((id) => actors.get(id)?.type === 'country');
  const roleStarts = (id: string, re: RegExp) => re.test(normalizeArabic(actors.get(id)?.role ?? ''));
  // «وفدا البلدين», «وزيرا خارجية البلدين»: two countries (a person stands for his).
  if (word.includes(N.delegation) || word.includes(N.countries)) return lastTwo(named.map((id) => (isPerson(id, actors) ? (countryOf(id, actors) ?? id) : id)).filter((id) => actors.get(id)?.type === 'country'), actors);
  const title = word.includes(N.president) ? N.presidentRole : word.includes(N.minister) ? N.ministerRole : null;
  if (title) return lastTwo(persons.filter((id) => roleStarts(id, title)), actors) ?? lastTwo(countries, actors);
  return lastTwo(persons, actors) ?? lastTwo(named, actors);
}

/** The last two of these actors that are not of one side (latest first), if there are two. */
function lastTwo(ids: string[], actors: Map<string, Actor>): [string, string] | null {
  const last = ids.at(-1);
  if (!last) return null;
  for (let k = ids.length - 2; k >= 0; k--) if (!sameSide(ids[k], last, actors)) return [ids[k], last];
  return null;
}

/**
 * The actors a sentence may name by a nisba alone (plural and body nisbas), which are read only
 * when the corpus mentions them (`actors.has`): a sentence's reading depends on which of them
 * the corpus holds, not only on the article's own actors (buildCorpus keys the readings by it).
 */
export function nisbaOnlyParties(p: RelationPatterns, actors: Map<string, Actor>): string[] {
  return [...new Set([...p.pluralNisbas.forms.map(([id]) => id), ...p.bodyNisbas.map(([id]) => id)])].filter((id) => actors.has(id)).sort();
}

/**
 * «أمريكيون وروس», «روس وأوكرانيون», «مسؤولون روس»: a bare plural nisba (`plural_nisbas`), which the
 * linker leaves out as too ambiguous, is its country only in a list with another nisba or right
 * after a plural noun of people.
 */
export function pluralNisbaParties(tokens: Token[], located: Located[], actors: Map<string, Actor>, p: RelationPatterns, has: ReadSentence['has'], wordsAt: ReadSentence['wordsAt']): Located[] {
  const out: Located[] = [];
  for (const [actorId, set] of p.pluralNisbas.forms) {
    if (!actors.has(actorId) || !has(set)) continue;
    for (let i = 0; i < tokens.length; i++) {
      const len = wordsAt(set, i);
      if (!len || located.some((l) => l.first <= i + len - 1 && i <= l.last)) continue;
      const and = /^و/.test(tokens[i].norm);
      const nisbaEndsAt = (k: number) => located.some((l) => l.kind === 'nisba' && l.last === k);
      const nisbaStartsAt = (k: number) => located.some((l) => l.kind === 'nisba' && l.first === k && /^و/.test(tokens[k].norm));
      if ((and && nisbaEndsAt(i - 1)) || nisbaStartsAt(i + len) || (i > 0 && wordsAt(p.pluralNisbas.nouns, i - 1))) {
        out.push({ actorId, first: i, last: i + len - 1, kind: 'nisba', proclitic: and ? 'و' : '', place: false });
      }
    }
  }
  return out;
}

/**
 * «العقوبات الأوروبية», «الدعم الأوروبي»: a body's nisba (`body_nisbas`) is that body only right
 * after a word of a rule («قوات أوروبية», «الدول الأوروبية» name no body).
 */
export function bodyNisbaParties(tokens: Token[], located: Located[], actors: Map<string, Actor>, p: RelationPatterns, wordsAt: ReadSentence['wordsAt']): Located[] {
  const out: Located[] = [];
  const afterRuleWord = (i: number) => wordsAt(p.ruleWords, i - 1) > 0 || (i > 1 && wordsAt(p.ruleWords, i - 2) > 0 && tokens[i - 1].norm.startsWith('ال'));
  for (const [actorId, set] of p.bodyNisbas) {
    if (!actors.has(actorId)) continue;
    for (let i = 1; i < tokens.length; i++) {
      const len = wordsAt(set, i);
      if (!len || located.some((l) => l.first <= i + len - 1 && i <= l.last)) continue;
      // The rule word may carry an adjective between («العقوبات الاقتصادية الأوروبية»): one word back at most; or
      // another nisba after it, joined by «و» («لعقوبات أمريكية وأوروبية», «الدعم الأمريكي والأوروبي»; session 48).
      const joined = tokens[i].norm.startsWith('و') && located.some((l) => l.kind === 'nisba' && l.last === i - 1 && afterRuleWord(l.first));
      if (afterRuleWord(i) || joined) out.push({ actorId, first: i, last: i + len - 1, kind: 'nisba', proclitic: '', place: false });
    }
  }
  return out;
}

/** A party other than a person is a sentence's subject only this near its start («وصل المستشار النمساوي …»). */
const SUBJECT_WORDS = 3;

/**
 * A sentence's subject, whom the next sentence's verb with no subject of its own means (slot R): its first
 * person, else its first party if it opens the sentence (a country further on is an object or a place: «يزور وفد
 * … العاصمة الأوكرانية»); never a medium («نقلت رويترز أن كيلوغ سيتوجه إلى كييف. وأضافت أنه سيجتمع …» is
 * Kellogg), nor a discovered name (too often a misread phrase).
 */
export function subjectOf(inOrder: Mention[], sentence: Sentence | undefined, actors: Map<string, Actor>, patterns: RelationPatterns): string | undefined {
  const parties = inOrder.filter((m) => !patterns.media.has(m.actorId) && !actors.get(m.actorId)?.discovered);
  const person = parties.find((m) => actors.get(m.actorId)?.type === 'person');
  if (person) return person.actorId;
  const first = parties[0];
  if (!first || !sentence) return undefined;
  const wordsBefore = sentence.text.slice(0, Math.max(0, first.start - sentence.start)).split(/\s+/).filter(Boolean).length;
  return wordsBefore <= SUBJECT_WORDS ? first.actorId : undefined;
}
