// npx tsx scripts/bench-extract-pair.ts --old TREE --new TREE --input DIR [--rounds N]
// Two trees' extraction (analysePage, as a worker does) of the same raw pages in ONE process, alternated in
// blocks of 100 pages, CPU summed per tree (process.cpuUsage): on a loaded machine the load falls on both alike,
// where separate runs differ by ±10 %. Round 1 is cold (fresh lexicons); later rounds keep each lexicon's
// caches (short lines' classes), as a long run does. Prints each tree's digest of every extraction: equal
// digests say the output is unchanged. TREE: a checkout's root (e.g. `git worktree add --detach W main`).
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { old: { type: 'string' }, new: { type: 'string' }, input: { type: 'string' }, rounds: { type: 'string', default: '2' } } });
if (!values.old || !values.new || !values.input) {
  console.error('usage: tsx scripts/bench-extract-pair.ts --old TREE --new TREE --input DIR [--rounds N]');
  process.exit(2);
}
const BLOCK = 100;
const pages = readdirSync(values.input).filter((n) => !n.startsWith('.')).sort().map((name) => ({ name, bytes: readFileSync(path.join(values.input!, name)) }));
type Analyse = (name: string, bytes: Uint8Array, lexicon: unknown, sources: unknown) => unknown;
interface Tree { label: string; lexicon: unknown; sources: unknown; analyse: Analyse }
async function loadTree(label: string, root: string): Promise<Tree> {
  const data = await import(path.resolve(root, 'src/lib/data/load.ts'));
  const { buildLexicon } = await import(path.resolve(root, 'src/lib/ingest/boilerplate.ts'));
  const { analysePage } = await import(path.resolve(root, 'src/ingest/analyse.ts'));
  const sources = data.loadSources(path.resolve(root, 'content/sources.yaml'));
  return { label, lexicon: buildLexicon(data.loadBoilerplate(path.resolve(root, 'content/boilerplate.yaml')), sources), sources, analyse: analysePage };
}
const trees = [await loadTree('old', values.old), await loadTree('new', values.new)];
console.log(`bench-extract-pair: ${pages.length} pages, node ${process.version}, load average ${loadavg()[0].toFixed(1)}`);
for (let round = 1; round <= Number(values.rounds); round++) {
  const cpu = new Map<Tree, number>(trees.map((t) => [t, 0]));
  const digest = new Map<Tree, Hash>(trees.map((t) => [t, createHash('sha256')]));
  for (let b = 0; b < pages.length; b += BLOCK) {
    // Which tree goes first alternates from block to block.
    for (const tree of (b / BLOCK) % 2 === 0 ? trees : [...trees].reverse()) {
      const c0 = process.cpuUsage();
      for (const p of pages.slice(b, b + BLOCK)) digest.get(tree)!.update(JSON.stringify(tree.analyse(p.name, p.bytes, tree.lexicon, tree.sources)));
      const c = process.cpuUsage(c0);
      cpu.set(tree, cpu.get(tree)! + (c.user + c.system) / 1000);
    }
  }
  const [o, n] = trees.map((t) => cpu.get(t)! / 1000);
  const [dOld, dNew] = trees.map((t) => digest.get(t)!.digest('hex').slice(0, 16));
  console.log(`round ${round}: old ${o.toFixed(2)} s, new ${n.toFixed(2)} s (${(100 * (n / o - 1)).toFixed(1)} %), digests ${dOld} / ${dNew}${dOld === dNew ? '' : ' (DIFFER)'}`);
}
