// Twenty-third round (session 26): outlets the data has never heard of. scripts/perturb-ingest.ts
// renames every labelled page's outlet to an invented one; the classes its misses showed, each read
// from the page's own words, not from content/sources.yaml: «المصدر: X» above the story, a portal's
// partner under «مقدّم من», the name beside the page's own link (a follow prompt, a print footer), a
// closing credit «NAME/ WIRE» that the Latin masthead spells, a wire's two-word name glued after the
// dateline's date. Dev pages u1590–u1596 (written after the changes) and pages written here, every
// name invented; none is in sources.yaml.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { fromText, extract, idOf, page } = roundFixtures(['dev']);
const HEADLINE = 'المفوضية الأوروبية تقترح حزمة دعم جديدة لقطاع الطاقة في أوكرانيا';
const LEAD = 'اقترحت المفوضية الأوروبية حزمة دعم جديدة لقطاع الطاقة في أوكرانيا، تشمل محولات ومولدات لإصلاح الشبكة قبل الشتاء.';
const MORE = 'وقال مسؤول في المفوضية إن الحزمة تحتاج إلى موافقة الدول الأعضاء خلال اجتماع الشهر المقبل.';

describe('«المصدر: X» above the story names the outlet, known or not', () => {
  it('dev u1590, u1591: an aggregator credits an origin no data lists, right under the headline', () => {
    expect(idOf(extract('u1590').article.source)).toBe(idOf('منبر الشمال'));
    expect(idOf(extract('u1591').article.source)).toBe(idOf('الأفق الجديد'));
  });
  it('a page of its own: the aggregator\'s brand and © line lose to the credited origin', () => {
    const raw = page('لمحة نيوز', 'الرئيسية', 'العالم', HEADLINE, 'المصدر: شرفة الأطلسي', 'منذ 3 ساعات', LEAD, MORE, '© لمحة نيوز 2026');
    expect(idOf(fromText(raw).article.source)).toBe(idOf('شرفة الأطلسي'));
  });
  it('an institution or an office named as the source is the statement\'s author, not the outlet (dev u1261)', () => {
    expect(idOf(extract('u1261').article.source)).toBe(idOf('صدى الأحداث'));
    const raw = page('لمحة نيوز', HEADLINE, 'المصدر: وزارة الخارجية الإستونية', '2026/04/02', LEAD, MORE, 'الحقوق محفوظة لـ لمحة نيوز ©');
    expect(idOf(fromText(raw).article.source)).toBe(idOf('لمحة نيوز'));
  });
  it('a desk or a link as the source names no one', () => {
    const desk = page('لمحة نيوز', HEADLINE, 'المصدر: عواصم - وكالات', '2026/04/02', LEAD, MORE);
    expect(idOf(fromText(desk).article.source)).toBe(idOf('لمحة نيوز'));
  });
});

describe('a portal\'s partner under «مقدّم من» names the outlet, known or not', () => {
  it('dev u1595: «مقدّم من» over «ينبوع الأخبار»', () => {
    expect(idOf(extract('u1595').article.source)).toBe(idOf('ينبوع الأخبار'));
  });
  it('a sponsor («برعاية») names no outlet, and a date under the label is no partner', () => {
    const sponsor = page('Microsoft Start', 'الأخبار', 'برعاية', 'مصرف الواحة', 'منذ ساعة', HEADLINE, LEAD, MORE);
    expect(idOf(fromText(sponsor).article.source)).not.toBe(idOf('مصرف الواحة'));
    const dated = page('Microsoft Start', 'الأخبار', 'مقدّم من', '12 أبريل 2026', HEADLINE, LEAD, MORE);
    expect(fromText(dated).article.source ?? '').not.toMatch(/2026/);
  });
});

describe('the name beside the page\'s own link: the words that spell its domain, never a prompt\'s or a footer\'s', () => {
  it('dev u1593: «تابعوا قمر الجبل على تيليغرام» over its domain is «قمر الجبل», not «قمر الجبل على»', () => {
    expect(extract('u1593').article.source).toBe('قمر الجبل');
  });
  it('dev u1592: a print footer «طبع من موقع المنارات © 2026» next to the link is «المنارات»', () => {
    expect(idOf(extract('u1592').article.source)).toBe(idOf('المنارات'));
  });
  it('a follow prompt of its own: the name ending in the letter of «على» keeps its own words', () => {
    const raw = page(HEADLINE, 'الأحد 5 أبريل 2026', LEAD, MORE, 'تابعونا على نجم الشمال على فيسبوك', 'www.najmalshamal.com');
    expect(fromText(raw).article.source).toBe('نجم الشمال');
  });
});

describe('a closing credit «NAME/ WIRE» that the Latin masthead spells names the outlet', () => {
  it('dev u1596: «ALSUNBULA» on top, «السنبلة/ أ ف ب» at the foot', () => {
    const { article } = extract('u1596');
    expect(idOf(article.source)).toBe(idOf('السنبلة'));
    expect(idOf(article.agency)).toBe('afp');
  });
  it('a credit the masthead does not spell is the wire\'s line only', () => {
    const raw = page('ALSUNBULA', 'أخبار', HEADLINE, 'نشر في: 18/03/2026 - 16:40', LEAD, MORE, 'الرواق/ رويترز');
    expect(idOf(fromText(raw).article.source)).not.toBe(idOf('الرواق'));
  });
});

describe('a dateline\'s name of two or three words glued after its date, when the page names itself so', () => {
  it('dev u1594: «جيبوتي 14-03-2026 نبأ القرن-» under «وكالة أنباء نبأ القرن»: outlet and agency', () => {
    const { article, place } = extract('u1594');
    expect(idOf(article.source)).toBe(idOf('نبأ القرن'));
    expect(idOf(article.agency)).toBe(idOf('نبأ القرن'));
    expect(place).toBe('جيبوتي');
    expect(article.paragraphs[0]).toMatch(/^دعا وزير الخارجية/);
  });
  it('words after a date that the page does not name stay the story\'s', () => {
    const raw = page('وكالة أنباء نبأ القرن - نبأ القرن', HEADLINE, 'جيبوتي 14-03-2026 قال الوزير - إن بلاده مستعدة للمساعدة في إيصال الحبوب إلى موانئ المنطقة.', MORE);
    expect(fromText(raw).article.agency ?? null).toBeNull();
  });
});

describe('a rights line «جميع حقوق النشر محفوظة لمؤسسة X» names X, not «جميع لمؤسسة X»', () => {
  it('dev u1597: «بوابة الرمال» on top, the publisher\'s rights line at the foot', () => {
    expect(idOf(extract('u1597').article.source)).toBe(idOf('الرمال'));
  });
  it('a page of its own: the rights phrase with «جميع» before «حقوق الطبع والنشر» is stripped whole', () => {
    const raw = page('صوت الواحة', 'الرئيسية', 'دولي', HEADLINE, '2026/04/02', LEAD, MORE, 'جميع حقوق الطبع والنشر محفوظة لصوت الواحة 2026');
    expect(fromText(raw).article.source ?? '').not.toMatch(/جميع/);
  });
});

describe('a doubled tatweel «ــ» opens a dateline\'s credit as one does: a four-word name after it is whole', () => {
  it('dev u1598: «بغداد ــ قناة نور الوادي الفضائية :» under the channel\'s masthead is cut off the lead', () => {
    const { article, place } = extract('u1598');
    expect(place).toBe('بغداد');
    expect(article.paragraphs[0]).toMatch(/^دعا باحثون عراقيون/);
    expect(idOf(article.source)).toBe(idOf('نور الوادي'));
  });
});
