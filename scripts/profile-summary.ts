// Summarises V8 CPU profiles (`node --cpu-prof`, one .cpuprofile per thread) into where the time
// went: the top functions by self time, self time per source file, and the inclusive time of named
// functions (a pipeline's parts: everything under `classifyLines`, `chooseHeadline` …).
//
//   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof scripts/ingest.ts … --workers 0
//   npx tsx scripts/profile-summary.ts /tmp/prof/*.cpuprofile [--top 20] [--parts name1,name2,…] [--under NAME]
//
// Several files (threads, or runs) add up. A function is keyed by name, file and line; a sample
// counts once towards a named part however deep the part recurses.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** The parts ingest's time is read by (docs/benchmarks.md «Where ingest's CPU goes»). */
const INGEST_PARTS = [
  'decodePage', 'extractWithEvidence', 'peelCopyWrapper', 'removeInlineWidgets', 'withoutFeedLabels', 'logoAltNames', 'withoutLogoWords',
  'unwrapLines', 'classifyLines', 'markLanguageLabels', 'findMainStart', 'pageNameLookup', 'storyStart', 'officeLetterhead', 'mastheadForm',
  'chooseHeadline', 'leadDateline', 'readMainBody', 'read', 'chooseMetadata', 'finishParagraphs',
  'serializeArticleMdx', 'writePage', 'makeReport', 'sha256', '(garbage collector)', '(idle)', '(program)',
];

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*?\/(src|scripts|node_modules)\//, '$1/') || '(native)';
const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}  ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

function summarise(files: string[], top: number, parts: string[], only?: string): string {
  const self = new Map<string, number>();
  const perFile = new Map<string, number>();
  const inclusive = new Map<string, number>(parts.map((p) => [p, 0]));
  const inclusiveAll = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // The parts a node lies under, once per node (samples repeat nodes).
    const partsUnder = new Map<number, Set<string>>();
    const keysUnder = new Map<number, Set<string>>();
    const allUnder = (id: number): Set<string> => {
      const known = keysUnder.get(id);
      if (known) return known;
      const up = parent.get(id);
      const set = new Set(up === undefined ? [] : allUnder(up));
      set.add(keyOf(byId.get(id)!));
      keysUnder.set(id, set);
      return set;
    };
    const under = (id: number): Set<string> => {
      const known = partsUnder.get(id);
      if (known) return known;
      const up = parent.get(id);
      const set = new Set(up === undefined ? [] : under(up));
      const name = byId.get(id)!.callFrame.functionName;
      if (inclusive.has(name)) set.add(name);
      partsUnder.set(id, set);
      return set;
    };
    profile.samples.forEach((id, i) => {
      // --under NAME: only the samples taken inside NAME (what NAME's time is made of).
      if (only && ![...allUnder(id)].some((k) => k.startsWith(`${only}  `))) return;
      // timeDeltas[i] is the time before sample i; the sample stands for the time after it: use the next delta.
      const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
      const node = byId.get(id)!;
      total += ms;
      self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + ms);
      const f = shortUrl(node.callFrame.url);
      perFile.set(f, (perFile.get(f) ?? 0) + ms);
      for (const p of under(id)) inclusive.set(p, inclusive.get(p)! + ms);
      for (const k of allUnder(id)) inclusiveAll.set(k, (inclusiveAll.get(k) ?? 0) + ms);
    });
  }
  const row = (label: string, ms: number) => `| ${label} | ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(1)} % |`;
  const ranked = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    `${files.length} profile(s), ${total.toFixed(0)} ms sampled`,
    '', `Top ${top} functions by self time`, '', '| function | ms | share |', '|---|---:|---:|',
    ...ranked(self, top).map(([k, ms]) => row(k, ms)),
    '', `Top ${top} files by self time`, '', '| file | ms | share |', '|---|---:|---:|',
    ...ranked(perFile, top).map(([k, ms]) => row(k, ms)),
    '', `Top ${top * 3} functions by inclusive time (self and callees)`, '', '| function | ms | share |', '|---|---:|---:|',
    ...ranked(inclusiveAll, top * 3).map(([k, ms]) => row(k, ms)),
    '', 'Inclusive time of named functions (parts overlap when one calls another)', '', '| function | ms | share |', '|---|---:|---:|',
    ...[...inclusive].filter(([, ms]) => ms > 0).map(([k, ms]) => row(k, ms)),
  ].join('\n');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '20' }, parts: { type: 'string' }, under: { type: 'string' } },
});
if (!positionals.length) {
  console.error('usage: tsx scripts/profile-summary.ts FILE.cpuprofile… [--top N] [--parts fn1,fn2,…]');
  process.exit(2);
}
console.log(summarise(positionals, Number(values.top), values.parts ? values.parts.split(',') : INGEST_PARTS, values.under));
