// Session 45 (issue 15, thirty-seventh pass, 15k): a sound masculine plural's construct (صيادو الأسماك) asks, typed, what
// its plural asks, and a page's construct carries its plural's keys at the low weight. And a town in اية
// reads its adjective in اوي (طرفاية ↔ الطرفاويون). Sentences written for the test; the real record builder and the
// curated data as loaded.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx, key, weights } from './curatedMatch.testkit';
import { planQuery } from './keys';
import { constructPluralKeys, constructPluralStem, personShape } from './constructPlurals';
import { nisbasOfPlace, placesOfNisba } from './nisbaReadings';
import { adjectivesOfTypedTown } from './rareReadings';
import { normalizeArabic } from '../arabic/normalize';
import { searchStem } from './stems';

/** Whether a page of `text` holds every key of query `q`, and whether only at the low weight. */
const held = (q: string, text: string) => {
  const { full, low } = weights(text);
  const keys = key(q).split(' ');
  return { found: keys.every((k) => full.has(k) || low.has(k)), full: keys.every((k) => full.has(k)) };
};

describe('a sound plural in construct', () => {
  it('is read as its nominative after a word, without the article and not after a preposition', () => {
    expect(constructPluralStem('صيادو', true, ctx)).toBe(searchStem('صيادون', ctx.known));
    expect(constructPluralStem('مزارعو', true, ctx)).toBe(searchStem('مزارعون', ctx.known));
    expect(constructPluralStem('فلاحو', true, ctx)).toBe(searchStem('فلاحون', ctx.known));
    // No second term, the article (a construct's head never has it), or a preposition before (the plural is oblique
    // there, and a name often is: «في وارسو»): not read.
    expect(constructPluralStem('صيادو', false, ctx)).toBeUndefined();
    expect(constructPluralStem(normalizeArabic('الصيادو'), true, ctx)).toBeUndefined();
    expect(constructPluralStem(normalizeArabic('وارسو'), true, ctx, 'في')).toBeUndefined();
  });

  it('leaves verbs, short words and names of the data alone', () => {
    // A remainder under four letters (soundPluralBase): يدعو، يشكو، عضو are never plurals.
    for (const w of ['يدعو', 'تشكو', 'عضو', 'يبدو']) expect(constructPluralStem(normalizeArabic(w), true, ctx), w).toBeUndefined();
    // An actor's name (ctx.known): Moscow and Marco Rubio's first name.
    for (const w of ['موسكو', 'ماركو']) expect(constructPluralStem(normalizeArabic(w), true, ctx), w).toBeUndefined();
  });

  it('needs a person’s shape: towns and names ending in و or يو are not read', () => {
    expect(personShape('صياد')).toBe(true);
    expect(personShape('مزارع')).toBe(true);
    expect(personShape('متطوع')).toBe(true);
    expect(personShape(searchStem('سائق', ctx.known))).toBe(true);
    for (const w of ['راديو', 'طوكيو', 'يوليو', 'استوديو', 'مقديشو', 'مكسيكو']) expect(constructPluralStem(normalizeArabic(w), true, ctx), w).toBeUndefined();
  });

  it('asks, typed, what the plural asks: a page writing «الصيادين» or «الفلاحين» holds it at full weight', () => {
    expect(key('صيادو الأسماك')).toBe(key('الصيادون الأسماك'));
    expect(held('صيادو الأسماك', 'قال الصيادون إن الأسماك قلت')).toEqual({ found: true, full: true });
    expect(held('فلاحو المسيلة', 'اشتكى الفلاحين في المسيلة من الجفاف')).toEqual({ found: true, full: true });
    expect(held('مزارعو القمح', 'اشتكى المزارعون من سعر القمح').found).toBe(true);
  });

  it('gives a page writing the construct the plural’s and the singular’s keys, at the low weight, and keeps its own', () => {
    const page = 'قال صيادو المدينة إن البحر هائج';
    expect(held('الصيادين', page)).toEqual({ found: true, full: false });
    expect(held('صياد', page)).toEqual({ found: true, full: false });
    expect(held('صيادو المدينة', page).found).toBe(true);
    expect(held('سائق', 'توقف سائقو الحافلات عن العمل')).toEqual({ found: true, full: false });
    // The word as written stays a full-weight key: a name read so by mistake loses nothing.
    expect(weights(page).full.has(planQuery('صيادو', ctx).search)).toBe(true);
  });

  it('keeps a typed name ending in و as typed', () => {
    expect(key('مقديشو تستقبل')).toBe(`${key('مقديشو')} ${key('تستقبل')}`);
    expect(key('في وارسو اليوم')).toBe(`${key('في')} ${key('وارسو')} ${key('اليوم')}`.trim());
    expect(held('مقديشو', 'وصل الوفد إلى مقديشو أمس').full).toBe(true);
  });

  it('adds nothing to a page writing a plural, nor to a word that is no plural of a person', () => {
    expect(weights('قال الصيادون إن الأسماك قلت').low.has(planQuery('صيادو', ctx).search)).toBe(false);
    expect(constructPluralKeys(normalizeArabic('الزيتون'), true, ctx)).toEqual([]);
    expect(constructPluralKeys(normalizeArabic('فلسطين'), true, ctx)).toEqual([]);
    // «الزيتون» must still not find «زيت».
    expect(held('زيت', 'قطف المزارعون الزيتون').found).toBe(false);
  });
});

describe('a town in اية and its adjective in اوي', () => {
  const rules = indexCtx.patterns!.nisbas!;
  const q = { ...ctx, queryForms: { endings: rules.endings, rare: 3 } };
  it('reads the adjective both ways, for a base of three letters', () => {
    expect(nisbasOfPlace(normalizeArabic('طرفاية'), rules)).toEqual([normalizeArabic('طرفاوي')]);
    expect(nisbasOfPlace(normalizeArabic('غرداية'), rules)).toEqual([normalizeArabic('غرداوي')]);
    expect(placesOfNisba(normalizeArabic('طرفاوي'), rules)).toContain(normalizeArabic('طرفاية'));
    expect(adjectivesOfTypedTown(normalizeArabic('طرفاية'), q)).toEqual([normalizeArabic('طرفاوي')]);
    // A typed adjective in ية is still read back to its towns (the other way).
    expect(adjectivesOfTypedTown(normalizeArabic('الماطرية'), q)).toEqual([]);
  });
  it('leaves the common nouns in اية of a two-letter base alone', () => {
    for (const w of ['البداية', 'الحماية', 'الدعاية', 'الرواية']) expect(adjectivesOfTypedTown(normalizeArabic(w), q), w).toEqual([]);
  });
});
