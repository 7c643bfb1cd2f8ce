// Twenty-fifth round (session 28, 13t): the headline and the body on REAL pages' text, a fifth probe.
// Classes the probes of real pages showed, in our own words (dev u1840–u1846) and inline lines; the real
// text stays outside the repository (docs/ingest.md «Twenty-fifth round: the headline and the body on
// real pages, a fifth probe»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { fromText, extract, page } = roundFixtures(['dev']);
const DATE = 'الأربعاء 18 مارس 2026';

describe('a headline closed by «!» or «؟» over a lead that repeats it is the headline, mark kept', () => {
  it('«… ممر الحبوب مجددا!» over a section label and the lead (u1840)', () => {
    const { article } = extract('u1840');
    expect(article.title).toBe('كييف تتهم موسكو بتعطيل ممر الحبوب مجددا!');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs.join('\n')).not.toContain('دولي');
  });
  it('inline: a question headline right over the lead, and an exclamation under the page top', () => {
    const lead = 'تتجه الأنظار إلى أنقرة مع حديث دبلوماسيين أتراك عن استعداد الوفدين لاستئناف المحادثات الفنية حول الأسرى هذا الشهر.';
    const question = 'هل يستأنف الوفدان المحادثات الفنية حول الأسرى في أنقرة؟';
    const a = fromText(page(question, '', lead, '', 'ولم يعلق الكرملين على الموعد حتى الآن.', '')).article;
    expect(a.title).toBe(question);
    expect(a.paragraphs[0]).toBe(lead);
  });
});

describe('what stays prose (guards: pass before and after the change)', () => {
  it('the story\'s first paragraph of two sentences closed by «!» under the page\'s headline (u1842)', () => {
    const { article } = extract('u1842');
    expect(article.title).toBe('الوفد الأوكراني يصل إلى إسطنبول لجولة تفاوض جديدة');
    expect(article.paragraphs[0]).toBe('وصل الوفد الأوكراني إلى إسطنبول صباح اليوم. ولم يتوقع أحد أن تبدأ الجولة الجديدة بهذه السرعة!');
  });
  it('inline: a quoted exclamation opening the story is not taken for a headline', () => {
    const quote = '"لن نوقع أي اتفاق يمس حدودنا أو يكافئ المعتدي مهما طال الانتظار!"';
    const next = 'بهذه الكلمات رد رئيس الوفد الأوكراني على سؤال عن اتفاق يمس حدود بلاده وعن مدة الانتظار المتوقعة للتسوية.';
    const a = fromText(page('رئيس الوفد الأوكراني يرفض أي اتفاق يمس الحدود', '', DATE, '', quote, '', next, '')).article;
    expect(a.title).toBe('رئيس الوفد الأوكراني يرفض أي اتفاق يمس الحدود');
    expect(a.paragraphs[0]).toBe(quote);
  });
  it('a stray headline link inside the story sharing two topic words with the next paragraph (u1845)', () => {
    const { article } = extract('u1845');
    expect(article.paragraphs).not.toContain('الاتحاد الأوروبي يقر حزمة عقوبات جديدة على قطاع الطاقة الروسي');
    expect(article.paragraphs).toHaveLength(2);
  });
});

describe('a sub-heading over a paragraph opening as a continuation that repeats most of its words is kept', () => {
  it('«الدفاع الروسية تعلن استعادة رفات …» over «وأعلنت وزارة الدفاع الروسية … استعادة رفات …» (u1843)', () => {
    const { article } = extract('u1843');
    expect(article.paragraphs[2]).toBe('الدفاع الروسية تعلن استعادة رفات ثمانين عسكريا من الجانب الأوكراني');
    expect(article.paragraphs).toHaveLength(5);
  });
  it('the words repeated in other forms («توابسي» / «بتوابسي», «حريق» / «حريقا») (u1844)', () => {
    expect(extract('u1844').article.paragraphs).toContain('حريق كبير في مصفاة توابسي النفطية بعد هجوم بطائرة مسيرة');
  });
});

describe('a long line with clause commas right over prose that carries on from it is the lead, not the headline', () => {
  it('a copy whose paragraphs all lack their full stop: three paragraphs and a made title (u1846)', () => {
    const { article } = extract('u1846');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[0].startsWith('أعلنت وزارة الخارجية الأوكرانية')).toBe(true);
  });
  it('guard: a long headline without a clause comma over a lead opening «وسط …» stays the headline', () => {
    const headline = 'الأمم المتحدة تحذر من نقص حاد في الأدوية بالمستشفيات الأوكرانية القريبة من خطوط القتال';
    const lead = 'وسط تصاعد القصف على المدن الشرقية، حذرت الأمم المتحدة من نقص حاد في الأدوية الأساسية بالمستشفيات الأوكرانية خلال أسابيع.';
    const a = fromText(page(headline, '', DATE, '', lead, '', 'وقالت المنظمة إنها تحتاج إلى تمويل عاجل.', '')).article;
    expect(a.title).toBe(headline);
    expect(a.paragraphs[0]).toBe(lead);
  });
});
