// Twenty-first round, second wave (session 24): aside21's printed misses, fixed by rules that transfer
// — a station's owner line is furniture, never the headline; a name printed in both scripts next to
// the page's own link is shown by its Arabic half; a dateline's spelled acronym of the page's own
// agency stands for its masthead's full name. Pages written for this test (not aside21's text).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { fromText, page, idOf } = roundFixtures([]);
const LEAD = 'بحث وزير الخارجية مع السفير الروسي سبل دعم الحوار بين موسكو وكييف، مؤكدا أهمية تأمين صادرات الحبوب عبر البحر الأسود.';
const MORE = 'وتطرق اللقاء إلى أوضاع الجاليات في البلدين، وإلى التعاون في مجالي التعليم العالي والطاقة.';

describe('a station\'s owner line is furniture, never the headline', () => {
  it('«إحدى الإذاعات … التابعة لـ …» under a regional station, no headline: the title is made from the lead', () => {
    const lead = 'قفصة 15 أكتوبر (وات)- استقبل والي قفصة، اليوم الخميس، وفدا من رجال الأعمال الروس لبحث فرص الاستثمار في الجهة، مؤكدا أن الحرب في أوكرانيا لم تمنع تطوير المبادلات الوطنية مع البلدين.';
    const got = fromText(page('إذاعة قفصة', 'Radio Gafsa', 'إحدى الإذاعات الجهوية التابعة لمؤسسة الإذاعة الوطنية', 'البث المباشر', 'الأخبار', 'البرامج', 'الخميس 15 أكتوبر 2026', lead, MORE, 'استمعوا إلى النشرة كاملة'));
    expect(got.article.title.startsWith('استقبل والي قفصة')).toBe(true);
    expect(got.article.source).toBe('إذاعة قفصة');
  });
  it('«محطة جهوية تابعة لـ …» over a headline that shares no word with the lead\'s opening: the headline stays', () => {
    const headline = 'الدبلوماسية التونسية تراهن على الحوار في الملف الأوكراني';
    const got = fromText(page('إذاعة توزر', 'محطة جهوية تابعة لـ الإذاعة التونسية', headline, '15/10/2026', LEAD, MORE));
    expect(got.article.title).toBe(headline);
  });
});

describe('a name printed in both scripts next to the page\'s own link is the Arabic half', () => {
  it('a post\'s handle and «قناة الوطنية Elwatania TV» under it: the outlet is «قناة الوطنية»', () => {
    const got = fromText(page('elwatania.tn', 'قناة الوطنية Elwatania TV', 'متابعة', LEAD, MORE, '#تونس #أوكرانيا', 'منذ 3 أيام', '870 إعجاب'));
    expect(got.article.source).toBe('قناة الوطنية');
  });
});

describe('a dateline\'s spelled acronym of the page\'s own agency is its masthead\'s full name', () => {
  it('«(إيه بي إن)» under «APN» over «وكالة أفريقيا بريس نيوز»: outlet and agency the full name', () => {
    const headline = 'مبعوثون أفارقة: الحوار وحده يفتح طريق الحبوب من البحر الأسود';
    const got = fromText(page('APN', 'وكالة أفريقيا بريس نيوز', 'الرئيسية', 'أفريقيا', 'العالم', headline, 'بقلم أمادو سيسي', `أديس أبابا, 14 أكتوبر 2026 (إيه بي إن) - ${LEAD}`, MORE, 'انشر', '© وكالة أفريقيا بريس نيوز 2026'));
    expect(idOf(got.article.source)).toBe(idOf('أفريقيا بريس نيوز'));
    expect(idOf(got.article.agency)).toBe(idOf('أفريقيا بريس نيوز'));
  });
});

describe('a body\'s masthead over its sub-line and its Latin brand is the outlet, never the headline', () => {
  it('«اتحاد المغرب العربي» / «الأمانة العامة» / «Arab Maghreb Union» over a press release', () => {
    const headline = 'الأمين العام يبحث مع وفد روسي سبل دعم الحوار بشأن أوكرانيا';
    const lead = 'الرباط - بحث الأمين العام لاتحاد المغرب العربي، اليوم الخميس، مع وفد روسي سبل دعم الحوار بين موسكو وكييف، مؤكدا استعداد الاتحاد للإسهام في الجهود الإنسانية.';
    const got = fromText(page('اتحاد المغرب العربي', 'الأمانة العامة', 'Arab Maghreb Union', 'الرئيسية', 'الأخبار', 'الخميس 15 أكتوبر 2026', 'بيان صحفي', headline, lead, MORE));
    expect(got.article.title).toBe(headline);
    expect(got.article.source).toBe('اتحاد المغرب العربي');
  });
});

describe('an author\'s name alone between a headline and the story is the byline, never prose', () => {
  it('a question headline opening with a place, «سليم الورفلي» under it, the story, then «نقلا عن …»', () => {
    const headline = 'كييف وموسكو.. هل تنجح الوساطة الإفريقية حيث فشل غيرها؟';
    const lead = 'تعود الوساطة الإفريقية إلى الواجهة بعد أشهر من الجمود، مدفوعة بحاجة القارة إلى الحبوب والأسمدة، وبرغبة عواصمها في إثبات قدرتها على التأثير في نزاع يبدو بعيدا عنها جغرافيا.';
    const got = fromText(page('بوابة الوسط الليبي', 'الرئيسية', 'مقالات', '12 أكتوبر 2026', headline, 'سليم الورفلي', lead, MORE, 'نقلا عن الشرق الأوسط', 'اترك تعليقا'));
    expect(got.article.title).toBe(headline);
    expect(got.article.paragraphs[0]).toBe(lead);
    expect(got.article.paragraphs.join('\n')).not.toContain('سليم الورفلي');
  });
});

describe('a chat\'s link card names the site, not the chat\'s team or group', () => {
  it('a Messenger copy: the group\'s name on top, «شارك رابطا من موقع صوت بيروت» and the card\'s «صوت بيروت» over the headline', () => {
    const headline = 'بيروت تستضيف لقاء تشاوريا حول تداعيات الحرب الأوكرانية على أسعار القمح';
    const lead = 'بيروت - استضافت العاصمة اللبنانية لقاء تشاوريا ضم خبراء في الأمن الغذائي لبحث تداعيات الحرب الأوكرانية على أسعار القمح وكلفة الشحن إلى موانئ المنطقة.';
    const got = fromText(page('Messenger', 'مجموعة متابعة الأخبار', 'سامر حداد 9:15 م', 'شارك رابطا من موقع صوت بيروت', 'صوت بيروت', headline, lead, MORE, 'إعجاب', 'رد'));
    expect(got.article.source).toBe('صوت بيروت');
  });
});

describe('a masthead\'s tagline naming its publisher is never the headline', () => {
  it('«صحيفة أسبوعية سياسية تصدر عن دار التحرير منذ عام 1953» under the masthead, a question headline over a byline', () => {
    const headline = 'الحبوب الأوكرانية والموانئ المصرية.. من يدفع فاتورة الحرب؟';
    const lead = 'لم يعد ملف الحبوب مجرد مسألة تجارية بالنسبة إلى القاهرة، فمع كل جولة تفاوض بين موسكو وكييف تتغير حسابات الشحن والتأمين، وتعيد الحكومة ترتيب مصادر الاستيراد بحسب مصادر سياسية.';
    const got = fromText(page('الزمان', 'صحيفة أسبوعية سياسية تصدر عن دار التحرير منذ عام 1953', 'الرئيسية', 'اقتصاد', 'عربي ودولي', headline, 'كتب: محمود عبد الحليم', 'الخميس 15 أكتوبر 2026', lead, MORE, 'العدد 3120', 'تابعونا'));
    expect(got.article.title).toBe(headline);
  });
});

describe('an unclosed short name that is also a word of prose is the credit before a lead\'s verb (`leadVerbs`)', () => {
  it('«الرباط – ومع أكد المغرب …»: MAP\'s «ومع», no closing separator, the verb after it', () => {
    const headline = 'المغرب يؤكد أمام مجلس حقوق الإنسان دعمه لحل سلمي في أوكرانيا';
    const got = fromText(page('Le Reporter Diplomatique', 'المراسل الدبلوماسي', 'الرئيسية', 'دولي', '16 أكتوبر 2026', headline, 'الرباط – ومع أكد المغرب، أمس الخميس بجنيف، دعمه لكل المساعي الرامية إلى حل سلمي للنزاع في أوكرانيا، في إطار احترام سيادة الدول ووحدتها الترابية.', MORE));
    expect(idOf(got.article.agency)).toBe(idOf('وكالة المغرب العربي للأنباء'));
    expect(got.article.paragraphs[0].startsWith('أكد المغرب')).toBe(true);
  });
  it('a control: «الرباط – ومع ذلك فإن …» is prose, the story\'s first word', () => {
    const lead = 'الرباط – ومع ذلك فإن الدبلوماسية المغربية تواصل اتصالاتها مع الطرفين الروسي والأوكراني بحثا عن أرضية مشتركة لوقف الحرب.';
    const got = fromText(page('المراسل الدبلوماسي', 'الرئيسية', '16 أكتوبر 2026', 'الرباط تواصل اتصالاتها مع موسكو وكييف', lead, MORE));
    expect(got.article.agency ?? null).toBe(null);
  });
});
