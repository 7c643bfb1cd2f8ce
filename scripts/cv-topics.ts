// npx tsx scripts/cv-topics.ts [--grid] [--all-words] [--parts a,…,q]
// Leave-one-part-out cross-validation of the learnt topic reader over the labelled parts a–q
// (q: its dev split only; q-aside is held out):
// for each part, train on all the others (dev and aside), read the part left out, and score
// (main topics are the gold; a topic labelled «mentioned» is not wrong). Prints, summed over the
// folds: the lexicon alone, the model alone, and the lexicon with the model (model.ts
// addModelTopics) for each option and threshold of the grid; then the chosen setting per part
// and per topic. q-aside is never read here. `{"functionWords":null}` in the grid: every word read.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildFormIndex } from '../src/lib/arabic/forms';
import { loadFunctionWords, loadTopics, loadWordForms } from '../src/lib/data';
import { compileTopicLexicon, classifyTopics, topicEvidence } from '../src/lib/topics/classify';
import { addModelTopics, compileTopicModel, familyKeyOf, lightStem, modelFeatures, readWithModel, type ModelReading, type ModelScope } from '../src/lib/topics/model';
import { DEFAULT_TRAIN_OPTIONS, trainTopicModel, type TrainOptions } from '../src/lib/topics/train';
import type { TopicAssignment, TopicId } from '../src/lib/types';
import { ROOT, readParts, TRAINING_PARTS, type LabelledTopics } from './topic-training-data';

const { values: opt } = parseArgs({ options: { grid: { type: 'boolean', default: false }, parts: { type: 'string', default: TRAINING_PARTS.join(',') }, 'all-words': { type: 'boolean', default: false } } });
const parts = opt.parts!.split(',');
const forms = buildFormIndex(loadWordForms(path.join(ROOT, 'content/word-forms.yaml')));
const family = familyKeyOf(forms.familyOf);
const stem = (n: string) => lightStem(n, family);
const topics = loadTopics(path.join(ROOT, 'content/topics.yaml'));
const topicIds = topics.map((t) => t.id);
const lex = compileTopicLexicon(topics, forms, undefined, { articleFrame: true });
const all = readParts(parts);
// --all-words: the function words read too (the model before session 13), for comparison.
const functionWords = opt['all-words'] ? undefined : loadFunctionWords(path.join(ROOT, 'content/function-words.yaml'));

interface Row { article: LabelledTopics; lexicon: TopicAssignment[]; evidence: ReturnType<typeof topicEvidence>; readings: ModelReading[] }
interface Counts { tp: number; fp: number; fn: number; topicless: number; of: number; noMainFp: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, topicless: 0, of: 0, noMainFp: 0 });
function score(rows: Row[], pick: (r: Row) => TopicId[], per?: Map<TopicId, Counts>): Counts {
  const c = zero();
  for (const r of rows) {
    const got = pick(r);
    const { main, mentioned } = r.article;
    if (main.length) {
      c.of++;
      if (!got.length) c.topicless++;
    }
    for (const t of got) {
      if (main.includes(t)) c.tp++, per && (per.get(t)!.tp++);
      else if (!mentioned.includes(t)) c.fp++, per && (per.get(t)!.fp++), !main.length && c.noMainFp++;
    }
    for (const t of main) if (!got.includes(t)) c.fn++, per && (per.get(t)!.fn++);
  }
  return c;
}
const f = (x: number) => x.toFixed(3);
const prf = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1), r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const line = (c: Counts) => { const { p, r, f1 } = prf(c); return `P ${f(p)} R ${f(r)} F1 ${f(f1)} (TP ${c.tp} FP ${c.fp} FN ${c.fn}); topic-less ${c.topicless}/${c.of}; false topics on articles with no main topic ${c.noMainFp}`; };

// The lexicon's own topics, once per article (they do not depend on the fold).
const base = new Map(all.map((a) => [a.id, { lexicon: classifyTopics(a.title, a.paragraphs, lex), evidence: topicEvidence(a.title, a.paragraphs, lex) }]));

function folds(o: TrainOptions): Row[] {
  const rows: Row[] = [];
  for (const p of parts) {
    const model = compileTopicModel(trainTopicModel(all.filter((a) => a.part !== p), topicIds, stem, o));
    for (const a of all.filter((x) => x.part === p)) rows.push({ article: a, ...base.get(a.id)!, readings: readWithModel(model, modelFeatures(a.title, a.paragraphs, o.scope, stem, model.isFunctionWord)) });
  }
  return rows;
}
const hybrid = (alone: number, confirm: number, extra?: number) => (r: Row) => addModelTopics(r.lexicon, r.evidence, () => r.readings, { scope: 'lead', alone, confirm, ...(extra === undefined ? {} : { extra }), topics: [] }).map((t) => t.id);
const modelAlone = (t: number) => (r: Row) => r.readings.filter((x) => x.probability >= t).map((x) => x.id);
const lexiconOnly = (r: Row) => r.lexicon.map((t) => t.id);

const ALONE = [0.3, 0.4, 0.5, 0.6];
const CONFIRM = [0.2, 0.4, 1.01];
const EXTRA = [0.6, 0.7, 0.8, undefined];
const settings: Array<Partial<TrainOptions>> = opt.grid
  ? [{ scope: 'lead' as ModelScope }, { functionWords: undefined }, { scope: 'all' as ModelScope }, { l2: 0.0005 }, { l2: 0.005 }, { maxWeights: 200 }, { maxDocShare: 0.1 }, { iterations: 150 }]
  : [{}];
let first: Row[] | undefined;
for (const s of settings) {
  const o = { ...DEFAULT_TRAIN_OPTIONS, functionWords, ...s };
  const rows = folds(o);
  first ??= rows;
  console.log(`\n## ${JSON.stringify(s)} (${rows.length} articles, ${parts.length} folds)`);
  console.log(`lexicon alone: ${line(score(rows, lexiconOnly))}`);
  for (const t of [0.3, 0.5, 0.7]) console.log(`model alone ≥ ${t}: ${line(score(rows, modelAlone(t)))}`);
  for (const a of ALONE) for (const c of CONFIRM) for (const x of EXTRA) console.log(`lexicon + model (alone ${a}, confirm ${c === 1.01 ? '—' : c}, extra ${x ?? '—'}): ${line(score(rows, hybrid(a, c, x)))}`);
}

// The chosen setting (DEFAULT_TRAIN_OPTIONS) per part left out and per topic.
const rows = first!;
const chosen = hybrid(DEFAULT_TRAIN_OPTIONS.alone, DEFAULT_TRAIN_OPTIONS.confirm, DEFAULT_TRAIN_OPTIONS.extra);
console.log(`\n## per part left out (alone ${DEFAULT_TRAIN_OPTIONS.alone}, confirm ${DEFAULT_TRAIN_OPTIONS.confirm}): lexicon alone → lexicon + model; model alone ≥ ${DEFAULT_TRAIN_OPTIONS.alone}`);
console.log('| part | articles | lexicon F1 (topic-less) | + model F1 (topic-less) | model alone P / R / F1 |\n| --- | --- | --- | --- | --- |');
for (const p of parts) {
  const rs = rows.filter((r) => r.article.part === p);
  const [l, h, m] = [score(rs, lexiconOnly), score(rs, chosen), score(rs, modelAlone(DEFAULT_TRAIN_OPTIONS.alone))];
  console.log(`| ${p} | ${rs.length} | ${f(prf(l).f1)} (${l.topicless}/${l.of}) | ${f(prf(h).f1)} (${h.topicless}/${h.of}) | ${f(prf(m).p)} / ${f(prf(m).r)} / ${f(prf(m).f1)} |`);
}
const perL = new Map(topicIds.map((t) => [t, zero()]));
const perH = new Map(topicIds.map((t) => [t, zero()]));
const perM = new Map(topicIds.map((t) => [t, zero()]));
score(rows, lexiconOnly, perL), score(rows, chosen, perH), score(rows, modelAlone(DEFAULT_TRAIN_OPTIONS.alone), perM);
console.log('\n| topic | lexicon P / R / F1 | + model P / R / F1 | model alone P / R / F1 |\n| --- | --- | --- | --- |');
const cell = (c: Counts) => { const { p, r, f1 } = prf(c); return `${f(p)} / ${f(r)} / ${f(f1)}`; };
for (const t of topicIds) console.log(`| ${t} | ${cell(perL.get(t)!)} | ${cell(perH.get(t)!)} | ${cell(perM.get(t)!)} |`);
