// Folding must not create names (issue 14): every dictionary spelling that another word of real
// text folds into is found, and the dictionary guards each one (Actor.needsContext).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../types';
import { loadActors } from '../data';
import { foldCollisions, wordCounts } from './fold-check';

const root = fileURLToPath(new URL('../../../', import.meta.url));
function* files(dir: string): Generator<string> {
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ya?ml|json|txt)$/.test(f)) yield p;
  }
}

describe('foldCollisions', () => {
  const truss: Actor = { id: 'liz-truss', type: 'person', name: 'ليز تراس', en: 'Liz Truss', aliases: [], short: ['تراس'] };
  it('finds a one-word spelling that another word folds into, clitics and all', () => {
    const counts = wordCounts(['وترأس الوزير الاجتماع، ثم ترأس جلسة أخرى. وقالت تراس إن…']);
    expect(foldCollisions([truss], counts)).toEqual([{ actorId: 'liz-truss', alias: 'تراس', words: [{ word: 'ترأس', count: 2 }], guarded: false }]);
    expect(foldCollisions([{ ...truss, needsContext: ['تراس'] }], counts)[0].guarded).toBe(true);
  });
  it('ignores the name written as the dictionary writes it, and spelling noise (ى، ZWNJ, a final ة)', () => {
    const zel: Actor = { id: 'z', type: 'person', name: 'فولوديمير زيلينسكي', en: 'z', aliases: [], short: ['زيلينسكي'] };
    expect(foldCollisions([zel], wordCounts(['زيلينسكي وزيلينسكى']))).toEqual([]);
    const rutte: Actor = { id: 'r', type: 'person', name: 'مارك روته', en: 'r', aliases: [], short: ['روته'] };
    expect(foldCollisions([rutte], wordCounts(['وقال روتة إن الحلف مستعد']))).toEqual([]);
    const erdogan: Actor = { id: 'e', type: 'person', name: 'رجب طيب أردوغان', en: 'e', aliases: [], short: ['أردوغان'] };
    expect(foldCollisions([erdogan], wordCounts(['أبلغ الرئيس اردوغان نظيره']))).toEqual([]);
  });
  it('reads «للأطلسي» as ل + the dictionary spelling «الأطلسي», not as a fold of «أطلسي»', () => {
    const nato: Actor = { id: 'nato', type: 'organization', name: 'حلف شمال الأطلسي', en: 'NATO', aliases: ['الأطلسي'] };
    expect(foldCollisions([nato], wordCounts(['مناورات للأطلسي في البلطيق']))).toEqual([]);
  });
  it('every spelling of content/actors.yaml that a word of the fixtures and seed pages folds into is guarded', () => {
    const texts = ['tests/fixtures', 'content/raw'].flatMap((d) => [...files(path.join(root, d))]).map((f) => readFileSync(f, 'utf8'));
    const found = foldCollisions(loadActors(path.join(root, 'content/actors.yaml')), wordCounts(texts));
    expect(found.map((c) => c.alias)).toContain('تراس');
    expect(found.filter((c) => !c.guarded)).toEqual([]);
  });
});
