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
// Usage: npx tsx scripts/score-nisba-reach.ts [--list] [files…] (default: the four pair files of the pass)
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readAs } from '../src/lib/search/curatedMatch.testkit';

type Pair = [string, string];
const the = (w: string) => (w.startsWith('ال') ? w : `ال${w}`);
const PLACE: Record<string, (w: string) => string> = {
  'place word': (w) => `وصل الوفد إلى مدينة ${w} صباح أمس`,
  bare: (w) => `وصل الوفد إلى ${w} صباح أمس`,
  // Twenty-third pass (15p): the town bare after a place signal, no place word («أهالي X»، «سكان X»).
  signal: (w) => `وقال أهالي ${w} إن الوفد وصل صباح أمس`,
};
const SIGNAL_NOUN = (w: string) => `وقال سكان ${the(w)} إن الوفد وصل صباح أمس`;
const NISBA = (w: string) => `والتقى الوفد الفريق ${the(w)} في القاعة`;
const NOUN_PAGE = (w: string) => `وتحدث التقرير عن ${the(w)} في المنطقة`;
const VERB_PAGE = (w: string) => `وذكر التقرير أن اللجنة ${w} الخطة أمس`;
const meets = (q: string, text: string): boolean => {
  const r = readAs(q, text);
  return r.full || r.low;
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
      const p2n = data.nisbas.filter(([p, n]) => meets(p, NISBA(n)));
      const n2p = data.nisbas.filter(([p, n]) => meets(n, PLACE[place](p)));
      console.log(`  nisbas (${data.nisbas.length}) ${place.padEnd(10)} place→adjective ${pct(p2n.length, data.nisbas.length).padEnd(16)} adjective→place ${pct(n2p.length, data.nisbas.length)}`);
      if (list) console.log(`    missed p→n: ${data.nisbas.filter((x) => !p2n.includes(x)).map((x) => x.join('/')).join(' ')}\n    missed n→p: ${data.nisbas.filter((x) => !n2p.includes(x)).map((x) => x.join('/')).join(' ')}`);
    }
    const negatives = data.negatives ?? [];
    const joins = negatives.filter(([w, n]) => meets(w, NISBA(n)) || meets(n, NOUN_PAGE(w)) || meets(n, SIGNAL_NOUN(w)));
    console.log(`  negatives    false joins ${pct(joins.length, negatives.length)}${joins.length ? ': ' + joins.map((x) => x.join('/')).join(' ') : ''}`);
  }
  if (data.derivations) {
    const found = data.derivations.filter(([noun, verb]) => meets(noun, VERB_PAGE(verb)));
    console.log(`  derivations (${data.derivations.length}) noun→verb ${pct(found.length, data.derivations.length)}`);
    if (list) console.log(`    missed: ${data.derivations.filter((x) => !found.includes(x)).map((x) => x.join('/')).join(' ')}`);
    const negatives = data.negatives ?? [];
    const joins = negatives.filter(([noun, sentence]) => meets(noun, sentence));
    console.log(`  negatives    false joins ${pct(joins.length, negatives.length)}${joins.length ? ': ' + joins.map((x) => x[0]).join(' ') : ''}`);
  }
}
