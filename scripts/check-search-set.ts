// Checks a held-out search set before it is scored (tests/fixtures/search/README.md): every slug
// exists; in the concept, nisba, derivation and broken-plural classes the FIRST listed page lacks
// some query word; no page holds every word of a partial query; a precision query's relevant
// pages hold its word and its irrelevant pages do not. "Holds" is literal: the word's stemWord
// (normalisation and clitics, no curated data) among the page's. With --complete (aside11 on), a
// precision query is labelled completely: every page of the corpus that holds its word is listed,
// as relevant or as `otherSense` (the word in another sense). Prints no search result.
// Usage: npx tsx scripts/check-search-set.ts aside11 [--complete]
import { loadQueries, qualityCorpus, type QuerySet } from '../tests/fixtures/search/harness';
import { stemWord } from '../src/lib/search/keys';

const SHORT = 2; // function words (في، من، عن…) are two letters or fewer once stemmed, or listed here
const FUNCTION = new Set(['في', 'من', 'على', 'الى', 'عن', 'مع', 'بعد', 'قبل', 'عبر', 'بين', 'امام', 'بسبب']);
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => stemWord(w)).filter((s) => s.length > SHORT && !FUNCTION.has(s));

async function main() {
  const set = (process.argv[2] ?? 'aside11') as QuerySet;
  const complete = process.argv.includes('--complete');
  const { articles } = await qualityCorpus();
  const pages = new Map(articles.map((a) => [a.slug, new Set(words([a.title, ...a.paragraphs].join(' ')))]));
  const problems: string[] = [];
  for (const q of loadQueries(set)) {
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
  for (const q of loadQueries(set)) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
  console.log(set, [...kinds].map(([k, n]) => `${k} ${n}`).join(', '));
  console.log(problems.length ? problems.join('\n') : 'no problems');
  process.exitCode = problems.length ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
