// Thirty-second round (session 35, 13s): creditSpans' word patterns run on the head with its letters folded
// (foldLetters) instead of with Unicode property classes — the same spans, without a large class to compile
// in every thread. The reference below is the patterns as they were, run on the head itself; the spans
// must be the same on credit shapes and on random heads of the characters the patterns test.
import { describe, expect, it } from 'vitest';
import { creditSpans, foldLetters, type CreditSpan } from './dateline-parts';

const CREDIT_WORD = '[\\p{L}\\p{M}0-9]+(?:\\.[\\p{L}\\p{M}]+|(?<=[\\p{L}\\p{M}])-(?=\\p{L})[\\p{L}\\p{M}]+)*';
const words = (k: number) => `(${CREDIT_WORD}(?:\\s${CREDIT_WORD}){${k - 1}})`;
const LISTED = `${CREDIT_WORD}(?:\\s${CREDIT_WORD}){0,2}`;
/** The folded patterns as Unicode patterns, in creditSpans' order, with their flags. */
const REFERENCE: { re: RegExp; flags: Partial<CreditSpan> }[] = [
  { re: new RegExp(`[-–—ـ/:|]\\s*(${LISTED}(?:\\s*[،,]\\s*${LISTED}){1,2})(?![\\p{L}\\p{M}0-9])`, 'gu'), flags: { list: true } },
  ...[4, 3, 2, 1].map((k) => ({ re: new RegExp(`[-–—ـ/:|]ـ*\\s*${words(k)}(?![\\p{L}\\p{M}0-9])`, 'gu'), flags: {} })),
  ...[3, 2, 1].map((k) => ({ re: new RegExp(`(?<=[\\p{L}\\p{M}])\\s+${words(k)}(?=\\s*\\|)`, 'gu'), flags: { bare: true } })),
  ...[3, 2, 1].map((k) => ({ re: new RegExp(`[،,]\\s*${words(k)}(?![\\p{L}\\p{M}0-9])`, 'gu'), flags: { bare: true } })),
  ...[3, 2, 1].map((k) => ({ re: new RegExp(`(?<=[\\p{L}\\p{M}0-9])\\.\\s+${words(k)}(?![\\p{L}\\p{M}0-9])`, 'gu'), flags: { bare: true, stop: true } })),
  { re: /(?<=[0-9٠-٩])(?:\s*(?:م|هـ))?\s+([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})(?=\s*$|\s*(?:--|[-–—ـ:.])\s)/gu, flags: { bare: true } },
  { re: /(?<=[0-9٠-٩])(?:\s*(?:م|هـ))?\s+([\p{L}\p{M}]+)(?=\s+[\p{L}\p{M}])/gu, flags: { bare: true, open: true } },
];

/** The unpaired spans the reference patterns give (the Latin-token rule and the hyphen's part as creditSpans applies them). */
function referenceSpans(text: string): string[] {
  const head = text.slice(0, 90);
  const out: string[] = [];
  for (const { re, flags } of REFERENCE) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      if (/[A-Za-z0-9]/.test(head[m.index - 1] ?? '') && /^[/:][A-Za-z0-9]/.test(m[0])) continue;
      out.push(JSON.stringify({ text: m[1].trim(), start: m.index, end: m.index + m[0].length, ...flags }));
      const joint = /(?<=[\p{L}\p{M}])-(?=\p{L})/u.exec(m[0]);
      if (joint && joint.index > m[0].length - m[1].length) {
        const part = m[1].slice(0, m[1].length - (m[0].length - joint.index)).trim();
        if (part) out.push(JSON.stringify({ text: part, start: m.index, end: m.index + joint.index, ...flags }));
      }
    }
  }
  return out.sort();
}

/** creditSpans' spans of the word patterns only (not the paired ones: brackets, guillemets, quotes, slashes). */
const wordSpans = (text: string) => creditSpans(text).filter((s) => !s.paired).map(({ paired: _, ...s }) => JSON.stringify(s)).sort();

describe('foldLetters', () => {
  it('writes letters «a» and marks «m», keeps «ـ», «م», «ه», digits and separators, and keeps the length', () => {
    expect(foldLetters('القاهرة - (واس) 2026م:')).toBe('aaaaهaa - (aaa) 2026م:');
    expect(foldLetters('العُمانية ـ Reuters.')).toBe('aaamمaaaa ـ aaaaaaa.');
    // a letter outside the BMP is two units, and folds to two
    const astral = 'x 𝐀𝐁-y';
    expect(foldLetters(astral)).toBe('a aaaa-a');
    expect(foldLetters(astral)).toHaveLength(astral.length);
  });
});

describe('creditSpans on the folded head', () => {
  it('reads the shapes of credits as the Unicode patterns do', () => {
    const shapes = [
      'موسكو - رويترز: قال المتحدث',
      'القاهرة ــ قناة مرآة الشمال الفضائية : أعلن',
      'موسكو - أ ف ب، رويترز: أعلنت',
      'باكو، 23 ديسمبر، أذرتاج. أعلن',
      'أستانا. كازينفورم – أعلن الرئيس',
      'طرابلس  المنارة |تلقى المجلس',
      'جدة 26 نوفمبر 2026 م واس استقبل',
      '9-12-2025 وفا- قال',
      'الرياض - العربية.نت: قال',
      'قازان - تتار-إنفورم: أعلنت',
      'العُمانية - مسقط: أعلنت',
      'Asia/Tehran - IRNA: said',
    ];
    for (const text of shapes) expect(wordSpans(text), text).toEqual(referenceSpans(text));
    expect(wordSpans('موسكو - رويترز: قال المتحدث').length).toBeGreaterThan(0);
  });

  it('gives the same spans on random heads of letters, marks, digits and separators', () => {
    const alphabet = ['ا', 'ب', 'و', 'ـ', 'م', 'ه', 'a', 'Z', 'm', 'َ', 'ّ', '\u0301', '0', '7', '٣', ' ', ' ', '\u00a0', '-', '–', '/', ':', '|', '.', '،', ',', '𝐀', '😀', '\ud835', '+'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    let withSpans = 0;
    for (let i = 0; i < 1500; i++) {
      let text = '';
      for (let j = 1 + next(30); j > 0; j--) text += next(2) ? alphabet[next(6)].repeat(1 + next(4)) : alphabet[next(alphabet.length)];
      const spans = wordSpans(text);
      if (spans.length) withSpans++;
      expect(spans, JSON.stringify(text)).toEqual(referenceSpans(text));
    }
    expect(withSpans).toBeGreaterThan(500);
  });
});
