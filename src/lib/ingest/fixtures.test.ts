// Own fixture pages imitating other site styles (tests/fixtures/raw/*.txt), each with the exact
// expected extraction beside it (*.expected.json), plus targeted assertions on what matters.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../types';
import { buildLexicon } from './boilerplate';
import { loadBoilerplate, loadSources } from '../data/load';
import { extractArticles } from './extract';
import { classifyLine } from './classify';
import { breaksMidSentence } from './unwrap';

const DIR = fileURLToPath(new URL('../../../tests/fixtures/raw/', import.meta.url));
const lex = buildLexicon(loadBoilerplate(), loadSources());
const pages = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const run = (name: string) => extractArticles(readFileSync(DIR + name, 'utf8'), name, lex);
const text = (as: ExtractedArticle[]) => as.flatMap((a) => [a.title, ...a.paragraphs]).join('\n');

describe('fixture pages match their expected output', () => {
  it('has at least 10 fixtures', () => expect(pages.length).toBeGreaterThanOrEqual(10));
  for (const name of pages) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(DIR + name.replace(/\.txt$/, '.expected.json'), 'utf8'));
      expect(run(name)).toEqual(expected);
    });
  }
});

describe('fixture specifics', () => {
  it('breadcrumbs, bylines, captions and inline «اقرأ أيضا» lines are dropped; labels become metadata', () => {
    const [a] = run('f01-breadcrumb-byline.txt');
    expect(a.date).toBe('2025-01-12');
    expect(a.source).toBe('الجزيرة نت');
    expect(a.tags).toEqual(['روسيا', 'تركيا', 'تبادل الأسرى']);
    expect(text([a])).not.toMatch(/الرئيسية|كتب:|صورة|اقرأ أيضا|زيلينسكي يطالب|Facebook/);
  });
  it('Hijri date with Arabic-Indic digits and a wire dateline', () => {
    const [a] = run('f02-hijri-indic.txt');
    expect(a.date).toBe('2025-03-20');
    expect(a.agency).toBe('رويترز');
    expect(text([a])).not.toContain('منذ 5 دقائق');
  });
  it('a cookie banner sentence above the menus is not the article', () => {
    const [a] = run('f03-cookie-menu.txt');
    expect(a.title).toBe('الناتو يعلن عن مناورات عسكرية واسعة في بحر البلطيق');
    expect(text([a])).not.toMatch(/ملفات تعريف|النشرة|الحقوق|سياسة/);
  });
  it('embedded articles take the outlet named above them, headline-only lists are dropped', () => {
    const as = run('f04-related-embedded.txt');
    expect(as.map((a) => a.source)).toEqual([undefined, 'سكاي نيوز عربية', 'بي بي سي عربي']);
    expect(as.slice(1).every((a) => a.date === undefined)).toBe(true);
    expect(text(as)).not.toMatch(/أوبك|منتخب مصر|الأكثر قراءة/);
  });
  it('a page without a headline is titled from the lead; the stray headline is dropped', () => {
    const [a] = run('f05-no-headline.txt');
    expect(a.title.startsWith('أكد الأمين العام للأمم المتحدة')).toBe(true);
    expect(a.paragraphs.join(' ')).not.toContain('غوتيريش يدعو');
  });
  it('a standalone «اقرأ أيضا» mid-story skips only the linked headline', () => {
    const [a, ...rest] = run('f09-standalone-readalso.txt');
    expect(rest).toHaveLength(0);
    expect(a.paragraphs).toHaveLength(4);
    expect(text([a])).not.toContain('فون دير لاين');
  });
  it('only-boilerplate page yields nothing', () => expect(run('f08-only-boilerplate.txt')).toEqual([]));
  it('zero-width and bidi control characters are stripped from names and titles', () => {
    const [a] = run('f11-invisible-chars.txt');
    expect(text([a])).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(a.paragraphs[0]).toContain('سيبيغا');
  });
  it('a ranked «most read» list and a © footer after the story are dropped; the outlet comes from a line under the skip link', () => {
    const [a] = run('f12-bbc-ranked-list-copyright.txt');
    expect(a.source).toBe('بي بي سي نيوز عربي');
    expect(text([a])).not.toMatch(/قمة ألاسكا؟|أسعار النفط|©|ليست مسؤولة|صدر الصورة|قصص مقترحة/);
    expect(a.paragraphs).toHaveLength(5);
  });
  it('a «city - outlet» dateline under the headline is not the title; «|آخر تحديث» is a date line', () => {
    const [a] = run('f13-outlet-dateline-bar-update.txt');
    expect(a.title).toBe('لافروف: أي قوات أوروبية في أوكرانيا ستكون هدفا مشروعا');
    expect(a.source).toBe('الجزيرة نت'); // the known outlet beats «المصدر : الجزيرة + وكالات»
    expect(text([a])).not.toMatch(/list \d|end of list|ترامب: المحادثات مع روسيا/);
    const [s] = run('f14-place-dateline-related-files.txt');
    expect(s.title).toBe('الناتو يعلن عن مناورات جديدة قرب الحدود الروسية');
    expect(s.source).toBe('سكاي نيوز عربية');
  });
  it('a slash dateline names the agency; a wire disclaimer is dropped; a photo credit under a caption is not the agency', () => {
    const [a] = run('f15-slash-dateline-wire-disclaimer.txt');
    expect(a.agency).toBe('وكالة الأناضول');
    expect(text([a])).not.toContain('ملخص قصير');
    expect(classifyLine('أنقرة/ الأناضول', lex)).toMatchObject({ kind: 'dateline' });
    const [r] = run('f16-photo-credit-not-agency.txt');
    expect(r.agency).toBeUndefined();
    expect(text([r])).not.toMatch(/AFP|اقرأ المزيد|لا نستبعد|تابعوا/);
    expect(r.paragraphs).toHaveLength(3);
    const [q] = run('f17-colon-dateline-hijri-published.txt');
    expect(q).toMatchObject({ title: 'كييف تتهم موسكو بشن أكبر هجوم بالمسيرات منذ بدء الحرب', date: '2025-03-20', source: 'الشرق الأوسط' });
  });
  it('a byline without a colon is not the title; related items and their dates are not the story', () => {
    const [a] = run('f18-byline-without-colon-related-dates.txt');
    expect(a).toMatchObject({ title: 'الكرملين: بوتين وترامب قد يلتقيان قريبا لبحث الأزمة الأوكرانية', date: '2025-03-20', source: 'اليوم السابع' });
    expect(text([a])).not.toMatch(/كتب أحمد|لا موعد محددا|لن نعترف|تعليق/);
    expect(classifyLine('كتب بوتين رسالة إلى ترامب يطلب فيها لقاء', lex).kind).not.toBe('byline');
  });
  it('a question headline above its deck is the title; English widget text and photo credits are dropped', () => {
    const [a] = run('f19-question-headline-deck-credit.txt');
    expect(a).toMatchObject({ title: 'ماذا تريد موسكو من مفاوضات الرياض؟', date: '2025-03-19', source: 'اندبندنت عربية' });
    expect(text([a])).not.toMatch(/Share|Read more|IndyArabia|الكرملين يضع شروطا|ترمب يهدد|جانب من محادثات/);
    expect(a.paragraphs).toHaveLength(4);
  });
  it('an outlet label under an embedded headline (not above it) gives that article its outlet, not its title', () => {
    const [main, e1, e2, ...rest] = run('f20-aggregator-outlet-under-headline.txt');
    expect(rest).toHaveLength(0);
    expect(main).toMatchObject({ title: 'ويتكوف يصل إلى موسكو للقاء بوتين', source: 'العربية' });
    expect(main.date).toBeUndefined(); // «منذ ساعتين» is not a date
    expect(e1).toMatchObject({ title: 'أوروبا تبحث تمويل شراء أسلحة أمريكية لكييف', source: 'سكاي نيوز عربية', via: main.slug });
    expect(e1.paragraphs).toHaveLength(3);
    expect(e2).toMatchObject({ title: 'موسكو تعلن السيطرة على بلدة جديدة في دونيتسك', source: 'روسيا اليوم' });
    expect(text([main, e1, e2])).not.toContain('زيلينسكي يزور برلين');
  });
  it('hard-wrapped sentences (a line ending on «إلى», «قد», a comma) are joined, not dropped as headlines', () => {
    const [a] = run('f21-hard-wrapped-lines.txt');
    expect(a).toMatchObject({ title: 'غوتيريش يدعو إلى هدنة فورية في أوكرانيا خلال شهر رمضان', date: '2025-03-12', agency: 'رويترز' });
    expect(a.paragraphs[0]).toBe('دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش، الأربعاء، إلى هدنة فورية في أوكرانيا، مؤكدا أن المدنيين يدفعون الثمن الأكبر للحرب المستمرة منذ أكثر من ثلاث سنوات.');
    expect(a.paragraphs[1]).toMatch(/^وقال غوتيريش .* مفاوضات جادة"\.$/);
    expect(breaksMidSentence('بوتين يستقبل ويتكوف في الكرملين لبحث الهدنة', lex)).toBe(false); // a headline
    expect(breaksMidSentence('وقال المتحدث إن الوفد سيتوجه غدا إلى', lex)).toBe(true);
  });
  it('a dateline from a known place names even an unknown outlet; a headline with a dash is not a dateline', () => {
    expect(classifyLine('القاهرة - مصراوي', lex)).toMatchObject({ kind: 'dateline', outlet: 'مصراوي' });
    expect(classifyLine('موسكو (رويترز)', lex)).toMatchObject({ kind: 'dateline', value: 'رويترز' });
    expect(classifyLine('بوتين - ترامب', lex).kind).not.toBe('dateline');
    expect(classifyLine('© 2025 جميع المواد محمية', lex).kind).toBe('boilerplate');
  });
});
