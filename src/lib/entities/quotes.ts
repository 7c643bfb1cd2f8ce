// "What they said": sentences in which an actor is the speaker of a reporting verb —
// «قال لافروف …», «وأكد وزير الخارجية الروسي سيرغي لافروف …», «وقالت كايا كالاس، مسؤولة …».
// Anaphoric speakers («وأضاف الوزير الروسي») are skipped: they name no actor.
import type { Mention, Sentence } from '../types';
import { conjunctionStems, tokenize } from '../arabic';
import type { ActorMatcher } from './matcher';
import type { DiscoveryLexicon } from './discovery-lexicon';

/** How many tokens may sit between the verb and the speaker's name (a role phrase). */
export const MAX_SPEAKER_DISTANCE = 10;

// Complementizers open the reported content ("that …"); a name after them is not the speaker.
const COMPLEMENTIZERS = new Set(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها', 'فان']);

export interface SpeakerQuote {
  actorId: string;
  sentence: Sentence;
  paragraph: number;
}

/**
 * For each sentence, the first person mention that follows a reporting verb within
 * MAX_SPEAKER_DISTANCE tokens, with no other person mention or verb in between.
 * One quote per (actor, sentence).
 */
export function speakerQuotes(
  paragraphs: string[],
  sentences: Sentence[],
  mentions: Mention[],
  matcher: ActorMatcher,
  lexicon: DiscoveryLexicon,
): SpeakerQuote[] {
  const people = mentions.filter((m) => matcher.actors.get(m.actorId)?.type === 'person');
  const bySentence = new Map<number, Mention[]>();
  for (const m of people) {
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push(m);
  }
  const out: SpeakerQuote[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    const ms = bySentence.get(s.index);
    if (!ms) continue;
    const tokens = tokenize(paragraphs[s.paragraph].slice(s.start, s.end)).map((t) => ({
      ...t, start: t.start + s.start, end: t.end + s.start,
    }));
    for (let i = 0; i < tokens.length; i++) {
      const isVerb = conjunctionStems(tokens[i].norm).some((r) => lexicon.reportingVerbs.has(r));
      if (!isVerb) continue;
      // The first person mention after the verb, close enough, with no other verb before it.
      const next = ms.filter((m) => m.start >= tokens[i].end).sort((a, b) => a.start - b.start)[0];
      if (!next) continue;
      const between = tokens.filter((t) => t.start > tokens[i].start && t.end <= next.start);
      if (between.length > MAX_SPEAKER_DISTANCE) continue;
      // «قال إن بوتين…», «قال: "…ترامب"»: the name is inside the reported speech, not its speaker.
      if (between.some((t) => COMPLEMENTIZERS.has(t.norm))) continue;
      if (/[:"«»“”]/.test(paragraphs[s.paragraph].slice(tokens[i].end, next.start))) continue;
      if (between.some((t) => conjunctionStems(t.norm).some((r) => lexicon.reportingVerbs.has(r)))) continue;
      const key = `${next.actorId}|${s.index}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ actorId: next.actorId, sentence: s, paragraph: s.paragraph });
      }
    }
  }
  return out;
}
