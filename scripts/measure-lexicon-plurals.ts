// Issue 15, eighteenth pass (session 26): does a real Arabic lexicon tell a broken-plural pattern's right
// readings from its wrong ones? The lexicon is @cspell/dict-ar (LGPL-3.0, Ayaspell-derived, every inflected
// form in a cspell trie, read with cspell-trie-lib). It is NOT a dependency of the project (the pass found it
// does not pay: docs/search.md «Eighteenth pass»), so it is read from a node_modules folder installed apart:
//   mkdir /tmp/lex && cd /tmp/lex && npm i @cspell/dict-ar cspell-trie-lib
//   npx tsx scripts/measure-lexicon-plurals.ts --lexicon /tmp/lex/node_modules [--misses REPORT.json] [--list]
// Three measures, each per pattern of content/search-patterns.yaml:
//  1. The pairs on the text (as scripts/score-word-patterns.ts finds them: a plural word and a singular its
//     pattern reads, both in the fixture and seed text): each pattern ALONE (its context gates `agrees`,
//     `relative`, `article` and the `notPlurals` list off), the pattern alone GATED BY THE LEXICON (the
//     singular must be a lexicon word), and the CURRENT reading (gates and list on). Precision over the pairs
//     judged in tests/fixtures/search/word-pattern-pairs.yaml; recall = right pairs kept / right pairs the
//     pattern alone joins. Every third pair (by word, base, pattern) is set aside and scored apart. A fourth
//     column: the current reading, or the pattern alone where the lexicon holds the singular and NO DUAL of the
//     word as read (a broken plural takes no dual: غرف، جذوع; a singular or verbal noun mostly does: قتلان).
//  2. The lexicon's verdict on judged singulars: right against wrong ones, and on random roots filled into
//     each singular template (the chance a guess is "a word"); 2b, the reverse reading (a text singular given
//     the plurals its patterns write, kept when the lexicon holds them), a judged sample.
//  3. The spent sets' broken-plural queries with a `key` [query word, page word]: does a pattern read the
//     page word as the query word — alone, gated by the lexicon, currently (with the page's context)? With
//     --misses REPORT (scripts/search-quality.ts --json), which of the queries that miss a page those reach.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { loadActorList } from '../src/indexer/read';
import { loadSearchPatterns, loadSearchVocabularyBeside } from '../src/lib/data/search';
import { normalizeArabic } from '../src/lib/arabic/normalize';
import { tokenize } from '../src/lib/arabic/tokenize';
import { buildContextJson, contextFromJson } from '../src/lib/search/context';
import { searchStem, stemSteps } from '../src/lib/search/keys';
import { fill, patternReader, pluralReadings, rootOf, type PluralPattern } from '../src/lib/search/patternReadings';

const LABELS = 'tests/fixtures/search/word-pattern-pairs.yaml';
const ROOTS = ['content/raw', 'content/articles', 'tests/fixtures'];
// As score-word-patterns.ts: the pages of sets whose pairs were never judged stay out of the text.
const HELD_OUT = /tests\/fixtures\/search\/articles\/f[behjmnopqrstu]-/;
const TEXT_FILE = /\.(txt|html?|mdx?)$/;
const SETS_DIR = 'tests/fixtures/search';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : TEXT_FILE.test(name) && !HELD_OUT.test(p) ? [p] : [];
  });

/** The lexicon's spellings of a normalised word: the letters normalizeArabic folds, each way back. */
function spellings(norm: string): string[] {
  let out = [''];
  [...norm].forEach((c, i) => {
    const last = i === norm.length - 1;
    const opts = c === 'ا' ? ['ا', 'أ', 'إ', 'آ'] : c === 'ء' ? ['ء', 'ؤ', 'ئ', 'أ', 'إ'] : last && c === 'ه' ? ['ه', 'ة'] : last && c === 'ي' ? ['ي', 'ى', 'ئ'] : [c];
    out = out.flatMap((s) => opts.map((o) => s + o)).slice(0, 256);
  });
  return out;
}

async function loadLexicon(dir: string): Promise<(norm: string) => boolean> {
  const lib = await import(pathToFileURL(path.join(dir, 'cspell-trie-lib/dist/index.js')).href);
  const trie = lib.importTrie(gunzipSync(readFileSync(path.join(dir, '@cspell/dict-ar/ar.trie.gz'))).toString('utf8'));
  const memo = new Map<string, boolean>();
  return (norm) => {
    let v = memo.get(norm);
    if (v === undefined) memo.set(norm, (v = spellings(norm).some((s) => lib.has(trie, s))));
    return v;
  };
}

/** The nominative dual of a normalised word (ة, written ه, becomes ت before the ending). */
const dualOf = (w: string) => `${w.endsWith('ه') ? `${w.slice(0, -1)}ت` : w}ان`;

const ratio = (a: number, b: number) => `${a}/${b} = ${b ? (a / b).toFixed(3) : '–'}`;

async function main() {
  const lexDir = process.argv[process.argv.indexOf('--lexicon') + 1];
  if (!process.argv.includes('--lexicon') || !lexDir) throw new Error('--lexicon DIR: a node_modules folder holding @cspell/dict-ar and cspell-trie-lib');
  const t0 = Date.now();
  const inLexicon = await loadLexicon(path.resolve(lexDir));
  console.log(`lexicon read in ${Date.now() - t0} ms, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  const actors = await loadActorList(path.resolve('content/actors.yaml'));
  const ctx = contextFromJson(buildContextJson(actors, loadSearchVocabularyBeside(path.resolve('content/actors.yaml'))));
  const patterns = loadSearchPatterns();
  const name = (p: PluralPattern, i: number) => `${i + 1} ${p.plural} ← ${p.singulars.join('،')}${p.agrees ? ' agrees' : ''}${p.relative ? ' relative' : ''}${p.article ? ' article' : ''}`;
  const readers = patterns.plurals.map((p, i) => ({
    kind: name(p, i),
    alone: patternReader({ plurals: [{ ...p, agrees: undefined, relative: undefined, article: undefined }] }),
    current: patternReader({ ...patterns, plurals: [p] }),
  }));
  const steps = (norm: string) => stemSteps(norm, ctx.known).filter((w, j, all) => j === all.length - 1 || !w.startsWith('ال'));

  // 1. Pairs on the text.
  const counts = new Map<string, number>();
  // `lex`: some reading of the word that gives this base is a lexicon word (the reading as the pattern
  // writes it, before searchStem takes a letter it reads as a clitic: بستان → ستان).
  // `noDual`: the word as read (the step, before a clitic letter goes) has no dual in the lexicon — a broken
  // plural takes none (غرف، جذوع، صخور), a singular noun or verbal noun mostly does (قتلان، قبولان، طلبان).
  const pairs = new Map<string, { word: string; base: string; kind: string; current: boolean; lex: boolean; noDual: boolean }>();
  // Every reading the current patterns give a text word (the index's low-weight keys), with or without its
  // singular in the text: how many the lexicon would drop.
  const readingsNow = new Map<string, boolean>();
  const paths = ROOTS.flatMap(files);
  for (const file of paths) {
    const toks = tokenize(readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' '));
    toks.forEach((t, i) => {
      if (t.type !== 'ar') return;
      const stem = searchStem(t.norm, ctx.known);
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
      if (ctx.families.has(stem) || ctx.known.has(stem)) return;
      const next = toks[i + 1]?.type === 'ar' ? toks[i + 1].norm : undefined;
      const prev = toks[i - 1]?.type === 'ar' ? toks[i - 1].norm : undefined;
      for (const { kind, alone, current } of readers) {
        const nowRaw = steps(t.norm).flatMap((s) => pluralReadings(s, current, t.text, next, prev));
        for (const r of nowRaw) if (!readingsNow.has(`${stem}|${r}`)) readingsNow.set(`${stem}|${r}`, inLexicon(r));
        const now = new Set(nowRaw.map((r) => searchStem(r, ctx.known)));
        for (const [r, step] of steps(t.norm).flatMap((s) => pluralReadings(s, alone, t.text, next, prev).map((x) => [x, s] as const))) {
          const base = searchStem(r, ctx.known);
          if (base === stem) continue;
          const id = `${kind}|${stem}|${base}`;
          const had = pairs.get(id);
          pairs.set(id, { word: stem, base, kind, current: (had?.current ?? false) || now.has(base), lex: (had?.lex ?? false) || inLexicon(r), noDual: (had?.noDual ?? false) || !inLexicon(dualOf(step)) });
        }
      }
    });
  }
  const labels = new Map((parse(readFileSync(LABELS, 'utf8')) as Array<{ word: string; base: string; same: boolean }>).map((l) => [`${l.word} ${l.base}`, l.same]));
  const found = [...pairs.values()].filter((p) => counts.has(p.base)).sort((a, b) => (`${a.word}|${a.base}|${a.kind}` < `${b.word}|${b.base}|${b.kind}` ? -1 : 1));
  const withLex = found.map((p, i) => ({ ...p, aside: i % 3 === 2, same: labels.get(`${p.word} ${p.base}`) }));
  console.log(`\n1. ${paths.length} files; the patterns alone join ${found.length} pairs that both occur; ${withLex.filter((p) => p.same !== undefined).length} judged`);
  const table = (of: typeof withLex, title: string) => {
    console.log(`\n${title}\n| pattern | pairs (judged) | alone: precision | lexicon-gated: precision, recall | current: precision, recall | current or (lexicon and no dual): precision, recall |\n|---|---|---|---|---|---|`);
    const row = (label: string, set: typeof withLex) => {
      const j = set.filter((p) => p.same !== undefined);
      const right = j.filter((p) => p.same).length;
      const lex = j.filter((p) => p.lex);
      const cur = j.filter((p) => p.current);
      const rr = (s: typeof j) => s.filter((p) => p.same).length;
      const both = j.filter((p) => p.current || (p.lex && p.noDual));
      console.log(`| ${label} | ${set.length} (${j.length}) | ${ratio(right, j.length)} | ${ratio(rr(lex), lex.length)}, ${ratio(rr(lex), right)} | ${ratio(rr(cur), cur.length)}, ${ratio(rr(cur), right)} | ${ratio(rr(both), both.length)}, ${ratio(rr(both), right)} |`);
    };
    for (const { kind } of readers) if (of.some((p) => p.kind === kind)) row(kind, of.filter((p) => p.kind === kind));
    row('**all**', of);
  };
  table(withLex.filter((p) => !p.aside), 'Tuning two thirds');
  table(withLex.filter((p) => p.aside), 'Aside third (every third pair)');
  // What lifting a pattern's gates under the lexicon would add: pairs the pattern alone joins and the lexicon
  // holds, which the current gates do not join.
  const lifted = withLex.filter((p) => p.lex && !p.current);
  for (const [title, of] of [['tuning two thirds', lifted.filter((p) => !p.aside)], ['aside third', lifted.filter((p) => p.aside)]] as const) {
    const j = of.filter((p) => p.same !== undefined);
    console.log(`\nLifted (alone + lexicon, not current), ${title}: ${of.length} pairs, ${j.length} judged, right ${ratio(j.filter((p) => p.same).length, j.length)}`);
    const nd = j.filter((p) => p.noDual);
    console.log(`   of them the word has no dual in the lexicon: ${nd.length}, right ${ratio(nd.filter((p) => p.same).length, nd.length)}; with a dual: right ${ratio(j.filter((p) => !p.noDual && p.same).length, j.length - nd.length)}`);
    const kinds = [...new Set(of.map((p) => p.kind))];
    for (const k of kinds) {
      const jk = j.filter((p) => p.kind === k);
      console.log(`   ${k}: ${of.filter((p) => p.kind === k).length} pairs, judged right ${ratio(jk.filter((p) => p.same).length, jk.length)}`);
    }
  }
  if (process.argv.includes('--list')) for (const p of withLex) console.log(`${p.aside ? 'A' : ' '} ${p.word} → ${p.base}  ${p.kind}  same=${p.same ?? '?'} lex=${p.lex} current=${p.current} noDual=${p.noDual}`);

  const held = [...readingsNow.values()].filter(Boolean).length;
  console.log(`\nEvery reading the current patterns give a text word: ${readingsNow.size} (word, singular) readings, the lexicon holds ${ratio(held, readingsNow.size)}`);

  // 2. The lexicon's verdict on judged singulars, and on guesses.
  const judged = withLex.filter((p) => p.same !== undefined);
  const right = judged.filter((p) => p.same);
  const wrong = judged.filter((p) => !p.same);
  console.log(`\n2. lexicon holds the singular: right pairs ${ratio(right.filter((p) => p.lex).length, right.length)}, wrong pairs ${ratio(wrong.filter((p) => p.lex).length, wrong.length)}`);
  const SOUND = [...'بتثجحخدذرزسشصضطظعغفقكلمن'];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const guesses = patterns.plurals.flatMap((p) => p.singulars.map((s) => normalizeArabic(s))).filter((s, i, all) => all.indexOf(s) === i);
  let fills = 0;
  let tried = 0;
  for (const s of guesses)
    for (let k = 0; k < 200; k++) {
      const root = new Map(['1', '2', '3', '4'].map((d) => [d, SOUND[Math.floor(rand() * SOUND.length)]]));
      tried++;
      if (inLexicon([...s].map((c) => root.get(c) ?? c).join(''))) fills++;
    }
  console.log(`   random sound roots filled into the ${guesses.length} singular templates (200 each): ${ratio(fills, tried)} are lexicon words`);

  // 2b. The reverse reading the lexicon would make possible: a page SINGULAR given the keys of the plurals
  // each pattern writes for it, kept only when the lexicon holds the plural (a reader typing «الأقلام» finds
  // a page with only «قلم»). A plural no word is dropped; the question is how many real words that are no
  // plural of this singular remain. Every text stem of no family and no name, each pattern, each singular template.
  const SOUND_ROOT = new Set(SOUND);
  const reverse = new Map<string, { word: string; plural: string; kind: string; lex: boolean }>();
  for (const stem of counts.keys()) {
    if (ctx.families.has(stem) || ctx.known.has(stem)) continue;
    for (const r of readers)
      for (const tpl of r.alone.plurals[0].singulars) {
        const root = rootOf(stem, tpl);
        if (!root || ![...root.values()].every((l) => SOUND_ROOT.has(l))) continue;
        const plural = fill(r.alone.plurals[0].plural, root);
        if (plural === stem || !pluralReadings(plural, r.alone).includes(stem)) continue;
        reverse.set(`${stem}|${plural}`, { word: stem, plural, kind: r.kind, lex: inLexicon(plural) });
      }
  }
  const rev = [...reverse.values()];
  const revHeld = rev.filter((p) => p.lex);
  const words = new Set(rev.map((p) => p.word)).size;
  console.log(`\n2b. reverse readings (a singular of the text → the plurals its patterns write): ${rev.length} for ${words} stems; the lexicon holds ${ratio(revHeld.length, rev.length)}, ${(revHeld.length / Math.max(1, new Set(revHeld.map((p) => p.word)).size)).toFixed(2)} per stem that keeps any`);
  const revLabels = new Map((parse(readFileSync(LABELS, 'utf8')) as Array<{ word: string; base: string; same: boolean }>).map((l) => [`${l.base} ${l.word}`, l.same]));
  const sample = revHeld.filter((_, i) => i % Math.max(1, Math.floor(revHeld.length / 90)) === 0).slice(0, 90);
  for (const [title, of] of [['tuning two thirds', sample.filter((_, i) => i % 3 !== 2)], ['aside third', sample.filter((_, i) => i % 3 === 2)]] as const) {
    const j = of.filter((p) => revLabels.has(`${p.word} ${p.plural}`));
    console.log(`   a sample of the held ones, ${title}: ${of.length}, judged ${j.length}, right ${ratio(j.filter((p) => revLabels.get(`${p.word} ${p.plural}`)).length, j.length)}`);
  }
  if (process.argv.includes('--list')) for (const [i, p] of sample.entries()) console.log(`R${i % 3 === 2 ? 'A' : 'T'} ${p.word} ⇒ ${p.plural}  ${p.kind}  same=${revLabels.get(`${p.word} ${p.plural}`) ?? '?'}`);

  // 3. The spent sets' broken-plural queries with a key pair.
  const setFiles = readdirSync(SETS_DIR).filter((f) => /^queries-meaning.*\.ya?ml$/.test(f));
  type Query = { q: string; kind: string; relevant: string[]; key?: string[] };
  const rows: Array<{ set: string; q: string; alone: boolean; lex: boolean; current: boolean }> = [];
  const reverseRows: string[] = [];
  const pageText = (slug: string) => {
    const f = path.join(SETS_DIR, 'articles', `${slug}.mdx`);
    try {
      return readFileSync(f, 'utf8');
    } catch {
      return '';
    }
  };
  for (const f of setFiles) {
    const set = f.replace(/^queries-meaning-?|\.ya?ml$/g, '') || 'dev';
    for (const q of parse(readFileSync(path.join(SETS_DIR, f), 'utf8')) as Query[]) {
      if (q.kind !== 'broken-plural' || q.key?.length !== 2) continue;
      const [asked, written] = q.key.map((w) => normalizeArabic(w));
      const target = searchStem(asked, ctx.known);
      const want = new Set([target, ctx.families.get(target) ?? target]);
      // The page word in its context: the first token of a relevant page whose stem is the key's page word.
      const wstem = searchStem(written, ctx.known);
      let surface = written;
      let next: string | undefined;
      let prev: string | undefined;
      for (const slug of q.relevant) {
        const toks = tokenize(pageText(slug));
        const i = toks.findIndex((t) => t.type === 'ar' && searchStem(t.norm, ctx.known) === wstem);
        if (i < 0) continue;
        [surface, next, prev] = [toks[i].text, toks[i + 1]?.type === 'ar' ? toks[i + 1].norm : undefined, toks[i - 1]?.type === 'ar' ? toks[i - 1].norm : undefined];
        break;
      }
      const norm = normalizeArabic(surface);
      const reading = (pick: 'alone' | 'current') =>
        readers.flatMap((r) => steps(norm).flatMap((s) => pluralReadings(s, r[pick], surface, next, prev))).filter((x) => want.has(searchStem(x, ctx.known)) || want.has(ctx.families.get(searchStem(x, ctx.known)) ?? ''));
      // The reverse: the asked word read as a plural gives the page word (the page holds only the singular).
      const reverseReach = readers.some((r) => steps(asked).flatMap((s) => pluralReadings(s, r.alone)).some((x) => searchStem(x, ctx.known) === wstem));
      if (reverseReach) reverseRows.push(`${set}: ${q.q}${inLexicon(asked) ? '' : ' (not in the lexicon)'}`);
      const alone = reading('alone');
      rows.push({ set, q: q.q, alone: alone.length > 0, lex: alone.some(inLexicon), current: reading('current').length > 0 });
    }
  }
  console.log(`\n3. broken-plural queries with a key pair over ${new Set(rows.map((r) => r.set)).size} sets: ${rows.length}`);
  const sum = (xs: typeof rows) => `alone ${xs.filter((r) => r.alone).length}, lexicon-gated ${xs.filter((r) => r.lex).length}, current ${xs.filter((r) => r.current).length} of ${xs.length}`;
  console.log(`   reached by a pattern: ${sum(rows)}`);
  const unlocked = rows.filter((r) => r.lex && !r.current);
  console.log(`   read by a pattern alone and the lexicon but not now (what lifting the gates under the lexicon adds): ${unlocked.length}`);
  for (const r of unlocked) console.log(`     ${r.set}: ${r.q}`);
  console.log(`   the page holds the singular, the query a plural a pattern reads as it (the reverse reading would reach): ${reverseRows.length}${reverseRows.map((r) => `\n     ${r}`).join('')}`);
  // The queries of a search-quality report (--misses FILE, scripts/search-quality.ts --json) that missed a
  // relevant page, and which of them the lifted gates or the reverse reading reach.
  const mi = process.argv.indexOf('--misses');
  if (mi > 0 && process.argv[mi + 1]) {
    type Row = { q: string; kind: string; relevant: string[]; keyed: string[] };
    const report = JSON.parse(readFileSync(process.argv[mi + 1], 'utf8')) as Record<string, { rows?: Row[] }>;
    const missed = Object.entries(report).flatMap(([set, r]) => (r.rows ?? []).filter((x) => x.kind === 'broken-plural' && x.relevant.some((p) => !x.keyed.slice(0, 10).includes(p))).map((x) => `${set}: ${x.q}`));
    const lifted = new Set(unlocked.map((r) => `${r.set}: ${r.q}`));
    const rev = new Set(reverseRows.map((r) => r.replace(/ \(not in the lexicon\)$/, '')));
    const reached = missed.filter((m) => lifted.has(m.replace(/-held:/, ':')) || rev.has(m.replace(/-held:/, ':')));
    console.log(`   broken-plural queries missing a relevant page in ${process.argv[mi + 1]}: ${missed.length}; reached by the lifted gates or the reverse reading: ${reached.length}${reached.map((m) => `\n     ${m}`).join('')}`);
  }
  const lost = rows.filter((r) => r.current && !r.lex);
  console.log(`   read now but not by the lexicon-gated pattern: ${lost.length}${lost.map((r) => `\n     ${r.set}: ${r.q}`).join('')}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
