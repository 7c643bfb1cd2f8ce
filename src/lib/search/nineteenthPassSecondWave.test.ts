// Issue 15, nineteenth pass, second wave (session 27, 15x), after aside19's printed misses: two singulars
// whose broken plural the list lacked (content/search-plurals.yaml). Sentences written here in the shapes
// of the fixture pages.
import { describe, expect, it } from 'vitest';
import { readAs } from './curatedMatch.testkit';

const FULL = { low: false, full: true };
const NONE = { low: false, full: false };

describe('a singular finds its broken plural: جذع/جذوع، دير/أديرة', () => {
  it('the singular reaches the plural at full weight', () => {
    expect(readAs('جذع', 'جرف الفيضان الجذوع إلى مصب النهر')).toEqual(FULL);
    expect(readAs('دير', 'رممت البطريركية أديرة الصعيد القديمة')).toEqual(FULL);
  });
  it('the plural asks by its own key: «الأديرة» does not reach «دير الزور»', () => {
    expect(readAs('الأديرة', 'قصفت الطائرات ريف دير الزور الشرقي')).toEqual(NONE);
  });
});
