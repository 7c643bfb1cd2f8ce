// Session 45 (issue 15, thirty-seventh pass, 15k): a sound masculine plural's construct (صيادو الأسماك) and its other
// forms (الصيادين، صياد) meet on the index side, at the low weight; the query keeps the word as typed. And a town in اية
// reads its adjective in اوي (طرفاية ↔ الطرفاويون). Sentences written for the test; the real record builder and the
// curated data as loaded.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx, key, weights } from './curatedMatch.testkit';
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
  it('is read as its nominative after a word, without the article', () => {
    expect(constructPluralStem('صيادو', true, ctx)).toBe(searchStem('صيادون', ctx.known));
    expect(constructPluralStem('مزارعو', true, ctx)).toBe(searchStem('مزارعون', ctx.known));
    expect(constructPluralStem('فلاحو', true, ctx)).toBe(searchStem('فلاحون', ctx.known));
    // No second term, or the article (a construct's head never has it): not read.
    expect(constructPluralStem('صيادو', false, ctx)).toBeUndefined();
    expect(constructPluralStem(normalizeArabic('الصيادو'), true, ctx)).toBeUndefined();
  });

  it('leaves verbs, short words and names of the data alone', () => {
    // A remainder under four letters (soundPluralBase): يدعو، يشكو، عضو are never plurals.
    for (const w of ['يدعو', 'تشكو', 'عضو', 'يبدو']) expect(constructPluralStem(normalizeArabic(w), true, ctx), w).toBeUndefined();
    // An actor's name (ctx.known): Moscow and Marco Rubio's first name.
    for (const w of ['موسكو', 'ماركو']) expect(constructPluralStem(normalizeArabic(w), true, ctx), w).toBeUndefined();
  });

  it('needs a person’s shape: names ending in يو are not read', () => {
    expect(personShape('صياد')).toBe(true);
    expect(personShape('مزارع')).toBe(true);
    expect(personShape(searchStem('سائق', ctx.known))).toBe(true);
    for (const w of ['راديو', 'طوكيو', 'يوليو', 'استوديو']) expect(constructPluralStem(normalizeArabic(w), true, ctx), w).toBeUndefined();
  });

  it('gives a page writing the construct the plural’s and the singular’s keys, at the low weight', () => {
    const page = 'قال صيادو المدينة إن البحر هائج';
    expect(held('الصيادين', page)).toEqual({ found: true, full: false });
    expect(held('صياد', page)).toEqual({ found: true, full: false });
    expect(held('سائق', 'توقف سائقو الحافلات عن العمل')).toEqual({ found: true, full: false });
    // The oblique construct a reader types as often.
    expect(held('منتجي الموز', 'قال منتجو الموز إن السفن بقيت في الميناء').found).toBe(true);
  });

  it('gives a page writing the plural the construct’s keys, at the low weight', () => {
    expect(held('صيادو الأسماك', 'قال الصيادون إن الأسماك قلت')).toEqual({ found: true, full: false });
    expect(held('فلاحو', 'اشتكى الفلاحين من الجفاف')).toEqual({ found: true, full: false });
    expect(held('مزارعي القمح', 'اشتكى المزارعون من سعر القمح').found).toBe(true);
  });

  it('keeps the typed word the query’s key, so a page writing a name ending in و keeps it at full weight', () => {
    expect(key('مقديشو تستقبل')).toBe(`${key('مقديشو')} ${key('تستقبل')}`);
    expect(held('مقديشو', 'وصل الوفد إلى مقديشو أمس').full).toBe(true);
    expect(held('صيادو', 'قال صيادو المدينة إن البحر هائج').full).toBe(true);
  });

  it('adds nothing to a word that is no plural of a person', () => {
    expect(constructPluralKeys(normalizeArabic('الزيتون'), searchStem(normalizeArabic('الزيتون'), ctx.known), true, ctx)).toEqual([]);
    expect(constructPluralKeys(normalizeArabic('فلسطين'), searchStem(normalizeArabic('فلسطين'), ctx.known), true, ctx)).toEqual([]);
    expect(constructPluralKeys(normalizeArabic('الطرفان'), searchStem(normalizeArabic('الطرفان'), ctx.known), true, ctx)).toEqual([]);
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
