// The labelled-article scorer (scripts/score-entities.ts): a labelled `people` entry the dictionary
// gained after labelling is counted apart, by full name only (session 45).
import { describe, expect, it } from 'vitest';
import { scoreEntities, type LabelledArticle } from './labelled-eval';

const art: LabelledArticle = {
  id: 'x1',
  title: 't',
  paragraphs: ['p'],
  topics: { main: [] },
  actors: { expected: ['ukraine'], people: ['ميخايلو فيدوروف'] },
};
const family = (n: string) => n.split(/\s+/).pop() ?? '';
const spellings = (id: string) => (id === 'mykhailo-fedorov' ? ['ميخايلو فيدوروف'] : id === 'ivan-fedorov' ? ['إيفان فيدوروف'] : undefined);

describe('labelled people added to the dictionary since', () => {
  it('a link to such a person by full name is neither right nor wrong', () => {
    const s = scoreEntities([art], new Map([['x1', { actorIds: ['ukraine', 'mykhailo-fedorov'], topics: [] }]]), [], family, () => undefined, spellings);
    expect(s.actors).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.peopleInDictionary).toBe(1);
  });
  it('another person sharing the family name is still a false actor, and without the callback nothing changes', () => {
    const other = scoreEntities([art], new Map([['x1', { actorIds: ['ukraine', 'ivan-fedorov'], topics: [] }]]), [], family, () => undefined, spellings);
    expect(other.actors).toMatchObject({ tp: 1, fp: 1 });
    const plain = scoreEntities([art], new Map([['x1', { actorIds: ['ukraine', 'mykhailo-fedorov'], topics: [] }]]), [], family, () => undefined);
    expect(plain.actors).toMatchObject({ tp: 1, fp: 1 });
  });
});
