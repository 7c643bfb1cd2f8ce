// What reading the corpus cache's entries costs, per stage and by layout: each entry parsed alone
// (as the cache does), the stage's entries as one JSON text (one entry per stage, as
// `articlePairs` is), and the V8 serializer's bytes. For the question «would fewer, larger
// entries parse faster?» (docs/scale.md «session 42»). Reads a cache file that
// scripts/bench/corpus-update.ts --cache-file saved (stage → key → JSON text).
//
//   node --import tsx scripts/bench/cache-parse.ts --cache-file <file> [--repeats 3]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';

const { values: opt } = parseArgs({ options: { 'cache-file': { type: 'string' }, repeats: { type: 'string', default: '3' } } });
if (!opt['cache-file']) throw new Error('usage: cache-parse.ts --cache-file <file> [--repeats 3]');
const saved = JSON.parse(readFileSync(opt['cache-file'], 'utf8')) as Record<string, Record<string, string>>;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
// The per-article stages an update reads whole (the on-demand mentions and the one-entry stages left out).
const stages = Object.keys(saved).filter((s) => s !== 'linkMentions' && Object.keys(saved[s]).length > 1).sort();
const layouts = {
  'one entry per article': (texts: string[]) => () => texts.map((t) => JSON.parse(t) as unknown),
  'one entry per stage': (texts: string[]) => {
    const whole = `[${texts.join(',')}]`;
    return () => JSON.parse(whole) as unknown;
  },
  'v8 serializer': (texts: string[]) => {
    const bytes = v8.serialize(texts.map((t) => JSON.parse(t) as unknown));
    return () => v8.deserialize(bytes) as unknown;
  },
};
for (const s of stages) {
  const texts = Object.values(saved[s]);
  console.log(`${s}: ${texts.length} entries, ${(texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6).toFixed(1)} MB`);
}
const kept: unknown[] = []; // what was read stays alive, as in a build (the collector's work counted)
for (let r = 1; r <= Number(opt.repeats); r++) {
  for (const [name, make] of Object.entries(layouts)) {
    const parts: string[] = [];
    let total = 0;
    for (const s of stages) {
      const read = make(Object.values(saved[s]));
      const c0 = cpu();
      kept.push(read());
      const t = cpu() - c0;
      total += t;
      parts.push(`${s} ${t.toFixed(3)}`);
    }
    console.log(`repeat ${r}, ${name.padEnd(21)} ${total.toFixed(3)} s CPU (${parts.join(', ')})`);
    if (kept.length > 3 * stages.length) kept.splice(0, stages.length);
  }
}
