import { describe, expect, it } from 'vitest';
import { buildRelationGraph, sortedCounts } from './buildGraph';
import { compileRelationPatterns, RELATION_TYPES } from './patterns';
import { loadRelationPatterns } from '../data/load';
import { actor, article } from './fixtures.test-helpers';
import type { Actor } from '../types';

const actors = new Map<string, Actor>(
  [
    actor('trump', 'person', 'دونالد ترامب', 'Donald Trump'),
    actor('putin', 'person', 'فلاديمير بوتين', 'Vladimir Putin'),
    actor('zelensky', 'person', 'فولوديمير زيلينسكي', 'Volodymyr Zelensky'),
    actor('uk', 'country', 'المملكة المتحدة', 'United Kingdom'),
    actor('russia', 'country', 'روسيا', 'Russia'),
    actor('turkey', 'country', 'تركيا', 'Turkey'),
  ].map((a) => [a.id, a]),
);

const patterns = compileRelationPatterns(loadRelationPatterns());

const forms = {
  trump: ['ترامب'],
  putin: ['بوتين'],
  zelensky: ['زيلينسكي'],
  uk: ['بريطانيا'],
  russia: ['روسيا', 'موسكو'],
  turkey: ['تركيا', 'أنقرة'],
};

describe('buildRelationGraph', () => {
  it("ranks an edge's topics by how many of its articles hold them, then by id, and keeps maxTopics", () => {
    const both = ['التقى ترامب بوتين في أنقرة.'];
    const arts = [
      article('t1', both, forms, { date: '2025-03-01', topics: [{ id: 'summit' }, { id: 'ceasefire' }] }),
      article('t2', both, forms, { date: '2025-03-02', topics: [{ id: 'summit' }, { id: 'sanctions' }] }),
      article('t3', both, forms, { date: '2025-03-03', topics: [{ id: 'energy' }, { id: 'summit' }, { id: 'ceasefire' }] }),
    ];
    const topicsOf = (maxTopics?: number) => buildRelationGraph(arts, actors, patterns, { maxTopics }).edges.find((e) => e.source === 'putin' && e.target === 'trump')!.topics;
    // summit 3, ceasefire 2, then energy and sanctions once each: the tie in id order.
    expect(topicsOf()).toEqual(['summit', 'ceasefire', 'energy', 'sanctions']);
    expect(topicsOf(3)).toEqual(['summit', 'ceasefire', 'energy']);
  });

  it('weights edges by sentences, keeps article co-occurrence apart, with evidence', () => {
    const a = article(
      'a1',
      ['بحث ترامب مع بوتين وقف إطلاق النار. وقال ترامب إن بوتين جاد.', 'ورحب زيلينسكي بالخطوة.'],
      forms,
      { date: '2025-03-19', topics: [{ id: 'ceasefire' }] },
    );
    const g = buildRelationGraph([a], actors, patterns);
    const tp = g.edges.find((e) => e.source === 'putin' && e.target === 'trump')!;
    expect(tp.weight).toBe(2);
    expect(tp.articles).toBe(1);
    expect(tp.evidence.map((e) => e.paragraph)).toEqual(['p-1', 'p-1']);
    expect(tp.evidence[0]).toMatchObject({ slug: 'a1', date: '2025-03-19', sentence: 'بحث ترامب مع بوتين وقف إطلاق النار.', types: ['talks'] });
    // "وقال ترامب إن بوتين جاد" is co-occurrence, not a typed relation.
    expect(tp.evidence[1].types).toEqual([]);
    expect(tp.types).toEqual(['talks']);
    expect(tp.topics).toEqual(['ceasefire']);
    // Zelensky shares the article but no sentence: weight 0, articles 1.
    const zt = g.edges.find((e) => e.source === 'trump' && e.target === 'zelensky')!;
    expect(zt).toMatchObject({ weight: 0, articles: 1, evidence: [], types: [] });
    expect(buildRelationGraph([a], actors, patterns, { articleOnlyEdges: false }).edges.some((e) => e.weight === 0)).toBe(false);
  });

  it('counts the articles of an edge and spans their dates, undated ones counted but not dated', () => {
    const text = ['التقى ترامب وبوتين في قمة.'];
    const g = buildRelationGraph(
      [
        article('e1', text, forms, { date: '2025-02-10' }),
        article('e2', ['ذكر ترامب شيئًا.', 'وذكر بوتين شيئًا آخر.'], forms, { date: '2024-11-03' }),
        article('e3', text, forms),
        article('e4', text, forms, { date: '2025-06-01' }),
      ],
      actors,
      patterns,
    );
    expect(g.edges.find((e) => e.source === 'putin' && e.target === 'trump')).toMatchObject({ articles: 4, weight: 3, firstDate: '2024-11-03', lastDate: '2025-06-01' });
  });

  it('refuses two articles with one slug (an edge counts articles, it does not keep their slugs)', () => {
    const a = article('same', ['التقى ترامب وبوتين في قمة.'], forms, { date: '2025-02-10' });
    expect(() => buildRelationGraph([a, { ...a }], actors, patterns)).toThrow(/two articles have the slug "same"/);
  });

  it('builds nodes with article counts, date span and topics, sorted', () => {
    const g = buildRelationGraph(
      [
        article('a1', ['التقى ترامب بوتين.'], forms, { date: '2025-01-02', topics: [{ id: 'summit' }] }),
        article('a2', ['انتقد بوتين زيلينسكي.'], forms, { date: '2024-05-01', topics: [{ id: 'peace-talks' }, { id: 'summit' }] }),
        article('a3', ['قال بوتين.'], forms, {}),
      ],
      actors,
      patterns,
    );
    expect(g.nodes.map((n) => n.id)).toEqual(['putin', 'trump', 'zelensky']);
    expect(g.nodes[0]).toEqual({
      id: 'putin', name: 'فلاديمير بوتين', en: 'Vladimir Putin', type: 'person', articles: 3,
      firstDate: '2024-05-01', lastDate: '2025-01-02', topics: ['summit', 'peace-talks'],
    });
    expect(g.edges.find((e) => e.target === 'zelensky')!.types).toEqual(['accusation']);
  });

  it('types sanctions, support and mediation from patterns, with clitics and direction', () => {
    const g = buildRelationGraph(
      [
        article(
          's',
          ['وفرضت بريطانيا عقوبات جديدة على روسيا.', 'وأعلنت بريطانيا تزويد زيلينسكي بصواريخ.', 'وتوسطت تركيا بين موسكو وزيلينسكي.', 'وعرضت أنقرة وساطتها بين موسكو وترامب.'],
          forms,
          { date: '2025-04-02' },
        ),
      ],
      actors,
      patterns,
    );
    const edge = (a: string, b: string) => g.edges.find((e) => e.source === a && e.target === b)!;
    expect(edge('russia', 'uk').relations).toEqual([
      { type: 'sanctions', from: 'uk', to: 'russia', directed: true, count: 1, firstDate: '2025-04-02', lastDate: '2025-04-02', months: { '2025-04': 1 } },
    ]);
    expect(edge('uk', 'zelensky').relations.map((r) => [r.type, r.from, r.to])).toEqual([['support', 'uk', 'zelensky']]);
    expect(edge('russia', 'turkey').types).toEqual(['mediation']);
    expect(edge('turkey', 'zelensky').types).toEqual(['mediation']);
    expect(edge('russia', 'zelensky')).toMatchObject({ kind: 'typed', types: ['talks'], typedWeight: 1 });
    // An offer to mediate is not mediation: mentioned together, untyped.
    expect(edge('trump', 'turkey')).toMatchObject({ kind: 'cooccurrence', types: [], relations: [], typedWeight: 0, weight: 1, months: { '2025-04': 1 } });
    expect(edge('trump', 'turkey').evidence[0].relations).toEqual([]);
  });

  it('never makes an edge of an actor and its own side, or of a media source', () => {
    const withSides = new Map(actors);
    withSides.set('putin', { ...actors.get('putin')!, affiliation: 'russia' });
    withSides.set('reuters', actor('reuters', 'organization', 'رويترز', 'Reuters'));
    const media = { ...patterns, media: new Set(['reuters']) };
    const a = article('m', ['موسكو - رويترز: التقى بوتين ترامب في موسكو.'], { ...forms, reuters: ['رويترز'] });
    const g = buildRelationGraph([a], withSides, media);
    expect(g.edges.map((e) => `${e.source}-${e.target}`)).toEqual(['putin-trump', 'russia-trump']);
    expect(g.edges[0].relations.map((r) => r.type)).toEqual(['talks']);
    expect(g.edges[1].kind).toBe('cooccurrence');
  });

  it('does not claim a type when the pattern is far from the pair', () => {
    const far = 'وقال ترامب في حديث طويل عن الاقتصاد والأسواق والوظائف والضرائب والتجارة والهجرة والتعليم والصحة والطاقة والمناخ والزراعة إن بوتين رجل قوي وإن العالم يحتاج إلى مكالمة.';
    const g = buildRelationGraph([article('f', [far], forms)], actors, patterns);
    expect(g.edges[0].weight).toBe(1);
    expect(g.edges[0].types).toEqual([]);
  });

  it('ignores actors removed by overrides and unknown ids', () => {
    const a = article('o', ['بحث ترامب مع بوتين.'], forms);
    a.actorIds = ['trump'];
    const g = buildRelationGraph([a], actors, patterns);
    expect(g.edges).toEqual([]);
    expect(g.nodes.map((n) => n.id)).toEqual(['trump']);
  });

  it('is deterministic whatever the article order', () => {
    const arts = [
      article('b', ['بحث ترامب مع بوتين.', 'وقال زيلينسكي إن ترامب محق.'], forms, { date: '2025-02-01' }),
      article('a', ['التقى بوتين ترامب.'], forms, { date: '2025-02-01' }),
      article('c', ['قال بوتين إن زيلينسكي.'], forms),
    ];
    const one = JSON.stringify(buildRelationGraph(arts, actors, patterns));
    const two = JSON.stringify(buildRelationGraph([...arts].reverse(), actors, patterns));
    expect(two).toBe(one);
    const e = buildRelationGraph(arts, actors, patterns).edges.find((x) => x.source === 'putin')!;
    expect(e.evidence.map((x) => x.slug)).toEqual(['a', 'b']);
  });
});

describe('a sentence printed by several outlets (sameText)', () => {
  it('keeps the first copy\'s text, points at the canonical copy, and writes the item\'s fields in their order', () => {
    // Two copies of one dispatch: the wire's first in corpus order, the canonical one second with
    // a tashkeel the normalised key ignores; a third outlet's article states the same sentence alone.
    const first = article('w1', ['مقدمة قصيرة.', 'بحث ترامب مع بوتين وقف إطلاق النار.'], forms, { date: '2025-03-20' });
    const canon = article('c1', ['بَحث ترامب مع بوتين وقف إطلاق النار.'], forms, { date: '2025-03-19' });
    const other = article('o1', ['وقال ترامب إن بوتين جاد.'], forms, { date: '2025-03-18' });
    const sameText = { groupOf: new Map([['w1', 'g'], ['c1', 'g']]), canonical: new Set(['c1']), outletOf: new Map([['w1', 'wire'], ['c1', 'paper'], ['o1', 'tv']]) };
    const g = buildRelationGraph([first, canon, other], actors, patterns, { sameText });
    const tp = g.edges.find((e) => e.source === 'putin' && e.target === 'trump')!;
    expect(tp.weight).toBe(2);
    expect(tp.evidence).toEqual([
      { slug: 'c1', paragraph: 'p-1', sentence: 'بحث ترامب مع بوتين وقف إطلاق النار.', date: '2025-03-19', types: ['talks'], relations: tp.evidence[0].relations, outlets: 2 },
      { slug: 'o1', paragraph: 'p-1', sentence: 'وقال ترامب إن بوتين جاد.', date: '2025-03-18', types: [], relations: [], outlets: 1 },
    ]);
    expect(tp.evidence[0].relations.map((r) => r.type)).toEqual(['talks']);
    expect(tp.evidence.map((ev) => Object.keys(ev))).toEqual([0, 1].map(() => ['slug', 'paragraph', 'sentence', 'date', 'types', 'relations', 'outlets']));
    // Without sameText no item carries outlets.
    expect(Object.keys(buildRelationGraph([first], actors, patterns).edges[0].evidence[0])).toEqual(['slug', 'paragraph', 'sentence', 'date', 'types', 'relations']);
  });
});

describe('bounds for large corpora', () => {
  it('caps evidence per edge, typed sentences first, while weight counts every sentence', () => {
    const actors = new Map(
      ['a', 'b'].map((id) => [id, { id, type: 'person' as const, name: id, en: id, aliases: [] }]),
    );
    const articles = Array.from({ length: 30 }, (_, i) => {
      const text = i === 29 ? 'التقى بوتين ترامب في موسكو' : 'بوتين و ترامب في موسكو';
      const at = (w: string) => text.indexOf(w);
      return {
        slug: `s${String(i).padStart(2, '0')}`,
        date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
        sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length, text }],
        mentions: [
          { actorId: 'a', paragraph: 0, sentence: 0, start: at('بوتين'), end: at('بوتين') + 5, text: 'بوتين', kind: 'name' as const },
          { actorId: 'b', paragraph: 0, sentence: 0, start: at('ترامب'), end: at('ترامب') + 5, text: 'ترامب', kind: 'name' as const },
        ],
        actorIds: ['a', 'b'],
        topics: [],
      };
    });
    const graph = buildRelationGraph(articles, actors, patterns, { maxEvidence: 5 });
    expect(graph.edges[0].weight).toBe(30);
    expect(graph.edges[0].evidence).toHaveLength(5);
    expect(graph.edges[0].evidence.map((e) => e.slug)).toContain('s29');
    expect(graph.edges[0].types).toEqual(['talks']);
  });

  it('drops pairs that share no sentence and too few articles', () => {
    const actors = new Map(['a', 'b'].map((id) => [id, { id, type: 'person' as const, name: id, en: id, aliases: [] }]));
    const one = { slug: 'x', sentences: [], mentions: [], actorIds: ['a', 'b'], topics: [] };
    expect(buildRelationGraph([one], actors, patterns, { minArticlesWithoutSentence: 2 }).edges).toHaveLength(0);
    expect(buildRelationGraph([one, { ...one, slug: 'y' }], actors, patterns, { minArticlesWithoutSentence: 2 }).edges).toHaveLength(1);
  });
});

describe('evidence budget', () => {
  it('serves the strongest ties first and leaves later ties one example each', () => {
    const ids = ['a', 'b', 'c'];
    const actors = new Map(ids.map((id) => [id, { id, type: 'person' as const, name: id, en: id, aliases: [] }]));
    const sentence = (pair: [string, string], i: number) => {
      const text = `${pair[0]} ${pair[1]}`;
      return {
        slug: `${pair.join('')}${i}`,
        sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length, text }],
        mentions: pair.map((id, k) => ({ actorId: id, paragraph: 0, sentence: 0, start: k * 2, end: k * 2 + 1, text: id, kind: 'name' as const })),
        actorIds: [...pair],
        topics: [],
      };
    };
    const articles = [
      ...Array.from({ length: 6 }, (_, i) => sentence(['a', 'b'], i)),
      ...Array.from({ length: 4 }, (_, i) => sentence(['b', 'c'], i)),
    ];
    const g = buildRelationGraph(articles, actors, patterns, { maxEvidence: 5, evidenceBudget: 5 });
    expect(g.edges.map((e) => [e.source, e.target, e.weight, e.evidence.length])).toEqual([
      ['a', 'b', 6, 5],
      ['b', 'c', 4, 1],
    ]);
  });
});

describe('evidence kept per edge, on a seeded corpus', () => {
  // The rule, stated plainly over the uncapped graph (every edge's evidence, all of it, newest
  // first): typed sentences first, the first `cap` of them, in that order; the budget is spent
  // strongest edge first. The capped build chooses without sorting everything: it must agree.
  it('equals the rule applied to the uncapped evidence, ties included', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const actors = new Map(ids.map((id) => [id, { id, type: 'person' as const, name: id, en: id, aliases: [] }]));
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const articles = Array.from({ length: 120 }, (_, i) => {
      const sentences = Array.from({ length: 1 + rand(4) }, (_, s) => {
        const pair = [ids[rand(5)], ids[rand(5)]];
        // Some sentences state a relation («التقى» = talks), most only name both.
        const text = `${rand(3) === 0 ? 'التقى' : 'و'} ${pair[0]} ${pair[1]}`;
        return { index: s, paragraph: rand(2), start: 0, end: text.length, text, pair };
      });
      return {
        // Few dates and repeated paragraphs: many ties on date, then slug order decides.
        slug: `s${String(rand(1000)).padStart(3, '0')}-${i}`,
        date: rand(5) === 0 ? undefined : `2024-01-0${1 + rand(3)}`,
        sentences: sentences.map(({ pair: _p, ...s }) => s),
        mentions: sentences.flatMap((s) => s.pair.map((id) => ({ actorId: id, paragraph: s.paragraph, sentence: s.index, start: s.text.indexOf(id), end: s.text.indexOf(id) + 1, text: id, kind: 'name' as const }))),
        actorIds: [...new Set(sentences.flatMap((s) => s.pair))],
        topics: [],
      };
    });
    const uncapped = buildRelationGraph(articles, actors, patterns);
    // An edge's types, stated plainly: those its sentences state, in RELATION_TYPES order (typesOf reads them from its relations).
    for (const e of uncapped.edges) expect(e.types).toEqual(RELATION_TYPES.filter((t) => e.evidence.some((ev) => ev.types.includes(t))));
    expect(uncapped.edges.some((e) => e.types.length) && uncapped.edges.some((e) => e.evidence.length > 1)).toBe(true);
    const items = uncapped.edges.flatMap((e) => e.evidence);
    expect(items.some((ev) => ev.types.length) && items.some((ev) => !ev.types.length)).toBe(true);
    for (const [maxEvidence, evidenceBudget] of [[3, Infinity], [5, 40], [1, 10], [50, 60]]) {
      const capped = buildRelationGraph(articles, actors, patterns, { maxEvidence, evidenceBudget });
      let budget = evidenceBudget;
      const expected = uncapped.edges.map((e) => {
        const cap = Math.max(Math.min(maxEvidence, budget), Math.min(e.evidence.length, 1));
        const typed = e.evidence.filter((ev) => ev.types.length);
        const rest = e.evidence.filter((ev) => !ev.types.length);
        const kept = new Set([...typed, ...rest].slice(0, cap));
        budget -= kept.size;
        return { ...e, evidence: e.evidence.filter((ev) => kept.has(ev)) };
      });
      expect(capped.edges.some((e, i) => e.evidence.length < uncapped.edges[i].evidence.length)).toBe(true);
      expect(capped).toEqual({ nodes: uncapped.nodes, edges: expected });
    }
  });
});

describe('sortedCounts', () => {
  it('is the object of the entries sorted by key in code-point order (the same keys, values and order)', () => {
    const m = new Map([['2025-03', 2], ['2024-11', 1], ['2025-01', 4], ['2024-02', 3]]);
    const plain = Object.fromEntries([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    expect(JSON.stringify(sortedCounts(m))).toBe(JSON.stringify(plain));
    expect(Object.keys(sortedCounts(m))).toEqual(['2024-02', '2024-11', '2025-01', '2025-03']);
    expect(sortedCounts(new Map([['2025-03', 5]]))).toEqual({ '2025-03': 5 });
    expect(sortedCounts(null)).toEqual({});
  });
});
