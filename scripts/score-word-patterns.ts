// Precision of the feminine-plural pattern of search (src/lib/search/keys.ts
// `femininePluralBase`: a word in ات meets the same word in ة, غارات ↔ غارة). The pattern only
// changes results where both words occur, so it is measured on those pairs: every pair the
// pattern joins in a body of Arabic text, judged by hand in
// tests/fixtures/search/feminine-plural-pairs.yaml (`same: true` when the two are one noun in
// two numbers, `false` when they only share letters, صادرات/الصادرة). Precision is the share of
// judged pairs that are the same word, by pairs and by occurrences (the rarer word's count);
// "raw" is the pattern alone, "kept" what it still joins once content/search-forms.yaml's
// `notFemininePlurals` are left alone. Unjudged pairs are listed for a person to judge.
// The text: content/raw, content/articles and every fixture page, except the held-out search
// pages (tests/fixtures/search/articles/fw-*: aside3 is measured, never tuned on).
// Usage: npx tsx scripts/score-feminine-plurals.ts [--all] (--all lists every pair found)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadActorList } from '../src/indexer/read';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { buildContextJson, contextFromJson } from '../src/lib/search/context';
import { femininePluralBase, searchStem, EMPTY_CONTEXT } from '../src/lib/search/keys';
import { tokenize } from '../src/lib/arabic/tokenize';

const LABELS = 'tests/fixtures/search/feminine-plural-pairs.yaml';
const ROOTS = ['content/raw', 'content/articles', 'tests/fixtures'];
const HELD_OUT = /tests\/fixtures\/search\/articles\/fw-/;
const TEXT_FILE = /\.(txt|html?|mdx?)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : TEXT_FILE.test(name) && !HELD_OUT.test(p) ? [p] : [];
  });
}

async function main() {
  const actors = await loadActorList(path.resolve('content/actors.yaml'));
  const ctx = contextFromJson(buildContextJson(actors, loadSearchVocabularyBeside(path.resolve('content/actors.yaml'))));
  // The raw pattern: the same context without the data's single-word families.
  const rawCtx = { known: ctx.known, families: new Map([...ctx.families].filter(([stem, fam]) => stem !== fam || [...ctx.families.values()].filter((f) => f === fam).length > 1)) };
  const counts = new Map<string, number>();
  const paths = ROOTS.flatMap(files);
  for (const file of paths) {
    const text = readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' ');
    for (const t of tokenize(text)) if (t.type === 'ar') {
      const stem = searchStem(t.norm, ctx.known ?? EMPTY_CONTEXT.known);
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
  }
  const pairs = [...counts.keys()]
    .map((plural) => ({ plural, singular: femininePluralBase(plural, rawCtx) }))
    .filter((p): p is { plural: string; singular: string } => !!p.singular && counts.has(p.singular))
    .map((p) => ({ ...p, n: Math.min(counts.get(p.plural)!, counts.get(p.singular)!), kept: femininePluralBase(p.plural, ctx) !== undefined }))
    .sort((a, b) => b.n - a.n || (a.plural < b.plural ? -1 : 1));
  const labels = new Map((parse(readFileSync(LABELS, 'utf8')) as Array<{ plural: string; singular: string; same: boolean }>).map((l) => [`${l.plural} ${l.singular}`, l.same]));
  const judged = pairs.filter((p) => labels.has(`${p.plural} ${p.singular}`));
  const score = (set: typeof pairs) => {
    const same = set.filter((p) => labels.get(`${p.plural} ${p.singular}`));
    const sum = (xs: typeof pairs) => xs.reduce((s, p) => s + p.n, 0);
    return `${same.length}/${set.length} pairs = ${(same.length / Math.max(1, set.length)).toFixed(3)}, by occurrences ${sum(same)}/${sum(set)} = ${(sum(same) / Math.max(1, sum(set))).toFixed(3)}`;
  };
  console.log(`${paths.length} files, ${counts.size} distinct stems; the pattern joins ${pairs.length} pairs that both occur; ${judged.length} judged (${LABELS})`);
  console.log(`precision raw (the pattern alone):        ${score(judged)}`);
  console.log(`precision kept (notFemininePlurals out):  ${score(judged.filter((p) => p.kept))}`);
  const unjudged = pairs.filter((p) => !labels.has(`${p.plural} ${p.singular}`));
  if (unjudged.length) console.log(`\nunjudged (${unjudged.length}):\n${unjudged.map((p) => `- { plural: ${p.plural}, singular: ${p.singular}, same: ? }  # ${p.n}`).join('\n')}`);
  if (process.argv.includes('--all')) for (const p of pairs) console.log(`${p.plural} ↔ ${p.singular}: ${p.n}${p.kept ? '' : ' (left alone)'} ${labels.get(`${p.plural} ${p.singular}`) ?? '?'}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
