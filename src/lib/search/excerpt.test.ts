import { describe, expect, it } from 'vitest';
import { buildExcerpt, matchRanges } from './excerpt';
import { planQuery } from './keys';
import { buildContextJson, contextFromJson, aliasForms } from './context';
import { suggestActor, editDistance } from './suggest';
import { keyedRecordHtml, plainRecordHtml, escapeHtml, UNDATED_DESC, docFromArticle, textJson } from './record';
import type { Actor } from '../types';
import type { CorpusArticle } from '../corpus/types';

const actors: Actor[] = [
  { id: 'donald-trump', type: 'person', name: 'دونالد ترامب', en: 'Donald Trump', aliases: ['ترمب'], short: ['ترامب'] },
  { id: 'sergey-lavrov', type: 'person', name: 'سيرغي لافروف', en: 'Sergey Lavrov', aliases: [], short: ['لافروف'] },
];
const json = buildContextJson(actors, { articles: new Map([['donald-trump', 3], ['sergey-lavrov', 2]]) });
const ctx = contextFromJson(json);

describe('excerpts and highlights', () => {
  it('marks the words as written, clitics and variants included', () => {
    const text = 'قال ترمب إن والضمانات مطلوبة.';
    const marked = (q: string) => matchRanges(text, planQuery(q, ctx), ctx).map(([s, e]) => text.slice(s, e));
    expect(marked('ترامب')).toEqual(['ترمب']);
    expect(marked('الضمانات')).toEqual(['والضمانات']);
  });
  it('cuts a window around the matches from the best paragraph', () => {
    const long = Array.from({ length: 80 }, (_, i) => `كلمة${i}`).join(' ') + ' لافروف ' + 'نهاية '.repeat(40);
    const segs = buildExcerpt(['فقرة أولى بلا شيء', long], planQuery('لافروف', ctx), ctx, 20);
    const text = segs.map((s) => s.text).join('');
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['لافروف']);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.split(/\s+/).length).toBeLessThan(26);
  });
});

describe('suggestions', () => {
  it('points a misspelt name at the closest actor alias', () => {
    expect(editDistance('لافروف', 'لافرووف')).toBe(1);
    expect(suggestActor('لافرووف', ctx, json.actors, new Map(json.aliases.reduce((m, [p, id]) => m.set(id, [...(m.get(id) ?? []), p]), new Map<string, string[]>())))?.actor.id).toBe('sergey-lavrov');
    expect(suggestActor('مفاوضات', ctx, json.actors, new Map())).toBeNull();
  });
});

describe('records', () => {
  const article = {
    slug: 'x', url: '/articles/x/', title: 'عنوان <script>', paragraphs: ['قال ترمب "مرحبا" & <b>'], raw: 'x.txt', tags: [],
    sentences: [], mentions: [], actorIds: ['donald-trump'], topics: [], embedded: [], words: 3,
  } as unknown as CorpusArticle;
  it('escapes the real text and puts undated articles last', () => {
    const html = keyedRecordHtml(docFromArticle(article), ctx);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;'); // the title meta, escaped
    // The paragraphs are not in the record (kept out of Pagefind's memory): in the text file.
    expect(html).toContain('data-pagefind-meta="k">x<');
    expect(JSON.parse(textJson(docFromArticle(article))).p).toEqual(article.paragraphs);
    expect(html).toContain(`data-pagefind-sort="date">${UNDATED_DESC}<`);
    expect(html).toContain('data-pagefind-filter="actor">donald-trump<');
    expect(html).toContain('zzdonaldtrumpzz');
    expect(plainRecordHtml(docFromArticle(article))).toContain('&quot;مرحبا&quot;');
    expect(escapeHtml(`<'">&`)).toBe('&lt;&#39;&quot;&gt;&amp;');
  });
});

describe('labels of discovered people', () => {
  it('ships corpus actors (not only the dictionary) and suggests them by name', () => {
    const discovered = { id: 'discovered-guido-crosetto', name: 'غيدو كروسيتو', en: 'Guido Crosetto', type: 'person' as const };
    const j = buildContextJson(actors, { articles: new Map([[discovered.id, 4]]), labels: [...actors, discovered] });
    expect(j.actors.find((a) => a.id === discovered.id)?.name).toBe('غيدو كروسيتو');
    // Keys are unchanged: discovered names are labels, not aliases.
    expect(j.aliases.some(([, id]) => id === discovered.id)).toBe(false);
    expect(suggestActor('كروسيتوو', contextFromJson(j), j.actors, aliasForms(j))?.actor.id).toBe(discovered.id);
  });
});
