// Nineteenth round, part T (session 22): headlines and outlet names — an office's letterhead over a
// type label and the headline (the outlet, never the headline), a credit word before a dateline's
// name, the web suffix a domain's Arabic spelling is printed with, a think tank's piece labels, a
// research foundation's © name, a Latin translation of the masthead with a dash in it. Dev pages
// u1070–u1093 written before any change (the aside third `dev-aside-22t` is never asserted here),
// aside18 (spent this round), and pages written for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { creditedName, notAPublisher } from './outlet-candidates';

const { lex, fromText, extract, idOf, page, outletEvidence: outlet } = roundFixtures(['dev', 'aside18', 'aside17', 'aside9']);
const HEADLINE = 'الوسطاء يعرضون جدولا زمنيا لتبادل الأسرى بين روسيا وأوكرانيا';
const STORY = [
  'عرض الوسطاء على روسيا وأوكرانيا جدولا زمنيا لتبادل الأسرى على ثلاث مراحل، تبدأ بالجرحى والمرضى وتنتهي بالمدنيين المحتجزين.',
  'وقال دبلوماسي مطلع إن الطرفين تسلما المقترح مكتوبا، وإن الرد الأولي جاء إيجابيا من حيث المبدأ.',
];

describe('an office\'s letterhead is the outlet, never the headline (`officeWords`)', () => {
  it('dev u1070 (an embassy over «خبر صحفي») and u1073 (the GCC Secretariat over a desk and a type label)', () => {
    const qatar = extract('u1070').article;
    expect(qatar.title).toBe('السفير القطري يلتقي في موسكو أسر أطفال أوكرانيين أعيدوا بوساطة الدوحة');
    expect(qatar.source).toBe('سفارة دولة قطر لدى الاتحاد الروسي');
    const gcc = extract('u1073').article;
    expect(gcc.title).toBe('الأمين العام لمجلس التعاون يرحب بالاتفاق الروسي الأوكراني على تبادل الأسرى');
    expect(gcc.source).toBe('الأمانة العامة لمجلس التعاون لدول الخليج العربية');
  });
  it('dev u1076: a ministry\'s name under the state\'s line («المملكة المغربية»)', () => {
    expect(extract('u1076').article.source).toBe('وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج');
  });
  it('aside18 u960 (an embassy\'s statement) and u949 (a religious administration over its menu; not the dateline\'s region)', () => {
    const embassy = extract('u960').article;
    expect(embassy.title).toBe('السفارة الأوكرانية تشكر الأردن على دعمه جهود إعادة الأطفال الأوكرانيين');
    expect(embassy.source).toBe('سفارة أوكرانيا لدى المملكة الأردنية الهاشمية');
    const dum = extract('u949').article;
    expect(dum.title).toBe('مفتي روسيا يستقبل في قازان وفدا من علماء الخليج ويبحث معهم المبادرات الإنسانية');
    expect(dum.source).toBe('الإدارة الدينية لمسلمي روسيا الاتحادية');
  });
  it('a consulate\'s page written for this test: the letterhead over a type label and a date', () => {
    const p = page('قنصلية جمهورية العراق في إسطنبول', 'بيان', '20 يونيو 2026', HEADLINE, ...STORY);
    const { article } = fromText(p);
    expect(article.title).toBe(HEADLINE);
    expect(article.source).toBe('قنصلية جمهورية العراق في إسطنبول');
  });
  it('a headline printed first that opens with an office\'s word stays the headline (its date under it, no other headline)', () => {
    const first = 'وزارة الخارجية الروسية تعرض جدولا زمنيا لتبادل الأسرى مع أوكرانيا';
    const { article } = fromText(page(first, '20 يونيو 2026', ...STORY));
    expect(article.title).toBe(first);
    expect(article.source).not.toBe(first);
  });
  it('aside17 u836: a note\'s title printed again over the clipped page is the headline, not a letterhead', () => {
    const clip = extract('u836').article;
    expect(clip.title).toBe('مجلس السيادة يبحث مع موفد روسي مقترحات التهدئة في أوكرانيا');
    expect(clip.source).toBe('زول نيوز');
  });
});

describe('a credit word before a name is no part of it', () => {
  it('«خاص الكرامة ميديا» → «الكرامة ميديا»; «متابعة صدى الوادي» → «صدى الوادي»; a name without one is left alone', () => {
    expect(creditedName('خاص الكرامة ميديا', lex)).toBe('الكرامة ميديا');
    expect(creditedName('متابعة صدى الوادي', lex)).toBe('صدى الوادي');
    expect(creditedName('الكرامة ميديا', lex)).toBeUndefined();
  });
  it('aside18 u931: «بنغازي/ خاص الكرامة ميديا -» credits the masthead', () => {
    expect(extract('u931').article.source).toBe('الكرامة ميديا');
  });
});

describe('a domain\'s Arabic spelling keeps the web suffix printed after it (`siteSuffixes`)', () => {
  it('dev u1087 («nichane.com» / «© 2026 نيشان دوت كوم») and aside18 u955 («nippon.com» / «نيبون دوت كوم»)', () => {
    expect(extract('u1087').article.source).toBe('نيشان دوت كوم');
    expect(extract('u955').article.source).toBe('نيبون دوت كوم');
  });
  it('a page written for this test: «qalamnews.net» and «© 2026 قلم نيوز دوت نت»', () => {
    const p = page('qalamnews.net', 'سياسة', 'دولي', HEADLINE, '21 يونيو 2026', ...STORY, '© 2026 قلم نيوز دوت نت');
    expect(fromText(p).article.source).toBe('قلم نيوز دوت نت');
  });
});

describe('a think tank\'s piece labels are sections, and a research foundation is the site', () => {
  it('«تحليل», «تقدير موقف», «قراءة», «حوار» are section labels, not publishers', () => {
    for (const label of ['تحليل', 'تقدير موقف', 'قراءة', 'حوار']) expect(notAPublisher(label, lex)).toBeDefined();
  });
  it('aside18 u951: «SETA» / «setav.org/ar» / «تحليل» / … / «© 2026 مؤسسة سيتا للدراسات»', () => {
    expect(extract('u951').article.source).toBe('مؤسسة سيتا للدراسات');
  });
  it('a foundation with a research field in its © name is the site (written for this test); a press foundation stays a publisher', () => {
    const research = outlet(page('الرئيسية', 'دراسات', HEADLINE, '22 يونيو 2026', ...STORY, '© 2026 مؤسسة مسارات للأبحاث'));
    expect(research?.value).toBe('مؤسسة مسارات للأبحاث');
    expect(research?.rule).toContain('name not in sources.yaml');
    const press = outlet(page('الرئيسية', 'دولي', HEADLINE, '22 يونيو 2026', ...STORY, '© 2026 مؤسسة الوحدة للصحافة والطباعة والنشر'));
    expect(press?.rule ?? '').not.toContain('name not in sources.yaml');
  });
});

describe('a Latin translation under the masthead is counted by its words, not its dashes', () => {
  it('aside18 u929: «روسيا والعالم الإسلامي» over «Russia – Islamic World»', () => {
    expect(idOf(extract('u929').article.source)).toBe(idOf('روسيا والعالم الإسلامي'));
  });
});

describe('a short line at the top over a run of menu entries is the masthead\'s, not the headline', () => {
  it('aside9 u373 (a party site\'s tagline «صوت المؤتمر الشعبي العام») and u384 («كان | مكان» over «مكان» / «Makan»)', () => {
    expect(extract('u373').article.title).toBe('المؤتمر الشعبي يدعو إلى الاستفادة من تجربة المفاوضات الروسية الأوكرانية');
    expect(extract('u384').article.title).toBe('نتنياهو يتحدث مع بوتين ويبحث معه ملف الرهائن ومسار المفاوضات مع كييف');
  });
  it('a page written for this test: a tagline naming the lead\'s subject over «أخبار» / «تقارير»', () => {
    const p = page('الوسيط', 'الوسطاء وتبادل الأسرى', 'أخبار', 'تقارير', HEADLINE, '23 يونيو 2026', ...STORY);
    expect(fromText(p).article.title).toBe(HEADLINE);
  });
});
