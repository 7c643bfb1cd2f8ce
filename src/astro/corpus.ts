// Astro side of the corpus: reads the content collection and the curated data once per
// build and hands them to the pure buildCorpus(). Pages import getCorpus() and only render.
import { getCollection } from 'astro:content';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from '../lib/corpus/buildCorpus';
import type { Corpus } from '../lib/corpus/types';
import type { ArticleDoc } from '../lib/types';
import { loadCuratedData } from '../lib/data/load';
import { overrideProblemMessage } from '../lib/entities/overrides';

const ARTICLES_DIR = process.env.ARTICLES_DIR || 'content/articles';

let corpus: Promise<Corpus> | undefined;

// The discovered people are candidates for the actor dictionary: list them for the editor.
function writeBuildReport(c: Corpus) {
  const report = {
    articles: c.articles.length,
    actors: c.actors.size,
    discovered: c.candidates.filter((x) => x.strong).length,
    candidates: c.candidates,
    overrideProblems: c.overrideProblems.map((p) => ({ ...p, file: path.join(ARTICLES_DIR, p.file) })),
    // Names read as a new spelling of a dictionary person: confirm, or add as an alias.
    spellingMerges: c.spellingMerges,
  };
  mkdirSync('.cache', { recursive: true });
  writeFileSync('.cache/build-report.json', JSON.stringify(report, null, 1));
  // An unknown id in an article's overrides is an error in the log, naming file, field and id.
  for (const p of c.overrideProblems) console.error(`error: ${overrideProblemMessage({ ...p, file: path.join(ARTICLES_DIR, p.file) })}`);
  const strong = c.candidates.filter((x) => x.strong).map((x) => x.name);
  if (strong.length) {
    console.log(`discovered people not in content/actors.yaml (${strong.length}): ${strong.slice(0, 20).join('، ')} — see .cache/build-report.json`);
  }
  if (c.spellingMerges.length) {
    console.log(`new spellings joined to known people (${c.spellingMerges.length}): ${c.spellingMerges.slice(0, 10).map((m) => `${m.name} → ${m.actorId}`).join('، ')} — confirm in .cache/build-report.json`);
  }
}

export function getCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const entries = await getCollection('articles');
    const articles: ArticleDoc[] = entries.map((e) => ({ slug: e.id, ...e.data }));
    const built = buildCorpus({ articles, ...loadCuratedData() });
    writeBuildReport(built);
    return built;
  })();
  return corpus;
}
