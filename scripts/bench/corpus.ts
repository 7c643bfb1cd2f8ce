// File-system side of the generator: loads the actor/topic dictionary the site uses
// (content/actors.yaml, content/topics.yaml, falling back to vocab.ts while those are
// being written) and writes the generated raw pages into the bench workdir.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { createContext, generatePage, type BenchDictionary } from './generate';
import { hash32 } from './prng';
import { FALLBACK_ACTORS, FALLBACK_TOPICS, type BenchActor, type BenchTopic } from './vocab';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

/** Reads a YAML list (top-level array, or under `key`); undefined when absent or unreadable. */
function readYamlList(file: string, key: string): Record<string, unknown>[] | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const doc = parse(readFileSync(file, 'utf8')) as unknown;
    const list = Array.isArray(doc) ? doc : (doc as Record<string, unknown> | null)?.[key];
    return Array.isArray(list) ? (list as Record<string, unknown>[]) : undefined;
  } catch {
    return undefined;
  }
}

export interface LoadedDictionary extends BenchDictionary {
  /** Where actors/topics came from, and a hash, so a report says which dictionary it used. */
  origin: { actors: string; topics: string; hash: string };
}

export function loadBenchDictionary(root: string): LoadedDictionary {
  const actorRows = readYamlList(path.join(root, 'content/actors.yaml'), 'actors');
  const actors: BenchActor[] = (actorRows ?? [])
    .filter((r) => typeof r.id === 'string' && typeof r.name === 'string' && ['person', 'country', 'organization'].includes(r.type as string))
    .map((r) => ({
      id: r.id as string,
      type: r.type as BenchActor['type'],
      name: r.name as string,
      aliases: strings(r.aliases),
      short: strings(r.short),
      nisba: strings(r.nisba),
      capitals: strings(r.capitals),
    }));
  const topicRows = readYamlList(path.join(root, 'content/topics.yaml'), 'topics');
  const topics: BenchTopic[] = (topicRows ?? [])
    .filter((r) => typeof r.id === 'string')
    .map((r) => ({ id: r.id as string, phrases: strings(r.phrases) }))
    .filter((t) => t.phrases.length > 0);
  const useActors = actors.length >= 5 ? actors : FALLBACK_ACTORS;
  const useTopics = topics.length >= 3 ? topics : FALLBACK_TOPICS;
  return {
    actors: useActors,
    topics: useTopics,
    origin: {
      actors: useActors === actors ? `content/actors.yaml (${actors.length})` : `built-in fallback (${FALLBACK_ACTORS.length})`,
      topics: useTopics === topics ? `content/topics.yaml (${topics.length})` : `built-in fallback (${FALLBACK_TOPICS.length})`,
      hash: hash32(JSON.stringify([useActors, useTopics])).toString(16),
    },
  };
}

export interface WriteResult {
  files: string[];
  words: number;
  bytes: number;
}

/** Writes pages [start, start + count) of the corpus `seed` into dir; `dateLine` fixes every page's date line. */
export async function writeCorpus(dir: string, opts: { seed: string; start?: number; count: number; dict: BenchDictionary; dateLine?: string }): Promise<WriteResult> {
  await mkdir(dir, { recursive: true });
  const ctx = createContext(opts.seed, opts.dict);
  const start = opts.start ?? 0;
  const result: WriteResult = { files: [], words: 0, bytes: 0 };
  const batch: Promise<void>[] = [];
  for (let i = start; i < start + opts.count; i++) {
    const page = generatePage(ctx, i, undefined, opts.dateLine);
    result.files.push(page.name);
    result.words += page.words;
    result.bytes += Buffer.byteLength(page.text);
    batch.push(writeFile(path.join(dir, page.name), page.text));
    if (batch.length >= 256) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  return result;
}
