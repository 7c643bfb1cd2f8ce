import { describe, expect, it } from 'vitest';
import { CONCEPT_LEAD_MAX, conceptStrengths, leadConcepts, withConceptLead } from './conceptLead';
import { rankTiers } from './tiers';
import type { QueryPlan, QueryUnit } from './keys';

const page = (id: string) => ({ id });
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

describe('withConceptLead', () => {
  const all = () => true;
  // The concept pages (c…, about) meeting the whole query more strongly than the exact ones: the concept's strength decides.
  const even = (...xs: string[]) => new Map(xs.map((x) => [x, /^(c\d|about)/.test(x) ? 2 : 1]));
  it('places a page about the concept above an exact page naming the typed word in passing, not above one about it', () => {
    const exact = ['title', 'passing'].map(page);
    const strength = new Map([['title', 0.9], ['passing', 0.4], ['about', 1]]);
    const { head, rest } = withConceptLead(exact, [page('about')], strength, even('title', 'passing', 'about'), all, 10);
    // 1 ≥ 2 × 0.4 but not 2 × 0.9: the page writing the reader's word in its title keeps the first place.
    expect(ids(head)).toEqual(['title', 'about', 'passing']);
    expect(rest).toEqual([]);
  });
  it('leaves a concept page after the exact pages unless it outweighs one CONCEPT_LEAD times, in the order it came', () => {
    const strength = new Map([['e1', 0.6], ['e2', 0.5], ['c1', 0.9], ['c2', 1]]);
    const { head, rest } = withConceptLead(['e1', 'e2'].map(page), ['c1', 'c2'].map(page), strength, even('e1', 'e2', 'c1', 'c2'), all, 10);
    expect(ids(head)).toEqual(['e1', 'e2']);
    expect(ids(rest)).toEqual(['c1', 'c2']);
  });
  it('places at most CONCEPT_LEAD_MAX concept pages above exact pages in the first places, the others after', () => {
    const exact = Array.from({ length: 8 }, (_, i) => page(`e${i}`));
    const concept = Array.from({ length: 6 }, (_, i) => page(`c${i}`));
    const strength = new Map([...exact.map((e) => [e.id, 0.3] as const), ...concept.map((c) => [c.id, 1] as const)]);
    const whole = even(...ids(exact), ...ids(concept));
    const { head, rest } = withConceptLead(exact, concept, strength, whole, all, 10);
    expect(ids(head).slice(0, 10).filter((id) => id.startsWith('c'))).toHaveLength(CONCEPT_LEAD_MAX);
    expect(ids(head).slice(0, CONCEPT_LEAD_MAX)).toEqual(['c0', 'c1', 'c2']);
    expect(ids(rest)).toEqual(['c3', 'c4', 'c5']);
    // Not eligible (a concept phrase read word by word): never placed.
    expect(ids(withConceptLead(exact, concept, strength, whole, () => false, 10).head)).toEqual(ids(exact));
  });
  it('leaves a page about the concept behind an exact page that meets the whole query more strongly', () => {
    // The concept page only brushes the place the reader named; the exact page is about the place.
    const strength = new Map([['place', 0.4], ['about', 1]]);
    const whole = new Map([['place', 30], ['about', 29]]);
    expect(ids(withConceptLead([page('place')], [page('about')], strength, whole, all, 10).head)).toEqual(['place']);
    expect(ids(withConceptLead([page('place')], [page('about')], strength, new Map([['place', 20], ['about', 29]]), all, 10).head)).toEqual(['about', 'place']);
  });
});

describe('leadConcepts and conceptStrengths', () => {
  it('measures curated concepts only, a page by its share of the best score, averaged over the units', () => {
    const unit = (text: string, concept?: string): QueryUnit => ({ text, terms: [text], any: concept ? `uu${concept}uu` : text, ...(concept ? { concept } : {}) });
    const plan = { units: [unit('هدنة', 'ceasefire'), unit('الروسية', 'a-russia'), unit('الأجواء', 'near-airspace'), unit('زابوريجيا')] } as QueryPlan;
    expect(leadConcepts(plan).map((u) => u.text)).toEqual(['هدنة']);
    // The concept's name alone (and a function word): every page writing it answers; nothing to lead.
    expect(leadConcepts({ units: [unit('هدنة', 'ceasefire'), { ...unit('في'), functionWord: true }] } as QueryPlan)).toEqual([]);
    const s = conceptStrengths([[{ id: 'a', score: 10 }, { id: 'b', score: 5 }], [{ id: 'b', score: 4 }]]);
    expect(s.get('a')).toBeCloseTo(0.5);
    expect(s.get('b')).toBeCloseTo(0.75);
  });
});

describe('rankTiers: the page about the concept', () => {
  // A fake index that scores like Pagefind in kind: the more of the search's keys a page holds, the higher.
  function index(pages: Record<string, string[]>) {
    return async (search: string) => {
      const terms = search.split(' ').filter(Boolean);
      return Object.entries(pages)
        .filter(([, keys]) => terms.every((t) => keys.includes(t)))
        .map(([id, keys]) => ({ id, score: terms.reduce((n, t) => n + keys.filter((k) => k === t).length, 0) }))
        .sort((a, b) => b.score - a.score);
    };
  }
  const plan: QueryPlan = {
    search: 'hdn zap',
    exact: ['hdn', 'zap'],
    prefix: null,
    actors: [],
    units: [
      { text: 'هدنة', terms: ['hdn'], any: 'uuceasefireuu', concept: 'ceasefire' },
      { text: 'زابوريجيا', terms: ['zap'], any: 'zap' },
    ],
    concept: { search: 'uuceasefireuu zap', ids: ['ceasefire'], shown: [] },
  };
  it('ranks the page saying «وقف إطلاق النار» in its title and lead above the page naming «هدنة» once in passing', async () => {
    const run = index({
      // «العبور جرى من دون إعلان هدنة»: the typed word once, its concept's token once.
      passing: ['zap', 'zap', 'hdn', 'uuceasefireuu', 'x', 'y'],
      // The title and two sentences say the ceasefire otherwise.
      about: ['zap', 'uuceasefireuu', 'uuceasefireuu', 'uuceasefireuu', 'x'],
      // A page about the truce that writes the reader's word in its title keeps the first place.
      titled: ['hdn', 'uuceasefireuu', 'hdn', 'uuceasefireuu', 'zap', 'zap'],
    });
    const ranked = await rankTiers(plan, run);
    expect(ranked.map((r) => [r.result.id, r.tier])).toEqual([
      ['titled', 'exact'],
      ['about', 'concept'],
      ['passing', 'exact'],
    ]);
  });
});
