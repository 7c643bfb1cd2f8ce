// npx tsx scripts/check-alias-folding.ts [--pages 300]
// Folding must not create names: lists every one-word name, alias or short name of
// content/actors.yaml that another word — as written in the fixtures, the raw seed pages and the
// benchmark generator's pages — becomes once hamza/ة are folded (ترأس → تراس = Liz Truss), and
// whether the actor guards it (needsContext). Exits 1 when one is unguarded. Read-only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadActors } from '../src/lib/data';
import { foldCollisions, wordCounts } from '../src/lib/entities/fold-check';
import { createContext, generatePage } from './bench/generate';
import { loadBenchDictionary } from './bench/corpus';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({ options: { pages: { type: 'string', default: '300' } } });

function* textFiles(dir: string): Generator<string> {
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) yield* textFiles(p);
    else if (/\.(ya?ml|json|txt|mdx?)$/.test(f)) yield p;
  }
}

function* texts(): Generator<string> {
  for (const dir of ['tests/fixtures', 'content/raw']) for (const f of textFiles(path.join(ROOT, dir))) yield readFileSync(f, 'utf8');
  const ctx = createContext('fold-check', loadBenchDictionary(ROOT));
  for (let i = 0; i < Number(opt.pages); i++) yield generatePage(ctx, i).text;
}

const counts = wordCounts(texts());
const found = foldCollisions(loadActors(path.join(ROOT, 'content/actors.yaml')), counts);
console.log(`${counts.size} distinct words; ${found.length} dictionary spelling(s) another word folds into:`);
for (const c of found) {
  console.log(`${c.guarded ? 'guarded  ' : 'UNGUARDED'} ${c.actorId}: «${c.alias}» ← ${c.words.slice(0, 5).map((w) => `«${w.word}» ×${w.count}`).join(', ')}`);
}
process.exitCode = found.some((c) => !c.guarded) ? 1 : 0;
