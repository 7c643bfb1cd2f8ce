// The stories wired into the corpus: the graph counts a sentence once per same-text group
// (issue 16: one dispatch republished by three outlets is one piece of evidence, not three),
// actor pages read those counts, and the exports carry the stories.
import { describe, expect, it } from 'vitest';
import { actorRelations } from '../relations/actorRelations';
import { exportArticles, exportStories } from '../corpus/exports';
import { corpusOf, readPart } from './fixtures.test-helpers';

const dev = readPart('dev');
const corpus = corpusOf(dev);
const edge = (a: string, b: string) => corpus.graph.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))!;

describe('the relation graph counts evidence once per same-text group', () => {
  it('a sentence three outlets republished is one sentence of weight, carried by three outlets', () => {
    // e02: the Lavrov–Rubio dispatch in three copies (one with its first line changed) and one own-words report.
    const e = edge('marco-rubio', 'sergey-lavrov');
    const briefed = e.evidence.filter((ev) => ev.sentence.startsWith('وأضاف البيان أن لافروف أطلع روبيو'));
    expect(briefed).toHaveLength(1);
    expect(briefed[0]).toMatchObject({ slug: 'e02-rt', outlets: 3 });
    // Every sentence naming both, counted once per text: the dispatch's and Sky News Arabia's own.
    const distinct = new Set(e.evidence.map((ev) => ev.sentence));
    expect(e.weight).toBe(distinct.size);
  });

  it('the evidence of a repeated sentence points at the canonical copy', () => {
    const e = edge('rafael-grossi', 'zaporizhzhia-npp');
    const lead = e.evidence.find((ev) => ev.sentence.startsWith('قال المدير العام للوكالة الدولية'))!;
    expect(lead).toMatchObject({ slug: 'e06-alarabiya', outlets: 4 });
  });

  it('a typed relation stated by copies of one dispatch counts once on the actor page', () => {
    const talks = actorRelations(corpus.graph, 'sergey-lavrov').flatMap((g) => g.relations).find((r) => r.type === 'talks' && r.other === 'marco-rubio');
    // The call sentence of the dispatch (carried by two copies; the third changed it) once, plus Sky News Arabia's own.
    const stating = edge('marco-rubio', 'sergey-lavrov').evidence.filter((ev) => ev.types.includes('talks'));
    expect(stating.map((ev) => [ev.slug, ev.outlets])).toContainEqual(['e02-rt', 2]);
    expect(talks?.count).toBe(stating.length);
  });

  it('articles without copies carry outlets: 1', () => {
    expect(edge('steve-witkoff', 'rustem-umerov').evidence.every((ev) => ev.outlets === 1)).toBe(true);
  });
});

describe('exports', () => {
  const url = (p: string) => `/kb${p}`;
  it('the articles export rows say their story and the canonical article of their text', () => {
    const rows = new Map(exportArticles(corpus, url).map((r) => [r.slug, r]));
    expect(rows.get('e01-alquds')).toMatchObject({ story: 'e01-anadolu', same_text_as: 'e01-anadolu' });
    expect(rows.get('e01-anadolu')).toMatchObject({ story: 'e01-anadolu', same_text_as: null });
    expect(rows.get('e01-aljazeera')).toMatchObject({ story: 'e01-anadolu', same_text_as: null });
    expect(rows.get('e10-rt')).toMatchObject({ story: null, same_text_as: null });
  });

  it('stories.json lists every story with its articles, outlets and same-text groups', () => {
    const stories = exportStories(corpus, url);
    expect(stories.map((s) => s.id)).toEqual(corpus.stories.stories.map((s) => s.id));
    const e06 = stories.find((s) => s.id === 'e06-alarabiya')!;
    expect(e06.url).toBe('/kb/stories/e06-alarabiya/');
    expect(e06.articles.map((a) => a.slug)).toEqual(['e06-alarabiya', 'e06-alittihad', 'e06-asharq', 'e06-albayan', 'e06-elaph-undated']);
    expect(e06.articles.find((a) => a.slug === 'e06-elaph-undated')).toMatchObject({ date: null, same_text_as: 'e06-alarabiya' });
    expect(e06.same_text).toEqual([{ id: 'e06-alarabiya', canonical: 'e06-alarabiya', members: ['e06-alarabiya', 'e06-alittihad', 'e06-albayan', 'e06-elaph-undated'] }]);
    expect(e06.outlets).toHaveLength(5);
  });
});
