// The labelled articles (tests/fixtures/entities-labelled/) as the topic model's training and
// cross-validation data: shared by scripts/train-topics.ts and scripts/cv-topics.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { TopicId } from '../src/lib/types';
import type { TrainingArticle } from '../src/lib/topics/train';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'tests/fixtures/entities-labelled');

/** Parts a–w, y, z and ab: every dev part and every spent aside (q-aside since session 45; r-aside, an aside
 * alone, spent at the merge of session 45 and trained on from session 46; u-aside, an aside alone, and
 * w-aside, spent at the merge of session 46 and trained on from session 47). Held out (dev split only):
 * s-aside and t-aside (session 45's own asides), v-aside (session 46, helper 10t), y-aside (session 47,
 * helper 10t: six outlet styles of its own, written with y-dev before any change), z-aside (session 47 at the
 * merge, helper 10m) and ab-aside (session 48, helper 10t, written with ab-dev before any change; z-dev and
 * ab-dev trained on from session 48). Part x (session 47, helper 10w) was that round's blind set, an aside
 * alone like u: spent, but not trained on yet.
 * Part aa (session 48, helper 10w) was session 48's blind set, an aside alone like x: spent at its merge (10m), not trained on yet.
 * Part ac (session 49, helper 10w) was session 49's blind set, an aside alone: spent at its merge (10m), not trained on yet.
 * ad-aside (session 49, helper 10t, written with ad-dev before any change) is held out like ab-aside, and af-aside
 * (session 50, helper 10s) like them.
 * Part ae (session 50, helper 10w) was session 50's blind set, an aside alone: spent at its merge (10m), not trained on yet. */
export const TRAINING_PARTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'y', 'z', 'ab'];
/** Parts whose aside split is held out: only their dev split is read for training or CV. */
export const HELD_OUT_ASIDES = new Set(['s', 't', 'v', 'x', 'y', 'z', 'ab', 'aa', 'ac', 'ad', 'ae', 'af']);

export interface LabelledTopics extends TrainingArticle {
  id: string;
  part: string;
}

export function readPart(part: string, split: 'dev' | 'aside'): LabelledTopics[] {
  const file = path.join(DIR, `${part}-${split}.yaml`);
  // A part may have one split only (r is an aside alone).
  if (!existsSync(file)) return [];
  const data = parse(readFileSync(file, 'utf8')) as Array<{ id: string; title: string; paragraphs: string[]; topics: { main: TopicId[]; mentioned?: TopicId[] | null } }>;
  return data.map((a) => ({ id: a.id, part, title: a.title, paragraphs: a.paragraphs, main: a.topics.main, mentioned: a.topics.mentioned ?? [] }));
}

/** Both splits of each part (the dev split alone of a part whose aside is held out), in file order. */
export const readParts = (parts: string[]) => parts.flatMap((p) => [...readPart(p, 'dev'), ...(HELD_OUT_ASIDES.has(p) ? [] : readPart(p, 'aside'))]);
