import { describe, expect, it } from 'vitest';
import { loadCuratedData } from '../data/load';
import { buildCorpus } from '../corpus/buildCorpus';
import { actorRelations, sentenceCount } from './actorRelations';

// Real dictionary, linking and patterns: what an actor page of this corpus would list.
const corpus = buildCorpus({
  ...loadCuratedData(),
  articles: [
    { slug: 'a', title: '', raw: 'a.txt', tags: [], date: '2025-03-01', paragraphs: ['فرضت بريطانيا حزمة عقوبات جديدة على روسيا شملت مصارف وشركات شحن.', 'وتبادلت موسكو وكييف الاتهامات بخرق الهدنة.'] },
    { slug: 'b', title: '', raw: 'b.txt', tags: [], date: '2025-04-10', paragraphs: ['فرضت بريطانيا عقوبات على روسيا بسبب الهجمات على الموانئ.', 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان في أنطاليا.'] },
    { slug: 'c', title: '', raw: 'c.txt', tags: [], date: '2025-05-02', paragraphs: ['قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا تتابع الوضع في البحر الأسود.'] },
  ],
});

describe('actorRelations', () => {
  it('lists typed relations with their direction from this actor, counted over sentences', () => {
    const russia = actorRelations(corpus.graph, 'russia');
    expect(russia.map((g) => g.type)).toEqual(['sanctions', 'accusation']);
    const [sanctions] = russia;
    expect(sanctions.relations).toHaveLength(1);
    expect(sanctions.relations[0]).toMatchObject({ other: 'united-kingdom', direction: 'in', count: 2, lastDate: '2025-04-10' });
    expect(sanctions.relations[0].evidence?.slug).toBe('b');
    expect(actorRelations(corpus.graph, 'united-kingdom')[0].relations[0]).toMatchObject({ other: 'russia', direction: 'out', count: 2 });
    // Each accuses the other: one line.
    expect(russia[1].relations).toEqual([expect.objectContaining({ other: 'ukraine', direction: 'both', count: 2 })]);
  });

  it('shows talks between people, and nothing for mere mentions or one’s own side', () => {
    expect(actorRelations(corpus.graph, 'sergey-lavrov')).toEqual([
      { type: 'talks', total: 1, relations: [expect.objectContaining({ other: 'hakan-fidan', direction: 'both', count: 1 })] },
    ]);
    expect(actorRelations(corpus.graph, 'dmitry-peskov')).toEqual([]);
  });
});

describe('sentenceCount', () => {
  it('agrees with the number', () => {
    expect([1, 2, 3, 10, 11, 100].map(sentenceCount)).toEqual(['جملة واحدة', 'جملتان', '3 جمل', '10 جمل', '11 جملة', '100 جملة']);
  });
});
