// Issue 15, eighteenth pass, second wave (session 26, 15x): the classes of aside18's misses (spent) — a
// region's nisba no data held (content/search-countries.yaml's regions), concepts said in other words
// (content/search-near-synonyms.yaml: surrogacy, public opinion and the poll, flights resumed, crops'
// genetic resources), and broken plurals no pattern reads safely (content/search-forms.yaml). Sentences
// written here, in the shapes of the fixture pages, mostly about other places and things than aside18's.
import { describe, expect, it } from 'vitest';
import { conceptOrWider as concept, ctx, readAs } from './curatedMatch.testkit';
import { indexKeys } from './keys';

const found = (r: { low: boolean; full: boolean }) => r.low || r.full;

const setTokens = (text: string) => indexKeys(text, ctx).filter((t) => t.startsWith('uunear'));

describe('a region finds its nisba and the nisba its region', () => {
  it('a name in يا against its adjective in ي/ية, both ways', () => {
    expect(found(readAs('تشوفاشيا', 'افتتح مصنع تشوفاشي للجرارات فرعا في القاهرة'))).toBe(true);
    expect(found(readAs('كاليفورنيا', 'تضررت مزارع كاليفورنية من موجة الحر'))).toBe(true);
    expect(found(readAs('السيبيرية', 'هبطت درجات الحرارة في سيبيريا إلى خمسين تحت الصفر'))).toBe(true);
  });
  it('a name in و kept whole: «ويلز» is no و + «يلز», and finds «الويلزي»', () => {
    expect(found(readAs('ويلز', 'سجل المهاجم الويلزي هدفين في المباراة'))).toBe(true);
  });
});

describe('near-synonym sets: one thing said in other words', () => {
  it('surrogacy: «الأمهات البديلات» finds «تأجير الأرحام», not «صلة الأرحام»', () => {
    expect(concept('الأمهات البديلات في جورجيا', 'تشدد جورجيا القيود على تأجير الأرحام للأجانب')).toBe(true);
    expect(setTokens('دعا الخطيب إلى صلة الأرحام في العيد')).toEqual([]);
  });
  it('public opinion finds a poll (one way), never «تبادل الآراء» of delegations', () => {
    expect(concept('الرأي العام في صربيا', 'أظهر استطلاع رأي أجري في صربيا أن الغالبية تعارض العقوبات')).toBe(true);
    expect(setTokens('تبادل الوفدان الآراء حول الملف النووي')).toEqual([]);
  });
  it('flights resumed, never a court’s appeal nor the return of refugees', () => {
    expect(concept('عودة الرحلات إلى دمشق', 'قررت شركة الطيران استئناف الرحلات الجوية إلى دمشق')).toBe(true);
    expect(setTokens('قدم الدفاع طلب استئناف ضد الحكم')).toEqual([]);
    // Refugees going home is a concept of its own since session 35 (refugee-return), never the flights'.
    expect(setTokens('تتواصل عودة اللاجئين إلى قراهم')).toEqual(['uunearrefugeereturnuu']);
  });
  it('crops’ genetic diversity finds a seed bank’s samples', () => {
    expect(concept('التنوع الوراثي للقمح', 'حفظ المعهد عينات البذور من القمح في خزائن مبردة')).toBe(true);
  });
});

describe('broken plurals kept as pairs where no pattern reads them safely', () => {
  it('animals and containers', () => {
    expect(found(readAs('حوت', 'رصد الصيادون الحيتان قرب السواحل'))).toBe(true);
    expect(found(readAs('الرضع', 'نقل رضيع إلى المستشفى بعد القصف'))).toBe(true);
    expect(found(readAs('إناء', 'عرض المتحف آنية فخارية من العصر البرونزي'))).toBe(true);
    expect(found(readAs('تاج', 'سرقت التيجان من المتحف'))).toBe(true);
  });
});
