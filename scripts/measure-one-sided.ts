// What the one-sided plural readings (src/lib/search/oneSidedPlurals.ts, twenty-seventh pass) cost on a corpus: the
// readings the vocabulary gives with and without them, the low-weight keys they add per article, the record bytes and
// the time of the first pass and of the records. Usage: npx tsx scripts/measure-one-sided.ts [--dir DIR] (DIR/articles/*.mdx;
// default: the bundled and fixture articles of the search-quality corpus).
import { qualityCorpus } from '../tests/fixtures/search/harness';
import { ctx, vocabulary } from '../src/lib/search/curatedMatch.testkit';
import { CorpusVocabulary, confirmedPlurals } from '../src/lib/search/corpusPlurals';
import { patternReader } from '../src/lib/search/patternReadings';
import { keyedRecordBody, TOPIC_CONCEPT_WEIGHT } from '../src/lib/search/record';

async function main() {
  const d = process.argv.indexOf('--dir');
  const { articles } = await qualityCorpus(d > 0 ? process.argv[d + 1] : undefined);
  const indexCtx = { ...ctx, patterns: patternReader(vocabulary.patterns!) };
  const full = vocabulary.patterns!.corpusPlurals!;
  const { oneSided: _o, ...confirmedOnly } = full;
  const vocab = new CorpusVocabulary(indexCtx.known);
  let t = performance.now();
  for (const a of articles) vocab.addPage([a.title, ...a.paragraphs]);
  vocab.seal();
  const tVocab = performance.now() - t;
  const low = (body: string) => (body.match(new RegExp(`<p data-pagefind-weight="${TOPIC_CONCEPT_WEIGHT}">([^<]*)</p>`))?.[1] ?? '').split(' ').filter(Boolean).length;
  const rows: Record<string, number | string> = { articles: articles.length, 'vocabulary (ms)': Math.round(tVocab) };
  for (const [name, rules] of [['confirmed only', confirmedOnly], ['with one-sided', full]] as const) {
    t = performance.now();
    const map = confirmedPlurals(vocab, rules, indexCtx);
    const tMap = performance.now() - t;
    t = performance.now();
    let keys = 0;
    let bytes = 0;
    for (const a of articles) {
      const body = keyedRecordBody({ title: a.title, paragraphs: a.paragraphs }, { ...indexCtx, ...(map.size ? { corpusPlurals: map } : {}) });
      keys += low(body);
      bytes += Buffer.byteLength(body);
    }
    const tRec = performance.now() - t;
    rows[`${name}: readings (words)`] = map.size;
    rows[`${name}: readings (ms)`] = Math.round(tMap);
    rows[`${name}: low-weight keys per article`] = (keys / articles.length).toFixed(2);
    rows[`${name}: record bytes per article`] = Math.round(bytes / articles.length);
    rows[`${name}: records (ms)`] = Math.round(tRec);
  }
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(48)} ${v}`);
}
main();
