// npx tsx scripts/bench-extract.ts --input DIR [--rounds N]
// Ingest's pure part alone, in memory: every raw page of DIR decoded and extracted (analysePage,
// as a worker does), N rounds, no disk in the timed part. Prints the CPU per 1,000 pages of each
// round and a digest of every extraction, so a speed change can be checked to leave the output
// as it was (same digest) without writing 5,000 files. For a profile:
//   node --import tsx --cpu-prof --cpu-prof-dir=DIR scripts/bench-extract.ts --input …
//   npx tsx scripts/profile-summary.ts DIR/*.cpuprofile
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadBoilerplate, loadSources } from '../src/lib/data/load';
import { buildLexicon } from '../src/lib/ingest/boilerplate';
import { analysePage } from '../src/ingest/analyse';

const { values } = parseArgs({ options: { input: { type: 'string' }, rounds: { type: 'string', default: '3' } } });
if (!values.input) {
  console.error('usage: tsx scripts/bench-extract.ts --input DIR [--rounds N]');
  process.exit(2);
}
const names = readdirSync(values.input).filter((n) => !n.startsWith('.')).sort();
const pages = names.map((name) => ({ name, bytes: readFileSync(path.join(values.input!, name)) }));
const sources = loadSources();
const boilerplate = loadBoilerplate();
console.log(`bench-extract: ${pages.length} pages, node ${process.version}, load average ${loadavg()[0].toFixed(1)}`);
for (let round = 1; round <= Number(values.rounds); round++) {
  // A fresh lexicon each round: the caches kept per lexicon (short lines' classes) start empty, as in a run.
  const lexicon = buildLexicon(boilerplate, sources);
  const digest = createHash('sha256');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const page of pages) digest.update(JSON.stringify(analysePage(page.name, page.bytes, lexicon, sources)));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`round ${round}: CPU ${(cpuMs / 1000).toFixed(2)} s (${(cpuMs / pages.length).toFixed(2)} ms per page), wall ${(wall / 1000).toFixed(2)} s, digest ${digest.digest('hex').slice(0, 16)}`);
}
