// The collisions search's clitic rule makes (src/lib/search/stems.ts searchStem): a first letter و ف ب ك ل
// is taken off any word the data does not know, so «فستان» and «بستان» are one key («ستان»), «كتاب» is
// «تاب», «بنما» «نما» (issue 15, seventeenth pass, part M). Measured on the fixture and seed text: a word
// written after the article (الفستان، البيان، الكتاب) has a root letter there, since a clitic stands
// before ال, never after it — the evidence a rule could keep the letter by. Prints, over the text: the
// words seen after ال whose first letter the rule still takes, those whose stripped rest is also a word
// seen after ال (a collision the letters cannot settle), and those whose rest is seen nowhere after ال (a
// rule keeping the letter would separate them), with their token counts. Prints no search result.
// Usage: npx tsx scripts/measure-clitic-collisions.ts [--list]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadActorList } from '../src/indexer/read';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { buildContextJson, contextFromJson } from '../src/lib/search/context';
import { stemSteps } from '../src/lib/search/keys';
import { tokenize } from '../src/lib/arabic/tokenize';

const ROOTS = ['content/articles', 'tests/fixtures/search/articles'];
const CLITIC = new Set(['و', 'ف', 'ب', 'ك', 'ل']);
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.mdx?$/.test(name) ? [p] : [];
  });

async function main() {
  const actors = await loadActorList(path.resolve('content/actors.yaml'));
  const ctx = contextFromJson(buildContextJson(actors, loadSearchVocabularyBeside(path.resolve('content/actors.yaml'))));
  /** Words as written after ال (the article off, nothing else), with counts. */
  const afterArticle = new Map<string, number>();
  /** Every word's stem, with counts; and the written words (clitics and article off) that reach it. */
  const stemCount = new Map<string, number>();
  const stripped = new Map<string, number>(); // word (after ال) whose first letter the rule takes → tokens
  for (const file of ROOTS.flatMap(files)) {
    for (const t of tokenize(readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' '))) {
      if (t.type !== 'ar') continue;
      const steps = stemSteps(t.norm, ctx.known);
      const stem = steps.at(-1)!;
      stemCount.set(stem, (stemCount.get(stem) ?? 0) + 1);
      const art = /^ال/.test(t.norm) ? t.norm.slice(2) : undefined;
      if (art && art.length >= 3) afterArticle.set(art, (afterArticle.get(art) ?? 0) + 1);
    }
  }
  // A word seen after ال whose first letter is a clitic letter and which the rule strips: its stem is its rest.
  for (const [w, n] of afterArticle) {
    if (!CLITIC.has(w[0])) continue;
    const stem = stemSteps(w, ctx.known).at(-1)!;
    if (stem !== w) stripped.set(w, n);
  }
  const collide: Array<[string, number]> = [];
  const separable: Array<[string, number]> = [];
  for (const [w, n] of stripped) {
    const rest = w.slice(1);
    (afterArticle.has(rest) ? collide : separable).push([w, n]);
  }
  const sum = (xs: Array<[string, number]>) => xs.reduce((s, [, n]) => s + n, 0);
  console.log(`words seen after ال whose first letter is و ف ب ك ل and still taken as a clitic: ${stripped.size} (${sum([...stripped])} tokens after ال)`);
  console.log(`  their rest also seen after ال (both words real, e.g. بحار/حار): ${collide.length} (${sum(collide)} tokens)`);
  console.log(`  their rest never seen after ال (a rule keeping the letter separates them): ${separable.length} (${sum(separable)} tokens)`);
  // Which of those share their stem with other written words: the collisions the stripping makes.
  const byStem = new Map<string, string[]>();
  for (const [w] of separable) {
    const stem = stemSteps(w, ctx.known).at(-1)!;
    byStem.set(stem, [...(byStem.get(stem) ?? []), w]);
  }
  const shared = [...byStem].filter(([stem, ws]) => ws.length > 1 || afterArticle.has(stem));
  console.log(`  of those, stems shared with another word (two root-letter words, or a word seen after ال): ${shared.length}`);
  if (process.argv.includes('--list')) {
    for (const [stem, ws] of shared) console.log(`    ${stem}: ${ws.join('، ')}${afterArticle.has(stem) ? ` + ال${stem}` : ''}`);
    console.log(`  separable, by tokens: ${separable.sort((a, b) => b[1] - a[1]).slice(0, 60).map(([w, n]) => `${w} ${n}`).join('، ')}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
