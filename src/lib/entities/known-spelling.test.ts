import { describe, expect, it } from 'vitest';
import type { Actor } from '../types';
import { editDistance, indexKnownPeople, matchKnownSpelling } from './known-spelling';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadDiscoveryLexicon, loadRelationPatterns } from '../data';

const P = (id: string, name: string, more: Partial<Actor> = {}): Actor => ({ id, type: 'person', name, en: id, aliases: [], ...more });
const people: Actor[] = [
  P('mike-waltz', 'مايك والتز', { short: ['والتز'], role: 'مستشار الأمن القومي الأمريكي، ثم المندوب الأمريكي لدى الأمم المتحدة' }),
  P('mykhailo-podolyak', 'ميخايلو بودولياك', { short: ['بودولياك'], role: 'مستشار مدير مكتب الرئيس الأوكراني' }),
  P('donald-trump', 'دونالد ترامب', { short: ['ترامب'] }),
  P('sergey-lavrov', 'سيرغي لافروف', { short: ['لافروف'], role: 'وزير الخارجية الروسي' }),
];
const known = indexKnownPeople(people);

describe('a known person under a new spelling', () => {
  it('edit distance over normalised letters', () => {
    expect(editDistance('والز', 'والتز')).toBe(1);
    expect(editDistance('بودوليواك', 'بودولياك')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
  it('joins when the family name is close and the given name agrees', () => {
    expect(matchKnownSpelling('مايك والز', [], known)).toMatchObject({ actorId: 'mike-waltz', by: 'given-name', distance: 1 });
    expect(matchKnownSpelling('ميخايلو بودوليواك', [], known)).toMatchObject({ actorId: 'mykhailo-podolyak', by: 'given-name' });
    expect(matchKnownSpelling('سيرجي لافروف', [], known)).toMatchObject({ actorId: 'sergey-lavrov' });
  });
  it('joins on the role when the given name is spelt differently', () => {
    expect(matchKnownSpelling('ميشال والز', ['مستشار الأمن القومي السابق'], known)).toMatchObject({ actorId: 'mike-waltz', by: 'role' });
    expect(matchKnownSpelling('مايكل والز', [], known)).toMatchObject({ actorId: 'mike-waltz', by: 'given-name' });
  });
  it('keeps different people with close or equal family names apart', () => {
    expect(matchKnownSpelling('إيفانكا ترامب', ['ابنة الرئيس'], known)).toBeNull();
    expect(matchKnownSpelling('مايك والش', ['السيناتور الجمهوري'], known)).toBeNull();
    expect(matchKnownSpelling('بيتر والز', ['حاكم ولاية مينيسوتا'], known)).toBeNull();
    expect(matchKnownSpelling('والز', [], known)).toBeNull();
  });
  it('the build links the new spelling to the known person and reports the merge', () => {
    const corpus = buildCorpus({
      articles: [
        { slug: 'a1', title: 'والتز في نيويورك', raw: 'a1', tags: [], paragraphs: ['قال مستشار الأمن القومي السابق مايك والز إن المحادثات مستمرة.', 'وأضاف والز أن الإدارة متفائلة.'] },
        { slug: 'a2', title: 'مشاورات في واشنطن', raw: 'a2', tags: [], paragraphs: ['قال مستشار الأمن القومي مايك والتز إن الاتصالات لم تنقطع.'] },
        { slug: 'a3', title: 'تصريحات جديدة', raw: 'a3', tags: [], paragraphs: ['أكد والز في مقابلة أن الجولة المقبلة قريبة.', 'وقال مايك والز إن الوفد جاهز.'] },
      ],
      actors: people,
      topics: [],
      sources: [],
      discoveryLexicon: loadDiscoveryLexicon(),
      relationPatterns: loadRelationPatterns(),
    });
    expect(corpus.bySlug.get('a1')!.actorIds).toEqual(['mike-waltz']);
    // The articles listed are those where the merged spelling itself was linked, not the dictionary's.
    expect(corpus.spellingMerges).toEqual([expect.objectContaining({ name: 'مايك والز', actorId: 'mike-waltz', known: 'مايك والتز', articles: ['a1', 'a3'] })]);
    expect(corpus.candidates.map((c) => c.name)).not.toContain('مايك والز');
  });
});
