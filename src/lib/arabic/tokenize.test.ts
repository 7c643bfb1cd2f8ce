import { describe, expect, it } from 'vitest';
import { phraseTokens, surfaceOffset, tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps offsets into the original string', () => {
    const text = 'قال لافروف، إن 2.3 مليار Hürriyet.';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['قال', 'لافروف', 'إن', '2.3', 'مليار', 'Hürriyet']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.type)).toEqual(['ar', 'ar', 'ar', 'num', 'ar', 'latin']);
  });
  it('normalises each token and keeps tashkeel inside the surface', () => {
    const [t] = tokenize('تُبدِ');
    expect(t.text).toBe('تُبدِ');
    expect(t.norm).toBe('تبد');
  });
  it('treats «.» inside a name as a separator (جيه.دي فانس)', () => {
    expect(phraseTokens('جيه.دي فانس')).toEqual(['جيه', 'دي', 'فانس']);
    expect(phraseTokens('جي دي فانس')).toEqual(['جي', 'دي', 'فانس']);
  });
  it('reads Arabic-Indic numbers and keeps Latin-digit codes whole', () => {
    expect(tokenize('٢٫٣ A7A5').map((t) => t.norm)).toEqual(['2٫3', 'a7a5']);
  });
  it('surfaceOffset skips tashkeel inside a clitic', () => {
    expect(surfaceOffset('وَبوتين', 1)).toBe(2);
    expect(surfaceOffset('بالكرملين', 1)).toBe(1);
  });
});
