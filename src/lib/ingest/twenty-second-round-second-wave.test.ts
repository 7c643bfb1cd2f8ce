// Twenty-second round, second wave (session 25): aside22's printed misses, fixed by rules that
// transfer — a dateline's date may be a Hijri date with «الموافق» and its Gregorian date, the agency
// glued to the story; a date closed by a full stop before a slashed wire; the Arabic name a Latin
// masthead prints beside it is the label; a rights phrase only at a word's start (never an outlet
// «ال»); a feed reader's title under its tabs; «NAME:» under its translated Latin masthead.
// Pages written for this test (not aside22's text).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { compileRights, copyrightName } from './site-name';

const { lex, fromText, page, idOf } = roundFixtures([]);
const MORE = 'وتطرق اللقاء إلى أوضاع الجاليات في البلدين، وإلى التعاون في مجالي التعليم العالي والطاقة.';
const STORY = 'بحث وزير الخارجية مع السفير الروسي سبل دعم الحوار بين موسكو وكييف، مؤكدا أهمية تأمين صادرات الحبوب عبر البحر الأسود.';

describe('a Hijri date with «الموافق» and its Gregorian date, the agency glued to the story', () => {
  const lead = 'استقبل نائب وزير الخارجية في مكتبه اليوم سفير أوكرانيا لدى المملكة، وجرى خلال الاستقبال بحث مستجدات الأزمة والجهود المبذولة لحلها سلميا.';
  it('«الدمام 2 جمادى الآخرة 1448هـ الموافق 12 نوفمبر 2026م واس استقبل …»: place, whole date, SPA; the story starts at the verb', () => {
    const d = parseDateline(`الدمام 2 جمادى الآخرة 1448هـ الموافق 12 نوفمبر 2026م واس ${lead}`, lex);
    expect(d?.place).toBe('الدمام');
    expect(idOf(d?.agency?.name)).toBe('spa');
    expect(d && lex.dates.parse(d.date ?? '')).toBe('2026-11-12');
  });
  it('the spaced era marks «1448 هـ … 2026 م» with «في»: the tatweel of «هـ» is the date\'s, never a separator', () => {
    const d = parseDateline(`أبها في 2 جمادى الآخرة 1448 هـ الموافق 12 نوفمبر 2026 م واس ${lead}`, lex);
    expect(d?.place).toBe('أبها');
    expect(d?.date).toContain('الموافق 12 نوفمبر 2026');
    expect(idOf(d?.agency?.name)).toBe('spa');
  });
  it('a radio page with no headline: the made title opens with the story\'s verb, not the dateline\'s remains', () => {
    const got = fromText(page('إذاعة الأحساء', 'Al-Ahsa Radio', 'البث المباشر', 'الخميس 12 نوفمبر 2026', `الأحساء 2 جمادى الآخرة 1448هـ الموافق 12 نوفمبر 2026م واس ${lead}`, MORE, 'تابعونا'));
    expect(got.article.title.startsWith('استقبل نائب وزير الخارجية')).toBe(true);
    expect(got.article.paragraphs[0]).toBe(lead);
    expect(idOf(got.article.agency)).toBe('spa');
  });
  it('a story word after a date is no credit: «القاهرة 5 نوفمبر 2026 مصر تعلن …» reads no agency', () => {
    expect(parseDateline('القاهرة 5 نوفمبر 2026 مصر تعلن دعمها للحوار بين البلدين في بيان رسمي', lex)?.agency).toBeUndefined();
  });
});

describe('a date closed by a full stop before a slashed wire, a full stop after it', () => {
  it('«كازان، 20 نوفمبر. /تاس/. قال …»: TASS, the place, the story clean', () => {
    const d = parseDateline(`كازان، 20 نوفمبر. /تاس/. ${STORY}`, lex);
    expect(d?.place).toBe('كازان');
    expect(idOf(d?.agency?.name)).toBe('tass');
    expect(`كازان، 20 نوفمبر. /تاس/. ${STORY}`.slice(d!.end)).toBe(STORY);
  });
  it('with the year: «غرودنو، 20 نوفمبر 2026. /بيلتا/.» on a page — the agency BelTA and the lead clean', () => {
    const headline = 'مينسك تعرض استضافة لقاءات فنية بشأن تبادل الأسرى';
    const got = fromText(page('وكالة نهر نيمان', 'الرئيسية', 'سياسة', headline, '20.11.2026', `غرودنو، 20 نوفمبر 2026. /بيلتا/. ${STORY}`, MORE));
    expect(idOf(got.article.agency)).toBe('belta');
    expect(got.article.paragraphs[0]).toBe(STORY);
  });
});

describe('a Latin masthead with the Arabic name the page prints for itself: the Arabic name is the label', () => {
  it('«Radio Montenegro International» / «راديو الجبل الأسود الدولي» over a language menu', () => {
    const headline = 'بودغوريتشا تدعو إلى إشراك دول البلقان في أي مؤتمر للسلام بشأن أوكرانيا';
    const got = fromText(page('Radio Montenegro International', 'راديو الجبل الأسود الدولي', 'Crnogorski', 'English', 'العربية', headline, `بودغوريتشا - ${STORY}`, MORE, 'Radio Montenegro International'));
    expect(got.article.source).toBe('راديو الجبل الأسود الدولي');
  });
  it('«Radio Vilnius» / «إذاعة فيلنيوس» over its Arabic desk line', () => {
    const headline = 'فيلنيوس تطالب بضمانات أمنية لدول البلطيق في أي تسوية';
    const got = fromText(page('Radio Vilnius', 'إذاعة فيلنيوس', 'القسم العربي', 'Lietuvių', 'English', headline, 'الأربعاء، 18 نوفمبر 2026', `فيلنيوس - ${STORY}`, MORE, 'استمع', 'Radio Vilnius © 2026'));
    expect(got.article.source).toBe('إذاعة فيلنيوس');
  });
});

describe('a rights phrase starts a word: «المحفوظة» is no rights line, and no outlet is a bare article', () => {
  const rights = compileRights(lex.data.rightsPhrases);
  it('«المحفوظة» (a reader\'s saved tab) names nothing; «© 2026 جميع الحقوق محفوظة لموقع نجمة الخليج» still names its site', () => {
    expect(copyrightName('المحفوظة', rights)).toBeUndefined();
    expect(copyrightName('العناصر المحفوظة', rights)).toBeUndefined();
    expect(copyrightName('© 2026 جميع الحقوق محفوظة لموقع نجمة الخليج', rights)).toBe('نجمة الخليج');
  });
  it('a feed reader\'s item: the outlet is the feed\'s title under the tabs, less its tagline — never «ال»', () => {
    const headline = 'تيرانا تدعو إلى حماية الممرات البحرية في البحر الأسود';
    const got = fromText(page('Feedbin', 'كل العناصر', 'المحفوظة', 'غير مقروء', 'صوت الأدرياتيكي - آخر الأخبار', headline, '24 نوفمبر 2026 08:15', STORY, MORE, 'عرض الأصل', 'تمييز كمقروء'));
    expect(got.article.source).toBe('صوت الأدرياتيكي');
    expect(got.article.title).toBe(headline);
  });
  it('a read-later app\'s «Mark as read» at the foot is no feed reader: its «Add a tag» is never the outlet', () => {
    const headline = 'موسكو ترد على مقترح أوروبي بإرسال مراقبين';
    const got = fromText(page('Omnivore', 'Unread', headline, 'lakome2.com/politique/2026/11/24/moscou', '4 min read', STORY, MORE, 'Mark as read', 'Add a tag'));
    expect(got.article.source).not.toBe('Add a tag');
  });
});

describe('«NAME:» opening the lead under its Latin masthead, translated, is the outlet', () => {
  it('«KUWAIT PULSE» on top, «نبض الكويت: …»: the outlet, no place, the lead clean', () => {
    const headline = 'الكويت تدعو إلى تحييد المنشآت المدنية في الحرب الروسية الأوكرانية';
    const got = fromText(page('KUWAIT PULSE', 'محليات', 'دوليات', headline, '2026-11-24 | 10:05', `نبض الكويت: ${STORY}`, MORE));
    expect(got.article.source).toBe('نبض الكويت');
    expect(got.place).toBeFalsy();
    expect(got.article.paragraphs[0]).toBe(STORY);
  });
  it('«LEBANON MIRROR» on top, «مرآة لبنان: …»: the outlet', () => {
    const headline = 'بيروت ترحب بأي مبادرة توقف الحرب في أوكرانيا';
    const got = fromText(page('LEBANON MIRROR', 'سياسة', 'اقتصاد', headline, '24 تشرين الثاني 2026', `مرآة لبنان: ${STORY}`, MORE));
    expect(got.article.source).toBe('مرآة لبنان');
  });
  it('«مكة المكرمة:» under «MAKKAH NEWS» stays a place: the masthead spells the name\'s first word', () => {
    const headline = 'مكة تستقبل وفدا أوكرانيا لبحث ترتيبات الحج';
    const got = fromText(page('MAKKAH NEWS', 'محليات', headline, '24 نوفمبر 2026', `مكة المكرمة: ${STORY}`, MORE));
    expect(got.article.source).not.toBe('مكة المكرمة');
  });
});
