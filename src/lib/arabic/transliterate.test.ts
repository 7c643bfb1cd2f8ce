import { describe, expect, it } from 'vitest';
import { asciiSlug, transliterate } from './transliterate';

describe('transliterate', () => {
  it('gives readable ASCII for names', () => {
    expect(transliterate('هاكان فيدان')).toBe('Hakan Fidan');
    expect(asciiSlug(transliterate('هاكان فيدان'))).toBe('hakan-fidan');
    expect(transliterate('ماريا زاخاروفا')).toBe('Marya Zakharofa');
  });
  it('always yields ASCII-only slugs', () => {
    for (const name of ['غويدو كروسيتو', 'كانتيمير تشالباييف', 'جيه.دي فانس', 'عمروف']) {
      expect(asciiSlug(transliterate(name))).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
