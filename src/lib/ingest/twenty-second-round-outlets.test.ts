// Twenty-second round, part O (session 25): outlet, agency and dateline by the words around a name —
// a syndicated copy's first publisher at the foot, an aggregator's source field, «read on» line and
// source button, an edition's part after a masthead's name, two places joined by a slash, a reporter's
// name after a dateline's credit, a wire's name closed by a slash, wires listed with commas, a post's
// author field naming a wire. Dev pages u1460–u1489 written before any change (the aside third
// `dev-aside-25o` — u1461, u1464, u1467, u1470, u1473, u1476, u1479, u1482, u1485, u1488 — is never
// asserted here) and pages written for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';

const { fromText, extract, idOf, page, lex } = roundFixtures(['dev']);
const HEADLINE = 'الوسطاء يعرضون جدولا جديدا لتبادل الأسرى بين موسكو وكييف';
const LEAD = 'عرض الوسطاء على ممثلي روسيا وأوكرانيا جدولا جديدا لتبادل الأسرى، يبدأ بالجرحى وينتهي بالمدنيين المحتجزين منذ أشهر.';
const MORE = 'وقال دبلوماسي مطلع إن الطرفين تسلما المقترح مكتوبا، وإن الردود الأولى جاءت إيجابية من حيث المبدأ.';
const STORY = 'أعلن الكرملين أن الرئيس استقبل المبعوث الأمريكي لبحث خطة السلام في أوكرانيا.';
/** A page of a site «الميزان» with `foot` after the story. */
const withFoot = (...foot: string[]) => page('الميزان', 'الرئيسية', 'دولي', HEADLINE, '3 ديسمبر 2026', LEAD, MORE, ...foot);

describe('a syndicated copy names its first publisher at the foot: that publisher is the outlet', () => {
  it('dev u1460, u1462: «نُشر هذا المقال أولاً على موقع X», «أعيد نشر هذا المقال من موقع X»', () => {
    expect(idOf(extract('u1460').article.source)).toBe(idOf('الكتيبة'));
    expect(idOf(extract('u1462').article.source)).toBe(idOf('باب مصر'));
  });
  it('pages of their own: «نشرت هذه المادة أولا في X», «منقول من موقع X», «بالاتفاق مع صحيفة X»', () => {
    expect(idOf(fromText(withFoot('نُشرت هذه المادة أولاً في مجلة الرواق', '© الميزان 2026')).article.source)).toBe(idOf('الرواق'));
    expect(idOf(fromText(withFoot('هذا المحتوى منقول من موقع صدى الوادي')).article.source)).toBe(idOf('صدى الوادي'));
    expect(idOf(fromText(withFoot('المقال منشور بالاتفاق مع صحيفة الأفق')).article.source)).toBe(idOf('الأفق'));
  });
  it('a name holding «من» stays whole («أعيد نشر هذا المقال من موقع صوت من الجنوب»)', () => {
    expect(idOf(fromText(withFoot('أعيد نشر هذا المقال من موقع صوت من الجنوب')).article.source)).toBe(idOf('صوت من الجنوب'));
  });
});

describe('an aggregator names its provider in a source field, a «read on» line or next to a source button', () => {
  it('«الخبر من: صحيفة X» under the headline, «تابع القراءة على X» at the foot', () => {
    const field = page('خليج نيوز', HEADLINE, 'الخبر من: صحيفة الوسيط', 'منذ ساعة', LEAD, MORE, 'زيارة الموقع');
    expect(idOf(fromText(field).article.source)).toBe(idOf('الوسيط'));
    const readOn = page('خليج نيوز', HEADLINE, 'منذ ساعة', LEAD, MORE, 'تابع القراءة على الوسيط');
    expect(idOf(fromText(readOn).article.source)).toBe(idOf('الوسيط'));
  });
  it('the provider alone on the line after «اقرأ الخبر من المصدر», or before «زيارة المصدر»', () => {
    const after = page('خليج نيوز', HEADLINE, 'منذ ساعة', LEAD, MORE, 'اقرأ الخبر من المصدر', 'الوسيط');
    expect(idOf(fromText(after).article.source)).toBe(idOf('الوسيط'));
    const before = page('خليج نيوز', HEADLINE, 'منذ ساعة', LEAD, MORE, 'صحيفة الوسيط', 'زيارة المصدر', 'أخبار ذات صلة');
    expect(idOf(fromText(before).article.source)).toBe(idOf('الوسيط'));
  });
  it('a control: a related block\'s marker next to the button names no one; the masthead stays', () => {
    const got = fromText(page('خليج نيوز', 'الرئيسية', HEADLINE, '3 ديسمبر 2026', LEAD, MORE, 'اقرأ الخبر من المصدر', 'أخبار ذات صلة', '© خليج نيوز 2026'));
    expect(idOf(got.article.source)).toBe(idOf('خليج نيوز'));
  });
});

describe('an edition\'s part after the masthead\'s name is no part of the name (`editionWords`)', () => {
  it('dev u1489: «صدى الأوراس – طبعة باتنة»', () => {
    expect(extract('u1489').article.source).toBe('صدى الأوراس');
  });
  it('a page of its own: «المرفأ | نسخة مصر» over the menu', () => {
    const got = fromText(page('المرفأ | نسخة مصر', 'الرئيسية', 'سياسة', 'اقتصاد', HEADLINE, '3 ديسمبر 2026', LEAD, MORE));
    expect(got.article.source).toBe('المرفأ');
  });
});

describe('datelines: two places joined by a slash, a reporter after the credit, wires closed by a slash or listed', () => {
  const cut = (text: string) => { const d = parseDateline(text, lex); return d && { place: d.place, agency: d.agency?.name, rest: text.slice(d.end) }; };
  it('dev u1469: «موسكو/كييف – (أ ف ب) –» credits AFP and leaves the story', () => {
    const got = extract('u1469').article;
    expect(got.agency && idOf(got.agency)).toBe('afp');
    expect(got.paragraphs[0].startsWith('أعلنت روسيا')).toBe(true);
  });
  it('dev u1471: «موسكو – مراسل المستقبل العراقي – نزار جواد:» — the reporter\'s name is cut with the dateline', () => {
    expect(extract('u1471').article.paragraphs[0].startsWith('عرض وفد عراقي')).toBe(true);
  });
  it('«موسكو – مراسلنا – سامر خليل الحداد:»: a three-word name after the page\'s own correspondent', () => {
    expect(cut(`موسكو – مراسلنا – سامر خليل الحداد: ${STORY}`)?.rest).toBe(STORY);
  });
  it('«موسكو (رويترز) - من سامر الحداد:»: a wire\'s «from NAME» byline is cut too, and is never the outlet', () => {
    expect(cut(`موسكو (رويترز) - من سامر الحداد: ${STORY}`)?.rest).toBe(STORY);
    const got = fromText(page('الميزان', 'الرئيسية', HEADLINE, '3 ديسمبر 2026', `موسكو - من سامر الحداد: ${LEAD}`, MORE));
    expect(got.article.source).toBe('الميزان');
  });
  it('a control: a person quoted after the credit («– عادل الجبير: إن …») stays in the lead', () => {
    expect(cut(`موسكو - وكالات - عادل الجبير: إن ${STORY}`)?.rest).toBe(`عادل الجبير: إن ${STORY}`);
  });
  it('«موسكو - Reuters/», «موسكو – رويترز/»: a slash closes the wire\'s name', () => {
    expect(cut(`موسكو - Reuters/ ${STORY}`)).toEqual({ place: 'موسكو', agency: 'Reuters', rest: STORY });
    expect(cut(`موسكو – رويترز/ ${STORY}`)?.rest).toBe(STORY);
  });
  it('«موسكو - أ ف ب، رويترز:»: two wires listed after a dash, the first the agency', () => {
    const got = cut(`موسكو - أ ف ب، رويترز: ${STORY}`);
    expect(got?.rest).toBe(STORY);
    expect(idOf(got?.agency)).toBe('afp');
  });
  it('a control: a wire named in prose after a comma («موسكو - رويترز، حيث قال …») lists nothing', () => {
    expect(cut(`موسكو - رويترز، حيث قال الكرملين إن الرئيس استقبل المبعوث`)?.rest).toBe('رويترز، حيث قال الكرملين إن الرئيس استقبل المبعوث');
  });
});

describe('two wires listed on a line of their own after the story: the first listed is the agency', () => {
  it('«رويترز/ أ ف ب», «Reuters/AFP»', () => {
    expect(idOf(fromText(withFoot('رويترز/ أ ف ب', '© الميزان 2026')).article.agency)).toBe('reuters');
    expect(idOf(fromText(withFoot('Reuters/AFP', '© الميزان 2026')).article.agency)).toBe('reuters');
  });
});

describe('a post\'s author field naming a wire is a byline, never the site\'s slogan', () => {
  it('«الكاتب: وكالة الأنباء الألمانية» under the headline: the site stays the outlet, the wire is the agency', () => {
    const got = fromText(page('الميزان', 'الرئيسية', HEADLINE, 'الكاتب: وكالة الأنباء الألمانية', '3 ديسمبر 2026', LEAD, MORE));
    expect(got.article.source).toBe('الميزان');
    expect(got.article.agency && idOf(got.article.agency)).toBe('dpa');
  });
});
