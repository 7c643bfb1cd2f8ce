// Session 36 (issue 15, twenty-eighth pass, 15c): a query read as a family keeps the partial matches of the reader's own
// words after the family's pages. A small corpus keyed by the real indexer and planned with the real curated data;
// sentences written for the test, not taken from the fixture pages.
import { describe, expect, it } from 'vitest';
import { concept, ctx } from './curatedMatch.testkit';
import { planQuery } from './keys';
import { rankQuery, rankTiers, wordUnits } from './tiers';
import { fakePagefind } from './fakePagefind.testkit';

/** A fake Pagefind over pages keyed by the real indexer (fakePagefind.testkit.ts). */
const corpus = (pages: Record<string, string>) => fakePagefind(pages, ctx);

const pages = {
  // The family's wording (the dropout family): found by the concept tier.
  family: 'يتسع الهدر المدرسي في القرى الجبلية كل عام',
  // The reader's rarer word without the family's wording: what the reader's words alone found.
  rural: 'ارتفعت نسب التسرب بين تلاميذ القرى بعد غلق المدارس الصغيرة',
  // The commoner word alone: never a near miss of two words.
  season1: 'انطلق الموسم المدرسي في موعده',
  season2: 'وزعت الجمعية الكتب على التلاميذ مع بداية الموسم المدرسي',
  season3: 'أعلنت الوزارة رزنامة العام المدرسي الجديد',
  // Neither.
  other: 'افتتحت البلدية سوقا أسبوعيا للخضر في الساحة',
};

describe('a query that is a family’s phrase keeps its own words’ partial matches', () => {
  it('plans the phrase as a concept unit carrying its words', () => {
    const plan = planQuery('التسرب المدرسي', ctx);
    expect(plan.units).toHaveLength(1);
    expect(plan.units[0].concept).toBeDefined();
    expect(wordUnits(plan)?.map((u) => u.text)).toEqual(['التسرب', 'المدرسي']);
    // A one-word concept has no words to split; a plain query none either.
    expect(wordUnits(planQuery('الهدنة', ctx))).toBeNull();
    expect(wordUnits(planQuery('سوق الخضر', ctx))).toBeNull();
  });
  it('lists the family’s pages first, then the page holding the rarer typed word, its missing word struck through', async () => {
    const out = await rankTiers(planQuery('التسرب المدرسي', ctx), corpus(pages), { total: 6 });
    expect(out.map((r) => [r.result.id, r.tier])).toEqual([
      ['family', 'concept'],
      ['rural', 'partial'],
    ]);
    expect(out[1].missing).toEqual(['المدرسي']);
  });
  it('does the same for the settled query, and says the partial tier was skipped while typing', async () => {
    const plans = { closed: planQuery('التسرب المدرسي', ctx), open: planQuery('التسرب المدرسي', ctx, { prefixLast: true }) };
    const settled = await rankQuery(plans, corpus(pages), { total: 6 });
    expect(settled.ranked.map((r) => r.result.id)).toEqual(['family', 'rural']);
    const typing = await rankQuery(plans, corpus(pages), { total: 6, partial: false });
    expect(typing.ranked.map((r) => r.result.id)).toEqual(['family']);
    expect(typing.partialSkipped).toBe(true);
  });
  it('never ranks the words’ partial matches above the family’s pages, and adds none when the family fills the first ten', async () => {
    const many: Record<string, string> = { rural: pages.rural };
    for (let i = 0; i < 10; i++) many[`family${i}`] = `${pages.family} ${i}`;
    const out = await rankTiers(planQuery('التسرب المدرسي', ctx), corpus(many), { total: 11 });
    expect(out.map((r) => r.result.id)).not.toContain('rural');
    expect(out.every((r) => r.tier === 'concept')).toBe(true);
  });
});

describe('a family’s phrase said as a clause: the head as a past verb, the doer between (phrases.ts clausePhrasesAt)', () => {
  it('a pull-back narrated: the verb with its feminine ending, the capital between it and the units', () => {
    expect(concept('انسحاب القوات', 'سحبت العاصمة وحداتها من محيط البلدة الحدودية')).toBe(true);
    expect(concept('انسحاب القوات', 'سحبت القيادة جنودها من التلال المطلة على الوادي')).toBe(true);
  });
  it('a truce narrated: the gunners refraining from their targets', () => {
    expect(concept('وقف إطلاق النار', 'كفت الراجمات عن استهداف الأحياء الشرقية')).toBe(true);
  });
  it('the head alone, the rest two words away, or a bare head with a word between carry nothing', () => {
    expect(concept('وقف إطلاق النار', 'وقفت الشرطة المشتبه به عند الحاجز')).toBe(false);
    expect(concept('وقف إطلاق النار', 'وقفت الأم تشاهد القصف من بعيد')).toBe(false);
    // A bare head read other senses with a word between (the corpus: «أعادت إلى الأطفال مهنة»، «جنوب القارة الأفريقية»).
    expect(concept('جنوب أفريقيا', 'يأتي الماس من مناجم جنوب القارة الأفريقية')).toBe(false);
    expect(concept('وقف إطلاق النار', 'وقف الجانبان القصف على القرى')).toBe(false);
    expect(concept('انسحاب القوات', 'سحبت الشركة منتجاتها من الأسواق')).toBe(false);
    expect(concept('انسحاب القوات', 'سحبت إدارة المدرسة ملفات وحداتها القديمة')).toBe(false);
  });
});
