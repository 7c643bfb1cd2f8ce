// throwaway (not committed): every distinct word → singular the four new plural templates give in the text
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { patternReader, pluralReadings } from '../src/lib/search/patternReadings';
import { stemSteps } from '../src/lib/search/keys';
import { tokenize } from '../src/lib/arabic/tokenize';
const voc = loadSearchVocabularyBeside('content/actors.yaml');
const all = patternReader(voc.patterns!);
const only = (p: string) => ({ ...all, plurals: all.plurals.filter((x) => x.plural === p) });
const NEW = ['123ان', '1يو3', '12ا34', '12ا3ي4'];
const files = (d: string): string[] => readdirSync(d).flatMap((n) => { const p = path.join(d, n); return statSync(p).isDirectory() ? files(p) : /\.(txt|mdx?|html?)$/.test(n) ? [p] : []; });
const seen = new Map<string, number>();
for (const f of ['content/raw', 'content/articles', 'tests/fixtures'].flatMap(files)) for (const t of tokenize(readFileSync(f, 'utf8'))) if (t.type === 'ar') seen.set(t.norm, (seen.get(t.norm) ?? 0) + 1);
for (const p of NEW) {
  const pairs: string[] = [];
  for (const [w, n] of seen) {
    const steps = stemSteps(w);
    const rs = new Set(steps.filter((s, i) => i === steps.length - 1 || !s.startsWith('ال')).flatMap((s) => pluralReadings(s, only(p), w)));
    if (rs.size) pairs.push(`${w}(${n})→${[...rs].join('/')}`);
  }
  console.log(`\n${p}: ${pairs.length}\n${pairs.join('  ')}`);
}
