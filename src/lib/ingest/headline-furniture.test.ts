// Twenty-ninth round (session 32, 13g): furniture glued to the headline's line — account words, clock
// and relative times, view counts, reading times, tickers, share words — cut by the lexicon's words and
// the lead's evidence, never read as the site; and a Tunisian day-time-year-month date. Dev pages
// u2450–u2479 in our own words (the aside third `dev-aside-32g` — u2451, u2454, u2457, u2460, u2463,
// u2466, u2469, u2472, u2475, u2478 — is never asserted here) and lines written for this test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBoilerplate, loadSources } from '../data/load';
import { buildLexicon } from './boilerplate';
import { extractWithEvidence } from './extract';
import { headlineFurniture, isFurnitureOnly } from './headline-furniture';

const DEV = fileURLToPath(new URL('../../../tests/fixtures/ingest-unseen/dev/', import.meta.url));
const lex = buildLexicon(loadBoilerplate(), loadSources());
const words = lex.headlineFurniture;
const page = (id: string) => readFileSync(path.join(DEV, readdirSync(DEV).find((f) => f.startsWith(`${id}-`) && f.endsWith('.txt'))!), 'utf8');
const extract = (text: string) => {
  const x = extractWithEvidence(text, 'page.txt', lex);
  return { article: x.articles[0], title: x.evidence[0].fields.find((f) => f.field === 'title')! };
};

describe('headlineFurniture: the shape of furniture at either end of a line', () => {
  it.each([
    ['دخول | تسجيل وزير النقل يفتتح محطة القطار الجديدة', 'دخول | تسجيل', 'account words'],
    ['Login | Register وزير النقل يفتتح محطة القطار الجديدة', 'Login | Register', 'interface words'],
    ['١٠:٤٥ ص وزير النقل يفتتح محطة القطار الجديدة', '١٠:٤٥ ص', 'clock time'],
    ['PM 04:20 وزير النقل يفتتح محطة القطار الجديدة', 'PM 04:20', 'clock time'],
    ['قبل 5 دقائق | وزير النقل يفتتح محطة القطار الجديدة', 'قبل 5 دقائق |', 'relative time'],
    ['منذ ساعتين وزير النقل يفتتح محطة القطار الجديدة', 'منذ ساعتين', 'relative time'],
    ['مشاهدات: 875 وزير النقل يفتتح محطة القطار الجديدة', 'مشاهدات: 875', 'view count'],
    ['الدولار 48.55 وزير النقل يفتتح محطة القطار الجديدة', 'الدولار 48.55', 'ticker'],
    ['عمان 18° وزير النقل يفتتح محطة القطار الجديدة', 'عمان 18°', 'ticker'],
    ['4 دقائق للقراءة وزير النقل يفتتح محطة القطار الجديدة', '4 دقائق للقراءة', 'reading time'],
  ])('before: %s', (line, cut, kind) => {
    const found = headlineFurniture(line, words);
    expect(found).toMatchObject({ cut, rest: 'وزير النقل يفتتح محطة القطار الجديدة', after: false });
    expect(found!.kinds).toContain(kind);
  });
  it.each([
    ['وزير النقل يفتتح محطة القطار الجديدة 3,410 مشاهدة', '3,410 مشاهدة'],
    ['وزير النقل يفتتح محطة القطار الجديدة منذ 20 دقيقة', 'منذ 20 دقيقة'],
    ['وزير النقل يفتتح محطة القطار الجديدة طباعة مشاركة', 'طباعة مشاركة'],
    ['وزير النقل يفتتح محطة القطار الجديدة | 6 دقائق قراءة', '| 6 دقائق قراءة'],
    ['وزير النقل يفتتح محطة القطار الجديدة 11:05 م', '11:05 م'],
  ])('after: %s', (line, cut) => {
    expect(headlineFurniture(line, words)).toMatchObject({ cut, rest: 'وزير النقل يفتتح محطة القطار الجديدة', after: true });
  });
  it('a common noun among the account words is furniture only beside another piece of it', () => {
    expect(headlineFurniture('دخول 40 شاحنة مساعدات إلى المدينة', words)).toBeUndefined();
    expect(headlineFurniture('تسجيل الناخبين يبدأ الأحد في المحافظات', words)).toBeUndefined();
  });
  it('a single interface word closing a headline is its own («… صحة الأخبار»)', () => {
    expect(headlineFurniture('الحكومة تنفي صحة ما تداولته المواقع من أخبار', words)).toBeUndefined();
  });
  it('a number opening a headline is no count without a count word', () => {
    expect(headlineFurniture('10 آلاف زائر لمعرض الزهور في يومه الأول', words)).toBeUndefined();
  });
  it('leaves a headline of at least three words', () => {
    expect(headlineFurniture('منذ 3 ساعات انقطاع الكهرباء', words)).toBeUndefined();
  });
  it('isFurnitureOnly: the cut words are never a name; a name is', () => {
    expect(isFurnitureOnly('دخول', words)).toBe(true);
    expect(isFurnitureOnly('875 مشاهدة', words)).toBe(true);
    expect(isFurnitureOnly('قبل 5 دقائق', words)).toBe(true);
    expect(isFurnitureOnly('أخبار الدلتا الآن', words)).toBe(false);
  });
});

describe('the headline cut from its furniture on dev pages (u2450–u2479 but the aside third)', () => {
  it.each([
    ['u2450', 'محافظ الغربية يفتتح محطة جديدة لمعالجة مياه الشرب في زفتى', 'أخبار الدلتا الآن'],
    ['u2452', 'واحة سيوة تستقبل أول رحلة سياحية مباشرة من إيطاليا', 'نبأ الواحة'],
    ['u2455', 'بلدية سطيف تطلق حملة لغرس عشرة آلاف شجرة', 'صوت الهضاب العليا'],
    ['u2456', 'افتتاح أول مستشفى متخصص في أمراض القلب بمدينة البصرة', 'شمس الجنوب'],
    ['u2458', 'موريتانيا تبدأ تصدير أول شحنة من الغاز المسال', 'الكثبان الذهبية'],
    ['u2459', 'سلطنة عمان تعلن عن اكتشاف نفطي جديد في محافظة الوسطى', 'الأفق الأزرق'],
    ['u2461', 'الحكومة المصرية تقر زيادة جديدة في الأجور بداية من يناير', 'جرجيس الإخبارية'],
    ['u2468', 'وزارة الزراعة السودانية تعلن خطة لدعم مزارعي القمح', 'سنابل الجزيرة'],
    ['u2470', 'افتتاح معرض بغداد الدولي للكتاب بمشاركة ثلاثمئة دار نشر', 'منارة الرافدين'],
    ['u2471', 'الأردن يطلق منصة إلكترونية لتلقي شكاوى المستهلكين', 'الأثير نت'],
    ['u2473', 'بلدية اللاذقية تبدأ صيانة شبكة الصرف الصحي في حي الرمل', 'النجمة الساحلية'],
  ])('%s', (id, headline, outlet) => {
    const { article, title } = extract(page(id));
    expect(article.title).toBe(headline);
    expect(title.rule).toContain('furniture glued');
    expect(article.source).toBe(outlet);
  });
  it.each([
    ['u2474', 'منذ 3 أشهر بلا رواتب معلمو المدارس الأهلية يعتصمون أمام الوزارة'],
    ['u2476', 'قمة الرياض | القادة يتفقون على صندوق لإعادة إعمار المدن المنكوبة'],
    ['u2477', 'تسجيل الناخبين يبدأ الأحد في اثنتي عشرة محافظة'],
    ['u2479', 'انقطاع الكهرباء عن وسط المدينة منذ 3 ساعات'],
  ])('guard %s: the headline whole', (id, headline) => {
    expect(extract(page(id)).article.title).toBe(headline);
  });
  it('a time phrase the lead repeats is the headline\'s own, not furniture (lines written for this test)', () => {
    const text = ['صدى المرفأ', 'الرئيسية', 'محليات', 'قبل 3 أيام من العيد الأسواق تشهد إقبالا واسعا', '3 ديسمبر 2026',
      'قبل ثلاثة أيام من العيد، تشهد أسواق المدينة إقبالا واسعا على شراء الملابس والحلويات.', 'وقال تجار إن الإقبال يفوق العام الماضي.'].join('\n');
    expect(extract(text).article.title).toBe('قبل 3 أيام من العيد الأسواق تشهد إقبالا واسعا');
  });
});

describe('a Tunisian day-time-year-month date', () => {
  it('«14 10:30 2026 ديسمبر» under the headline (u2464) is the page\'s date', () => {
    expect(extract(page('u2464')).article.date).toBe('2026-12-14');
  });
  it('reads in Eastern Arabic digits, and a clock time alone before a year is no day', () => {
    expect(lex.dates.parse('١٤ ١٠:٣٠ ٢٠٢٦ ديسمبر')).toBe('2026-12-14');
    expect(lex.dates.parse('10:30 2026 ديسمبر')).toBeUndefined();
  });
});
