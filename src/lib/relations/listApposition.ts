// A list of people in apposition to a list of their countries or bodies, one for one («وزيرا خارجية مصر والأردن،
// بدر عبد العاطي وأيمن الصفدي،», «رئيسا وزراء المجر وسلوفاكيا، أوربان وفيتسو،»): one group, whose parties are the
// people and whose sides are the countries — as «وزير الخارجية الروسي سيرغي لافروف» is one phrase headed by Lavrov
// (session 48). Read by roles.ts after the groups are formed.
import type { Token } from '../arabic';
import type { Actor } from '../types';
import type { ActorGroup } from './roles';
import { ownSide } from './sides';

/** Only a comma (or nothing) between the two lists. */
const COMMA_ONLY = /^[\s،,]*$/;

/** Do the people of `people` name, in order, one side each of `sides`' parties? */
function oneForOne(sides: ActorGroup, people: ActorGroup, actors: Map<string, Actor>): boolean {
  if (sides.actors.length < 2 || sides.actors.length !== people.actors.length) return false;
  return people.actors.every((p, i) => actors.get(p)?.type === 'person' && actors.get(sides.actors[i])?.type !== 'person' && ownSide(p, sides.actors[i], actors));
}

/** The groups with each list of people in apposition to the list before it merged into that list's group. */
export function joinListAppositions(groups: ActorGroup[], tokens: Token[], text: string, cutBefore: boolean[], actors: Map<string, Actor>): ActorGroup[] {
  const out: ActorGroup[] = [];
  for (const g of groups) {
    const prev = out[out.length - 1];
    const adjacent = prev && g.first === prev.last + 1 && !cutBefore[g.first] && !/^[وف]/.test(g.proclitic) && COMMA_ONLY.test(text.slice(tokens[prev.last].end, tokens[g.first].start));
    if (adjacent && oneForOne(prev, g, actors)) {
      const sides = [...new Set([...prev.actors, ...prev.sides, ...g.sides])];
      out[out.length - 1] = { actors: g.actors, sides, first: prev.first, last: g.last, proclitic: prev.proclitic };
      continue;
    }
    out.push(g);
  }
  return out;
}
