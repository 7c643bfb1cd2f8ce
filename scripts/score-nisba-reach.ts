// Reach and false joins of search's nisba and derivation readings on words no list holds (issue 15, twenty-second
// pass, session 30): as the site decides a match (curatedMatch.testkit: the real data, the indexer's readings), does a
// query of one word meet a one-sentence page writing only the other — at full or at the low weight.
//   nisbas       [place, its adjective]: the place typed against a page writing the adjective (p→n), the adjective typed
//                against a page writing the place (n→p), the place after a place word («مدينة X»), bare («إلى X») or
//                bare after a place signal («أهالي X», twenty-third pass);
//   negatives    [common word, adjective] in a nisba file: a false join if either is found by the other (the noun also
//                after a place signal: «سكان الريف»);
//   derivations  [verbal noun, verb form]: the noun typed against a page writing the verb;
//   negatives    [verbal noun, sentence] in a derivation file: a false join if the noun finds the sentence.
//   verb→noun    (twenty-seventh pass) the verb typed against a page writing the noun.
// --oracle (twenty-seventh pass, session 35): as if the corpus confirmed each pair (corpusDerivations.ts,
// corpusNisbas.ts) — a corpus of 30 pages of another subject and one page writing both forms as the scored pages do
// (a negative's noun as a common noun is written, with the article) — what the templates, the name evidence and the
// data's guards let through; the context test is passed by construction, not measured.
// --query (twenty-ninth pass, session 37): the query side's reading of a form the corpus lacks (queryForms.ts) — the
// typed word's readings, with the names a corpus of 30 pages of another subject and the scored page gives
// (corpusNisbas.ts queryPlaces), held by the page's keys: adjective→place and noun→verb only (the typed form is the
// one no page writes); a negative's adjective also against its noun written bare after في in a corpus of that page alone.
// --weak=a,b (thirtieth pass, session 38): with --query, the classes of weakNounReadings.ts read (default: the data's
// queryWeakDerivations; `--weak=` none, as before the pass).
// Usage: npx tsx scripts/score-nisba-reach.ts [--list] [--oracle] [--query [--weak=…]] [files…] (default: the four pair files of the pass)
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ctx, indexCtx, readAs, vocabulary } from '../src/lib/search/curatedMatch.testkit';
import { CorpusVocabulary, type CorpusReading } from '../src/lib/search/corpusPlurals';
import { confirmedDerivations, mergeReadings } from '../src/lib/search/corpusDerivations';
import { confirmedNisbas, PlaceEvidence, addPlacePage, queryPlaces } from '../src/lib/search/corpusNisbas';
import { keyedRecordBody } from '../src/lib/search/record';
import { planQuery } from '../src/lib/search/keys';

type Pair = [string, string];
const the = (w: string) => (w.startsWith('ال') ? w : `ال${w}`);
const PLACE: Record<string, (w: string) => string> = {
  'place word': (w) => `وصل الوفد إلى مدينة ${w} صباح أمس`,
  bare: (w) => `وصل الوفد إلى ${w} صباح أمس`,
  // Twenty-third pass (15p): the town bare after a place signal, no place word («أهالي X»، «سكان X»).
  signal: (w) => `وقال أهالي ${w} إن الوفد وصل صباح أمس`,
  // Thirtieth pass (15p): the town after a noun that is no place signal («تجار سبيطلة»): nisbas-aside30p's case.
  unmarked: (w) => `وقال تجار ${w} إن الوفد وصل صباح أمس`,
};
const SIGNAL_NOUN = (w: string) => `وقال سكان ${the(w)} إن الوفد وصل صباح أمس`;
const NISBA = (w: string) => `والتقى الوفد الفريق ${the(w)} في القاعة`;
const NOUN_PAGE = (w: string) => `وتحدث التقرير عن ${the(w)} في المنطقة`;
const VERB_PAGE = (w: string) => `وذكر التقرير أن اللجنة ${w} الخطة أمس`;
const oracle = process.argv.includes('--oracle');
const FILLER = Array.from({ length: 30 }, (_, i) => `اجتمع مجلس البلدية في جلسته رقم ${i} لمناقشة ميزانية الطرق والإنارة والمدارس`);
/** The corpus readings of a corpus of FILLER and one page of `texts` (--oracle). */
function oracleMap(texts: string[]): Map<string, CorpusReading[]> {
  const rules = vocabulary.patterns?.corpusPlurals;
  const nisbas = indexCtx.patterns?.nisbas;
  if (!rules || !nisbas) return new Map();
  const vocab = new CorpusVocabulary(indexCtx.known);
  const places = new PlaceEvidence();
  for (const f of FILLER) addPlacePage(vocab, places, [f], indexCtx);
  addPlacePage(vocab, places, texts, indexCtx);
  vocab.seal();
  return mergeReadings(confirmedDerivations(vocab, rules, indexCtx), confirmedNisbas(vocab, places, rules, indexCtx));
}
const keyedWith = (q: string, text: string, map: Map<string, CorpusReading[]>): boolean => {
  const body = keyedRecordBody({ title: '', paragraphs: [text] }, { ...indexCtx, corpusPlurals: map });
  const words = new Set(body.replace(/<[^>]+>/g, ' ').split(/\s+/));
  return planQuery(q, ctx).search.split(' ').every((k) => words.has(k));
};
/** Whether q finds the page of `text`; with --oracle also as a corpus holding `corpus` confirms it. */
const meets = (q: string, text: string, corpus: string[] = []): boolean => {
  const r = readAs(q, text);
  return r.full || r.low || (oracle && corpus.length > 0 && keyedWith(q, text, oracleMap(corpus)));
};
const queryMode = process.argv.includes('--query');
// --weak=a,b (thirtieth pass): the weakNounReadings.ts classes read; default the data's queryWeakDerivations, --weak= none.
const weakArg = process.argv.find((a) => a.startsWith('--weak='));
const weakClasses = weakArg ? weakArg.slice(7).split(',').filter(Boolean) : vocabulary.patterns?.corpusPlurals?.queryWeakDerivations;
/** Whether the typed q's form readings (queryForms.ts) meet the page of `text`, the names read from FILLER and `corpus`. */
const readsTo = (q: string, text: string, corpus: string[]): boolean => {
  const reader = indexCtx.patterns?.nisbas;
  if (!reader) return false;
  const vocab = new CorpusVocabulary(indexCtx.known);
  const places = new PlaceEvidence();
  for (const f of FILLER) addPlacePage(vocab, places, [f], indexCtx);
  addPlacePage(vocab, places, corpus, indexCtx);
  vocab.seal();
  const qctx = { ...ctx, places: new Set(queryPlaces(vocab, places, indexCtx)), queryForms: { endings: reader.endings, derivations: true, ...(weakClasses ? { weak: weakClasses } : {}) } };
  const body = keyedRecordBody({ title: '', paragraphs: [text] }, indexCtx);
  const words = new Set(body.replace(/<[^>]+>/g, ' ').split(/\s+/));
  const plan = planQuery(q, qctx);
  return plan.units.some((u) => (u.readings ?? []).some((k) => words.has(k)));
};
const pct = (n: number, d: number) => (d ? `${n}/${d} = ${(n / d).toFixed(3)}` : '–');
const list = process.argv.includes('--list');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const defaults = ['nisbas-dev22n', 'nisbas-aside22n', 'derivations-dev22n', 'derivations-aside22n', 'nisbas-dev23p', 'nisbas-aside23p', 'derivations-dev24b', 'derivations-aside24b'].map((f) => `tests/fixtures/search/${f}.yaml`);
for (const file of files.length ? files : defaults) {
  const data = parse(readFileSync(file, 'utf8')) as { nisbas?: Pair[]; derivations?: Pair[]; negatives?: Pair[] };
  console.log(`\n${file}`);
  if (data.nisbas) {
    for (const place of Object.keys(PLACE)) {
      const corpus = (p: string, n: string) => [PLACE['place word'](p), PLACE.bare(p), NISBA(n)];
      const p2n = data.nisbas.filter(([p, n]) => meets(p, NISBA(n), corpus(p, n)));
      const n2p = data.nisbas.filter(([p, n]) => meets(n, PLACE[place](p), corpus(p, n)));
      console.log(`  nisbas (${data.nisbas.length}) ${place.padEnd(10)} place→adjective ${pct(p2n.length, data.nisbas.length).padEnd(16)} adjective→place ${pct(n2p.length, data.nisbas.length)}`);
      if (list) console.log(`    missed p→n: ${data.nisbas.filter((x) => !p2n.includes(x)).map((x) => x.join('/')).join(' ')}\n    missed n→p: ${data.nisbas.filter((x) => !n2p.includes(x)).map((x) => x.join('/')).join(' ')}`);
    }
    if (queryMode) {
      for (const place of Object.keys(PLACE)) {
        const read = data.nisbas.filter(([p, n]) => meets(n, PLACE[place](p)) || readsTo(n, PLACE[place](p), [PLACE[place](p)]));
        const plain = data.nisbas.filter(([p, n]) => meets(n, PLACE[place](p)));
        console.log(`  query side  ${place.padEnd(10)} adjective typed→place page: without ${pct(plain.length, data.nisbas.length).padEnd(16)} with readings ${pct(read.length, data.nisbas.length)}`);
        if (list) console.log(`    missed: ${data.nisbas.filter((x) => !read.includes(x)).map((x) => x.join('/')).join(' ')}`);
      }
      const BARE_NOUN = (w: string) => `وجلس الناس في ${w} قريب من البيت`;
      const qj = (data.negatives ?? []).filter(([w, n]) => readsTo(n, NOUN_PAGE(w), [NOUN_PAGE(w)]) || readsTo(n, SIGNAL_NOUN(w), [SIGNAL_NOUN(w)]));
      const qb = (data.negatives ?? []).filter(([w, n]) => readsTo(n, BARE_NOUN(w), [BARE_NOUN(w)]));
      console.log(`  query side  negatives false joins ${pct(qj.length, data.negatives?.length ?? 0)}${qj.length ? ': ' + qj.map((x) => x.join('/')).join(' ') : ''}; the noun bare after في on its only page ${pct(qb.length, data.negatives?.length ?? 0)}${qb.length ? ': ' + qb.map((x) => x.join('/')).join(' ') : ''}`);
    }
    const negatives = data.negatives ?? [];
    const joins = negatives.filter(([w, n]) => { const corpus = [NOUN_PAGE(w), NISBA(n)]; return meets(w, NISBA(n), corpus) || meets(n, NOUN_PAGE(w), corpus) || meets(n, SIGNAL_NOUN(w), corpus); });
    console.log(`  negatives    false joins ${pct(joins.length, negatives.length)}${joins.length ? ': ' + joins.map((x) => x.join('/')).join(' ') : ''}`);
  }
  if (data.derivations) {
    const corpus = (noun: string, verb: string) => [VERB_PAGE(verb), NOUN_PAGE(noun)];
    const found = data.derivations.filter(([noun, verb]) => meets(noun, VERB_PAGE(verb), corpus(noun, verb)));
    const back = data.derivations.filter(([noun, verb]) => meets(verb, NOUN_PAGE(noun), corpus(noun, verb)));
    console.log(`  derivations (${data.derivations.length}) noun→verb ${pct(found.length, data.derivations.length).padEnd(16)} verb→noun ${pct(back.length, data.derivations.length)}`);
    if (list) console.log(`    missed: ${data.derivations.filter((x) => !found.includes(x)).map((x) => x.join('/')).join(' ')}\n    missed verb→noun: ${data.derivations.filter((x) => !back.includes(x)).map((x) => x.join('/')).join(' ')}`);
    if (queryMode) {
      const plain = data.derivations.filter(([noun, verb]) => meets(noun, VERB_PAGE(verb)));
      const read = data.derivations.filter(([noun, verb]) => meets(noun, VERB_PAGE(verb)) || readsTo(noun, VERB_PAGE(verb), [VERB_PAGE(verb)]));
      console.log(`  query side  noun typed→verb page: without ${pct(plain.length, data.derivations.length).padEnd(16)} with readings ${pct(read.length, data.derivations.length)}`);
      if (list) console.log(`    missed: ${data.derivations.filter((x) => !read.includes(x)).map((x) => x.join('/')).join(' ')}`);
      const qj = (data.negatives ?? []).filter(([noun, sentence]) => readsTo(noun, sentence, [sentence]));
      console.log(`  query side  negatives false joins ${pct(qj.length, data.negatives?.length ?? 0)}${qj.length ? ': ' + qj.map((x) => x[0]).join(' ') : ''}`);
    }
    const negatives = data.negatives ?? [];
    const joins = negatives.filter(([noun, sentence]) => meets(noun, sentence, [NOUN_PAGE(noun), sentence]));
    console.log(`  negatives    false joins ${pct(joins.length, negatives.length)}${joins.length ? ': ' + joins.map((x) => x[0]).join(' ') : ''}`);
  }
}
