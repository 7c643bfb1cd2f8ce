// Session 43 (issue 15, thirty-fifth pass, 15b): homographs inside town names. A town whose name of several words holds
// a common word (content/search-place-names.yaml) keys those words at the low weight only, so «والسلام», «الخيمة» or
// «لحم» meet «دار السلام», «رأس الخيمة», «بيت لحم» after the pages writing the word in its sense; a town beginning with a
// clitic letter (search-regions.yaml: وجدة، بوكيت) is kept whole, so «بوجدة» is no ب + و + «جدة». Sentences written for
// the test; the real record builder (keyedRecordBody) and the curated data as loaded.
import { describe, expect, it } from 'vitest';
import { indexCtx, key, weights } from './curatedMatch.testkit';
import { parseSearchPlaceNames } from '../data/placeNames';

describe('a common word inside a town’s name', () => {
  it('reads the data', () => {
    expect(indexCtx.patterns?.placeNames?.length).toBeGreaterThan(5);
    expect(() => parseSearchPlaceNames('names: [السلام]')).toThrow();
    expect(() => parseSearchPlaceNames('names: [دار السلام, دار السلام]')).toThrow();
  });

  it('keys «دار السلام» at the low weight, «السلام» of talks at full weight', () => {
    const peace = key('والسلام');
    const city = weights('أفرغت السفينة حمولتها من القمح في ميناء دار السلام');
    expect(city.full.has(peace)).toBe(false);
    expect(city.low.has(peace)).toBe(true);
    expect(city.full.has(key('دار'))).toBe(false);
    // The page is still found for the name: both its words are on it.
    expect(key('دار السلام').split(' ').every((k) => city.low.has(k))).toBe(true);
    // The other words of the sentence keep their weight.
    expect(city.full.has(key('ميناء'))).toBe(true);
    expect(weights('دعا البابا إلى الحوار والسلام ووقف القتال').full.has(peace)).toBe(true);
    expect(weights('استؤنفت محادثات السلام في العاصمة').full.has(peace)).toBe(true);
    // «دار» alone, or «السلام» after another word, is no town.
    expect(weights('افتتحت دار للمسنين قرب ساحة السلام').full.has(key('دار'))).toBe(true);
  });

  it('reads the name through its clitics and article', () => {
    const white = key('البيضاء');
    const casa = weights('نظمت الجمعية سباقا للخيول في حلبة أنفا بالدار البيضاء');
    expect(casa.full.has(white)).toBe(false);
    expect(casa.full.has(key('الخيول'))).toBe(true);
    expect(weights('فازت الخيول البيضاء بجائزة الجمال').full.has(white)).toBe(true);
    const tent = key('الخيمة');
    expect(weights('افتتح منتدى الحبوب في رأس الخيمة').full.has(tent)).toBe(false);
    expect(weights('نصب الرعاة الخيمة قرب البئر').full.has(tent)).toBe(true);
    expect(weights('رمم أصحاب الفنادق في بيت لحم واجهاتهم').full.has(key('لحم'))).toBe(false);
    expect(weights('رفع القصابون سعر لحم الضأن').full.has(key('لحم'))).toBe(true);
  });

  it('keeps a town beginning with a clitic letter whole, and a clitic before Jeddah split', () => {
    // Oujda: «بوجدة», «لوجدة» and the bare name share one key, which is not Jeddah's.
    expect(key('بوجدة')).toBe(key('وجدة'));
    expect(key('لوجدة')).toBe(key('وجدة'));
    expect(key('وجدة')).not.toBe(key('جدة'));
    // «وبجدة» is و + ب + جدة: Jeddah.
    expect(key('وبجدة')).toBe(key('جدة'));
    expect(key('بجدة')).toBe(key('جدة'));
    // Phuket, and its adjective reaching the town.
    expect(key('بوكيت')).not.toBe(key('كيت'));
    expect(key('وبوكيت')).toBe(key('بوكيت'));
    expect(weights('ارتفعت أسعار العقارات البوكيتية').full.has(key('بوكيت'))).toBe(true);
    expect(weights('قالت أسر وجدية إن أبناءها عادوا').full.has(key('وجدة'))).toBe(true);
    expect(weights('وصل الوزير إلى مطار جدة').full.has(key('وجدة'))).toBe(false);
    // Busan is no «سان» (of سان بطرسبورغ).
    expect(key('بوسان')).not.toBe(key('سان'));
  });
});
