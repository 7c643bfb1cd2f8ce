// Ingest on outlets the data has never heard of (twenty-third round): every labelled page but the
// seeds has its outlet renamed, everywhere the page prints it, to a name invented for this
// (tests/fixtures/perturb/invented-outlets.yaml; scripts/outlet-rename.ts), and is scored in memory
// against its relabelled expectation beside the unperturbed page. A third of the pages (a stable
// hash of set/name) is put aside: its figures are printed apart and its misses only with
// `--show-aside`. Deterministic: the name a page gets is a hash of its set and file name.
// Usage: npx tsx scripts/perturb-ingest.ts [--set dev,aside5] [--misses] [--show-aside] [--show-held-out] [--write DIR]
//   (the round's held-out set, HELD_OUT in ingest-sets.ts, is left out unless --show-held-out is given)
//   --misses     the tuning part's misses on the renamed pages (each with the unperturbed page's)
//   --write DIR  the renamed raw pages of the tuning part, to read them (outside the repository)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadActors, loadBoilerplate, loadSources } from '../src/lib/data/load';
import { matchKey } from '../src/lib/data/keys';
import { identityKey } from '../src/lib/ingest/names';
import { buildLexicon } from '../src/lib/ingest/boilerplate';
import { extractWithEvidence } from '../src/lib/ingest/extract';
import { addTally, emptyTally, formatTable, scorePage, type Tally } from '../src/lib/ingest/score';
import { HELD_OUT, ROOT, SETS } from './ingest-sets';
import { renameOutlet, type InventedOutlet, type Places, type SkipReason } from './outlet-rename';

const sources = loadSources(path.join(ROOT, 'content/sources.yaml'));
const lex = buildLexicon(loadBoilerplate(path.join(ROOT, 'content/boilerplate.yaml')), sources);
const inventedNames = parse(readFileSync(path.join(ROOT, 'tests/fixtures/perturb/invented-outlets.yaml'), 'utf8')) as InventedOutlet[];

// Words naming a place (dateline places and desks, countries and their nisbas): an outlet named by a
// place alone is not renamed (its datelines would move with it).
const countries = loadActors(path.join(ROOT, 'content/actors.yaml')).filter((a) => a.type === 'country');
const places: Places = {
  words: new Set([...lex.places, ...countries.flatMap((a) => [a.name, ...a.aliases, ...(a.nisba ?? [])]).map(matchKey)]),
  nisbas: new Map(countries.flatMap((a) => [a.name, ...a.aliases].map((n) => [matchKey(n), a.nisba ?? []] as [string, string[]]))),
};

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = option('--set')?.split(',') ?? Object.keys(SETS).filter((s) => s !== 'seeds' && (!HELD_OUT.has(s) || args.includes('--show-held-out')));
const writeDir = option('--write');

/** FNV-1a, 32 bits: a stable hash of a page's set/name (the aside third, the invented name). */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (const c of Buffer.from(text, 'utf8')) h = Math.imul(h ^ c, 0x01000193) >>> 0;
  return h;
}
export const isAside = (id: string) => fnv(id) % 3 === 0;

type Part = 'tune' | 'aside';
const tallies: Record<Part, Record<'known' | 'unknown', { before: Tally; after: Tally; pages: number }>> = {
  tune: { known: { before: emptyTally(), after: emptyTally(), pages: 0 }, unknown: { before: emptyTally(), after: emptyTally(), pages: 0 } },
  aside: { known: { before: emptyTally(), after: emptyTally(), pages: 0 }, unknown: { before: emptyTally(), after: emptyTally(), pages: 0 } },
};
const skipped: Record<Part, Map<SkipReason, number>> = { tune: new Map(), aside: new Map() };
const misses: string[] = [];
let labelled = 0;
let agencyDropped = 0;

const extract = (raw: string, name: string) => extractWithEvidence(raw, name, lex).articles;
for (const set of only) {
  for (const page of SETS[set]()) {
    labelled++;
    const id = `${set}/${page.name}`;
    const part: Part = isAside(id) ? 'aside' : 'tune';
    const start = fnv(`${id}#name`) % inventedNames.length;
    // the first invented name the page does not print already (none should)
    const to = inventedNames.map((_, k) => inventedNames[(start + k) % inventedNames.length]).find((n) => !page.raw.includes(n.ar)) ?? inventedNames[start];
    const renamed = renameOutlet(page.raw, page.expected, to, sources, lex, places);
    const skip = (reason: SkipReason) => skipped[part].set(reason, (skipped[part].get(reason) ?? 0) + 1);
    if (!renamed.ok) { skip(renamed.reason); continue; }
    const unperturbed = extract(page.raw, page.name);
    const before = scorePage(page.name, page.raw, page.expected, unperturbed, sources, lex.sourceAffixes);
    // The outlet ingest read on the page, still printed after the rename: a form the rename missed.
    const read = unperturbed[0]?.source;
    if (read && !before.misses.some((m) => m.startsWith('outlet')) && matchKey(renamed.raw).includes(matchKey(read))) { skip('left unrenamed'); continue; }
    // The invented name in its Latin spelling or as its domain is the same outlet to the scorer, as a
    // sources.yaml entry's names are (the labels of known outlets are ids).
    const key = (v: string) => identityKey(v, lex.sourceAffixes).replace(/^www /, '').replace(/\s+/g, '');
    const forms = new Set([to.ar, to.latin, to.domain, to.domain.split('.')[0]].map(key));
    const same = (v: string | undefined) => (v && forms.has(key(v)) ? renamed.to : v);
    const got = extract(renamed.raw, page.name).map((a) => ({ ...a, source: same(a.source), agency: same(a.agency) }));
    const after = scorePage(page.name, renamed.raw, renamed.expected, got, sources, lex.sourceAffixes);
    if (renamed.agencyDropped) agencyDropped++;
    const group = tallies[part][renamed.known ? 'known' : 'unknown'];
    addTally(group.before, before.tally);
    addTally(group.after, after.tally);
    group.pages++;
    if (after.misses.length && (part === 'tune' || args.includes('--show-aside'))) {
      const was = before.misses.length ? `\n  unperturbed: ${before.misses.join(' · ')}` : '';
      misses.push(`${id} (${part}, ${renamed.known ? 'known' : 'unknown'} «${renamed.from}» → «${renamed.to}»)\n  ${after.misses.join('\n  ')}${was}`);
    }
    if (writeDir && part === 'tune') {
      mkdirSync(path.join(writeDir, set), { recursive: true });
      writeFileSync(path.join(writeDir, set, page.name), renamed.raw);
    }
  }
}

const rows: { set: string; tally: Tally }[] = [];
for (const part of ['tune', 'aside'] as const) {
  for (const kind of ['known', 'unknown'] as const) {
    const g = tallies[part][kind];
    rows.push({ set: `${part}, ${kind} outlet (${g.pages} pages): unperturbed`, tally: g.before });
    rows.push({ set: `${part}, ${kind} outlet (${g.pages} pages): renamed`, tally: g.after });
  }
  const all = tallies[part];
  rows.push({ set: `${part}, all renamed (${all.known.pages + all.unknown.pages}): unperturbed`, tally: addTally(addTally(emptyTally(), all.known.before), all.unknown.before) });
  rows.push({ set: `${part}, all renamed (${all.known.pages + all.unknown.pages}): renamed`, tally: addTally(addTally(emptyTally(), all.known.after), all.unknown.after) });
}
const skips = (part: Part) => [...skipped[part]].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ') || 'none';
console.log(`${labelled} labelled pages (${only.join('+')}); skipped — tune: ${skips('tune')}; aside: ${skips('aside')}`);
console.log(`${agencyDropped} renamed pages of a wire crediting itself no longer say they are a wire: their agency label is dropped (scripts/outlet-rename.ts)`);
console.log('«known»: the outlet label is a name content/sources.yaml or boilerplate.yaml lists (the rename takes that knowledge away); «unknown»: it was already unknown.\n');
console.log(formatTable(rows));
if (args.includes('--misses') || args.includes('--show-aside')) for (const m of misses) console.log(`\n${m}`);
