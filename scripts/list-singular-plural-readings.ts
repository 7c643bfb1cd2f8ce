// Lists every page word the twentieth pass's singular → plural reading fires on (src/lib/search/indexKeys.ts:
// a listed singular of content/search-plurals.yaml in a noun's place, not in ambiguousSingulars), one TSV line
// each: singular, the plurals whose key it carries, the page, the words around it — for judging a sample by
// hand (docs/search.md «Twentieth pass»: `… | shuf -n 40` judged 35 of 40 same-sense). The gl-* pages (dev20f) are
// left out. Usage: npx tsx scripts/list-singular-plural-readings.ts > /tmp/fires.tsv
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadActorList } from '../src/indexer/read';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { buildContextJson, contextFromJson } from '../src/lib/search/context';
import { patternReader } from '../src/lib/search/patternReadings';
import { keyTokens } from '../src/lib/search/keyTokens';
import { nounPlace } from '../src/lib/search/indexKeys';
import { searchStem } from '../src/lib/search/stems';
function files(dir: string): string[] { return readdirSync(dir).flatMap((n) => { const p = path.join(dir, n); return statSync(p).isDirectory() ? files(p) : /\.mdx$/.test(n) ? [p] : []; }); }
async function main() {
  const actors = await loadActorList(path.resolve('content/actors.yaml'));
  const v = loadSearchVocabularyBeside(path.resolve('content/actors.yaml'));
  const ctx = { ...contextFromJson(buildContextJson(actors, v)), patterns: patternReader(v.patterns!) };
  const rows: string[] = [];
  for (const f of [...files('content/articles'), ...files('tests/fixtures/search/articles')]) {
    if (/\/gl-/.test(f)) continue;
    const toks = keyTokens(readFileSync(f, 'utf8').replace(/^---[\s\S]*?---/, ''), ctx);
    toks.forEach((t, i) => {
      if (t.token.type !== 'ar') return;
      const singular = t.stem.length === 4 && t.stem.startsWith('ال') ? t.stem.slice(2) : t.stem;
      const plurals = ctx.patterns.singularPlurals?.get(singular);
      const prev = toks[i - 1]?.token.type === 'ar' ? toks[i - 1].token.norm : undefined;
      if (!plurals || !nounPlace(t.token.norm, singular, prev, ctx.patterns.nounAfter)) return;
      const ps = plurals.filter((p) => searchStem(p, ctx.known) === p);
      if (!ps.length) return;
      rows.push([singular, ps.join('/'), path.basename(f), toks.slice(Math.max(0, i - 3), i + 4).map((x) => x.token.text).join(' ')].join('\t'));
    });
  }
  console.log(rows.join('\n'));
}
main();
