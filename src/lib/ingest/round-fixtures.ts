// Shared set-up of the per-round ingest tests (sixth-round.test.ts, seventh-round.test.ts …): the
// real lexicon, and a page of a labelled set read by its id. Test-only; nothing in the build imports it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBoilerplate, loadSources } from '../data/load';
import { buildLexicon } from './boilerplate';
import { extractWithEvidence } from './extract';
import { sourceIdentity } from './score';

const ROOT = fileURLToPath(new URL('../../../tests/fixtures/ingest-unseen/', import.meta.url));

/** Helpers for a round whose rules were tuned on `sets` (its spent held-out set and dev). */
export function roundFixtures(sets: string[]) {
  const sources = loadSources();
  const lex = buildLexicon(loadBoilerplate(), sources);
  const fromText = (raw: string, name = 'page.txt') => {
    const x = extractWithEvidence(raw, name, lex);
    return { article: x.articles[0], place: x.evidence[0]?.place };
  };
  const extract = (id: string) => {
    for (const set of sets) {
      const name = readdirSync(ROOT + set).find((f) => f.startsWith(`${id}-`) && f.endsWith('.txt'));
      if (name) return fromText(readFileSync(`${ROOT}${set}/${name}`, 'utf8'), name);
    }
    throw new Error(`no fixture page ${id}`);
  };
  /** A labelled page by its id: its extraction with the evidence, and its first article's labels. */
  const labelled = (id: string) => {
    for (const set of sets) {
      const name = readdirSync(ROOT + set).find((f) => f.startsWith(`${id}-`) && f.endsWith('.txt'));
      if (!name) continue;
      const extraction = extractWithEvidence(readFileSync(`${ROOT}${set}/${name}`, 'utf8'), name, lex);
      const expected = JSON.parse(readFileSync(`${ROOT}${set}/${name.replace(/\.txt$/, '.expected.json')}`, 'utf8')).articles[0];
      return { extraction, expected };
    }
    throw new Error(`no fixture page ${id}`);
  };
  const idOf = (name: string | undefined) => sourceIdentity(name, sources, lex.sourceAffixes);
  const page = (...lines: string[]) => lines.join('\n');
  /** The outlet field's evidence (value, rule, confidence, runner-up) for a page's first article. */
  const outletEvidence = (raw: string) => extractWithEvidence(raw, 'page.txt', lex).evidence[0].fields.find((f) => f.field === 'outlet');
  return { sources, lex, fromText, extract, labelled, idOf, page, outletEvidence };
}
