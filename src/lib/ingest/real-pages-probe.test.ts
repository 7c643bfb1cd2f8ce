// Twenty-third round (session 26): ingest measured on REAL pages' text (a probe kept outside the
// repository: third-party text is never committed) — the classes of failure real pages showed,
// each tested here on pages written in our own words (dev u1560–u1568) and on inline lines.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { classifyLine } from './classify';

const { lex, fromText, extract, page } = roundFixtures(['dev']);
const LEAD = 'أعلنت وزارة الخارجية أن الجولة المقبلة من المحادثات بين موسكو وكييف ستعقد الأسبوع المقبل، بحضور وسطاء من عدة دول.';
const MORE = 'وقال المتحدث باسم الوزارة إن التحضيرات تجري بالتنسيق مع الطرفين، وإن جدول الأعمال لم يحسم بعد.';

describe('an ISO date glued before the lead (a feed\'s or an export\'s date field)', () => {
  it('«date 2026-03-14 أعلنت …» and «Date: …»: the date is the lead\'s, the story starts at its verb', () => {
    for (const label of ['date', 'Date:', '']) {
      const d = parseDateline(`${label ? `${label} ` : ''}2026-03-14 ${LEAD}`, lex);
      expect(d?.date).toBe('2026-03-14');
      expect(d && `${label ? `${label} ` : ''}2026-03-14 ${LEAD}`.slice(d.end)).toBe(LEAD);
    }
  });
  it('a place and a reporter may follow the date: «2026-02-09 الدوحة - سيف المري -» — the reporter is no outlet', () => {
    const { article, place } = extract('u1561');
    expect(article.date).toBe('2026-02-09');
    expect(place).toBe('الدوحة');
    expect(article.source).toBeUndefined();
    expect(article.paragraphs[0]).toMatch(/^استضافت العاصمة القطرية/);
  });
  it('a page with no headline: the made title opens with the story, not «date …»', () => {
    const { article } = extract('u1560');
    expect(article.title).toMatch(/^أعلنت وزارة الخارجية الكازاخستانية/);
    expect(article.date).toBe('2026-03-14');
  });
});

describe('page furniture real pages print', () => {
  it('a reading-time line («4 د للقراءة») is interface text, never the site\'s name', () => {
    expect(classifyLine('4 د للقراءة', lex).kind).toBe('boilerplate');
    expect(classifyLine('دقيقة للقراءة', lex).kind).not.toBe('boilerplate'); // no number: not the pattern
    expect(extract('u1563').article.source).toBe('نبض الساحل');
  });
  it('labels a copy glued together («الأخبار الدوليةتقارير», «Getty Imagesالمرشح الأول | …») are furniture', () => {
    expect(classifyLine('الأخبار الدوليةتقارير', lex).kind).toBe('menu');
    expect(classifyLine('Getty Imagesالمرشح الأول | مدرب محلي', lex).kind).toBe('menu');
    expect(classifyLine('الأخبار الدولية تقارير', lex).kind).not.toBe('menu'); // spaced: a heading as before
    const { article } = extract('u1564');
    expect(article.source).toBeUndefined();
    expect(article.title).toBe('روسيا وأوكرانيا تتبادلان جثامين مئات الجنود بوساطة إماراتية');
  });
  it('a stock-photo credit alone on its line is no Latin brand of the site', () => {
    expect(classifyLine('Getty Images', lex).kind).toBe('boilerplate');
    const { article } = extract('u1565');
    expect(article.source).toBeUndefined();
    expect(article.title).toBe('مدرب محلي وآخر أوروبي أبرز المرشحين لتدريب المنتخب لدى الاتحاد');
  });
  it('a poll box\'s question («شارك برأيك» / «هل تتوقع …؟») above the headline opens no story', () => {
    const { article } = extract('u1562');
    expect(article.title).toBe('القاهرة وموسكو تبحثان زيادة رحلات الطيران المباشرة قبل موسم الصيف');
    expect(article.paragraphs.join(' ')).not.toContain('هل تتوقع');
    expect(article.date).toBe('2026-03-07');
  });
  it('a short line printed twice back to back under the headline is the picture\'s label, not the site', () => {
    expect(extract('u1566').article.source).toBeUndefined();
  });
});

describe('a paragraph that lacks its full stop', () => {
  it('«وأكدت …» between two paragraphs is kept, and the headline is measured against it', () => {
    const { article } = extract('u1566');
    expect(article.paragraphs).toContain('وأكدت المفوضية أن نحو نصف مليون أوكراني عادوا إلى بلادهم منذ مطلع العام الجاري');
    expect(article.title).toBe('الأمم المتحدة: نصف مليون أوكراني عادوا إلى بلادهم منذ مطلع العام');
    expect(extract('u1567').article.paragraphs).toHaveLength(3);
  });
  it('not a caption «… (صورة: …)», not a line that opens no continuation, not a line over a non-paragraph', () => {
    const raw = (middle: string, after = MORE) => page('عنوان الخبر عن المحادثات بين موسكو وكييف', '', LEAD, middle, after);
    expect(fromText(raw('وزراء خارجية الاتحاد الأوروبي خلال اجتماعهم في بروكسل أمس (صورة: رويترز)')).article.paragraphs).toHaveLength(2);
    expect(fromText(raw('الجولة المقبلة من المحادثات ستعقد في إسطنبول بحضور وسطاء أتراك')).article.paragraphs).toHaveLength(2);
    expect(fromText(raw('ويأمل الوسطاء أن تفضي الجولة إلى اتفاق على تبادل جديد للأسرى قبل نهاية الشهر', 'إلغاء الاشتراك')).article.paragraphs).toHaveLength(1);
  });
});
