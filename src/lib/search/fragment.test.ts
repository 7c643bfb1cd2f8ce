import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { slimFragment } from './fragment';

// A fragment as Pagefind 1.6 writes it for one of our keyed records (src/lib/search/record.ts):
// gzip of the signature and the JSON, the key stream as content, the record's filters and meta.
const fragment = {
  url: '/articles/002-991ebc19782e432f/',
  content: '0mstcar9 0amn9 0qwmi9 zzunitedstateszz ccaunitedstatescc 0bhv9 0wqf9 0atlaq9 0nar9.',
  word_count: 9,
  filters: { actor: ['united-states', 'russia', 'ukraine'], source: ['yenisafak'], year: ['2025'] },
  meta: { date: '2025-03-19', k: '002-991ebc19782e432f', source: 'يني شفق', title: 'مستشارا الأمن القومي الأمريكي والروسي يبحثان سبل وقف إطلاق النار بأوكرانيا' },
  anchors: [],
};
const written = (json: unknown) => gzipSync(`pagefind_dcd${JSON.stringify(json)}`);
const read = (bytes: Buffer) => {
  const text = gunzipSync(bytes).toString('utf8');
  expect(text.startsWith('pagefind_dcd')).toBe(true);
  return JSON.parse(text.slice('pagefind_dcd'.length));
};

describe('slimFragment', () => {
  it('empties the content and the filters, and keeps what a result shows', () => {
    const slim = read(slimFragment(written(fragment), 'fragment/ar_1.pf_fragment'));
    expect(slim).toEqual({ ...fragment, content: '', filters: {} });
    expect(slimFragment(written(fragment), 'f').length).toBeLessThan(written(fragment).length);
  });

  it('reads a fragment a host already decompressed, and a group of fragments', () => {
    expect(read(slimFragment(Buffer.from(`pagefind_dcd${JSON.stringify(fragment)}`), 'f')).content).toBe('');
    const group = read(slimFragment(written({ ar_1: fragment, ar_2: { ...fragment, url: '/articles/x/' } }), 'f'));
    expect(Object.values(group).map((f) => [(f as typeof fragment).url, (f as typeof fragment).content])).toEqual([[fragment.url, ''], ['/articles/x/', '']]);
  });

  it('names the file when it is not a Pagefind fragment', () => {
    expect(() => slimFragment(gzipSync('{"url":"/a/"}'), 'pagefind/fragment/ar_9.pf_fragment')).toThrow(/pagefind\/fragment\/ar_9\.pf_fragment: not a Pagefind fragment/);
    expect(() => slimFragment(gzipSync('pagefind_dcd{broken'), 'ar_8.pf_fragment')).toThrow(/ar_8\.pf_fragment: a Pagefind fragment that is not JSON/);
    expect(() => slimFragment(gzipSync('pagefind_dcd{"a":1}'), 'ar_7.pf_fragment')).toThrow(/ar_7\.pf_fragment: a Pagefind fragment without a url/);
  });
});

// The article's paragraphs (made-up text in the style of the bundled corpus), which were a file
// of their own per article, pagefind/kb-text/<k>.kbt: gzip -9 of {"p":[...]}.
const paragraphs = [
  'بحث مستشار الأمن القومي الأمريكي مع نظيره الروسي في اتصال هاتفي سبل التوصل إلى وقف لإطلاق النار في أوكرانيا، وفق ما أعلن البيت الأبيض.',
  'وقال المتحدث باسم الكرملين إن الاتصال كان "بنّاءً"، وإن موسكو مستعدة لمواصلة الحوار على مستوى الخبراء خلال الأيام المقبلة.',
  'ولم يحدد الجانبان موعداً للقاء مباشر، فيما أكدت كييف أنها لن تقبل أي اتفاق يُبرم من دون مشاركتها.',
];
const textFile = gzipSync(JSON.stringify({ p: paragraphs }), { level: 9 });

describe('slimFragment with the article text', () => {
  it('puts the paragraphs in the meta of the fragment, found by its text key', () => {
    const asked: string[] = [];
    const out = read(slimFragment(written(fragment), 'f', (k) => (asked.push(k), paragraphs)));
    expect(asked).toEqual(['002-991ebc19782e432f']);
    expect(out).toEqual({ ...fragment, content: '', filters: {}, meta: { ...fragment.meta, p: paragraphs } });
  });

  it('drops the text file without adding bytes: one gzip for both is smaller than the two files', () => {
    const slim = slimFragment(written(fragment), 'f');
    const withText = slimFragment(written(fragment), 'f', () => paragraphs);
    expect(withText.length).toBeLessThan(slim.length + textFile.length);
  });

  it('puts each fragment of a group its own text', () => {
    const other = { ...fragment, url: '/articles/x/', meta: { ...fragment.meta, k: 'x' } };
    const group = read(slimFragment(written({ ar_1: fragment, ar_2: other }), 'f', (k) => (k === 'x' ? ['نص آخر'] : paragraphs)));
    expect(group.ar_1.meta.p).toEqual(paragraphs);
    expect(group.ar_2.meta.p).toEqual(['نص آخر']);
  });

  it('names the file and the article when a fragment has no text to take', () => {
    expect(() => slimFragment(written(fragment), 'pagefind/fragment/ar_3.pf_fragment', () => undefined)).toThrow(
      /pagefind\/fragment\/ar_3\.pf_fragment: no article text for the fragment of \/articles\/002-991ebc19782e432f\/ \(text key 002-991ebc19782e432f\)/,
    );
    const { k: _k, ...noKey } = fragment.meta;
    expect(() => slimFragment(written({ ...fragment, meta: noKey }), 'ar_4.pf_fragment', () => paragraphs)).toThrow(/ar_4\.pf_fragment: .*text key missing/);
  });
});
