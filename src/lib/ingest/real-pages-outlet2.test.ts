// Twenty-fourth round (session 27, 13o): the outlet on REAL pages, a third probe. The weak «site
// name?» guesses took sub-headings, section and breaking-news labels, a ticker's label, a speaker's
// colon line and the story's age for the site; real pages credit their text in brackets closing the
// story, by «from NAME https://…» over «via IFTTT», and by «NAME ـ SECTION» over a lead without
// headline, and name themselves in a template's furniture. Pages in our own words (dev u1710, u1713–u1724) and inline lines; the real text stays
// outside the repository (docs/ingest.md «Twenty-fourth round: the outlet on real pages, a third probe»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { labelShaped, labelWords } from './story-label';
import { notSiteName } from './weak-guess';

const { lex, extract, fromText, idOf } = roundFixtures(['dev']);
const words = labelWords(lex);
const LEAD = 'اقترحت المفوضية الأوروبية تمديد نظام الحماية المؤقتة للاجئين الأوكرانيين حتى ربيع العام بعد المقبل، في خطوة قالت إنها تمنح الدول الأعضاء وقتا لتنظيم العودة الطوعية.';
const MORE = 'وأوضحت المفوضة المكلفة بالشؤون الداخلية أن أكثر من أربعة ملايين شخص يستفيدون من هذا النظام في دول الاتحاد.';

describe('a weak «site name?» guess refused by what the line says it is', () => {
  it('a sub-heading below the lead of a page without headline names no outlet', () => {
    expect(extract('u1710').article.source).toBeUndefined();
  });
  it('section and breaking-news labels over the headline: heads joined by «و», «أخبار عاجلة», a ticker label glued to its item, one indefinite nisba', () => {
    for (const id of ['u1713', 'u1714', 'u1715', 'u1716']) expect(extract(id).article.source, id).toBeUndefined();
  });
  it('label shapes this round adds, and names they keep', () => {
    for (const t of ['سياسة ومحليات', 'أخبار عاجلة', 'عاجل', 'الشريط الإخباريسورية', 'اقتصادية', 'دولية']) expect(labelShaped(t, words), t).toBe(true);
    for (const t of ['منشيت', 'أخبار الشمال', 'الساحل نيوز', 'صوت الشعب']) expect(labelShaped(t, words), t).toBe(false);
  });
  it('a line inside the story, a colon-closed label and a relative time are never the site; a first line of a name is', () => {
    expect(notSiteName({ index: 4, text: 'موقف العواصم' }, 2, lex)).toBe(true);
    expect(notSiteName({ index: 1, text: 'مجلس الشورى:' }, 2, lex)).toBe(true);
    expect(notSiteName({ index: 1, text: 'منذ 2 شهور' }, 3, lex)).toBe(true);
    expect(notSiteName({ index: 1, text: 'قبل 5 ساعات' }, 3, lex)).toBe(true);
    expect(notSiteName({ index: 0, text: 'عدن 24' }, 2, lex)).toBe(false);
    expect(notSiteName({ index: 0, text: 'منذ البداية' }, 2, lex)).toBe(false);
  });
});

describe('credits real pages print for the text they copied', () => {
  it('«from NAME https://…» over «via IFTTT»: the feed is the outlet, the tool never', () => {
    expect(extract('u1717').article.source).toBe('شبكة المرسى الإخبارية');
  });
  it('a known outlet in brackets closing the last paragraph is the outlet; a wire so placed is the agency only', () => {
    const arabiya = extract('u1718').article;
    expect(idOf(arabiya.source)).toBe('al-arabiya');
    const wire = extract('u1720').article;
    expect(wire.source).toBeUndefined();
    expect(idOf(wire.agency)).toBe('reuters');
  });
  it('«NAME ـ SECTION» as the only line over a lead without headline credits NAME; a credit word and a reporter do not', () => {
    expect(extract('u1719').article.source).toBe('القنطرة');
    expect(extract('u1721').article.source).toBeUndefined();
    expect(fromText(`الرصيف - دولي\n${LEAD}\n${MORE}\n`).article.source).toBe('الرصيف');
  });
  it('the page names itself in its template\'s furniture: WordPress AMP\'s «Site icon NAME – Brand», a disclaimer «إن موقع "NAME" غير مسؤول …» (cut from the body)', () => {
    expect(extract('u1723').article.source).toBe('صحيفة الضفاف');
    const disclaimer = extract('u1724').article;
    expect(disclaimer.source).toBe('صدى الوادي');
    expect(disclaimer.paragraphs.join(' ')).not.toContain('غير مسؤول');
  });
  it('a coined masthead over a date bar is still read', () => {
    expect(extract('u1722').article.source).toBe('الموجة');
  });
});
