// The corpus cache's files: a build that computed a few results rewrites only their buckets,
// the others are moved as they are, and the folder holds the same bytes as a save that writes
// every file (removed entries go, damaged lines are written again).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyOf } from '../lib/corpus/cache';
import { loadCorpusCache, saveCorpusCache } from './corpusCacheFiles';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = () => { const d = mkdtempSync(path.join(tmpdir(), 'corpus-cache-')); dirs.push(d); return path.join(d, 'corpus'); };
const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
const inodes = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, statSync(path.join(dir, f)).ino]));

// `linkMentions` is read on demand (its entries kept as bytes): its values hold Arabic text,
// so a byte offset that is not a character's would show as a difference.
const STAGES = ['link', 'linkMentions', 'topics'];
const valueOf = (stage: string, slug: string) => (stage === 'linkMentions' ? [{ actorId: 'putin', text: `بوتين «${slug}»\tقال`, sentence: 3 }] : { slug, stage });

/** A build over `slugs`: every stage's result looked up, computed on a miss. */
function build(dir: string, slugs: string[], read = true) {
  const prev = process.env.CORPUS_CACHE_READ;
  process.env.CORPUS_CACHE_READ = read ? '1' : '0';
  try {
    const { cache, files: loaded } = loadCorpusCache(dir);
    for (const stage of STAGES) for (const s of slugs) if (cache.get(stage, keyOf(stage, s)) === undefined) cache.set(stage, keyOf(stage, s), valueOf(stage, s));
    return { ...saveCorpusCache(dir, cache, loaded), hits: cache.hits };
  } finally {
    if (prev === undefined) delete process.env.CORPUS_CACHE_READ; else process.env.CORPUS_CACHE_READ = prev;
  }
}

describe('the corpus cache files', () => {
  const slugs = Array.from({ length: 2000 }, (_, i) => `article-${i}`);

  it('an update of a few articles writes only their buckets and keeps the others as they were', () => {
    const dir = folder();
    const first = build(dir, slugs);
    expect(first.kept).toBe(0);
    const before = inodes(dir);
    const grown = [...slugs, 'new-1', 'new-2'];
    const update = build(dir, grown);
    expect(update.hits).toBe(STAGES.length * slugs.length);
    expect(update.written).toBeGreaterThan(0);
    expect(update.written).toBeLessThanOrEqual(6); // two new results in each of three stages
    expect(update.kept).toBe(first.written - update.written);
    const after = inodes(dir);
    expect(Object.keys(after).filter((f) => after[f] === before[f]).length).toBe(update.kept);
    // The same bytes as a save that writes every file.
    const full = folder();
    build(full, grown, false);
    expect(files(dir)).toEqual(files(full));
  });

  it('drops a removed article\'s results and writes a damaged line again', () => {
    const dir = folder();
    build(dir, slugs);
    for (const [prefix, entry] of [['link.', /\t\{/], ['linkMentions.', /\t\[/]] as const) {
      const f = readdirSync(dir).find((n) => n.startsWith(prefix))!;
      const text = readFileSync(path.join(dir, f), 'utf8');
      writeFileSync(path.join(dir, f), text.replace(entry, '\t{broken'));
    }
    const fewer = slugs.slice(1);
    const r = build(dir, fewer);
    expect(r.hits).toBe(STAGES.length * fewer.length - 2);
    const full = folder();
    build(full, fewer, false);
    expect(files(dir)).toEqual(files(full));
  });

  it('an on-demand stage\'s entry is decoded only when its text is asked for, and is the text saved', () => {
    const dir = folder();
    build(dir, slugs.slice(0, 50));
    const { cache } = loadCorpusCache(dir);
    const decode = vi.spyOn(Buffer.prototype, 'toString');
    try {
      const texts = slugs.slice(0, 50).map((s) => cache.peek('linkMentions', keyOf('linkMentions', s)));
      expect(decode).not.toHaveBeenCalled();
      expect(texts.map((t) => JSON.parse(t!()))).toEqual(slugs.slice(0, 50).map((s) => valueOf('linkMentions', s)));
      expect(decode).toHaveBeenCalledTimes(50);
    } finally {
      decode.mockRestore();
    }
    // The other stages are read as text, as before.
    expect(cache.get('link', keyOf('link', 'article-0'))).toEqual(valueOf('link', 'article-0'));
  });
});
