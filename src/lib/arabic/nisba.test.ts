import { describe, expect, it } from 'vitest';
import { normalizeArabic as n } from './normalize';
import { nisbaForms, nisbaRecognizer } from './nisba';

describe('nisba', () => {
  it('recognises the inflected forms of a stem', () => {
    const isRussian = nisbaRecognizer(['روسي']);
    for (const w of ['الروسي', 'الروسية', 'الروسيين', 'الروسيون', 'روسية', 'الروس', 'روسي']) expect(isRussian(n(w))).toBe(true);
    expect(isRussian(n('روسيا'))).toBe(false);
    expect(isRussian(n('الروسيا'))).toBe(false);
  });
  it('covers normalised and spelling variants (أمريكي / أميركي)', () => {
    const isUS = nisbaRecognizer(['أمريكي']);
    for (const w of ['الأمريكي', 'الأميركية', 'الامريكيين', 'أميركي', 'الأمريكيون']) expect(isUS(n(w))).toBe(true);
  });
  it('accepts dictionary entries given with the article or feminine ending', () => {
    expect(nisbaForms('الإيطالي')).toContain(n('الإيطالية'));
    expect(nisbaForms('الروس')).toContain(n('الروسية'));
    expect(nisbaForms('تركية')).toContain(n('التركي'));
  });
});
