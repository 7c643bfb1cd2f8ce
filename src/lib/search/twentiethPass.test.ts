// Issue 15, twentieth pass (session 28, 15f): a plural query finds a page writing only the singular, when
// the singular stands in a noun's place (the article, or a preposition before it) and is no listed
// ambiguous singular — at the low weight, after the pages writing the plural. Sentences written here in the
// shapes of the fixture pages.
import { describe, expect, it } from 'vitest';
import { readAs } from './curatedMatch.testkit';
import { nounPlace } from './indexKeys';
import { parseSearchPluralsData } from '../data/searchPlurals';

const LOW = { low: true, full: false };
const NONE = { low: false, full: false };

describe('a listed singular in a noun’s place carries its own-key plural at the low weight', () => {
  it('with the article, or after a preposition', () => {
    expect(readAs('الدببة', 'رصد الباحثون الدب القطبي قرب المحطة')).toEqual(LOW);
    expect(readAs('الدببة', 'التقطت الكاميرا صورة مع دب بني ضخم')).toEqual(LOW);
    expect(readAs('أكمام', 'طرزت الخياطة الكم الأيمن بخيوط ذهبية')).toEqual(LOW);
    expect(readAs('المضائق', 'عبرت الناقلة عبر مضيق كيرتش فجرا')).toEqual(LOW);
    expect(readAs('البواخر', 'رست الباخرة في الميناء بعد ثلاثة أيام')).toEqual(LOW);
  });
  it('a verb or a particle with the same letters carries none (دب الخلاف، كم مرة)', () => {
    expect(readAs('الدببة', 'قال إن الخلاف دب بين الحليفين')).toEqual(NONE);
    expect(readAs('أكمام', 'كم مرة زار الوزير العاصمة هذا العام')).toEqual(NONE);
  });
  it('an ambiguous singular carries none (إلى جانب، الأمني، المسجد الكبير، الضفة الغربية)', () => {
    expect(readAs('الجوانب', 'وقف الحزب إلى جانب الحكومة في التصويت')).toEqual(NONE);
    expect(readAs('الأماني', 'ناقش الاجتماع الوضع الأمني في المدينة')).toEqual(NONE);
    expect(readAs('الكبار', 'صلى المصلون في المسجد الكبير')).toEqual(NONE);
    expect(readAs('الضفاف', 'اقتحمت القوات بلدة في الضفة الغربية')).toEqual(NONE);
  });
  it('the plural still asks by its own key: a page writing it ranks first, at full weight', () => {
    expect(readAs('الدببة', 'نقلت الدببة إلى حديقة في بولندا')).toEqual({ low: false, full: true });
  });
});

describe('a one-way region (search-regions.yaml oneWay): the nisba finds the name, not the reverse', () => {
  it('«نجد» and «الصعيد» find a page writing only the nisba or the people, at the low weight', () => {
    expect(readAs('نجد', 'شارك الصقارون النجديون في مهرجان الصيد')).toEqual(LOW);
    expect(readAs('الصعيد', 'عاد العمال الصعايدة من الخليج')).toEqual(LOW);
  });
  it('a query for the nisba meets no page whose «نجد» is «we find», no «على الصعيد الدولي»', () => {
    expect(readAs('النجديين', 'قال الوزير إننا نجد صعوبة في تأمين القمح')).toEqual(NONE);
    expect(readAs('الصعيدي', 'تراجع التصعيد على الصعيد الدولي')).toEqual(NONE);
  });
});

describe('nounPlace', () => {
  const after = new Set(['مع', 'في']);
  it('the article right before the stem, or a preposition before the word', () => {
    expect(nounPlace('الباخره', 'باخره', undefined, after)).toBe(true);
    expect(nounPlace('وبالكم', 'كم', undefined, after)).toBe(true);
    expect(nounPlace('دب', 'دب', 'مع', after)).toBe(true);
    expect(nounPlace('دب', 'دب', 'ومع', after)).toBe(true);
  });
  it('neither: a bare word, a word with another clitic, a letter of the stem read as ال', () => {
    expect(nounPlace('دب', 'دب', 'الخلاف', after)).toBe(false);
    expect(nounPlace('بكم', 'كم', 'في', after)).toBe(false);
    expect(nounPlace('الف', 'الف', undefined, after)).toBe(false);
    expect(nounPlace('وطاه', 'طاه', 'تحت', new Set(['تحت']))).toBe(false);
  });
});

describe('search-plurals.yaml: an ambiguous singular must be a listed singular', () => {
  it('names the file and the word', () => {
    const text = 'plurals:\n  - [دب, دببة]\nambiguousSingulars: [كم]\n';
    expect(() => parseSearchPluralsData(text, 'x.yaml')).toThrow(/x\.yaml.*ambiguousSingulars «كم» is no singular listed/s);
  });
});
