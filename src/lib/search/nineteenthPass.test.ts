// Issue 15, nineteenth pass (session 27, 15p): word forms at the scale of the language — the broken
// plurals of content/search-plurals.yaml and the regions' nisbas of content/search-regions.yaml read
// through the real data at full weight, and the words left out on purpose still apart. Sentences written
// here in the shapes of the fixture pages, with words no query set uses.
import { describe, expect, it } from 'vitest';
import { ctx, readAs } from './curatedMatch.testkit';
import { searchStem } from './keys';
import { normalizeArabic } from '../arabic/normalize';
import { loadSearchPlurals, loadSearchRegions } from '../data/searchPlurals';

const FULL = { low: false, full: true };
const NONE = { low: false, full: false };

describe('a singular finds the broken plural of the news vocabulary; the plural asks by its own key', () => {
  it('objects, animals, places, people: the singular reaches the plural', () => {
    expect(readAs('أريكة', 'جلس الوفد على الأرائك في القاعة')).toEqual(FULL);
    expect(readAs('حاسوب', 'صادرت الشرطة الحواسيب من المكتب')).toEqual(FULL);
    expect(readAs('جاموس', 'نفقت الجواميس في المزرعة بعد القصف')).toEqual(FULL);
    expect(readAs('حانوت', 'أغلقت الحوانيت أبوابها في السوق القديمة')).toEqual(FULL);
    expect(readAs('عبقري', 'جمع المعرض العباقرة الشبان من البلدين')).toEqual(FULL);
  });
  it('an adjective with a broken plural (صغير/صغار، قديم/قدماء)', () => {
    expect(readAs('صغير', 'تضرر المزارعون الصغار من الجفاف')).toEqual(FULL);
    expect(readAs('قديم', 'ذكر القدماء أن النهر فاض مرتين')).toEqual(FULL);
  });
  it('a plural the list brings does not reach the singular, which often names something else (ضفة, فخ, فوج)', () => {
    expect(readAs('الضفاف', 'اقتحمت القوات بلدة في الضفة الغربية')).toEqual(NONE);
    expect(readAs('الأفواج', 'أعلن فوج المشاة وصوله إلى المدينة')).toEqual(NONE);
    expect(readAs('الفخاخ', 'قال إن الاتفاق فخ سياسي')).toEqual(NONE);
    expect(readAs('ضفة', 'غمرت المياه الضفاف المنخفضة للنهر')).toEqual(FULL);
  });
  it('second wave (15x, after aside19’s printed misses): جذع/جذوع، دير/أديرة; «الأديرة» reaches no «دير الزور»', () => {
    expect(readAs('جذع', 'جرف الفيضان الجذوع إلى مصب النهر')).toEqual(FULL);
    expect(readAs('دير', 'رممت البطريركية أديرة الصعيد القديمة')).toEqual(FULL);
    expect(readAs('الأديرة', 'قصفت الطائرات ريف دير الزور الشرقي')).toEqual(NONE);
  });
  it('a plural the curated lists already joined keeps its family (أسعار ↔ سعر, search-forms.yaml)', () => {
    expect(readAs('أسعار', 'ارتفع سعر الخبز في الأسواق')).toEqual(FULL);
  });
});

describe('a pair whose other form is mostly another word stays apart', () => {
  it('no family joins العالم «the world» to العلماء, صينية «Chinese» to a tray, الخليج to الخلجان', () => {
    expect(readAs('العلماء', 'قال إن العالم يراقب ما يجري')).toEqual(NONE);
    expect(readAs('الصواني', 'وقعت شركة صينية عقدا جديدا')).toEqual(NONE);
    expect(readAs('الخلجان', 'زار الوزير دول الخليج الأسبوع الماضي')).toEqual(NONE);
  });
});

describe('a gated plural (ownPlurals of search-plurals.yaml) is asked for by its own key', () => {
  it('«الأقفاص» (cages) meets no «قفص الاتهام» (the dock); «قفص» still finds the cages', () => {
    expect(readAs('الأقفاص', 'وقف المتهمون في قفص الاتهام خلال الجلسة')).toEqual(NONE);
    expect(readAs('قفص', 'نقلت الطيور في أقفاص خشبية إلى الحديقة')).toEqual(FULL);
  });
});

describe('a region’s nisba finds the region, and the region its nisba', () => {
  it('regions of Russia, Europe, the Arab world', () => {
    expect(readAs('القوقاز', 'نقلت وحدات قوقازية إلى الجبهة')).toEqual(FULL);
    expect(readAs('البلقان', 'عقدت الدول البلقانية اجتماعا طارئا')).toEqual(FULL);
    expect(readAs('حلب', 'افتتح تجار حلبيون متجرا في المدينة')).toEqual(FULL);
    expect(readAs('الأندلسية', 'زار الوفد الأندلس في جولة ثقافية')).toEqual(FULL);
  });
  it('a place left out keeps its other sense: «على الصعيد الدولي» is no الصعيدي', () => {
    expect(readAs('الصعيدي', 'تحرك الوزير على الصعيد الدولي')).toEqual(NONE);
  });
});

describe('no form of the lists is read as a clitic letter and another word', () => {
  it('every form keeps its stem (فقراء is no ف + قراء, بروسيا no ب + روسيا: such lines were left out)', () => {
    const changed = [...loadSearchPlurals(), ...loadSearchRegions()]
      .flatMap((e) => e.family.forms.map((f) => normalizeArabic(f)))
      .filter((n) => !n.startsWith('ال') && searchStem(n, ctx.known) !== n);
    expect(changed).toEqual([]);
  });
});
