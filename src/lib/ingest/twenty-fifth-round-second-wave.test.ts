// Twenty-fifth round, second wave (session 28): aside25's printed misses, fixed by rules that transfer —
// furniture a copy glued before the headline on one line (a clock time, a breadcrumb trail or a section
// and a pipe, the header's login word), a year-less dateline day with a two-word Levantine month, a
// comment form's prompts; interface text read as the outlet (a partner's label, a feed reader's «all
// articles» tab and its unread count, a task board card) and the site a lead says a source told.
// Pages written for this test (not aside25's text).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { gluedFurniture } from './glued-furniture';

const { fromText, page, outletEvidence } = roundFixtures([]);
const HEADLINE = 'الأردن يدعو موسكو وكييف إلى هدنة إنسانية قبل الأعياد';
const STORY = 'دعا وزير الخارجية الأردني موسكو وكييف إلى هدنة إنسانية قبل الأعياد، تتيح إيصال المساعدات إلى المدنيين وتبادل الأسرى بين الجانبين.';
const MORE = 'وقال الوزير في مؤتمر صحفي إن الأردن مستعد لدعم أي جهد دولي يخفف معاناة المدنيين في مناطق القتال.';
const words = { isInterfaceLine: (t: string) => t === 'تسجيل الدخول', isCallToAction: (w: string) => w === 'شاهد' };

describe('furniture glued before the headline', () => {
  it('a clock time «08:45 HEADLINE»: the title is the headline alone', () => {
    const got = fromText(page('المفرق اليوم', 'الرئيسية', 'محليات', 'دولي', `08:45 ${HEADLINE}`, '20/12/2026', STORY, MORE));
    expect(got.article.title).toBe(HEADLINE);
  });
  it('a breadcrumb trail «الرئيسية › عربي ودولي › HEADLINE» (a menu line): the headline after it, not the lead', () => {
    const got = fromText(page('المفرق اليوم', 'أخبار', 'محافظات', `الرئيسية › عربي ودولي › ${HEADLINE}`, '20/12/2026', STORY, MORE));
    expect(got.article.title).toBe(HEADLINE);
  });
  it('a section and a pipe «أخبار العالم | HEADLINE» (its first word a label): the headline after it', () => {
    const got = fromText(page('المفرق اليوم', 'الرئيسية', 'محليات', `أخبار العالم | ${HEADLINE}`, '20 كانون الأول 2026', STORY, MORE));
    expect(got.article.title).toBe(HEADLINE);
  });
  it('the header\'s login word «تسجيل الدخول HEADLINE» (exactLines): cut', () => {
    const got = fromText(page('المفرق اليوم', 'الرئيسية', 'محليات', `تسجيل الدخول ${HEADLINE}`, '20/12/2026', STORY, MORE));
    expect(got.article.title).toBe(HEADLINE);
  });
  it('guard: a section the lead repeats is no furniture to cut (the evidence, not the shape)', () => {
    const got = gluedFurniture(`الأردن | ${HEADLINE}`, words);
    expect(got?.shape).toBe('trail');
    const title = fromText(page('المفرق اليوم', 'الرئيسية', 'محليات', `الأردن | ${HEADLINE}`, '20/12/2026', STORY, MORE)).article.title;
    expect(title).not.toBe(HEADLINE);
  });
  it('guard: a title bar «HEADLINE | NAME» and a teaser «شاهد | …» are no trail', () => {
    expect(gluedFurniture(`${HEADLINE} | المفرق اليوم`, words)).toBeUndefined();
    expect(gluedFurniture('شاهد | لحظة وصول الوزير إلى عمان', words)).toBeUndefined();
  });
});

describe('a year-less dateline day with a two-word Levantine month', () => {
  it('«حلب - 19 تشرين الثاني:» on a page without headline: cut off the lead, the place read, the title made from the rest', () => {
    const lead = 'حلب - 19 تشرين الثاني: بحث محافظ حلب مع وفد روسي سبل إعادة تشغيل خطوط نقل الحبوب المتوقفة منذ بدء الحرب في أوكرانيا، وفق بيان للمحافظة.';
    const got = fromText(page('الشهباء نيوز', 'الرئيسية', 'محليات', 'خبر', '19.11.2026', lead, MORE));
    expect(got.place).toBe('حلب');
    expect(got.article.paragraphs[0].startsWith('بحث محافظ حلب')).toBe(true);
    expect(got.article.title.startsWith('حلب -')).toBe(false);
  });
});

describe('a comment form under the story', () => {
  it('«اترك تعليقاً», the e-mail notice and the save-my-name sentence are clutter', () => {
    const got = fromText(page('المفرق اليوم', 'الرئيسية', 'دولي', HEADLINE, '20/12/2026', STORY, MORE, 'اترك تعليقاً',
      'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
      'احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.', 'إرسال التعليق'));
    const body = got.article.paragraphs.join('\n');
    expect(body).not.toContain('تعليق');
    expect(body).not.toContain('المتصفح');
  });
});

describe('interface text is never the outlet', () => {
  it('a partner\'s label before a colon «شريك إعلامي: إذاعة …» over the masthead: the masthead is the outlet', () => {
    const raw = page('شريك إعلامي: إذاعة الوادي', 'المفرق اليوم', 'الرئيسية', 'محليات', 'دولي', HEADLINE, '20/12/2026', STORY, MORE, 'جميع الحقوق محفوظة');
    expect(outletEvidence(raw)?.value).toBe('المفرق اليوم');
  });
  it('a feed reader opening on «كل المقالات» with the feed\'s unread count: the feed\'s name, less its count', () => {
    const raw = page('Tiny Tiny RSS', 'كل المقالات', 'المفرق اليوم (9)', HEADLINE, '20 Dec 2026, 10:15', STORY, MORE, 'وضع علامة كمقروء');
    expect(outletEvidence(raw)?.value).toBe('المفرق اليوم');
  });
  it('a Trello card: its section heads are the tool\'s, the card\'s link names the site', () => {
    const raw = page('Trello', 'لوحة: رصد', 'في القائمة: جديد', HEADLINE, 'الوصف', STORY, MORE, 'المرفقات', 'mafraqtoday.jo', 'https://mafraqtoday.jo/news/2026/12/truce', 'النشاط');
    expect(outletEvidence(raw)?.value).toBe('mafraqtoday.jo');
  });
});

describe('the site its lead says a source told', () => {
  // The name needs a site's word (`sourceAffixes`: «… نيوز», «موقع …»), as the story's own names do.
  it('«قال مصدر لـ"NAME" إن …» with nothing else naming a site: NAME, weakly', () => {
    const lead = 'قال مصدر دبلوماسي لـ"المفرق نيوز" إن الأردن سيدعو موسكو وكييف إلى هدنة إنسانية قبل الأعياد خلال اجتماع وزاري الأسبوع المقبل.';
    const raw = page('الرئيسية', 'محليات', 'دولي', 'اقتصاد', `مصدر: ${HEADLINE}`, '20/12/2026', lead, MORE, 'جميع الحقوق محفوظة');
    expect(outletEvidence(raw)?.value).toBe('المفرق نيوز');
  });
  it('guard: a wire told («لـ"رويترز"») is no site of the page', () => {
    const lead = 'قال مصدر دبلوماسي لـ"رويترز" إن الأردن سيدعو موسكو وكييف إلى هدنة إنسانية قبل الأعياد خلال اجتماع وزاري الأسبوع المقبل.';
    const raw = page('الرئيسية', 'محليات', 'دولي', 'اقتصاد', `مصدر: ${HEADLINE}`, '20/12/2026', lead, MORE, 'جميع الحقوق محفوظة');
    expect(outletEvidence(raw)?.value).not.toBe('رويترز');
  });
});

describe('a site that claims its pages over a wire\'s dateline and «المصدر:»', () => {
  const lead = 'عمان - بترا - رحب الأردن بكل مسعى يقرب بين موسكو وكييف، ودعا إلى هدنة إنسانية قبل الأعياد تتيح إيصال المساعدات إلى المدنيين.';
  it('its own © line: the site is the outlet, the wire the agency', () => {
    const raw = page('المفرق اليوم', 'الرئيسية', 'محليات', 'دولي', HEADLINE, '20/12/2026', lead, MORE, 'المصدر: وكالة الأنباء الأردنية', 'أخبار ذات صلة', '© 2026 المفرق اليوم');
    expect(outletEvidence(raw)?.value).toBe('المفرق اليوم');
  });
  it('guard: no © line — the wire\'s text copied (the aggregator convention, dev u884)', () => {
    const raw = page('المفرق اليوم', 'الرئيسية', 'محليات', 'دولي', HEADLINE, '20/12/2026', lead, MORE, 'المصدر: وكالة الأنباء الأردنية', 'أخبار ذات صلة');
    expect(outletEvidence(raw)?.value).not.toBe('المفرق اليوم');
  });
  it('guard: a credit line giving the story\'s rights to the wire («مصادر الخبر: © …») outweighs the site\'s © line', () => {
    const raw = page('المفرق اليوم', 'الرئيسية', 'محليات', 'دولي', HEADLINE, '20/12/2026', lead, MORE, 'مصادر الخبر: © وكالة الأنباء الأردنية', 'أخبار ذات صلة', 'جميع الحقوق محفوظة لموقع المفرق اليوم © 2026');
    expect(outletEvidence(raw)?.value).not.toBe('المفرق اليوم');
  });
});
