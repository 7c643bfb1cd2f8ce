// Twenty-sixth round, second wave (session 29, 13c): the headline's candidate filter widened on
// evidence — a «.»-closed headline the lead repeats, a headline printed only under the story — on dev
// pages in our own words (u1980, u2040–u2044) and lines of the shapes real pages showed
// (docs/ingest.md «Twenty-sixth round, second wave: the headline's candidate filter»).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBoilerplate, loadSources } from '../data/load';
import { buildLexicon } from './boilerplate';
import { extractWithEvidence } from './extract';

const DEV = fileURLToPath(new URL('../../../tests/fixtures/ingest-unseen/dev/', import.meta.url));
const lex = buildLexicon(loadBoilerplate(), loadSources());
const page = (name: string) => readFileSync(path.join(DEV, `${name}.txt`), 'utf8');
const extract = (text: string) => {
  const x = extractWithEvidence(text, 'page.txt', lex);
  return { article: x.articles[0], title: x.evidence[0].fields.find((f) => f.field === 'title')! };
};

describe('a headline printed only under the story', () => {
  it('over a «by» / «Tags:» footer (u1980): the headline, not a title made from the lead', () => {
    const { article, title } = extract(page('u1980-headline-reprinted-under-the-story'));
    expect(article.title).toBe('صادرات الذرة الأوكرانية تتجاوز مليوني طن في أكتوبر عبر موانئ أوديسا');
    expect(title.rule).toContain('printed under the story');
  });
  it('over a date and a tags line (u2040): the headline, and it is no paragraph', () => {
    const { article } = extract(page('u2040-headline-under-story-over-date-and-tags'));
    expect(article.title).toBe('شبكة الكهرباء في خاركيف تستعيد ثلثي قدرتها بعد الضربات الروسية');
    expect(article.paragraphs).toHaveLength(1);
  });
  it('under two paragraphs, with its deck before a share control (u2041): the headline, the deck dropped', () => {
    const { article } = extract(page('u2041-headline-under-two-paragraphs-with-deck'));
    expect(article.title).toBe('روسيا والنرويج تتفقان على خفض حصص صيد القد في بحر بارنتس');
    expect(article.paragraphs.join(' ')).not.toContain('محادثات الصيد السنوية');
  });
  it('a sub-heading with the story going on under it (u2042) is no headline: the title is made from the lead', () => {
    const { article, title } = extract(page('u2042-subheading-under-lead-without-headline'));
    expect(article.title.startsWith('أعلنت الحكومة المولدوفية')).toBe(true);
    expect(title.rule).not.toContain('printed under the story');
  });
  it('a related story\'s headline after a long story is out of reach: at most four paragraphs are read above it', () => {
    const lead = 'أعلنت وزارة الخارجية الفنلندية أن هلسنكي ستفتح معبرين حدوديين مع روسيا أمام الشاحنات التجارية فقط بعد إغلاق دام عامين.';
    const more = Array.from({ length: 4 }, (_, n) => `وأضاف البيان في فقرته رقم ${n + 2} أن القرار يخضع للمراجعة كل ثلاثة أشهر بحسب الوضع الأمني على الحدود.`);
    const text = [lead, ...more, 'فنلندا تفتح معبرين حدوديين مع روسيا أمام الشاحنات التجارية', '3 مارس 2026'].join('\n');
    expect(extract(text).title.rule).not.toContain('printed under the story');
    // The same line under the lead alone is the headline.
    expect(extract([lead, 'فنلندا تفتح معبرين حدوديين مع روسيا أمام الشاحنات التجارية', '3 مارس 2026'].join('\n')).article.title)
      .toBe('فنلندا تفتح معبرين حدوديين مع روسيا أمام الشاحنات التجارية');
  });
});

describe('a headline closed by «.»', () => {
  it('over the date line and its lead (u2043): the headline, the story starting at the lead', () => {
    const { article } = extract(page('u2043-headline-closed-by-full-stop-over-date'));
    expect(article.title).toBe('وزراء خارجية دول البلطيق يطالبون بتمديد العقوبات على موسكو عاما كاملا.');
    expect(article.paragraphs[0].startsWith('طالب وزراء خارجية')).toBe(true);
  });
  it('with a spaced full stop on the first line over its lead (u2044): the headline, not the first paragraph', () => {
    const { article } = extract(page('u2044-headline-closed-by-full-stop-over-lead'));
    expect(article.title).toBe('صندوق النقد يوافق على شريحة جديدة لأوكرانيا بقيمة 900 مليون دولار .');
    expect(article.paragraphs).toHaveLength(2);
  });
  it('a short sentence opening with a lead verb («أعلن …») stays the story\'s first paragraph', () => {
    const text = ['أعلن الكرملين أن بوتين سيستقبل وفدا صينيا في موسكو الأسبوع المقبل.', '',
      'أعلن الكرملين، اليوم الثلاثاء، أن الرئيس فلاديمير بوتين سيستقبل وفدا صينيا رفيعا في موسكو الأسبوع المقبل لبحث التعاون في الطاقة.'].join('\n');
    const { article, title } = extract(text);
    expect(article.paragraphs).toHaveLength(2);
    expect(title.rule).not.toContain('closed by «.»');
  });
  // «.»-line / share buttons / lead: the story is found under the buttons, the line above it is filtered.
  const overShareButtons = (line: string) => ['الرئيسية', 'دولي', line, 'شارك', 'فيسبوك', 'تويتر', 'واتساب', '',
    'أقر البرلمان الأوروبي في جلسته العامة في ستراسبورغ، اليوم الخميس، حزمة دعم عسكري جديدة لأوكرانيا تشمل ذخائر مدفعية وأنظمة دفاع جوي.',
    'وقالت رئيسة البرلمان إن الحزمة رسالة واضحة إلى موسكو.'].join('\n');
  it('a «.»-closed line over share buttons and its lead: a candidate with a penalty, chosen when the lead repeats it', () => {
    const { article, title } = extract(overShareButtons('البرلمان الأوروبي يقر حزمة دعم عسكري جديدة لأوكرانيا.'));
    expect(article.title).toBe('البرلمان الأوروبي يقر حزمة دعم عسكري جديدة لأوكرانيا.');
    expect(title.rule).toContain('closed by «.»');
  });
  it('a «.»-closed line the lead does not repeat is still dropped as a sentence', () => {
    expect(extract(overShareButtons('الطقس بارد جدا في العاصمة هذا الصباح.')).article.title).not.toContain('الطقس');
  });
});
