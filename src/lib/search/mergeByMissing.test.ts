// Session 40, at the merge: a page a reading finds for one word of a long query lacks the others; it follows the
// partial matches lacking fewer of the typed words and goes ahead of those lacking as many or more.
import { describe, expect, it } from 'vitest';
import { mergeByMissing } from './tiers';

const hit = (id: string, missing: string[]) => ({ id, missing });

describe('mergeByMissing', () => {
  it('a reading’s page lacking three words follows the page lacking one, ahead of one lacking three', () => {
    const read = [hit('lavrov', ['والتز', 'هدنة', 'الرياض'])];
    const partial = [hit('waltz', ['يرفض']), hit('truce', ['والتز', 'يرفض', 'الرياض'])];
    expect(mergeByMissing(read, partial).map((h) => h.id)).toEqual(['waltz', 'lavrov', 'truce']);
  });
  it('of two words, as before: the reading’s page first on a tie', () => {
    const read = [hit('town-adjective', ['باعة'])];
    const partial = [hit('town', ['باعة'])];
    expect(mergeByMissing(read, partial).map((h) => h.id)).toEqual(['town-adjective', 'town']);
  });
  it('keeps both lists’ own order and loses nothing', () => {
    const read = [hit('r1', ['a', 'b']), hit('r2', ['a', 'b'])];
    const partial = [hit('p1', ['a']), hit('p2', ['c'])];
    expect(mergeByMissing(read, partial).map((h) => h.id)).toEqual(['p1', 'p2', 'r1', 'r2']);
  });
});
