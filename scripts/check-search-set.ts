// Checks a held-out search set before it is scored (tests/fixtures/search/README.md): every slug
// exists; in the concept, nisba, derivation and broken-plural classes the FIRST listed page lacks
// some query word; no page holds every word of a partial query; a precision query's relevant
// pages hold its word and its irrelevant pages do not. "Holds" is literal: the word's stemWord
// (normalisation and clitics, no curated data) among the page's. With --complete (aside11 on), a
// precision query is labelled completely: every page of the corpus that holds its word is listed,
// as relevant or as `otherSense` (the word in another sense). With --novel (aside12 on), counts per
// class the queries none of whose key words (`key`, else the query's words but actor names) is written
// in the curated search data (content/search-*.yaml, word-forms.yaml, topics.yaml; for a nisba also
// content/actors.yaml). Prints no search result.
// Usage: npx tsx scripts/check-search-set.ts aside12 [--complete] [--novel] [--dir DIR] (DIR: another corpus, as in
// scripts/search-quality.ts --dir)
import { readFileSync } from 'node:fs';
import { loadQueries, qualityCorpus, type QuerySet } from '../tests/fixtures/search/harness';
import { stemWord } from '../src/lib/search/keys';

const CURATED = ['content/search-forms.yaml', 'content/search-synonyms.yaml', 'content/word-forms.yaml', 'content/topics.yaml'];

const SHORT = 2; // function words (في، من، عن…) are two letters or fewer once stemmed, or listed here
const FUNCTION = new Set(['في', 'من', 'على', 'الى', 'عن', 'مع', 'بعد', 'قبل', 'عبر', 'بين', 'امام', 'بسبب']);
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => stemWord(w)).filter((s) => s.length > SHORT && !FUNCTION.has(s));

async function main() {
  const set = (process.argv[2] ?? 'aside12') as QuerySet;
  const d = process.argv.indexOf('--dir');
  const dir = d > 0 ? process.argv[d + 1] : undefined;
  const complete = process.argv.includes('--complete');
  const novel = process.argv.includes('--novel');
  const { articles } = await qualityCorpus(dir);
  const pages = new Map(articles.map((a) => [a.slug, new Set(words([a.title, ...a.paragraphs].join(' ')))]));
  const problems: string[] = [];
  for (const q of loadQueries(set, dir)) {
    const qw = words(q.q);
    for (const s of [...q.relevant, ...(q.irrelevant ?? [])]) if (!pages.has(s)) problems.push(`${q.q}: no page ${s}`);
    const holds = (slug: string) => qw.every((w) => pages.get(slug)?.has(w));
    if (['concept', 'nisba', 'derivation', 'broken-plural'].includes(q.kind) && holds(q.relevant[0])) problems.push(`${q.q}: ${q.relevant[0]} holds every word`);
    if (q.kind === 'partial') for (const [slug] of pages) if (holds(slug)) problems.push(`${q.q}: ${slug} holds every word`);
    if (q.kind === 'precision') {
      for (const s of q.relevant) if (!holds(s)) problems.push(`${q.q}: relevant ${s} lacks the word`);
      for (const s of q.irrelevant ?? []) if (qw.some((w) => pages.get(s)?.has(w))) problems.push(`${q.q}: irrelevant ${s} holds the word`);
      for (const s of q.otherSense ?? []) if (!holds(s)) problems.push(`${q.q}: otherSense ${s} lacks the word`);
      if (complete) {
        const listed = new Set([...q.relevant, ...(q.otherSense ?? [])]);
        for (const [slug] of pages) if (holds(slug) && !listed.has(slug)) problems.push(`${q.q}: ${slug} holds the word, unlabelled`);
      }
    }
  }
  const kinds = new Map<string, number>();
  for (const q of loadQueries(set, dir)) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
  console.log(set, [...kinds].map(([k, n]) => `${k} ${n}`).join(', '));
  if (novel) {
    // A query is new when none of its key words (`key`: the pair its class tests, or the page's
    // wording of a concept; else its own words, names aside) is written in the curated data —
    // comments included: a word named there is not new. For a nisba the actors' names count as data.
    const curatedText = CURATED.map((f) => ` ${words(readFileSync(f, 'utf8')).join(' ')} `);
    const curated = new Set(curatedText.flatMap((t) => t.split(' ')));
    const names = new Set(words(readFileSync('content/actors.yaml', 'utf8')));
    // A key is a word or a phrase (a concept's wording): a phrase is in the data when its words are,
    // in a row.
    const inData = (key: string) => {
      const ws = words(key);
      return ws.length > 1 ? curatedText.some((t) => t.includes(` ${ws.join(' ')} `)) : ws.some((w) => curated.has(w));
    };
    const counts = new Map<string, [number, number]>();
    for (const q of loadQueries(set, dir)) {
      const keys = q.key ?? words(q.q).filter((w) => !names.has(w));
      const fresh = keys.every((k) => !inData(k) && !(q.kind === 'nisba' && words(k).some((w) => names.has(w))));
      const [n, total] = counts.get(q.kind) ?? [0, 0];
      counts.set(q.kind, [n + (fresh ? 1 : 0), total + 1]);
    }
    console.log('no key word in the curated data:', [...counts].map(([k, [n, t]]) => `${k} ${n}/${t}`).join(', '));
  }
  console.log(problems.length ? problems.join('\n') : 'no problems');
  process.exitCode = problems.length ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
