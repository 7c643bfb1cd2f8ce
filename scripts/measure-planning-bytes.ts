// Where kb-search.json's gzipped bytes go (issue 15, twentieth pass, 15s): the planning file the /search/
// page waits for, built from the repository's data as the index writes it (splitContextJson), each field
// gzipped alone and the file whole. With --built DIR it reads a built site's pagefind/kb-search.json
// instead (a bench corpus). Prints no search result.
// Usage: npx tsx scripts/measure-planning-bytes.ts [--built dist]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadActorList } from '../src/indexer/read';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { buildContextJson, splitContextJson } from '../src/lib/search/context';

const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;

async function planningFile(): Promise<Record<string, unknown>> {
  const i = process.argv.indexOf('--built');
  if (i > 0) return JSON.parse(readFileSync(path.join(process.argv[i + 1], 'pagefind/kb-search.json'), 'utf8'));
  const actors = await loadActorList(path.resolve('content/actors.yaml'));
  return splitContextJson(buildContextJson(actors, loadSearchVocabularyBeside(path.resolve('content/actors.yaml')))).planning as Record<string, unknown>;
}

async function main() {
  const planning = await planningFile();
  const whole = JSON.stringify(planning);
  console.log(`kb-search.json: ${whole.length} B raw, ${gz(whole)} B gzipped`);
  const rows = Object.entries(planning).map(([k, v]) => [k, JSON.stringify(v).length, gz(JSON.stringify(v))] as const);
  rows.sort((a, b) => b[2] - a[2]);
  for (const [k, raw, z] of rows) console.log(`${k.padEnd(12)} ${String(raw).padStart(8)} raw ${String(z).padStart(7)} gz  ${((100 * z) / gz(whole)).toFixed(1)}%`);
  // The word data: what a bucketed design would move off the first results' path.
  const wordFields = ['families', 'verbs', 'concepts', 'ownPlurals', 'definite', 'keepHamza', 'notName', 'rootClitic', 'unmarked'];
  const rest = Object.fromEntries(Object.entries(planning).filter(([k]) => !wordFields.includes(k)));
  console.log(`without the word data (${wordFields.join(', ')}): ${gz(JSON.stringify(rest))} B gzipped`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
