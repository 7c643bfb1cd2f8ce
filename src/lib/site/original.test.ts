// An article from a saved web page points back to it: «المصدر الأصلي» host, JSON-LD isBasedOn,
// and the url_original column of the exports.
import { describe, expect, it } from 'vitest';
import { loadDiscoveryLexicon, loadRelationPatterns } from '../data/load';
import { buildCorpus } from '../corpus/buildCorpus';
import { exportArticles, exportArticlesCsv } from '../corpus/exports';
import type { CorpusArticle } from '../corpus/types';
import { newsArticleJsonLd } from './jsonld';
import { originalHost } from './original';

const article = (extra: Partial<CorpusArticle>): CorpusArticle => ({
  slug: 'a', title: 'عنوان', raw: 'a.html', tags: [], paragraphs: ['فقرة'], url: '/articles/a/', sentences: [], mentions: [],
  actorIds: [], topics: [], embedded: [], words: 1, overrides: {}, ...extra,
});

describe('original source of a saved page', () => {
  it('shows the host a reader recognises', () => {
    expect(originalHost('https://www.aljazeera.net/news/politics/2025/2/15/x')).toBe('aljazeera.net');
    expect(originalHost('https://arabic.rt.com/world/1')).toBe('arabic.rt.com');
  });
  it('JSON-LD says what the article is based on, only when known', () => {
    expect(newsArticleJsonLd(article({ url_original: 'https://a.example/x' }))).toMatchObject({ isBasedOn: 'https://a.example/x' });
    expect(newsArticleJsonLd(article({}))).not.toHaveProperty('isBasedOn');
  });
  it('the exports carry url_original (null when the article came from text)', () => {
    const corpus = buildCorpus({
      articles: [
        { slug: 'h', title: 'خبر من صفحة ويب', raw: 'h.html', tags: [], paragraphs: ['قال المتحدث إن المحادثات مستمرة.'], url_original: 'https://a.example/x' },
        { slug: 't', title: 'خبر من نص', raw: 't.txt', tags: [], paragraphs: ['وأضاف أن جولة جديدة ستعقد.'] },
      ],
      actors: [], topics: [], sources: [], discoveryLexicon: loadDiscoveryLexicon(), relationPatterns: loadRelationPatterns(),
    });
    const rows = Object.fromEntries(exportArticles(corpus, (p) => p).map((r) => [r.slug, r.url_original]));
    expect(rows).toEqual({ h: 'https://a.example/x', t: null });
    const csv = exportArticlesCsv(corpus, (p) => p).split('\r\n');
    expect(csv[0].endsWith(',url_original')).toBe(true);
    expect(csv.find((l) => l.startsWith('h,'))?.endsWith(',https://a.example/x')).toBe(true);
  });
});
