// Session 42 (issue 15, thirty-fourth pass, 15c): concepts met word by word by meaning (content/search-meaning-words.yaml,
// meaningWords.ts). Each query word is met by itself, another form of its family or a one-word near-synonym; a page
// meeting every word ranks after the pages holding the reader's words and before the partial matches. Real curated
// data, real keying and planning; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ctx } from './curatedMatch.testkit';
import { planQuery } from './keys';
import { rankTiers, PARTIAL_BELOW } from './tiers';
import { fakePagefind } from './fakePagefind.testkit';
import { MEANING_SEARCHES } from './meaningWords';

const rank = async (q: string, pages: Record<string, string>) => {
  const out = await rankTiers(planQuery(q, ctx), fakePagefind(pages, ctx), { total: Object.keys(pages).length });
  return out.map((r) => ({ id: r.result.id, tier: r.tier, missing: r.missing }));
};

describe('a query word met by its family or a one-word near-synonym', () => {
  it('«هزة أرضية في ميلة» finds the page where the walls shook («اهتزت الأرض … ميلة») as a concept result, before a partial one', async () => {
    const out = await rank('هزة أرضية في ميلة', {
      shook: 'اهتزت الأرض فجر اليوم في بلدات ميلة وخرج الناس من بيوتهم',
      town: 'افتتحت ولاية ميلة سوقا جديدة للخضر والفواكه',
      other: 'اهتزت الأرض في قسنطينة دون خسائر',
      none: 'افتتح معرض الكتاب في العاصمة',
    });
    const ids = out.map((r) => r.id);
    expect(out.find((r) => r.id === 'shook')).toMatchObject({ tier: 'concept', missing: [] });
    if (ids.includes('town')) expect(ids.indexOf('shook')).toBeLessThan(ids.indexOf('town'));
    // A page meeting two of the three words is no full result.
    expect(out.find((r) => r.id === 'other')?.tier ?? 'partial').toBe('partial');
    expect(ids).not.toContain('none');
  });
  it('«طوابير الخبز» finds «اصطف المواطنون أمام المخابز»; «هلع السكان» a page saying «الذعر بين الأهالي»', async () => {
    expect((await rank('طوابير الخبز', { queue: 'اصطف المواطنون منذ الفجر أمام المخابز في المدينة' })).map((r) => r.id)).toEqual(['queue']);
    expect((await rank('هلع السكان', { fear: 'سادت حالة من الذعر بين الأهالي بعد الانفجار' }))[0]).toMatchObject({ id: 'fear', tier: 'concept' });
  });
  it('without the groups the same pages are not found as full results (the mechanism, not the fake, finds them)', async () => {
    const pages = { queue: 'اصطف المواطنون منذ الفجر أمام المخابز في المدينة' };
    const plan = planQuery('طوابير الخبز', ctx);
    const out = await rankTiers({ ...plan, meaning: undefined }, fakePagefind(pages, ctx), { total: 1 });
    expect(out.filter((r) => r.tier !== 'partial').map((r) => r.result.id)).not.toContain('queue');
  });
  it('the page holding the reader’s own words ranks first, the meaning page after it', async () => {
    const out = await rank('غضب الركاب', {
      typed: 'عبر الركاب عن غضب شديد بعد تأخر القطار',
      meant: 'أبدى المسافرون استياءهم من زيادة ثمن التذكرة',
    });
    expect(out.map((r) => r.id)).toEqual(['typed', 'meant']);
    expect(out[0].tier).toBe('exact');
  });
});

describe('word by word costs nothing where a word has another sense', () => {
  it('no group reads «الزيتون» to «زيت», «الصف» to «اصطف», «الطلبة» to «الطلب», «الهزيمة» to «اهتزت»', async () => {
    expect(planQuery('الزيتون', ctx).meaning).toBeUndefined();
    expect(planQuery('الصف النهائي', ctx).meaning).toBeUndefined();
    expect((await rank('الزيتون', { oil: 'ارتفعت أسعار زيت الطهي في الأسواق' })).map((r) => r.id)).toEqual([]);
    expect((await rank('الطلبة', { demand: 'ارتفع الطلب على الغاز مع حلول الشتاء', students: 'عاد الطلاب إلى مدارسهم' })).map((r) => r.id)).toEqual(['students']);
    expect((await rank('الهزيمة', { quake: 'اهتزت الأرض في المدينة' })).map((r) => r.id)).toEqual([]);
  });
  it('is not searched when ten pages or more hold the reader’s words', async () => {
    const pages: Record<string, string> = { meant: 'اصطف المواطنون أمام المخابز' };
    for (let i = 0; i < PARTIAL_BELOW; i++) pages[`typed${i}`] = `طوابير الخبز في الحي رقم ${i}`;
    const asked: string[] = [];
    const search = fakePagefind(pages, ctx);
    const out = await rankTiers(planQuery('طوابير الخبز', ctx), (s) => (asked.push(s), search(s)), { total: 11 });
    expect(out.map((r) => r.result.id)).not.toContain('meant');
    const others = planQuery('طوابير الخبز', ctx).meaning!.words.flatMap((w) => w.others);
    expect(asked.some((s) => others.includes(s) && !planQuery('طوابير الخبز', ctx).units.some((u) => u.any === s))).toBe(false);
  });
  it('at most MEANING_SEARCHES other words a query, shared over its words', () => {
    const plan = planQuery('زيادة أسعار الخبز وغضب الركاب ونقص المياه وانقطاع الكهرباء', ctx);
    const others = plan.meaning!.words.map((w) => w.others.filter((k) => !plan.units.some((u) => u.any === k)));
    expect(others.flat().length).toBeLessThanOrEqual(MEANING_SEARCHES);
    expect(others.filter((o) => o.length > 0).length).toBeGreaterThanOrEqual(4);
  });
  it('the thesaurus’s phrase searches leave the groups aside; the note names an other word where it has room', () => {
    expect(planQuery('طوابير', ctx).thesaurus).toBeUndefined();
    expect(planQuery('غضب الركاب', ctx).concept?.shown.some((p) => ['استياء', 'سخط', 'تذمر', 'غاضبون', 'مسافرين', 'مسافر'].includes(p))).toBe(true);
  });
});
