import { describe, expect, it } from 'vitest';
import type { ArticleExport } from '../corpus/exports';
import type { SourceRef } from '../corpus/types';
import { exportDoc, FacetLabels } from './documents';
import { contextFromJson, splitContextJson, LABEL_FIELDS } from './context';

const row: ArticleExport = {
  slug: 'x',
  url: '/kb/articles/x/',
  title: 'عنوان',
  date: '2025-03-01',
  source: 'مصدر مجهول',
  agency: null,
  raw: 'x.txt',
  via: null,
  actors: [{ id: 'putin', name: 'بوتين', type: 'person', en: 'Putin' }],
  topics: [{ id: 'nato', name: 'الناتو' }],
  paragraphs: ['فقرة'],
};

describe('search documents', () => {
  it('an export row becomes a document with its site path and filter values', () => {
    const d = exportDoc(row, [], new Map<string, SourceRef>());
    expect(d.doc.url).toBe('/articles/x/');
    expect(d.doc.filters).toEqual({ actor: ['putin'], topic: ['nato'], source: [expect.any(String)], year: ['2025'], story: [] });
    expect(d.actors[0]).toEqual({ id: 'putin', name: 'بوتين', en: 'Putin', type: 'person' });
  });

  it('facet labels count actors per document and ship only the actors that occur', () => {
    const facets = new FacetLabels();
    facets.add(exportDoc(row, [], new Map()));
    facets.add(exportDoc({ ...row, slug: 'y' }, [], new Map()));
    const json = facets.contextJson([{ id: 'zelensky', name: 'زيلينسكي', en: 'Zelensky', type: 'person', aliases: [] } as never]);
    expect(json.actors.map((a) => [a.id, a.articles])).toEqual([['putin', 2]]);
    expect(json.topics).toEqual({ nato: 'الناتو' });
    expect(json.topicArticles).toEqual({ nato: 2 });
  });

  it('ships the labels in their own file: the planning part holds none of them, and nothing is lost', () => {
    const facets = new FacetLabels();
    facets.add(exportDoc(row, [], new Map()));
    const json = facets.contextJson([{ id: 'zelensky', name: 'زيلينسكي', en: 'Zelensky', type: 'person', aliases: [] } as never], { total: 1 });
    const { planning, labels } = splitContextJson(json);
    for (const f of LABEL_FIELDS) expect(planning).not.toHaveProperty(f);
    expect(labels.actors.map((a) => a.id)).toEqual(['putin']);
    expect(planning.total).toBe(1);
    // The known stems are derived from the aliases in the browser: the same context either way.
    expect(contextFromJson({ ...planning, ...labels }).known).toEqual(contextFromJson(json).known);
    expect(contextFromJson({ ...planning, ...labels }).known.has('زيلينسكي')).toBe(true);
    expect({ ...planning, ...labels, known: json.known }).toEqual(json);
  });
});
