import { readFileSync, readdirSync } from 'node:fs';
import { indexCtx, ctx } from '../src/lib/search/curatedMatch.testkit';
import { CorpusVocabulary } from '../src/lib/search/corpusPlurals';
import { PlaceEvidence, addPlacePage, queryPlaces } from '../src/lib/search/corpusNisbas';
import { planQuery } from '../src/lib/search/keys';
const dir = 'tests/fixtures/search/articles';
const vocab = new CorpusVocabulary(indexCtx.known);
const places = new PlaceEvidence();
for (const f of readdirSync(dir)) {
  const t = readFileSync(`${dir}/${f}`, 'utf8').split('---').slice(2).join('---');
  addPlacePage(vocab, places, t.split(/\n\n+/), indexCtx);
}
vocab.seal();
const names = queryPlaces(vocab, places, indexCtx);
console.log('names', names.length, places.names().length, names.join(' ').length);
for (const w of process.argv.slice(2)) console.log(w, places.isName(w), names.includes(w));
const qctx = { ...ctx, places: new Set(names), queryForms: { endings: indexCtx.patterns!.nisbas!.endings, derivations: true } };
for (const q of ['باعة ديروطيون', 'مزارعون عنبتاويون', 'عنب حلحولي', 'عائلات أختيركية', 'متطوعون كونستانتينيفكيون']) console.log(q, JSON.stringify(planQuery(q, qctx).units.map((u) => u.readings)));
console.log(names.slice(0, 400).join(' '));
