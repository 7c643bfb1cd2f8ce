// The common plurals' lookup (commonPlurals.ts, session 44, 15s): a typed word's pairs are found by stemming only the
// list's forms that can stem to the word, with the page's context as it is when the plan runs. On the repository's
// curated list and data as the index ships them: the same readings as the whole list stemmed with the whole context,
// for every form of the list; a cold page reads a few word buckets for a plain word, not the list's ~280; and a
// page's second plan is the whole context's plan whatever its first plan had loaded.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActorList } from '../../indexer/read';
import { loadSearchVocabularyBeside } from '../data/search';
import { buildContextJson, contextFromJson, splitContextJson } from './context';
import { keyTokens, planQuery, type KeyContext } from './keys';
import { commonPluralReadings, type CommonPlural } from './commonPlurals';
import { BucketedWords, bucketLoader, firstReads, settle, MANY_BUCKETS } from './bucketedContext';
import { bucketWords, type WordBucketJson } from './wordBuckets';

const actors = await loadActorList(path.resolve('content/actors.yaml'));
const vocabulary = loadSearchVocabularyBeside(path.resolve('content/actors.yaml'));
const { planning } = splitContextJson(buildContextJson(actors, vocabulary));
// The list as src/indexer/write.ts ships it (queryForms.common).
planning.queryForms = { ...planning.queryForms, common: vocabulary.patterns?.corpusPlurals?.queryCommonPlurals ?? [] };
const whole = contextFromJson(planning);
const pairs = (whole.queryForms?.common ?? []) as readonly CommonPlural[];
const { main, buckets } = bucketWords(planning);
const files = new Map([...buckets].map(([b, json]) => [b, JSON.parse(JSON.stringify(json)) as WordBucketJson]));

/** The list as it was read before: every form stemmed with the whole context, one table by stem (built once). */
const table = new Map<string, Array<{ form: string; homograph: boolean }>>();
const add = (from: string, form: string, homograph: boolean) => {
  const stem = keyTokens(from, whole)[0]?.stem;
  if (!stem) return;
  const list = table.get(stem) ?? [];
  if (!list.some((x) => x.form === form)) list.push({ form, homograph });
  table.set(stem, list);
};
for (const [s, p, h] of pairs) {
  add(s, p, h === 1);
  add(p, s, h === 1);
}

/** A typed word's readings from that table (commonPluralReadings as it was). */
function reference(word: string, ctx: KeyContext): { keys: string[]; homograph: boolean } | null {
  const t = keyTokens(word, ctx)[0];
  const others = table.get(t.stem);
  if (!others) return null;
  const ask = (k: ReturnType<typeof keyTokens>[number]) => (k.ownPlural ? k.key : (k.familyKey ?? k.key));
  const own = new Set([t.key, ask(t), ...(t.familyKey ? [t.familyKey] : [])]);
  const keys: string[] = [];
  let homograph = false;
  for (const o of others) {
    const k = keyTokens(o.form, ctx)[0];
    if (!k || own.has(ask(k)) || keys.includes(ask(k))) continue;
    keys.push(ask(k));
    homograph ||= o.homograph;
  }
  return keys.length ? { keys: keys.slice(0, 2), homograph } : null;
}

/** A cold page: nothing loaded, each bucket fetched from `files` (counted). */
function coldPage() {
  const words = new BucketedWords(JSON.parse(JSON.stringify(main)) as typeof main);
  const fetched: string[] = [];
  const load = bucketLoader(words, async (b) => {
    fetched.push(b);
    return files.get(b) ?? null;
  });
  return { words, fetched, load };
}

describe('the common plurals, looked up by the typed word', () => {
  it('reads every form of the list as the whole list stemmed with the whole context does', () => {
    expect(pairs.length).toBeGreaterThan(100);
    const forms = [...new Set(pairs.flatMap(([s, p]) => [s, p]))];
    // With the clitic letters and the article before them: the stem, not the form, finds the pair.
    const typed = forms.flatMap((f) => [f, `و${f}`, `ال${f}`, `بال${f}`]);
    const differing = typed.filter((w) => JSON.stringify(commonPluralReadings(keyTokens(w, whole)[0], whole)) !== JSON.stringify(reference(w, whole)));
    expect(differing).toEqual([]);
    expect(typed.filter((w) => reference(w, whole)).length).toBeGreaterThan(forms.length);
  });

  it('reads a few word buckets for a plain word on a cold page, not the whole list', async () => {
    for (const q of ['أسعار النفط', 'هدنة', 'ثمن الجمل']) {
      const { words, fetched, load } = coldPage();
      const plan = (ctx: KeyContext) => planQuery(q, ctx);
      for (const b of firstReads(plan)) words.add(b, files.get(b) ?? null);
      // The first run, before any other bucket: the run that fetched kb-words/all.json (> MANY_BUCKETS missed).
      expect(words.run(plan).missed.length, q).toBeLessThanOrEqual(MANY_BUCKETS);
      expect(await settle(words, plan, load), q).toEqual(planQuery(q, whole));
      expect(fetched.length, q).toBeLessThanOrEqual(MANY_BUCKETS);
    }
  });

  it("gives a page's later plans the whole context's readings, whatever its first plan had loaded", async () => {
    const { words, load } = coldPage();
    const plans = (q: string) => (ctx: KeyContext) => JSON.stringify([planQuery(q, ctx), planQuery(q, ctx, { prefixLast: true })]);
    // The first plan's first run is made with nothing loaded (kb-search.json in before the query's bucket).
    words.run(plans('مخبزة'));
    const forms = [...new Set(pairs.flatMap(([s, p]) => [s, p]))].slice(0, 120);
    const differing: string[] = [];
    for (const f of forms) if ((await settle(words, plans(f), load)) !== plans(f)(whole)) differing.push(f);
    expect(differing).toEqual([]);
  });
});
