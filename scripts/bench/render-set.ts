// What an incremental build wrote, and whether each file it wrote differs from the site before
// it: for every route pattern the rendered routes that are new, changed or byte-identical (a
// fingerprint that moves without the page moving: props the page does not show), and the
// files outside the routes that the build wrote again, changed or not. An identical page is
// work an exact fingerprint would save; a changed one is in the output, so only another page
// design saves it (docs/scale.md «The update, session 33»).
//
//   tsx scripts/bench/render-set.ts --routes <cache>/build/<hash>.routes --before <site copy> --after <site>
//
// `--before` is a copy of the site taken before the update (cp -a: the modification times are
// kept, so an unrouted file the update wrote again is told by its time). The search index
// (pagefind/) is left out: it has its own trace (docs/scale.md «The search index of an update»).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { routeFile, type PatternRoutes } from '../../src/lib/site/routes';

export interface PatternReport {
  pattern: string;
  routes: number;
  rendered: number;
  added: string[];
  changed: string[];
  identical: string[];
}

export interface RenderSet {
  patterns: PatternReport[];
  /** Files outside every route pattern (static pages, exports, assets) the update wrote again. */
  unrouted: { changed: string[]; identical: string[] };
}

const sameBytes = (a: string, b: string) => existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
    .sort();
}

export function renderSet(records: PatternRoutes[], before: string, after: string): RenderSet {
  const routed = new Set<string>();
  const patterns = records.map((r): PatternReport => {
    Object.keys(r.routes).forEach((route) => routed.add(routeFile(route)));
    const report: PatternReport = { pattern: r.pattern, routes: Object.keys(r.routes).length, rendered: r.rendered.length, added: [], changed: [], identical: [] };
    for (const route of r.rendered) {
      const file = routeFile(route);
      if (!existsSync(path.join(before, file))) report.added.push(route);
      else if (sameBytes(path.join(before, file), path.join(after, file))) report.identical.push(route);
      else report.changed.push(route);
    }
    return report;
  });
  const unrouted: RenderSet['unrouted'] = { changed: [], identical: [] };
  for (const file of listFiles(after)) {
    if (routed.has(file) || file.startsWith(`pagefind${path.sep}`)) continue;
    const was = path.join(before, file);
    if (!existsSync(was)) {
      unrouted.changed.push(file);
      continue;
    }
    // Not written by the update: the time the copy kept.
    if (Math.round(statSync(was).mtimeMs) === Math.round(statSync(path.join(after, file)).mtimeMs)) continue;
    (sameBytes(was, path.join(after, file)) ? unrouted.identical : unrouted.changed).push(file);
  }
  return { patterns, unrouted };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values: opt } = parseArgs({ options: { routes: { type: 'string' }, before: { type: 'string' }, after: { type: 'string' } } });
  if (!opt.routes || !opt.before || !opt.after) throw new Error('usage: tsx scripts/bench/render-set.ts --routes DIR --before SITE --after SITE');
  const records = readdirSync(opt.routes).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(opt.routes!, f), 'utf8')) as PatternRoutes);
  const set = renderSet(records, opt.before, opt.after);
  console.log('| pattern | routes | rendered | new | changed | byte-identical |\n|---|---:|---:|---:|---:|---:|');
  for (const p of set.patterns) console.log(`| ${p.pattern} | ${p.routes} | ${p.rendered} | ${p.added.length} | ${p.changed.length} | ${p.identical.length} |`);
  console.log(`\nunrouted files written again: ${set.unrouted.changed.length} changed (${set.unrouted.changed.join(', ')}), ${set.unrouted.identical.length} identical (${set.unrouted.identical.join(', ')})`);
  const identical = set.patterns.flatMap((p) => p.identical);
  if (identical.length) console.log(`\nrendered but identical: ${identical.slice(0, 20).join(' ')}${identical.length > 20 ? ' …' : ''}`);
}
