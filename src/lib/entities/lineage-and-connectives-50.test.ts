// Session 50 (helper 10m, the spent part ae): what discovery read as people that are not — a connective after
// a role-like word («المقدم …، ولا سيما …»), a people's name after a council («مجلس شعب …») — and lineage names
// («X بن Y»): their family name after the lineage is part of the name, and the father's given name that ends a
// lineage is no family name to link by. Texts written for this test. Each case fails on main a0c1216a.
import { describe, expect, it } from 'vitest';
import { buildActorMatcher } from './matcher';
import { discoveredActors, discoverPeople } from './discover';
import { compileLexicon } from './discovery-lexicon';
import { loadDiscoveryLexicon } from '../data';
import { seedActors } from './__fixtures__/seeds';

const lexicon = compileLexicon(loadDiscoveryLexicon());
const matcher = buildActorMatcher(seedActors, lexicon.link);
const names = (...paragraphs: string[]) => discoverPeople(paragraphs, matcher, lexicon).map((c) => c.name);

describe('a connective or a people is never a person', () => {
  it('«ولا سيما» after a comma', () => {
    expect(names('وبحث الوزراء الدعم المقدم لأوكرانيا، ولا سيما مبادرة شراء الأسلحة لصالح كييف.')).toEqual([]);
    expect(names('وناقش الاجتماع التمويل المقدم للاجئين، ولا سيما برامج الإيواء.')).toEqual([]);
  });
  it('a people after a council, the person after it kept', () => {
    expect(names('وشكر رئيس مجلس شعب تتار القرم رفعت تشوباروف الحكومة.')).not.toContain('شعب تتار');
  });
});

describe('lineage names', () => {
  it('the family name after «بن X» is part of the name', () => {
    expect(names('وقال المشرف العام على البرنامج الدكتور عبدالله بن عبدالعزيز الربيعة إن القوافل وصلت.')).toEqual(['عبدالله بن عبدالعزيز الربيعة']);
  });
  it('a name ending on the father\'s given name links by no short form; a family name still does', () => {
    const candidate = (name: string) => ({ id: `x-${name.length}`, en: '', name, aliases: [], evidence: [], patterns: ['role' as const], occurrences: 2, confidence: 1, strong: true, paragraphs: [0] });
    const [lineage, family] = discoveredActors([candidate('عبدالعزيز بن سلمان'), candidate('عبدالله بن عبدالعزيز الربيعة')]);
    expect(lineage.short).toBeUndefined();
    expect(family.short).toEqual(['الربيعة']);
  });
});
