// Forty-first round, at the merge (session 44, 13m): aside41's (spent) misses, fixed by signals that transfer — a
// «© YEAR NAME» line right under the page's own link read with its year (names.ts `buildSameName`: a year is no
// word of a name spelling a domain word by word), and an embedded post's furniture kept between the paragraphs («عرض هذا المنشور على X»:
// `embedLines` in content/boilerplate.yaml, embed-lines.ts). Pages: aside41 u3942, u3950 and dev u4040–u4048 (their
// classes in other outlets' shapes, with guards).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { compileEmbedLines, isEmbedLine } from './embed-lines';

const { lex, labelled, fromText, page } = roundFixtures(['aside41', 'dev']);

describe('a © line with its year under the page\'s own link', () => {
  it.each([['u3950'], ['u4040'], ['u4041'], ['u4042']])('%s: the name, never the year', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].source).toBe(expected.outlet);
    expect(extraction.articles[0].source).not.toMatch(/[0-9٠-٩]{4}/u);
  });
  it('u4043 (guard): «© 2028 الجش 24» keeps the name\'s own figure', () => {
    const { extraction } = labelled('u4043');
    expect(extraction.articles[0].source).toBe('الجش 24');
  });
  it.each([
    ['amizmiz-press.ma', 'أمزميز بريس', true], ['amizmiz-press.ma', '2028 أمزميز بريس', false],
    ['tinejdad-press.ma', '2028 تنجداد بريس', false], ['tamanar-press.ma', '٢٠٢٨ تمنار بريس', false],
    ['tinejdad-press.ma', 'تنجداد بريس', true],
  ])('sameName(%s, %s) is %s: a year spells nothing', (latin, arabic, same) => expect(lex.sameName(latin, arabic, true)).toBe(same));
  it('the link under the © line: the name, never the year', () => {
    const story = 'وقال رئيس الجماعة إن المجلس أقر خطة لترميم الطرق قبل موسم الأمطار بعد تأخر التمويل بسبب الحرب في أوكرانيا.';
    const { article } = fromText(page('المجلس يقر خطة لترميم الطرق قبل الأمطار', '3 ديسمبر 2028', story, '© 2028 مسمرير بريس', 'https://msemrir-press.ma/2028/12/03/roads'));
    expect(article.source).toBe('مسمرير بريس');
  });
});

describe('an embedded post\'s furniture', () => {
  const patterns = lex.embedLines;
  it.each([
    'عرض هذا المنشور على X', 'عرض هذا المنشور على Instagram', 'عرض هذا المنشور على إنستغرام', 'شاهد هذه التغريدة على X',
    'View this post on Instagram', 'A post shared by Golan Strings (@golanstrings)', 'منشور تمت مشاركته بواسطة وزارة الخارجية (@mfa)',
    'محتوى مضمن من YouTube', 'Post by @golan_apples', 'عرض هذا المنشور على فيسبوك:',
  ])('«%s» is furniture', (line) => expect(isEmbedLine(line, patterns)).toBe(true));
  it.each([
    // the story's own sentences: the prompt's words going on, a post told of, an author line closed by a full stop
    'عرض هذا المنشور على منصة X أرقاما جديدة عن تبادل الأسرى بين البلدين.',
    'ونشر الوزير الأوكراني على منصة إكس ردا قال فيه إن بلاده لن تقبل شروطا مسبقة.',
    'منشور بواسطة حساب مجهول كشف الوثيقة.',
    // a platform the data does not name, a name past six words
    'عرض هذا المنشور على ماستودون',
    'منشور بواسطة وزارة الخارجية والتعاون الدولي في جمهورية أوكرانيا (@mfa)',
  ])('«%s» is not', (line) => expect(isEmbedLine(line, patterns)).toBe(false));
  it('a pattern keeps its spaces: the platform is a word of its own', () => {
    const [p] = compileEmbedLines(['عرض هذا المنشور على {platform}'], ['X']);
    expect(p.re.test('عرض هذا المنشور علي x')).toBe(true);
    expect(p.re.test('عرض هذا المنشور عليx')).toBe(false);
  });
  it.each([['u3942'], ['u4044'], ['u4045'], ['u4046'], ['u4048']])('%s: the paragraphs only, the embed\'s lines out', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].paragraphs).toEqual(expected.paragraphs);
    expect(extraction.articles[0].paragraphs.some((p) => isEmbedLine(p, patterns))).toBe(false);
  });
  it('u4047 (guard): the story\'s sentences about posts on X are all kept', () => {
    const { extraction, expected } = labelled('u4047');
    expect(extraction.articles[0].paragraphs).toEqual(expected.paragraphs);
  });
});
