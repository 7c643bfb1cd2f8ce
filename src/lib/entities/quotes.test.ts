import { describe, expect, it } from 'vitest';
import { buildActorMatcher } from './matcher';
import { linkActors } from './link';
import { speakerQuotes } from './quotes';
import { seedActors } from './__fixtures__/seeds';
import { compileLexicon } from './discovery-lexicon';
import { loadDiscoveryLexicon } from '../data/load';

const lexicon = compileLexicon(loadDiscoveryLexicon());
const matcher = buildActorMatcher(seedActors);
const speakers = (ps: string[]) => {
  const r = linkActors(ps, matcher);
  return speakerQuotes(ps, r.sentences, r.mentions, matcher, lexicon).map((q) => [q.actorId, q.paragraph, q.sentence.index]);
};

describe('speakerQuotes', () => {
  it('finds the speaker after a reporting verb, through a role phrase', () => {
    expect(speakers(['قال لافروف إن الغرب لا يريد السلام.'])).toEqual([['sergey-lavrov', 0, 0]]);
    expect(speakers(['مقدمة.', 'وأكد وزير الخارجية الروسي سيرغي لافروف أن موسكو مستعدة.'])).toEqual([['sergey-lavrov', 1, 1]]);
  });
  it('a name inside the reported speech is not the speaker', () => {
    expect(speakers(['وقال الوزير إن بوتين مستعد.'])).toEqual([]);
    expect(speakers(['وأضاف: "ترامب يعرف ذلك".'])).toEqual([]);
  });
  it('skips anaphoric speakers and countries', () => {
    expect(speakers(['وأضاف الوزير الروسي أن الحوار ممكن.'])).toEqual([]);
  });
  it('the first person after the verb is the speaker (قال أوستن لعمروف)', () => {
    expect(speakers(['وقال أوستن لعمروف: "سنتخذ خطوات".'])).toEqual([['lloyd-austin', 0, 0]]);
  });
});
