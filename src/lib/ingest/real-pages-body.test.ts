// Twenty-fourth round (session 27, 13b): the body and the headline on REAL pages' text. Classes a fresh
// probe of real pages showed, in our own words (dev u1740–u1745) and inline lines; the real text stays
// outside the repository (docs/ingest.md «Twenty-fourth round: the body and the headline on real pages»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { classifyLines } from './classify';
import { isFollowPrompt } from './main-body';

const { lex, fromText, extract, page } = roundFixtures(['dev']);
const HEADLINE = 'أنقرة تستضيف جولة جديدة من المحادثات الفنية حول سلامة الملاحة';
const LEAD = 'تستضيف أنقرة الأسبوع المقبل جولة جديدة من المحادثات الفنية بين موسكو وكييف حول سلامة الملاحة في البحر الأسود.';
const MORE = 'وقال مسؤول تركي إن الوفدين سيبحثان آلية مشتركة لتفتيش السفن التجارية.';
const SUB = 'آلية التفتيش المشتركة للسفن التجارية في الموانئ التركية';

describe('a sub-heading longer than six words that the paragraph under it takes up is kept', () => {
  it('«موقف العواصم الأوروبية من المقترح الروسي الجديد» over «في باريس، … العواصم الأوروبية …» (u1740)', () => {
    const { article } = extract('u1740');
    expect(article.paragraphs).toContain('موقف العواصم الأوروبية من المقترح الروسي الجديد');
    expect(article.paragraphs).toHaveLength(5);
  });
  it('a «NAME: …» sub-heading introducing a second topic («في سياق آخر، …») (u1741)', () => {
    expect(extract('u1741').article.paragraphs[2]).toBe('لافروف: مفاوضات تبادل الأسرى تسير وفق الجدول المتفق عليه');
  });
  it('inline: kept when echoed by the paragraph under it', () => {
    const next = 'في الموانئ التركية، ستعمل آلية التفتيش المشتركة على فحص السفن التجارية قبل عبورها المضائق.';
    expect(fromText(page(HEADLINE, '', LEAD, '', MORE, '', SUB, '', next, '')).article.paragraphs).toContain(SUB);
  });
});

describe('what still reads as a stray headline (guards: pass before and after the change)', () => {
  it('a headline link inside a story, the paragraph under it continuing the one above («وأضاف …») (u1742)', () => {
    const { article } = extract('u1742');
    expect(article.paragraphs).not.toContain('الناتو يعزز دورياته الجوية فوق دول البلطيق خلال الشتاء');
    expect(article.paragraphs).toHaveLength(3);
  });
  it('inline: a heading the next paragraph repeats one word of, or a line of fifteen words, is dropped', () => {
    const oneWord = 'في الموانئ، قال المسؤول إن الخطة تحتاج إلى موافقة البرلمان قبل تنفيذها هذا الصيف.';
    expect(fromText(page(HEADLINE, '', LEAD, '', MORE, '', SUB, '', oneWord, '')).article.paragraphs).not.toContain(SUB);
    const long = 'آلية التفتيش المشتركة للسفن التجارية في الموانئ التركية تثير جدلا واسعا بين خبراء النقل البحري';
    const echo = 'في الموانئ التركية، أثارت آلية التفتيش المشتركة للسفن التجارية جدلا بين خبراء النقل البحري.';
    expect(fromText(page(HEADLINE, '', LEAD, '', MORE, '', long, '', echo, '')).article.paragraphs).not.toContain(long);
  });
});

describe('a follow prompt under the story closes it', () => {
  it('teasers cut mid-word under «تابعوا آخر أخبارنا … عبر قناتنا على تلغرام» are no paragraph (u1743)', () => {
    const { article } = extract('u1743');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs.join(' ')).not.toContain('هيئة الأرصاد');
  });
  it('shapes: an opener and a «where» word, no full stop, sixteen words at most', () => {
    const lines = classifyLines(['تابعونا على تلغرام', 'تابع أيضاً: زيلينسكي يطالب بضمانات قبل أي تجميد للقتال',
      'تابعوا التغطية الكاملة عبر موقعنا.', 'وتابع الوزير أن الاتصالات على مستوى الخبراء مستمرة'], lex);
    expect(lines.map((l) => isFollowPrompt(l, lex))).toEqual([true, false, false, false]);
  });
});

describe('a known outlet\'s credit closed by a slash opening the lead', () => {
  it('«الحرة/ أعلنت …» is read (it threw before) and cut from the lead (u1744)', () => {
    const { article } = extract('u1744');
    expect(article.source).toBe('الحرة');
    expect(article.paragraphs[0].startsWith('أعلنت وزارة الدفاع الروسية')).toBe(true);
  });
});

describe('a dash list inside a story is the story\'s (guard)', () => {
  it('a spokesman\'s points under «… للصحفيين:» are paragraphs without their glyph (u1745)', () => {
    const { article } = extract('u1745');
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[1]).toBe('الأولوية هي التوصل إلى اتفاق مكتوب يضمن وقفا دائما للقتال.');
  });
});
