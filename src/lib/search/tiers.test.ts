import { describe, expect, it } from 'vitest';
import { bestPartial, rankQuery, rankTiers, rarity, PARTIAL_BELOW } from './tiers';
import { CONCEPT_ONLY_MAX } from './unitEvidence';
import { planQuery, EMPTY_CONTEXT, type QueryUnit } from './keys';

/** A fake index: page id → its key stream; a search ANDs its terms like Pagefind (prefix for open keys). */
function index(pages: Record<string, string[]>) {
  const searches: string[] = [];
  const run = async (search: string) => {
    searches.push(search);
    const terms = search.split(' ').filter(Boolean);
    const held = (keys: string[], t: string) => keys.some((k) => (t.endsWith('9') || !t.startsWith('0') ? k === t : k.startsWith(t)));
    // Like Pagefind, a term no page holds is left out of the query.
    const known = terms.filter((t) => Object.values(pages).some((keys) => held(keys, t)));
    if (!known.length) return [];
    return Object.entries(pages)
      .filter(([, keys]) => known.every((t) => held(keys, t)))
      .map(([id]) => ({ id, score: 1 }));
  };
  return { run, searches };
}

const unit = (text: string): QueryUnit => ({ text, terms: [text], any: text });

describe('rarity', () => {
  it('weighs a rare word more than a common one', () => {
    expect(rarity(1, 10_000)).toBeGreaterThan(rarity(100, 10_000));
    expect(rarity(10_000, 10_000)).toBeCloseTo(Math.log(2));
    expect(rarity(0, 100)).toBe(0);
  });
});

describe('bestPartial', () => {
  it('ranks pages by the summed rarity of the words they hold and names the missing ones', () => {
    const units = ['نشر', 'قوات', 'غربية', 'في'].map(unit);
    const r = (...ids: string[]) => ids.map((id) => ({ id, score: 1 }));
    // "في" is everywhere; "غربية" is rare.
    const perUnit = [r('a', 'b'), r('a', 'b', 'c'), r('c'), r('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')];
    const out = bestPartial(units, perUnit, { total: 8 });
    expect(out.map((x) => x.result.id)).toEqual(['c', 'a', 'b']);
    expect(out[0].missing).toEqual(['نشر']);
    expect(out[1].missing).toEqual(['غربية']);
    // Pages holding only the common word are far below the best: left out.
    expect(out.map((x) => x.result.id)).not.toContain('d');
  });
  it('leaves out pages already shown, pages holding every word, and pages holding one word of several', () => {
    const r = (...ids: string[]) => ids.map((id) => ({ id, score: 1 }));
    const out = bestPartial([unit('x'), unit('y'), unit('z')], [r('a', 'b', 'c'), r('a', 'c', 'd'), r('a', 'b')], { total: 10, exclude: new Set(['b']) });
    expect(out.map((x) => x.result.id)).toEqual(['c']);
    // «أسعار الزيت»: a page with «أسعار» alone is no near miss.
    expect(bestPartial([unit('أسعار'), unit('الزيت')], [r('olive', 'oil'), r('oil')], { total: 10 })).toEqual([]);
    // A word no page holds: the pages with the other one are the best there is.
    expect(bestPartial([unit('لافروف'), unit('xyz')], [r('a'), []], { total: 10 }).map((x) => x.result.id)).toEqual(['a']);
  });
  it('gives pages holding a concept only in other words at most CONCEPT_ONLY_MAX of the first ten while pages with a typed word wait', () => {
    // «موجة حر في البصرة» (twenty-fifth pass): six heatwave pages of other cities say the heat in the family's words, eight
    // Basra pages hold the place; the concept's token is the rarer, so its pages led the whole first ten.
    const r = (...ids: string[]) => ids.map((id) => ({ id, score: 1 }));
    const heat = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
    const basra = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8'];
    const units: QueryUnit[] = [
      { text: 'موجة حر', terms: ['موجة', 'حر'], any: 'uuheatuu', concept: 'near-heatwave' },
      { ...unit('في'), functionWord: true },
      unit('البصرة'),
    ];
    const perUnit = [r(...heat), r(...heat, ...basra), r(...basra)];
    const ids = (typed: Array<Array<{ id: string; score: number }> | null>) =>
      bestPartial(units, perUnit, { total: 1000, typed }).map((x) => x.result.id);
    const capped = ids([[], null, null]);
    expect(capped.slice(0, 10).filter((id) => heat.includes(id))).toHaveLength(CONCEPT_ONLY_MAX);
    expect(capped.slice(0, 10)).toEqual(expect.arrayContaining(['b1', 'b6']));
    // The pages held back follow in their order, before the Basra pages they outweigh.
    expect(capped.slice(10, 12)).toEqual(['h5', 'h6']);
    // Pages saying the reader's own words hold a typed word: the evidence order stands.
    expect(ids([r(...heat), null, null]).slice(0, 6)).toEqual(heat);
    // Without the typed words' search (no concept unit), nothing is held back.
    expect(ids([]).slice(0, 6)).toEqual(heat);
  });
});

describe('rankTiers', () => {
  it('puts full matches first, then partial ones when fewer than ten, with their missing words', async () => {
    const { run } = index({ p1: ['0a9', '0b9', '0c9'], p2: ['0a9', '0b9'], p3: ['0c9'], p4: ['0z9'] });
    const plan = planQuery('a b c', EMPTY_CONTEXT);
    plan.units = ['a', 'b', 'c'].map((w) => ({ text: w, terms: [`0${w}9`], any: `0${w}9` }));
    plan.search = '0a9 0b9 0c9';
    const out = await rankTiers(plan, run, { total: 4 });
    // p3 holds one word of three: no near miss.
    expect(out.map((x) => [x.result.id, x.tier])).toEqual([
      ['p1', 'exact'],
      ['p2', 'partial'],
    ]);
    expect(out[1].missing).toEqual(['c']);
  });
  it('treats a word no page holds as missing everywhere (Pagefind would drop it silently)', async () => {
    const { run } = index({ p1: ['0a9', '0b9'], p2: ['0a9'] });
    const plan = planQuery('a b q', EMPTY_CONTEXT);
    plan.units = ['a', 'b', 'q'].map((w) => ({ text: w, terms: [`0${w}9`], any: `0${w}9` }));
    plan.search = '0a9 0b9 0q9';
    const out = await rankTiers(plan, run, { total: 2 });
    expect(out[0]).toMatchObject({ tier: 'partial', missing: ['q'] });
    expect(out[0].result.id).toBe('p1');
  });
  it('gives the pages holding one word, the rarest first, when a word is in no page and no page holds two of the others', async () => {
    // «تنقيح ترجمة دوستويفسكي»: «تنقيح» in no page, «دوستويفسكي» on one page, «ترجمة» on three others.
    // A page holding two words would be a near miss; none does, so rather than nothing, the single-word
    // pages come, the rare name's page first, every result naming what it lacks.
    const { run } = index({ fair: ['0dost9'], t1: ['0trjm9'], t2: ['0trjm9'], t3: ['0trjm9'], other: ['0x9'] });
    const plan = planQuery('a b c', EMPTY_CONTEXT);
    plan.units = [
      { text: 'تنقيح', terms: ['0tnqyh9'], any: '0tnqyh9' },
      { text: 'ترجمة', terms: ['0trjm9'], any: '0trjm9' },
      { text: 'دوستويفسكي', terms: ['0dost9'], any: '0dost9' },
    ];
    plan.search = '0tnqyh9 0trjm9 0dost9';
    const out = await rankTiers(plan, run, { total: 5 });
    expect(out.map((x) => x.result.id)).toEqual(['fair', 't1', 't2', 't3']);
    expect(out.every((x) => x.tier === 'partial')).toBe(true);
    expect(out[0].missing).toEqual(['تنقيح', 'ترجمة']);
    // The same when every word is in the index but no two meet on a page (three words, not only two).
    const all = index({ p1: ['0a9'], p2: ['0b9'], p3: ['0c9'], p4: ['0c9'] });
    const plan3 = planQuery('a b c', EMPTY_CONTEXT);
    plan3.units = ['a', 'b', 'c'].map((w) => ({ text: w, terms: [`0${w}9`], any: `0${w}9` }));
    plan3.search = '0a9 0b9 0c9';
    expect((await rankTiers(plan3, all.run, { total: 4 })).map((x) => x.result.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });
  it('does not call pages full matches when a word of the query is in no page, however many the other words find', async () => {
    // «الرئيس الفنلندي» over pages that say «الرئيس» but never «الفنلندي»: Pagefind drops the
    // absent word, so its «full» matches are every page with «الرئيس». The page that says
    // «رئيس فنلندا» (the nisba's concept) must come first, not after them.
    const pages: Record<string, string[]> = Object.fromEntries(Array.from({ length: PARTIAL_BELOW + 2 }, (_, i) => [`p${i}`, ['0rqys9']]));
    pages.stubb = ['0rqys9', 'ccafinlandcc'];
    const { run } = index(pages);
    const plan = planQuery('الرئيس الفنلندي', EMPTY_CONTEXT);
    plan.units = [
      { text: 'الرئيس', terms: ['0rqys9'], any: '0rqys9' },
      { text: 'الفنلندي', terms: ['0nlndy9'], any: 'ccafinlandcc', concept: 'a-finland' },
    ];
    plan.search = '0rqys9 0nlndy9';
    plan.concept = { search: '0rqys9 ccafinlandcc', ids: ['a-finland'], shown: [] };
    const out = await rankTiers(plan, run, { total: 13 });
    expect(out[0]).toMatchObject({ tier: 'concept', result: { id: 'stubb' } });
    expect(out.filter((x) => x.tier === 'exact')).toEqual([]);
    expect(out.slice(1).every((x) => x.tier === 'partial' && x.missing.includes('الفنلندي'))).toBe(true);
  });
  it('searches each string once per query: the word check and the partial tier share their one-word searches', async () => {
    const pages = { p1: ['0a9', '0b9', '0c9'], p2: ['0a9', '0b9'], p3: ['0b9', '0c9'] };
    const { run, searches } = index(pages);
    const plan = planQuery('a b c', EMPTY_CONTEXT);
    plan.units = ['a', 'b', 'c'].map((w) => ({ text: w, terms: [`0${w}9`], any: `0${w}9` }));
    plan.search = '0a9 0b9 0c9';
    const out = await rankTiers(plan, run);
    expect(out[0]).toMatchObject({ tier: 'exact', result: { id: 'p1' } });
    expect(out.slice(1).map((x) => x.tier)).toEqual(['partial', 'partial']);
    expect(searches.sort()).toEqual(['0a9', '0a9 0b9 0c9', '0b9', '0c9']);
  });
  it('does not look for partial matches when there are enough full ones (each word is only checked to be in the index)', async () => {
    const pages = Object.fromEntries(Array.from({ length: PARTIAL_BELOW }, (_, i) => [`p${i}`, ['0a9', '0b9']]));
    const { run, searches } = index(pages);
    const plan = planQuery('a b', EMPTY_CONTEXT);
    plan.units = ['a', 'b'].map((w) => ({ text: w, terms: [`0${w}9`], any: `0${w}9` }));
    plan.search = '0a9 0b9';
    await rankTiers(plan, run);
    expect(searches.sort()).toEqual(['0a9', '0a9 0b9', '0b9']);
  });
});

describe('rankQuery', () => {
  it('reads the last word as written when it matches, as a prefix only when it does not', async () => {
    const { run } = index({ oil: ['0zyt9'], olive: ['0zytwn9'] });
    const closed = planQuery('زيت', EMPTY_CONTEXT);
    const open = planQuery('زيت', EMPTY_CONTEXT, { prefixLast: true });
    expect((await rankQuery({ closed, open }, run)).ranked.map((r) => r.result.id)).toEqual(['oil']);
    const typing = { closed: planQuery('زيتو', EMPTY_CONTEXT), open: planQuery('زيتو', EMPTY_CONTEXT, { prefixLast: true }) };
    const r = await rankQuery(typing, run);
    expect(r.ranked.map((x) => x.result.id)).toEqual(['olive']);
    expect(r.plan.prefix).not.toBeNull();
  });
});

describe('rankQuery while typing', () => {
  // «نشر قوات غربية»: no page holds every word. Settled, the partial tier searches each word
  // alone; while the reader is still typing it must not (one Pagefind search per word per
  // keystroke), and it says the partial matches are still to come.
  const pages = { p1: ['0nshr9', '0qwat9'], p2: ['0qwat9', '0ghrbyh9'], p3: ['0nshr9'] };
  const plans = () => {
    const plan = planQuery('نشر قوات غربية', EMPTY_CONTEXT);
    plan.units = ['nshr', 'qwat', 'ghrbyh'].map((w) => ({ text: w, terms: [`0${w}9`], any: `0${w}9` }));
    plan.search = '0nshr9 0qwat9 0ghrbyh9';
    return { closed: plan, open: plan };
  };
  it('runs the partial tier when settled', async () => {
    const { run, searches } = index(pages);
    const r = await rankQuery(plans(), run, { total: 3 });
    expect(searches).toContain('0ghrbyh9');
    expect(r.ranked.every((x) => x.tier === 'partial')).toBe(true);
    expect(r.partialSkipped).toBe(false);
  });
  it('skips it with partial: false, searching only the words together', async () => {
    const { run, searches } = index(pages);
    const r = await rankQuery(plans(), run, { total: 3, partial: false });
    expect(searches).toEqual(['0nshr9 0qwat9 0ghrbyh9']);
    expect(r.partialSkipped).toBe(true);
  });
  it('has nothing to skip when the full matches are enough', async () => {
    const many = Object.fromEntries(Array.from({ length: PARTIAL_BELOW }, (_, i) => [`p${i}`, ['0nshr9', '0qwat9', '0ghrbyh9']]));
    const { run } = index(many);
    expect((await rankQuery(plans(), run, { partial: false })).partialSkipped).toBe(false);
  });
});
