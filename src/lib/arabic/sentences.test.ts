import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (ps: string[]) => splitSentences(ps).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on . ! ? ؟ ; ؛ and newline, keeping paragraph index and offsets', () => {
    const ps = ['قال الوزير إن الحرب طويلة. وأضاف: هل من سلام؟ نعم!', 'فقرة ثانية؛ جملة أخرى\nسطر جديد'];
    const ss = splitSentences(ps);
    expect(ss.map((s) => s.text)).toEqual([
      'قال الوزير إن الحرب طويلة.', 'وأضاف: هل من سلام؟', 'نعم!', 'فقرة ثانية؛', 'جملة أخرى', 'سطر جديد',
    ]);
    expect(ss.map((s) => s.paragraph)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(ss.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const s of ss) expect(ps[s.paragraph].slice(s.start, s.end)).toBe(s.text);
  });
  it('does not split numbers or glued abbreviations', () => {
    expect(texts(['مساعدة بقيمة 2.3 مليار دولار. وبعدها 53.5 مليار.'])).toEqual([
      'مساعدة بقيمة 2.3 مليار دولار.', 'وبعدها 53.5 مليار.',
    ]);
    expect(texts(['أكد جيه.دي فانس أن أوروبا مسؤولة.'])).toEqual(['أكد جيه.دي فانس أن أوروبا مسؤولة.']);
  });
  it('keeps an Arabic web-domain tail with its name (غازيتا. رو)', () => {
    expect(texts(['المصدر: غازيتا. رو'])).toEqual(['المصدر: غازيتا. رو']);
    expect(texts(['نقلت غازيتا. رو، أن الاتفاق قريب.'])).toEqual(['نقلت غازيتا. رو، أن الاتفاق قريب.']);
  });
  it('keeps a closing quote with its sentence and does not split inside short quotes', () => {
    expect(texts(['قال أوستن إن "أوكرانيا ليست بمفردها .. والولايات المتحدة لن تتراجع". وأضاف الوزير.'])).toEqual([
      'قال أوستن إن "أوكرانيا ليست بمفردها .. والولايات المتحدة لن تتراجع".', 'وأضاف الوزير.',
    ]);
    expect(texts(['وأضاف: «سنواصل. هذا مهم». ثم غادر.'])).toEqual(['وأضاف: «سنواصل. هذا مهم».', 'ثم غادر.']);
  });
  it('survives an unclosed quote and empty input', () => {
    expect(texts(['قال "نعم. ثم لا.'])).toEqual(['قال "نعم.', 'ثم لا.']);
    expect(splitSentences([''])).toEqual([]);
    expect(splitSentences([])).toEqual([]);
  });
});
