// Reach of search's word patterns on words no list holds (issue 15, twenty-first pass, session 29): for each
// [singular, plural] pair of a pair file (tests/fixtures/search/plurals-dev21m.yaml, plurals-aside21m.yaml,
// plurals-heldout-15x.yaml), does a query of one word meet a page that writes only the other — at full or at the
// low weight, as the site decides it (curatedMatch.testkit: the real data, the indexer's pattern readings). Both
// directions: the singular typed finds the plural's page (s→p), the plural typed finds the singular's (p→s). Each
// page is one sentence in two places a noun stands in news prose: with the article after a preposition (عن
// الأسواق) and bare after a verb (شاهدنا أسواقا is not written: the bare word, شاهدنا أسواق). The negatives
// ([word, word] that only share letters) are false joins when either direction meets, in either place.
// --oracle (twenty-sixth pass, session 34): as if the corpus confirmed each pair (src/lib/search/corpusPlurals.ts) — a corpus
// of 30 pages of another subject and one page holding both forms, so the pair's frequencies and context pass — what the
// templates of content/search-corpus-plurals.yaml and the data's guards let through; the corpus's own test is not read.
// --corpus (twenty-seventh pass, session 35): the reader's case — the page in a corpus that holds only its own form (the
// 30 pages of another subject and the page), read with the readings that corpus gives (the confirmed and the one-sided
// ones of src/lib/search/oneSidedPlurals.ts): a join found here needs no second form anywhere.
// Usage: npx tsx scripts/score-plural-reach.ts [--list] [--oracle] [--corpus] [files…] (default: the seven pair files; plurals-dev24b/aside24b: session 32's
// everyday words by field; plurals-dev23p/aside23p:
// the twenty-third pass's everyday words, session 31)
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ctx, readAs, vocabulary } from '../src/lib/search/curatedMatch.testkit';
import { confirmedPlurals, CorpusVocabulary } from '../src/lib/search/corpusPlurals';
import { patternReader } from '../src/lib/search/patternReadings';
import { keyedRecordBody } from '../src/lib/search/record';
import { planQuery } from '../src/lib/search/keys';

type Pair = [string, string];
const PLACES: Record<string, (w: string) => string> = {
  article: (w) => `وتحدث التقرير عن ال${w.replace(/^ال/, '')} في المنطقة`,
  bare: (w) => `وقال المراسل إننا شاهدنا ${w} في المنطقة`,
};
const oracle = process.argv.includes('--oracle');
const oneSide = process.argv.includes('--corpus');
const indexCtx = { ...ctx, ...(vocabulary.patterns ? { patterns: patternReader(vocabulary.patterns) } : {}) };
const FILLER = Array.from({ length: 30 }, (_, i) => `اجتمع مجلس البلدية في جلسته رقم ${i} لمناقشة ميزانية الطرق والإنارة والمدارس`);
/**
 * The page of w read with the readings a corpus gives: one confirming the pair [q, w] (--oracle: a page holds both
 * forms), or one holding only the page's own form (`alone`, --corpus).
 */
function confirmedMeets(q: string, w: string, place: string, alone = false): boolean {
  const rules = vocabulary.patterns?.corpusPlurals;
  if (!rules) return false;
  const vocab = new CorpusVocabulary(indexCtx.known);
  for (const f of FILLER) vocab.addPage([f]);
  vocab.addPage([alone ? PLACES[place](w) : `${PLACES.article(q)} ${PLACES.article(w)}`]);
  vocab.seal();
  const body = keyedRecordBody({ title: '', paragraphs: [PLACES[place](w)] }, { ...indexCtx, corpusPlurals: confirmedPlurals(vocab, rules, indexCtx) });
  const k = planQuery(q, ctx).search;
  return body.replace(/<[^>]+>/g, ' ').split(/\s+/).includes(k);
}
const meets = (q: string, w: string, place: string): boolean => {
  const r = readAs(q, PLACES[place](w));
  return r.full || r.low || (oracle && confirmedMeets(q, w, place)) || (oneSide && confirmedMeets(q, w, place, true));
};

function pairsOf(file: string): { groups: Record<string, Pair[]>; negatives: Pair[]; derivations: Pair[] } {
  const data = parse(readFileSync(file, 'utf8'));
  if (data.heldOutPlurals) return { groups: { heldOut: data.heldOutPlurals }, negatives: [], derivations: [] };
  return { groups: data.plurals ?? {}, negatives: data.negatives ?? [], derivations: data.derivations ?? [] };
}

const pct = (n: number, d: number) => (d ? `${n}/${d} = ${(n / d).toFixed(3)}` : '–');
const list = process.argv.includes('--list');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const file of files.length ? files : ['tests/fixtures/search/plurals-dev21m.yaml', 'tests/fixtures/search/plurals-aside21m.yaml', 'tests/fixtures/search/plurals-heldout-15x.yaml', 'tests/fixtures/search/plurals-dev23p.yaml', 'tests/fixtures/search/plurals-aside23p.yaml', 'tests/fixtures/search/plurals-dev24b.yaml', 'tests/fixtures/search/plurals-aside24b.yaml']) {
  const { groups, negatives, derivations } = pairsOf(file);
  console.log(`\n${file}`);
  const score = (name: string, pairs: Pair[]) => {
    for (const place of Object.keys(PLACES)) {
      const s2p = pairs.filter(([s, p]) => meets(s, p, place));
      const p2s = pairs.filter(([s, p]) => meets(p, s, place));
      console.log(`  ${name.padEnd(12)} ${place.padEnd(8)} s→p ${pct(s2p.length, pairs.length).padEnd(18)} p→s ${pct(p2s.length, pairs.length).padEnd(18)} both ways ${pct(s2p.length + p2s.length, 2 * pairs.length)}`);
      if (list) console.log(`    missed s→p: ${pairs.filter((x) => !s2p.includes(x)).map((x) => x.join('/')).join(' ')}`);
    }
  };
  const all: Pair[] = [];
  for (const [name, pairs] of Object.entries(groups)) { score(name, pairs); all.push(...pairs); }
  if (Object.keys(groups).length > 1) score('ALL plurals', all);
  if (derivations.length) score('derivations', derivations);
  if (negatives.length) {
    const falseJoins = negatives.filter(([a, b]) => Object.keys(PLACES).some((place) => meets(a, b, place) || meets(b, a, place)));
    console.log(`  negatives    false joins ${pct(falseJoins.length, negatives.length)}${falseJoins.length ? ': ' + falseJoins.map((x) => x.join('/')).join(' ') : ''}`);
  }
}
