// How far ingest's confidence can be trusted, per field, on every labelled page (thirty-seventh round, 13c).
// Runs ingest over the sets of scripts/ingest-sets.ts and sorts every candidate of title, date, outlet and agency —
// the value ingest CHOSE, or the guess it HELD BACK (an outlet under the abstain line, kept as the runner-up) — into
// confidence buckets, each as right / wrong / label null (the label says the page names none). Per bucket it prints
// what holding back (chosen) or filling (held back) would do, and it counts the empty fields whose page gave no
// candidate at all (evidence not recognised). `--fold` chooses thresholds on one half of the sets and reads them
// on the other (odd asides + dev + fixtures against even asides, and the reverse).
// Usage: nice npx tsx scripts/calibrate-ingest.ts [--set dev,aside2] [--fold] [--cost 4] [--json FILE] [--load A.json,…]
//        [--blind A.json,…] [--empty] [--last-resort]   (docs/ingest.md «Thirty-seventh round: confidence calibrated»)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadBoilerplate, loadSources } from '../src/lib/data/load';
import { buildLexicon } from '../src/lib/ingest/boilerplate';
import { extractWithEvidence } from '../src/lib/ingest/extract';
import { sourceIdentity } from '../src/lib/ingest/score';
import { calibrationTable, chooseHeldRules, pooledLoneRules, chooseThreshold, foldOf, loneRule, outcomeOf, type Candidate, type CalField } from '../src/lib/ingest/calibration';
import { HELD_OUT, ROOT, SETS } from './ingest-sets';
import { observeOutletCandidates } from '../src/lib/ingest/outlet-model';
import type { OutletCandidate } from '../src/lib/ingest/outlet-features';

const sources = loadSources(path.join(ROOT, 'content/sources.yaml'));
const lex = buildLexicon(loadBoilerplate(path.join(ROOT, 'content/boilerplate.yaml')), sources);
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = opt('--set')?.split(',') ?? Object.keys(SETS).filter((s) => !HELD_OUT.has(s));
// The cost of a wrong value against an empty field: fill a bucket when right > cost × wrong, i.e. precision ≥ cost / (1 + cost).
const cost = Number(opt('--cost') ?? 4);
const same = (a: string | null, b: string | null) => sourceIdentity(a, sources, lex.sourceAffixes) === sourceIdentity(b, sources, lex.sourceAffixes);

const candidates: Candidate[] = [];
// `--load A.json,B.json`: candidates saved by `--json` (e.g. each blind set scored by the code as it stood before its
// round tuned on it, from an older checkout) instead of running ingest here.
const load = opt('--load')?.split(',');
if (load) for (const f of load) candidates.push(...(JSON.parse(readFileSync(f, 'utf8')) as Candidate[]));
// The name-shaped lines of pages where no rule proposed an outlet (outlet-proposals.ts): what a last-resort fill would take.
const lastResort: { set: string; page: string; label: string | null; proposals: { value: string; features: string[] }[] }[] = [];
let seen: OutletCandidate[][] = [];
observeOutletCandidates((cs) => seen.push(cs));
for (const set of load ? [] : only) {
  for (const page of SETS[set]()) {
    let extraction;
    seen = [];
    try { extraction = extractWithEvidence(page.raw, page.name, lex); } catch { continue; }
    const pageSeen = seen;
    page.expected.articles.forEach((exp, n) => {
      const got = extraction.articles[n];
      const fields = extraction.evidence[n]?.fields ?? [];
      for (const field of ['date', 'outlet', 'agency', 'title'] as CalField[]) {
        const ev = fields.find((f) => f.field === field);
        const label = field === 'title' ? exp.title : field === 'outlet' ? exp.outlet : field === 'date' ? exp.date : exp.agency;
        const value = !got ? null : field === 'title' ? got.title : field === 'date' ? got.date ?? null : field === 'outlet' ? got.source ?? null : got.agency ?? null;
        // A generic «وكالات» is scored as no agency: it counts as empty here too.
        const filled = !!value && sourceIdentity(value, sources, lex.sourceAffixes) !== null;
        const held = !filled && ev?.runnerUp && ev.value === null ? ev.runnerUp.value : undefined;
        const kind = filled ? 'chosen' : held ? 'held' : 'none';
        const guess = filled ? value : held ?? null;
        const right = field === 'title' || field === 'date' ? guess !== null && (label === null ? field === 'title' && !!ev?.rule.startsWith('made from the lead') : squash(guess) === squash(label)) : guess !== null && same(label, guess);
        if (field === 'outlet' && kind === 'none' && set !== 'seeds') {
          const props = (pageSeen[n] ?? []).filter((c) => c.value && c.features.proposalOnly);
          lastResort.push({ set, page: page.name, label, proposals: props.map((c) => ({ value: c.value!, features: Object.keys(c.features).filter((f) => f.startsWith('prop_') || /^words/.test(f) || f === 'latinOnly' || f === 'known') })) });
        }
        candidates.push({ set, page: page.name, article: n, field, kind, confidence: ev?.confidence ?? 0, outcome: outcomeOf(kind, right, label === null || (field !== 'title' && field !== 'date' && sourceIdentity(label, sources, lex.sourceAffixes) === null)), rule: ev?.rule ?? '', guess, label });
      }
    });
  }
}
function squash(s: string): string { return s.replace(/\s+/g, ' ').trim(); }

const fields: CalField[] = ['date', 'outlet', 'agency', 'title'];
console.log(`# ingest calibration over ${only.length} sets, ${new Set(candidates.map((c) => `${c.set}/${c.page}`)).size} pages (seeds: labels are ingest's own output)\n`);
for (const field of fields) {
  console.log(`## ${field}\n`);
  console.log(calibrationTable(candidates.filter((c) => c.field === field && c.set !== 'seeds')));
  console.log('');
}
if (args.includes('--fold')) {
  console.log(`## thresholds chosen on one fold, read on the other (cost of a wrong value = ${cost} empty ones: fill at precision ≥ ${(cost / (1 + cost)).toFixed(2)})\n`);
  console.log('| field | chosen on | threshold | read on | right | wrong | label null filled | empty (right) | empty (miss) |\n|---|---|---|---|---|---|---|---|---|');
  for (const field of fields.filter((f) => f !== 'title')) {
    for (const train of ['A', 'B'] as const) {
      const test = train === 'A' ? 'B' : 'A';
      const mine = candidates.filter((c) => c.field === field && c.set !== 'seeds');
      const t = chooseThreshold(mine.filter((c) => foldOf(c.set) === train), cost);
      const read = (th: number, fold: string) => {
        const cs = mine.filter((c) => foldOf(c.set) === fold);
        const fill = (c: Candidate) => c.kind !== 'none' && c.confidence >= th;
        return {
          right: cs.filter((c) => fill(c) && c.outcome === 'right').length,
          wrong: cs.filter((c) => fill(c) && c.outcome === 'wrong').length,
          nullFilled: cs.filter((c) => fill(c) && c.outcome === 'null').length,
          emptyRight: cs.filter((c) => !fill(c) && c.outcome === 'null').length,
          emptyMiss: cs.filter((c) => !fill(c) && c.outcome !== 'null').length,
        };
      };
      const r = read(t, test);
      console.log(`| ${field} | ${train} | ${t.toFixed(2)} | ${test} | ${r.right} | ${r.wrong} | ${r.nullFilled} | ${r.emptyRight} | ${r.emptyMiss} |`);
      // The line as ingest draws it now, read on the same fold: outlets under 0.42 are held back; dates and agencies never.
      const now = read(field === 'outlet' ? 0.42 : 0, test);
      console.log(`| ${field} | (now) | ${field === 'outlet' ? '0.42' : '—'} | ${test} | ${now.right} | ${now.wrong} | ${now.nullFilled} | ${now.emptyRight} | ${now.emptyMiss} |`);
    }
  }
  console.log('\nA = dev + fixtures + odd-numbered asides (aside counts as 1); B = even-numbered asides.');
  console.log(`\n## outlet: lone readings of a rule held back where their rights < ${cost} × their wrongs (at least 3), chosen on one fold, read on the other\n`);
  console.log('| chosen on | rules held back | read on | rights lost | wrongs emptied |\n|---|---|---|---|---|');
  for (const train of ['A', 'B'] as const) {
    const mine = candidates.filter((c) => c.field === 'outlet' && c.set !== 'seeds');
    const held = chooseHeldRules(mine.filter((c) => foldOf(c.set) === train), cost);
    const hit = mine.filter((c) => foldOf(c.set) !== train && foldOf(c.set) && held.includes(loneRule(c) ?? ''));
    console.log(`| ${train} | ${held.join('<br>') || '—'} | ${train === 'A' ? 'B' : 'A'} | ${hit.filter((c) => c.outcome === 'right').length} | ${hit.filter((c) => c.outcome !== 'right').length} |`);
  }
  const all = chooseHeldRules(candidates.filter((c) => c.field === 'outlet' && c.set !== 'seeds'), cost);
  console.log(`\nOn every set together: ${all.join(' · ') || 'none'}`);
}
if (args.includes('--empty')) {
  console.log('\n## empty with no candidate, label set\n');
  for (const c of candidates.filter((x) => x.kind === 'none' && x.outcome !== 'null' && x.field !== 'title' && x.set !== 'seeds')) console.log(`${c.field}\t${c.set}/${c.page}\t${c.label}`);
  console.log('\n## held back, per guess\n');
  for (const c of candidates.filter((x) => x.kind === 'held' && x.set !== 'seeds')) console.log(`${c.field}\t${c.confidence}\t${c.outcome}\t${c.set}/${c.page}\t${c.guess} | ${c.label}\t${c.rule}`);
  console.log('\n## chosen and wrong, per value\n');
  for (const c of candidates.filter((x) => x.kind === 'chosen' && x.outcome !== 'right' && x.field !== 'title' && x.set !== 'seeds')) console.log(`${c.field}\t${c.confidence}\t${c.outcome}\t${c.set}/${c.page}\t${c.guess} | ${c.label}\t${c.rule}`);
}
if (args.includes('--last-resort')) {
  console.log('\n## outlet: no rule proposed one — the name-shaped lines there are\n');
  for (const r of lastResort) {
    const mark = (v: string) => (r.label && same(r.label, v) ? 'RIGHT' : r.label ? 'wrong' : 'null');
    console.log(`${r.set}/${r.page}\tlabel ${r.label}\t${r.proposals.map((p) => `${p.value} [${p.features.join(',')}] ${mark(p.value)}`).join(' ; ') || '—'}`);
  }
}
// `--blind A.json,B.json`: the blind sets' candidates as first scored, pooled with this run's (the labelled sets now) per
// lone rule and weight — the table the thirty-seventh round chose `outletShape.heldAlone` from.
const blindFiles = opt('--blind')?.split(',');
if (blindFiles) {
  const blind = blindFiles.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Candidate[]);
  for (const field of ['outlet', 'date'] as CalField[]) {
    console.log(`\n## ${field}: lone readings per rule and weight that were wrong at least once (blind: as first scored; now: tuned on)\n`);
    console.log('| rule @weight | blind right/other | now right/other | precision | held back |\n|---|---|---|---|---|');
    const rows = pooledLoneRules(blind.filter((c) => c.field === field), candidates.filter((c) => c.field === field && c.set !== 'seeds'), cost);
    for (const r of rows.filter((x) => x.blind[1] + x.seen[1] > 0)) console.log(`| ${r.rule} | ${r.blind.join('/')} | ${r.seen.join('/')} | ${r.precision.toFixed(2)} | ${r.held ? 'yes' : ''} |`);
  }
}
const json = opt('--json');
if (json) writeFileSync(json, JSON.stringify(candidates));
