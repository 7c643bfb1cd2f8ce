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
