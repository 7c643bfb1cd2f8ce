import { qualityCorpus } from './tests/fixtures/search/harness';
import { stemWord } from './src/lib/search/keys';
const words = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => stemWord(w));
const { articles } = await qualityCorpus(process.argv[2] === "-" ? undefined : process.argv[2]);
for (const q of process.argv.slice(3)) {
  const qw = words(q);
  const hold = articles.filter((a) => { const s = new Set(words([a.title, ...a.paragraphs].join(' '))); return qw.every((w) => s.has(w)); }).map((a) => a.slug);
  console.log(q, hold.length, hold.join(" "));
}
