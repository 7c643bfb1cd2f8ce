// Session 47 at the merge (helper 10m, the spent x-aside's misses): a name after a title no longer runs on into
// a perfect استفعل verb («وزير الكهرباء زياد علي فاضل استقبل وفدا»), and the power sector's suppliers are
// companies whose nisba is theirs («العقود الموقعة مع «سيمنز» الألمانية»). Real dictionary and word lists;
// sentences written for this test, none copied. Each case fails on s47-merge ed68fbdc; each guard passes on both.
import { describe, expect, it } from 'vitest';
import { buildOne, curatedActors } from '../corpus/build.test-helpers';
import { loadDiscoveryLexicon } from '../data';
import { discoverPeople } from './discover';
import { compileLexicon } from './discovery-lexicon';
import { buildActorMatcher } from './matcher';
import { looksLikeVerb } from './word-shapes';

const actors = curatedActors();
const lexicon = compileLexicon(loadDiscoveryLexicon());
const matcher = buildActorMatcher(actors, lexicon.link);
const people = (text: string) => discoverPeople([text], matcher, lexicon).filter((c) => c.strong).map((c) => c.name);

describe('a perfect استفعل ends a name', () => {
  it('the verb after a minister\'s name is not part of it', () => {
    expect(people('وأضاف البيان أن وزير الكهرباء زياد علي فاضل استقبل وفدا من شركة روسية.')).toEqual(['زياد علي فاضل']);
    expect(people('وزير الطاقة محمد البشير استعرض مع الوفد خطط التأهيل.')).not.toContain('محمد البشير استعرض');
  });
  it('the shape: perfect and hollow perfect, not names', () => {
    for (const w of ['استقبل', 'استعرض', 'استهدف', 'استعاد', 'استقال']) expect(looksLikeVerb(w)).toBe(true);
    for (const w of ['استر', 'استيفان', 'اسطنبول']) expect(looksLikeVerb(w)).toBe(false);
  });
});

describe('the power sector\'s suppliers are companies', () => {
  const linked = (text: string) => buildOne([text], actors).actorIds;
  it('a supplier\'s nisba is the company\'s', () => {
    const ids = linked('تتابع الوزارة تنفيذ العقود الموقعة مع «سيمنز» الألمانية و«جنرال إلكتريك» الأمريكية.');
    expect(ids).not.toContain('germany');
    expect(ids).not.toContain('united-states');
  });
  it('guard: a weapon\'s nisba still names its country', () => {
    expect(linked('تسلمت أوكرانيا دبابات «ليوبارد» الألمانية.')).toContain('germany');
  });
});
