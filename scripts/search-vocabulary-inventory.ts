// The news's own vocabulary, by document frequency (issue 15, thirty-second pass, session 40, 15c): the content words
// and two-word phrases of the search corpus (the bundled articles and the search fixtures' pages) and of the ingest
// fixtures' expected bodies, each keyed as the index keys a word (stemWord with the site's KeyContext), counted once a
// document, and marked with the near-synonym set or curated concept that already holds it. The sets of
// content/search-near-synonyms-news-words.yaml were written from this list's top uncovered domain words, not from
// queries (docs/search.md «Thirty-second pass»).
// Usage: npx tsx scripts/search-vocabulary-inventory.ts [--top 400] [--phrases 200] [--uncovered] [--min-df 5]
// Prints TSV: kind (word|phrase), rank, documents, key, the commonest written form, the set or concept holding it (or -).
// Ingest fixture sets named on the command line with --skip (a blind set being written) are never read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { qualityCorpus } from '../tests/fixtures/search/harness';
import { buildContextJson, contextFromJson } from '../src/lib/search/context';
import { stemWord } from '../src/lib/search/keys';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { parseNearSynonyms } from '../src/lib/data/nearSynonyms';
import { loadFunctionWords } from '../src/lib/data/load';
import { normalizeArabic } from '../src/lib/arabic/normalize';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};

/** Titles and paragraphs of the ingest fixtures' expected articles (every set folder but those skipped). */
function ingestBodies(skip: Set<string>): string[] {
  const root = 'tests/fixtures/ingest-unseen';
  const out: string[] = [];
  if (!existsSync(root)) return out;
  for (const set of readdirSync(root, { withFileTypes: true })) {
    if (!set.isDirectory() || skip.has(set.name)) continue;
    for (const f of readdirSync(path.join(root, set.name))) {
      if (!f.endsWith('.expected.json')) continue;
      try {
        const j = JSON.parse(readFileSync(path.join(root, set.name, f), 'utf8')) as { articles?: Array<{ title?: string; paragraphs?: string[] }> };
        for (const a of j.articles ?? []) out.push([a.title ?? '', ...(a.paragraphs ?? [])].join('\n'));
      } catch {
        // one unreadable fixture never stops the count
      }
    }
  }
  return out;
}

async function main() {
  const top = Number(arg('--top', '400'));
  const topPhrases = Number(arg('--phrases', '200'));
  const minDf = Number(arg('--min-df', '5'));
  const uncoveredOnly = process.argv.includes('--uncovered');
  const skip = new Set(arg('--skip', 'aside43').split(','));
  const { articles, actors } = await qualityCorpus();
  const vocabulary = loadSearchVocabularyBeside(path.resolve('content/actors.yaml'));
  const ctx = contextFromJson(buildContextJson(actors, vocabulary));
  const functionWords = new Set(loadFunctionWords().map((w) => normalizeArabic(w)));
  const docs = [...articles.map((a) => [a.title, ...a.paragraphs].join('\n')), ...ingestBodies(skip)];

  // A content word: Arabic letters, three or more once keyed, not a function word, not an actor's name (known stems).
  const key = (w: string) => {
    const n = normalizeArabic(w);
    if (n.length < 3 || functionWords.has(n) || functionWords.has(n.replace(/^[وفبل]/, ''))) return undefined;
    const k = stemWord(w, ctx);
    return k.length >= 3 && !functionWords.has(k) && !ctx.known.has(k) ? k : undefined;
  };
  const wordDf = new Map<string, number>();
  const phraseDf = new Map<string, number>();
  const written = new Map<string, Map<string, number>>();
  const note = (k: string, w: string) => {
    const m = written.get(k) ?? new Map<string, number>();
    m.set(w, (m.get(w) ?? 0) + 1);
    written.set(k, m);
  };
  for (const text of docs) {
    const words = new Set<string>();
    const phrases = new Set<string>();
    // A phrase is two content words side by side inside one clause (no punctuation between).
    for (const clause of text.split(/[.،,؛:!?؟\n«»"()]+/)) {
      const toks = clause.split(/[^\p{Script=Arabic}]+/u).filter(Boolean);
      let prev: { k: string; w: string } | undefined;
      for (const w of toks) {
        const k = key(w);
        if (k) {
          words.add(k);
          note(k, w);
          if (prev) {
            const pk = `${prev.k} ${k}`;
            phrases.add(pk);
            note(pk, `${prev.w} ${w}`);
          }
        }
        prev = k ? { k, w } : undefined;
      }
    }
    for (const k of words) wordDf.set(k, (wordDf.get(k) ?? 0) + 1);
    for (const k of phrases) phraseDf.set(k, (phraseDf.get(k) ?? 0) + 1);
  }

  // What already holds a key: a curated concept's name or phrase, a near-synonym set's word (every part read, and the
  // parts kept off, marked «off»).
  const holder = new Map<string, string>();
  const keyOf = (phrase: string) => phrase.split(/\s+/).map((w) => stemWord(w, ctx)).join(' ');
  for (const c of vocabulary.concepts) for (const n of [...c.names, ...(c.phrases ?? [])]) if (!holder.has(keyOf(n))) holder.set(keyOf(n), c.id);
  const off = 'content/search-near-synonyms-everyday.yaml';
  if (existsSync(off)) {
    for (const e of parseNearSynonyms(readFileSync(off, 'utf8'), off)) for (const w of [...e.words, ...(e.kinds ?? [])]) if (!holder.has(keyOf(w))) holder.set(keyOf(w), `${e.id} (off)`);
  }

  const commonest = (k: string) => [...(written.get(k) ?? new Map()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? k;
  const print = (kind: string, df: Map<string, number>, n: number) => {
    const rows = [...df.entries()].filter(([, d]) => d >= minDf).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    let rank = 0;
    let shown = 0;
    for (const [k, d] of rows) {
      rank++;
      const by = holder.get(k) ?? '-';
      if (uncoveredOnly && by !== '-') continue;
      console.log([kind, rank, d, k, commonest(k), by].join('\t'));
      if (++shown >= n) break;
    }
    const covered = rows.slice(0, rank).filter(([k]) => holder.has(k)).length;
    console.error(`${kind}: ${rows.length} keys on ${minDf}+ documents; of the first ${rank}, ${covered} held by a set or concept`);
  };
  console.error(`documents: ${docs.length} (${articles.length} search pages, ${docs.length - articles.length} ingest bodies)`);
  print('word', wordDf, top);
  print('phrase', phraseDf, topPhrases);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
