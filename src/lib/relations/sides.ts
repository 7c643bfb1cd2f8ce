// Which side an actor is on: its affiliation chain (a spokesman — his office — his country). Split from
// roles.ts (session 48, no rule changed): the sentence reader, the noun phrases, the graph and the corpus
// all ask it, and it reads the actors' dictionary only, never a sentence.
import type { Actor } from '../types';

/** Actors who are one side: an actor and everything up its affiliation chain. */
export function affiliationChain(id: string, actors: Map<string, Actor>): string[] {
  const out = [id];
  for (let a = actors.get(id)?.affiliation; a && !out.includes(a); a = actors.get(a)?.affiliation) out.push(a);
  return out;
}

/** An actor and its own side (Peskov — Kremlin — Russia): never a relation, never an edge. */
export const ownSide = (a: string, b: string, actors: Map<string, Actor>) =>
  affiliationChain(a, actors).includes(b) || affiliationChain(b, actors).includes(a);

/** Two actors of one side: their affiliation chains meet (Lubinets and the Rada: Ukraine). */
export function sameSide(a: string, b: string, actors: Map<string, Actor>): boolean {
  const ca = affiliationChain(a, actors);
  return affiliationChain(b, actors).some((x) => ca.includes(x));
}
