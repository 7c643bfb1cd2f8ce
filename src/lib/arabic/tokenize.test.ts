import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './normalize';
import { countWords, phraseTokens, surfaceOffset, tokenize, TOKEN_RE, type Token } from './tokenize';

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

describe('the hand-written scan finds exactly the words of TOKEN_RE', () => {
  // The reference: the pattern's matches, as tokenize returned them before the scan.
  const byPattern = (text: string) =>
    [...text.matchAll(new RegExp(TOKEN_RE.source, 'g'))]
      .map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, type: m[1] ? 'ar' : m[2] ? 'num' : 'latin' }))
      .filter((t) => normalizeArabic(t.text).replace(/[\u200C\u200D]/g, ''));
  const strip = (ts: Token[]) => ts.map(({ text, start, end, type }) => ({ text, start, end, type }));
  it('on tricky text: numbers with separators, Latin with digits and quotes, marks, ZWNJ, Persian digits', () => {
    const text = 'قال 2.3 و1,000 و٢٫٣ و۱۲ ثم 5G وA7A5 وHürriyet’s وO\'Neil ـــ ًٌ جيه.دي 3. ,4 روسيا‌أوكرانيا 12.. ٠٫';
    expect(strip(tokenize(text))).toEqual(byPattern(text));
  });
  it('on every labelled fixture article and seed page', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const dirs = ['tests/fixtures/entities-labelled', 'content/raw'];
    for (const d of dirs) {
      for (const f of readdirSync(root + d)) {
        const text = readFileSync(`${root}${d}/${f}`, 'utf8');
        expect(strip(tokenize(text)), f).toEqual(byPattern(text));
      }
    }
  });
});

describe('countWords counts exactly the runs of /\\S+/g', () => {
  const byPattern = (text: string) => text.match(/\S+/g)?.length ?? 0;
  it('for every UTF-16 code unit between two words, alone, and doubled', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const u = String.fromCharCode(c);
      for (const text of [`قال${u}بوتين`, u, `${u}${u}`, ` ${u} `]) {
        if (countWords(text) !== byPattern(text)) expect(countWords(text), `U+${c.toString(16)}`).toBe(byPattern(text));
      }
    }
  });
  it('on every labelled fixture article and seed page, line by line and whole', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    for (const d of ['tests/fixtures/entities-labelled', 'content/raw']) {
      for (const f of readdirSync(root + d)) {
        const text = readFileSync(`${root}${d}/${f}`, 'utf8');
        expect(countWords(text), f).toBe(byPattern(text));
        for (const line of text.split('\n')) if (countWords(line) !== byPattern(line)) expect(countWords(line), `${f}: ${line}`).toBe(byPattern(line));
      }
    }
  });
});

describe('a token\'s norm is normalizeArabic of its text without ZWNJ/ZWJ', () => {
  const expected = (t: Token) => normalizeArabic(t.text).replace(/[\u200C\u200D]/g, '');
  it('for every code unit inside a word, alone and between letters', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const u = String.fromCharCode(c);
      for (const t of tokenize(`${u} ب${u}ت Ab${u}c 1${u}2 ${u}${u}`)) if (t.norm !== expected(t)) expect(t.norm, `U+${c.toString(16)}`).toBe(expected(t));
    }
  });
  it('on every labelled fixture article and seed page', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    for (const d of ['tests/fixtures/entities-labelled', 'content/raw']) {
      for (const f of readdirSync(root + d)) {
        for (const t of tokenize(readFileSync(`${root}${d}/${f}`, 'utf8'))) if (t.norm !== expected(t)) expect(t.norm, `${f}: ${t.text}`).toBe(expected(t));
      }
    }
  });
});
