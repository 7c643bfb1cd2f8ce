// Page metadata: JSON-LD (@graph, @id references, arrays, non-article types), Open Graph and
// meta, <time>, breadcrumbs, bylines; then the choice per field with its evidence.
import { describe, expect, it } from 'vitest';
import { loadBoilerplate, loadSources } from '../../data/load';
import { buildDateReader } from '../dates';
import { chooseMetadata, outletOfUrl, siteNameFromTitle, stripSiteName } from './choose';
import { parsePage } from './dom';
import { dateOf, isUtcTimestamp, readPageCandidates } from './metadata';

const sources = loadSources();
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const page = (head: string, body = '') => parsePage(`<html><head>${head}</head><body>${body}</body></html>`);
const dates = buildDateReader(loadBoilerplate().dateWords);
const choose = (head: string, body = '', text = {}) => chooseMetadata(readPageCandidates(page(head, body)), text, sources, dates);

describe('readPageCandidates', () => {
  it('reads an article in @graph, resolving author and publisher @id references', () => {
    const c = readPageCandidates(page(ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'NewsArticle', headline: 'عنوان الخبر هنا', datePublished: '2025-02-18T21:40:12+03:00', author: { '@id': '#p' }, publisher: { '@id': '#o' }, articleSection: ['سياسة'] },
      { '@type': 'Organization', '@id': '#o', name: 'الرافد' },
      { '@type': 'Person', '@id': '#p', name: 'سامر الحلبي' },
    ] })));
    expect(c.title[0]).toEqual({ value: 'عنوان الخبر هنا', from: 'jsonld' });
    expect(c.author[0]).toEqual({ value: 'سامر الحلبي', from: 'jsonld' });
    expect(c.outlet[0]).toEqual({ value: 'الرافد', from: 'jsonld' });
    expect(c.section[0]).toEqual({ value: 'سياسة', from: 'jsonld' });
  });
  it('ignores WebPage nodes and broken JSON-LD blocks', () => {
    const c = readPageCandidates(page(`${ld({ '@type': 'WebPage', name: 'صفحة' })}<script type="application/ld+json">{broken</script>`));
    expect(c.title).toEqual([]);
  });
  it('joins several authors and reads a ReportageNewsArticle in a JSON array', () => {
    const c = readPageCandidates(page(ld([{ '@type': 'BreadcrumbList', itemListElement: [] }, { '@type': 'ReportageNewsArticle', headline: 'ت', author: [{ name: 'ليلى منصور' }, { name: 'أوليغ بتروف' }] }])));
    expect(c.author[0].value).toBe('ليلى منصور، أوليغ بتروف');
  });
  it('reads dates from meta, <time>, RDFa and abbr.published', () => {
    const c = readPageCandidates(page('<meta property="article:published_time" content="2024-11-07T09:15:00+02:00">',
      '<time datetime="2024-11-08">x</time><span property="dc:date dc:created" content="2024-11-09T10:00:00+01:00"></span><abbr class="published" title="2024-11-10T13:40:00+02:00"></abbr>'));
    expect(c.date).toEqual([
      { value: '2024-11-07T09:15:00+02:00', from: 'og' },
      { value: '2024-11-08', from: 'time' },
      { value: '2024-11-09T10:00:00+01:00', from: 'time' },
      { value: '2024-11-10T13:40:00+02:00', from: 'time' },
    ]);
  });
  it('takes the last breadcrumb that is neither home nor the headline', () => {
    const c = readPageCandidates(page('', '<nav class="breadcrumb"><a>الرئيسية</a> / <a>أخبار عربية ودولية</a> / <span>عنوان الخبر</span></nav><h1>عنوان الخبر</h1>'));
    expect(c.section).toEqual([{ value: 'أخبار عربية ودولية', from: 'dom' }]);
  });
  it('reads a byline without its label, and skips URLs in meta author', () => {
    const c = readPageCandidates(page('<meta property="article:author" content="https://www.facebook.com/x">', '<span class="post-author">بقلم: فادي نصر</span>'));
    expect(c.author).toEqual([{ value: 'فادي نصر', from: 'dom' }]);
  });
});

describe('dates', () => {
  it('keeps the publisher\'s local date of an ISO timestamp', () => {
    expect(dateOf('2025-02-18T23:40:12+03:00', dates)).toBe('2025-02-18');
    expect(dateOf('الخميس 3 أبريل 2025', dates)).toBe('2025-04-03');
    expect(isUtcTimestamp('2025-05-20T22:10:00Z')).toBe(true);
    expect(isUtcTimestamp('2025-05-20T22:10:00+00:00')).toBe(true);
    expect(isUtcTimestamp('2025-05-20T22:10:00+03:00')).toBe(false);
  });
});

describe('chooseMetadata', () => {
  it('prefers JSON-LD, then the <h1>, and strips the site name from og:title', () => {
    expect(choose(`${ld({ '@type': 'NewsArticle', headline: 'عنوان من البيانات المنظمة' })}<meta property="og:title" content="عنوان آخر للخبر | الموقع">`, '<h1>عنوان الصفحة الظاهر للقارئ</h1>').title)
      .toEqual({ value: 'عنوان من البيانات المنظمة', from: 'jsonld' });
    expect(choose('<meta property="og:site_name" content="الساعة 24"><meta property="og:title" content="واشنطن توافق على صفقة صواريخ | الساعة 24">', '<h1>الساعة 24</h1>').title)
      .toEqual({ value: 'واشنطن توافق على صفقة صواريخ', from: 'og' });
  });
  it('prefers an Arabic outlet name, then <title>\'s site part, then the canonical domain', () => {
    expect(choose(`${ld({ '@type': 'NewsArticle', headline: 'خبر ما هنا', publisher: { name: 'Annaba News' } })}<meta property="og:site_name" content="النبأ">`).outlet).toEqual({ value: 'النبأ', from: 'og' });
    expect(choose('<title>موسكو وكييف تتبادلان الأسرى | سكاي نيوز عربية</title>', '<h1>موسكو وكييف تتبادلان الأسرى</h1>').outlet).toEqual({ value: 'سكاي نيوز عربية', from: 'title' });
    expect(choose('<link rel="canonical" href="https://www.aljazeera.net/news/x">', '<h1>عنوان خبر ما هنا</h1>').outlet).toEqual({ value: 'الجزيرة', from: 'canonical' });
  });
  it('falls back to the text rules for what the markup does not say', () => {
    expect(choose('', '', { title: 'عنوان من النص', date: '2025-04-11', source: 'بوابة الحدث' })).toEqual({
      title: { value: 'عنوان من النص', from: 'text' }, date: { value: '2025-04-11', from: 'text' }, outlet: { value: 'بوابة الحدث', from: 'text' },
    });
  });
  it('a UTC timestamp a day off the date the page prints gives way to the printed date', () => {
    const head = '<meta property="article:published_time" content="2025-05-20T22:10:00Z">';
    expect(choose(head, '', { date: '2025-05-21' }).date).toEqual({ value: '2025-05-21', from: 'text' });
    expect(choose(head, '', { date: '2025-05-20' }).date).toEqual({ value: '2025-05-20', from: 'og' });
    expect(choose(head.replace('Z', '+03:00'), '', { date: '2025-05-21' }).date).toEqual({ value: '2025-05-20', from: 'og' });
  });
  it('an author that is the outlet itself is no byline', () => {
    expect(choose(`${ld({ '@type': 'NewsArticle', headline: 'خبر', author: { name: 'الجزيرة نت' } })}<meta property="og:site_name" content="الجزيرة نت">`).author).toBeUndefined();
  });
  it('url_original: canonical, else og:url, else the JSON-LD page', () => {
    expect(choose('<meta property="og:url" content="https://b.example/x"><link rel="canonical" href="https://a.example/x">').url_original).toEqual({ value: 'https://a.example/x', from: 'canonical' });
    expect(choose(ld({ '@type': 'NewsArticle', headline: 'خبر', mainEntityOfPage: { '@id': 'https://c.example/y' } })).url_original).toEqual({ value: 'https://c.example/y', from: 'jsonld' });
    expect(choose('<link rel="canonical" href="javascript:alert(1)">').url_original).toBeUndefined();
  });
});

describe('title and outlet helpers', () => {
  it('stripSiteName removes a known site name on either side', () => {
    expect(stripSiteName('خبر عن المفاوضات - الرافد نيوز', ['الرافد نيوز'])).toBe('خبر عن المفاوضات');
    expect(stripSiteName('الوسط - خبر عن المفاوضات', ['الوسط'])).toBe('خبر عن المفاوضات');
    expect(stripSiteName('موسكو - كييف: جولة جديدة', ['الوسط'])).toBe('موسكو - كييف: جولة جديدة');
  });
  it('siteNameFromTitle: what is left of <title> beside the headline, or a short <title> alone', () => {
    expect(siteNameFromTitle('الوسط - خبر عن المفاوضات', 'خبر عن المفاوضات')).toBe('الوسط');
    expect(siteNameFromTitle('بوابة الحدث', 'بوتين يستقبل مبعوثا أمريكيا')).toBe('بوابة الحدث');
    expect(siteNameFromTitle('عنوان مختلف تماما - موقع', 'خبر آخر')).toBeUndefined();
  });
  it('outletOfUrl maps a domain or a domain with a path (bbc.com/arabic) through sources.yaml', () => {
    expect(outletOfUrl('https://www.skynewsarabia.com/world/1', sources)?.id).toBe('sky-news-arabia');
    expect(outletOfUrl('https://www.bbc.com/arabic/articles/x', sources)?.en).toMatch(/BBC/);
    expect(outletOfUrl('https://www.bbc.com/news/x', sources)).toBeUndefined();
    expect(outletOfUrl('not a url', sources)).toBeUndefined();
  });
});
