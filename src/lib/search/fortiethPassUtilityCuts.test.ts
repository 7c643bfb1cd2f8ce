// Session 48 (issue 15, fortieth pass, 15r): a utility's cut named in the reader's other words. Three probes of real
// outlets' text in a row (39, 46, 48; docs/search.md «Fortieth pass: real pages' text, probe 48») missed a page that
// says the cut one way for a query that names it another: «قطع التيار الكهربائي», «غياب التيار الكهربائي» over «الكهرباء
// مقطوعة»; «أزمة العطش», «بلا ماء» over «توقف ضخ المياه». The power cut's names (content/search-synonyms.yaml) and the
// water cut's words (content/search-near-synonyms.yaml) now read those variants, each verb of cutting with each name
// of the supply; a bare «التيار» (a political current) never joins. Sentences are written for the test.
import { describe, expect, it } from 'vitest';
import { conceptOrWider as concept, ctx } from './curatedMatch.testkit';
import { indexKeys } from './keys';
import { conceptKey } from './terms';

const tokens = (text: string) => indexKeys(text, ctx).filter((t) => t.startsWith('uu'));

describe('a power cut named by cutting, absence or lack finds the page that says it otherwise', () => {
  it('the reader’s «قطع» / «غياب» / «انعدام» of the current finds a page writing «انقطاع» or the rationing hours', () => {
    expect(concept('قطع التيار الكهربائي', 'تشكو الأحياء الشرقية انقطاع الكهرباء منذ الصباح')).toBe(true);
    expect(concept('غياب التيار الكهربائي', 'طالت ساعات التقنين في القرى المجاورة')).toBe(true);
    expect(concept('انعدام الكهرباء', 'يعيش السكان بلا كهرباء منذ أسبوع')).toBe(true);
    expect(concept('قطع الكهرباء', 'انقطع التيار الكهربائي عن المدينة مساء أمس')).toBe(true);
  });
  it('a page saying the supply «is cut» (the residents’ voice) carries the cut', () => {
    expect(concept('انقطاع الكهرباء', 'الكهرباء مقطوعة عن الحي منذ ستة أيام ولا أحد يجيب')).toBe(true);
    expect(concept('انقطاع الكهرباء', 'انقطعت الكهرباء عن نصف المدينة بعد العاصفة')).toBe(true);
  });
});

describe('a water cut said as being without water, or the water «cut», finds the utility’s notice', () => {
  it('«بلا ماء» / «دون مياه» / «المياه مقطوعة» join the water cut both ways', () => {
    expect(concept('بلا ماء', 'أعلنت الشركة توقف ضخ المياه عن تسعة أحياء')).toBe(true);
    expect(concept('دون مياه', 'سيتم قطع المياه عن المنطقة يومين')).toBe(true);
    expect(concept('انقطاع المياه', 'المياه مقطوعة عن الحي منذ ثلاثة أيام')).toBe(true);
    expect(concept('انقطاع المياه', 'انقطعت المياه عن القرية بعد عطل في الخط الناقل')).toBe(true);
  });
});

describe('what must not change: other currents, other absences, other cuts', () => {
  it('a political current absent, a cut in relations or supplies of arms carry no power cut', () => {
    expect(tokens('أعلن غياب التيار الإصلاحي عن الانتخابات')).not.toContain(conceptKey('power-cut'));
    expect(tokens('قررت الحكومة قطع العلاقات مع الدولة الجارة')).not.toContain(conceptKey('power-cut'));
    expect(tokens('هدد بقطع إمدادات السلاح عن الجيش')).not.toContain(conceptKey('power-cut'));
  });
  it('a desert crossed without water, a drink without sugar, or the sea cut off carry no water cut', () => {
    expect(tokens('شرب القهوة بلا سكر')).not.toContain(conceptKey('near-water-cut'));
    expect(tokens('قطع الجيش الطريق المؤدي إلى البحر')).not.toContain(conceptKey('near-water-cut'));
  });
});
