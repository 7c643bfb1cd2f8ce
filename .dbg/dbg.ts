import { openBench, qualityCorpus } from '../tests/fixtures/search/harness';
import { planQuery } from '../src/lib/search/keys';
import { contextFromJson } from '../src/lib/search/context';
const { articles, actors } = await qualityCorpus();
const b = await openBench('/tmp/dbg-bench', articles, actors);
const q = process.argv[2] ?? 'تنقيح ترجمة دوستويفسكي';
const r = await b.run(q);
console.log(JSON.stringify(r));
const raw = async (terms: string) => (await b.page.evaluate(`(async () => { const r = await window.pfKeyed.search(${JSON.stringify(terms)}); return Promise.all(r.results.slice(0,12).map(async x => (await x.data()).url + ' ' + x.score.toFixed(2))); })()`));
const fs = await import('node:fs');
const json = JSON.parse(fs.readFileSync('/tmp/dbg-bench/keyed/pagefind/kb-search.json', 'utf8'));
const plan = planQuery(q, contextFromJson(json));
console.log(JSON.stringify(plan, null, 1).slice(0, 3000));
console.log('search', plan.search, await raw(plan.search));
for (const u of plan.units) { console.log('unit', u.text, '| any', u.any, await raw(u.any)); console.log(' terms', u.terms.join(' '), await raw(u.terms.join(' '))); }
await b.close();
