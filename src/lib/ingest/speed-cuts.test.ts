import { describe, expect, it } from 'vitest';
import { containsAnyPhrase } from './phrase-index';
import { cleanLine, endsLikeSentence } from './text';

// The thirty-fifth round's speed cuts (docs/ingest.md): each faster form answers as the pattern it replaced.

// A seeded generator: the same strings every run.
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('containsAnyPhrase', () => {
  const phrases = ['جميع الحقوق', 'اشترك في', 'نشرتنا', 'تابعونا', 'ab', 'ح'];
  it('finds a phrase anywhere in the key, at its start, its end or inside a word', () => {
    expect(containsAnyPhrase('اشترك في نشرتنا البريدية', phrases)).toBe(true);
    expect(containsAnyPhrase('موقع جميع الحقوق', phrases)).toBe(true);
    expect(containsAnyPhrase('xxabyy', phrases)).toBe(true);
    expect(containsAnyPhrase('قال الوزير إن', phrases)).toBe(false);
    expect(containsAnyPhrase('', phrases)).toBe(false);
  });
  it('reads a one-character phrase and an empty list as `some(includes)` does', () => {
    expect(containsAnyPhrase('قال', phrases)).toBe(false);
    expect(containsAnyPhrase('حكومة', phrases)).toBe(true);
    expect(containsAnyPhrase('حكومة', [])).toBe(false);
    expect(containsAnyPhrase('x', [''])).toBe(true);
  });
  it('answers as `phrases.some((p) => text.includes(p))` on random keys', () => {
    const next = random(7);
    const alphabet = 'ابتل من ab';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const list = Array.from({ length: 12 }, () => word(2 + Math.floor(next() * 4)));
    for (let n = 0; n < 2000; n++) {
      const text = word(Math.floor(next() * 30));
      expect(containsAnyPhrase(text, list)).toBe(list.some((p) => text.includes(p)));
    }
  });
});

describe('endsLikeSentence', () => {
  // The pattern it replaced, kept here as the reference.
  const before = (text: string) => {
    const t = text.replace(/["'»”’)\]\s]+$/, '');
    return /[.!?؟…:]$/.test(t) && !/\.\.$/.test(t.replace(/\.\.\.$/, '…'));
  };
  it('reads terminal punctuation before closing quotes and brackets, and a cut «..» as no end', () => {
    expect(endsLikeSentence('قال الوزير إن الاتفاق تم.»')).toBe(true);
    expect(endsLikeSentence('هل انتهى؟ ')).toBe(true);
    expect(endsLikeSentence('والقائمة تطول..')).toBe(false);
    expect(endsLikeSentence('والقائمة تطول...')).toBe(true);
    expect(endsLikeSentence('عنوان بلا نقطة')).toBe(false);
    expect(endsLikeSentence('."')).toBe(true);
    expect(endsLikeSentence('"')).toBe(false);
  });
  it('answers as the end-anchored pattern did on random texts', () => {
    const next = random(11);
    const alphabet = 'اب .:!؟…"»)]\u00a0\n\'';
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: Math.floor(next() * 9) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(endsLikeSentence(text)).toBe(before(text));
    }
  });
});

describe('cleanLine', () => {
  const before = (line: string) => line
    .replace(/[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  it('cleans a line with invisible, control and odd space characters, and leaves a clean one as it is but trimmed', () => {
    expect(cleanLine('  قال\u200f  الوزير\u00a0إن\t ')).toBe('قال الوزير إن');
    expect(cleanLine('قال \u200b الوزير')).toBe('قال الوزير');
    expect(cleanLine(' قال الوزير إن ')).toBe('قال الوزير إن');
  });
  it('answers as the four rewrites did on random lines', () => {
    const next = random(5);
    const alphabet = 'اب . \u200b\u00ad\u0007\u00a0\t\u2009\ufeff\n';
    for (let n = 0; n < 5000; n++) {
      const line = Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(cleanLine(line)).toBe(before(line));
    }
  });
});
