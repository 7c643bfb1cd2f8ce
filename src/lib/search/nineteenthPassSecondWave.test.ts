// Issue 15, nineteenth pass, second wave (session 27, 15x), after aside19's printed misses: three singulars
// whose broken plural the list lacked (content/search-plurals.yaml) and measure II's present of «she» read
// before its subject (patternReadings.ts, presentBeforeFeminineSubject). Sentences written here in the
// shapes of the fixture pages.
import { describe, expect, it } from 'vitest';
import { readAs } from './curatedMatch.testkit';

const FULL = { low: false, full: true };
const LOW = { low: true, full: false };
const NONE = { low: false, full: false };

describe('a singular finds its broken plural: جذع/جذوع، دير/أديرة، برقع/براقع', () => {
  it('the singular reaches the plural at full weight', () => {
    expect(readAs('جذع', 'جرف الفيضان الجذوع إلى مصب النهر')).toEqual(FULL);
    expect(readAs('دير', 'رممت البطريركية أديرة الصعيد القديمة')).toEqual(FULL);
    expect(readAs('برقع', 'يصنع الحرفي البراقع من جلد الماعز')).toEqual(FULL);
  });
  it('the plural asks by its own key: «الأديرة» does not reach «دير الزور»', () => {
    expect(readAs('الأديرة', 'قصفت الطائرات ريف دير الزور الشرقي')).toEqual(NONE);
  });
});

describe('measure II’s bare present تفعّل is read with a feminine definite subject after it', () => {
  it('«وتطرز الورشة …», «تلقح الوزارة …» find تطريز، تلقيح at the low weight', () => {
    expect(readAs('تطريز', 'وتطرز الورشة الأثواب يدويا للعرض')).toEqual(LOW);
    expect(readAs('تلقيح', 'تلقح الوزارة المواشي قبل الشتاء')).toEqual(LOW);
  });
  it('without that subject it stays unread (measure V’s noun: «تطرز الأثواب» could be «تطرّز»)', () => {
    expect(readAs('تطريز', 'زاد تطرز الأثواب في الموسم')).toEqual(NONE);
  });
  it('measure I’s and IV’s presents of another meaning stay apart (notMeasureII, notMeasureIIForms)', () => {
    expect(readAs('تعقيد', 'تعقد الحكومة اجتماعا طارئا')).toEqual(NONE);
    expect(readAs('تصدير', 'تصدر الوزارة بيانا كل أسبوع')).toEqual(NONE);
    expect(readAs('تقديم', 'تقدم القوات الروسية نحو المدينة')).toEqual(NONE);
  });
  it('a hollow root stays measure I’s (تعود الحكومة is no تعويد)', () => {
    expect(readAs('تعويد', 'تعود الحكومة إلى طاولة المفاوضات')).toEqual(NONE);
  });
});
