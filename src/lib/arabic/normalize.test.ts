import { describe, expect, it } from 'vitest';
import { hasArabic, normalizeArabic, stripInvisible, toAsciiDigits } from './normalize';

describe('normalizeArabic', () => {
  it('folds alef forms, alef maqsura, teh marbuta', () => {
    expect(normalizeArabic('أإآٱ')).toBe('اااا');
    expect(normalizeArabic('مستشفى')).toBe('مستشفي');
    expect(normalizeArabic('الروسية')).toBe('الروسيه');
  });
  it('folds hamza seats onto the bare hamza (مسئول = مسؤول)', () => {
    expect(normalizeArabic('مسئول')).toBe(normalizeArabic('مسؤول'));
    expect(normalizeArabic('ؤئ')).toBe('ءء');
  });
  it('removes tashkeel and tatweel', () => {
    expect(normalizeArabic('تُبدِ')).toBe('تبد');
    expect(normalizeArabic('روســيا')).toBe('روسيا');
    expect(normalizeArabic('اعتماداً')).toBe('اعتمادا');
  });
  it('maps Persian letters and digits', () => {
    expect(normalizeArabic('أوکرانیا')).toBe(normalizeArabic('أوكرانيا'));
    expect(normalizeArabic('۲۰۲۴ و٢٠٢٢')).toBe('2024 و2022');
  });
  it('makes spelling variants of the same name meet', () => {
    expect(normalizeArabic('الأمريكي')).toBe('الامريكي');
    expect(normalizeArabic('إيطاليا')).toBe(normalizeArabic('ايطاليا'));
  });
  it('lower-cases Latin and strips invisible characters', () => {
    expect(normalizeArabic('RT Arabic')).toBe('rt arabic');
    expect(normalizeArabic('بو\u200Fتين')).toBe('بوتين');
  });
});

describe('helpers', () => {
  it('toAsciiDigits keeps other text', () => expect(toAsciiDigits('عام ٢٠٢٤')).toBe('عام 2024'));
  it('stripInvisible removes bidi marks', () => expect(stripInvisible('\u202Bنص\u202C')).toBe('نص'));
  it('hasArabic', () => {
    expect(hasArabic('Reuters')).toBe(false);
    expect(hasArabic('RT عربي')).toBe(true);
  });
});
