// Session 42 (issue 15, thirty-fourth pass, 15r): a concept's phrase whose words a page writes apart ranks after the
// pages that say the phrase, or its concept, in one place (phraseApart.ts). Real curated data, real keying and planning;
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ctx } from './curatedMatch.testkit';
import { planQuery } from './keys';
import { rankTiers } from './tiers';
import { fakePagefind } from './fakePagefind.testkit';
import { conceptPhrases, placeApart, splitApart } from './phraseApart';

describe('a concept phrase written apart', () => {
  it('«الدروس الخصوصية» is a concept phrase; «الدروس» alone and a plain pair of words are not', () => {
    expect(conceptPhrases(planQuery('الدروس الخصوصية', ctx)).map((u) => u.text)).toEqual(['الدروس الخصوصية']);
    expect(conceptPhrases(planQuery('الدروس', ctx))).toEqual([]);
    expect(conceptPhrases(planQuery('معرض الكتاب', ctx))).toEqual([]);
  });

  // Pagefind's scores: the fake scores every hit 1; here a page's score is how often it says the query's words.
  const scored = (pages: Record<string, string>, counts: Record<string, number>) => {
    const search = fakePagefind(pages, ctx);
    return async (s: string) => (await search(s)).map((r) => ({ ...r, score: counts[r.id] ?? 1 }));
  };
  const pages = {
    together: 'تشتكي الأسر من كلفة الدروس الخصوصية مع بداية العام الدراسي',
    otherwise: 'تشتكي الأسر من كلفة حصص التقوية المدفوعة مع بداية العام الدراسي',
    apart: 'استخلص الخبراء الدروس من الحرب، وقالوا إن لكل مدينة خصوصية في التعامل مع الملاجئ',
  };

  it('a page naming the words apart in passing ranks after the page saying the concept otherwise', async () => {
    const out = await rankTiers(planQuery('الدروس الخصوصية', ctx), scored(pages, { together: 4, otherwise: 4, apart: 1 }), { total: 3 });
    const ids = out.map((r) => r.result.id);
    expect(ids).toEqual(['together', 'otherwise', 'apart']);
    // It still holds every word the reader typed: listed as an exact match, only later.
    expect(out.find((r) => r.result.id === 'apart')?.tier).toBe('exact');
  });

  it('a page on the words themselves, apart, keeps its place above a concept page no stronger', async () => {
    const out = await rankTiers(planQuery('الدروس الخصوصية', ctx), scored(pages, { together: 4, otherwise: 4, apart: 4 }), { total: 3 });
    expect(out.map((r) => r.result.id)).toEqual(['together', 'apart', 'otherwise']);
  });

  it('places each apart page before the first concept page held less strongly', () => {
    const block = [{ id: 'c1', share: 1 }, { id: 'c2', share: 0.6 }, { id: 'c3', share: 0.2 }];
    const apart = [{ id: 'a1', share: 0.7 }, { id: 'a2', share: 0.1 }];
    expect(placeApart(block, apart).map((r) => r.id)).toEqual(['c1', 'a1', 'c2', 'c3', 'a2']);
  });

  it('tells them by a search asking for the phrase’s token only: the typed words’ search tells nothing', () => {
    const plan = planQuery('الدروس الخصوصية', ctx);
    const token = plan.units[0].any;
    const exact = [{ id: 'a', score: 2 }, { id: 'b', score: 1 }];
    expect(splitApart(plan, exact, [[plan.search, exact]])).toEqual({ together: exact, apart: [] });
    expect(splitApart(plan, exact, [[plan.search, exact], [token, [{ id: 'b', score: 1 }]]])).toEqual({ together: [exact[1]], apart: [exact[0]] });
    expect(splitApart(planQuery('معرض الكتاب', ctx), exact, [[token, [{ id: 'b', score: 1 }]]])).toEqual({ together: exact, apart: [] });
  });
});
