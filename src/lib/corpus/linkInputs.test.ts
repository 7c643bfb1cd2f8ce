// The key of an article's linking names only the discovered people whose words the article
// holds (linkInputs.ts): a person found elsewhere leaves it alone, one it names changes it.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../types';
import { ExtraActorIndex } from './linkInputs';

const person = (id: string, name: string, extra: Partial<Actor> = {}): Actor => ({ id, type: 'person', name, en: id, aliases: [], discovered: true, ...extra });
const ryzhenkov = person('discovered-ryzhenkov', 'ماكسيم ريجينكوف', { short: ['ريجينكوف'] });
const other = person('discovered-other', 'يوهان فاديفول', { short: ['فاديفول'] });
const article = (text: string) => ({ title: 'محادثات في مينسك', paragraphs: ['وصل الوفد إلى مينسك صباح اليوم.', text] });

describe('which discovered people an article can reach', () => {
  it('a person the article does not name does not change its key', () => {
    const doc = article('وقال الوزير إن بلاده تدعم المحادثات.');
    expect(new ExtraActorIndex([other]).keyFor(doc)).toBe('');
    expect(new ExtraActorIndex([other, ryzhenkov]).keyFor(doc)).toBe('');
  });

  it('a person it names, with a clitic or by family name alone, does', () => {
    for (const text of ['وقال ريجينكوف إن بلاده تدعم المحادثات.', 'وأكد لريجينكوف نظيره الروسي ذلك.', 'والتقى ماكسيم الوفد.']) {
      const doc = article(text);
      const key = new ExtraActorIndex([other, ryzhenkov]).keyFor(doc);
      expect(key, text).not.toBe('');
      expect(key, text).toBe(new ExtraActorIndex([ryzhenkov]).keyFor(doc));
    }
  });

  it('the key follows what linking reads of the person (a new alias), not its evidence', () => {
    const doc = article('وقال ريجينكوف إن بلاده تدعم المحادثات.');
    const key = new ExtraActorIndex([ryzhenkov]).keyFor(doc);
    expect(new ExtraActorIndex([{ ...ryzhenkov, evidence: ['وزير الخارجية البيلاروسي'] }]).keyFor(doc)).toBe(key);
    expect(new ExtraActorIndex([{ ...ryzhenkov, aliases: ['مكسيم ريجينكوف'] }]).keyFor(doc)).not.toBe(key);
  });
});

describe('the vocabulary key (what keyFor reads besides the article)', () => {
  // Kept results are looked up by this key and the article's content: wherever keyFor would
  // answer differently for some article, the key must differ too, or a stale result is reused.
  const docs = ['وقال ريجينكوف إن بلاده تدعم المحادثات.', 'وقال فاديفول إن بلاده تدعم المحادثات.', 'والتقى مكسيم الوفد.'].map(article);
  const variants: Array<[string, Actor[]]> = [
    ['base', [other, ryzhenkov]],
    ['a new person', [other, ryzhenkov, person('discovered-third', 'مكسيم بيتروف')]],
    ['a new alias', [other, { ...ryzhenkov, aliases: ['مكسيم ريجينكوف'] }]],
    ['a new affiliation', [other, { ...ryzhenkov, affiliation: 'belarus' }]],
    ['a new type', [other, { ...ryzhenkov, type: 'organization' }]],
    ['another order', [ryzhenkov, other]],
  ];

  it('differs whenever keyFor differs for some article', () => {
    const indexes = variants.map(([name, actors]) => [name, new ExtraActorIndex(actors)] as const);
    for (const [nameA, a] of indexes) {
      for (const [nameB, b] of indexes) {
        if (nameA >= nameB) continue;
        const answersDiffer = docs.some((d) => a.keyFor(d) !== b.keyFor(d));
        if (answersDiffer) expect(a.vocabularyKey, `${nameA} / ${nameB}`).not.toBe(b.vocabularyKey);
      }
    }
    // The variants do change the answers (else the test above would check nothing).
    expect(indexes.filter(([, x]) => docs.some((d) => x.keyFor(d) !== indexes[0][1].keyFor(d))).length).toBeGreaterThanOrEqual(4);
  });

  it('is the same for the same actors (built again), whatever their evidence', () => {
    expect(new ExtraActorIndex([other, { ...ryzhenkov, evidence: ['وزير'] }]).vocabularyKey).toBe(new ExtraActorIndex([other, ryzhenkov]).vocabularyKey);
  });
});
