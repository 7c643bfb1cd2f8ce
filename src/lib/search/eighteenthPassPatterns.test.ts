// Issue 15, eighteenth pass (session 26, 15q): two plural patterns that read wrong words. A plural
// pattern's final ة is read only where the page writes ة (a ه there is a pronoun on a verb: أبرمه،
// أعلنه، تتابعه), and فعلان with a clitic letter first only after the article. Sentences written here, in
// the shapes of the fixture pages.
import { describe, expect, it } from 'vitest';
import { readAs, vocabulary } from './curatedMatch.testkit';
import { patternReader, pluralReadings } from './patternReadings';

describe('a plural pattern ending in ة is not read from a verb with the pronoun ه', () => {
  it('أفعلة: أعلنه، أبلغه، أبرمه are measure IV verbs with «him/it», no plural of علان، بلاغ، برام', () => {
    expect(readAs('علان', 'وأكد المتحدث ما أعلنه الوزير في المؤتمر الصحفي').low).toBe(false);
    expect(readAs('بلاغ', 'استدعى الوزير السفير وأبلغه احتجاج بلاده').low).toBe(false);
    expect(readAs('برام', 'قال إن الاتفاق الذي أبرمه الطرفان صامد').low).toBe(false);
  });
  it('فعاللة: تعارضه، لصالحه are a verb or a noun with the pronoun, no plural of تعريض، صلاح', () => {
    expect(readAs('تعريض', 'خطة سلام تعارضه عواصم أوروبية عدة').low).toBe(false);
    expect(readAs('صلاح', 'يرى أن الوقت يعمل لصالحه').low).toBe(false);
  });
  it('the plural written with ة is still read, and so is its ة turned ت before a pronoun', () => {
    expect(readAs('رصيف', 'تضررت أرصفة الميناء بعد القصف')).toEqual({ low: true, full: false });
    expect(readAs('قناع', 'وزعت البلدية أقنعة واقية على السكان')).toEqual({ low: true, full: false });
    expect(readAs('عملاق', 'تتنافس عمالقة التقنية على السوق')).toEqual({ low: true, full: false });
    // A suffix reading (أرصفته → أرصفة) keeps the ة's place as ت: the page's letters do not end in the word.
    const reader = patternReader(vocabulary.patterns!);
    expect(pluralReadings('ارصفه', reader, 'أرصفته')).toContain('رصيف');
    expect(pluralReadings('ارصفه', reader, 'أرصفه')).toEqual([]);
  });
});

describe('فعلان with و ف ب ك ل first is read only after the article', () => {
  it('بستان، فستان (singular nouns) give no singular of فعلان without the article', () => {
    expect(readAs('بسات', 'يملك المزارع بستان تفاح قرب النهر').low).toBe(false);
    expect(readAs('فسات', 'ارتدت الممثلة فستان سهرة أحمر').low).toBe(false);
  });
  it('with the article, or another first letter, the plural is read as before', () => {
    expect(readAs('فارس', 'استعرض الفرسان مهاراتهم في الساحة')).toEqual({ low: true, full: false });
    expect(readAs('غزال', 'تعيش في المحمية قطعان من الغزلان')).toEqual({ low: true, full: false });
    expect(readAs('جدار', 'أعاد المزارعون بناء جدران الدفيئات')).toEqual({ low: true, full: false });
  });
});
