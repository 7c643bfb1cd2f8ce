// Forty-fifth round, at the merge (session 48, helper 13m): the classes aside45 (spent) left — a ticker's items on lines of
// their own over a page without headline (ticker-items.ts), a print edition's year or volume label (volume-labels.ts), a
// notes app's colour label (interface-names.ts `isNoteColourLabel`), a caption on its subject's round between paragraphs
// (typed-credits.ts `captionRoundPhrases`), an aggregator's source button and disclaimer (content/boilerplate.yaml). Pages:
// aside45 u4522, u4523, u4533, u4535, u4549, u4563 (spent) and dev u4650–u4665 (their other shapes and guards).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { gluedTickerItem, tickerItemLines } from './ticker-items';
import { isVolumeLabel } from './volume-labels';
import { isNoteColourLabel } from './interface-names';
import { isPictureCaption } from './typed-credits';
import { notAPublisher } from './outlet-candidates';
import { classifyLines } from './classify';

const { lex, labelled, idOf } = roundFixtures(['aside45', 'dev']);
const got = (id: string) => labelled(id).extraction.articles[0];
const want = (id: string) => labelled(id).expected;
const titleRule = (id: string) => labelled(id).extraction.evidence[0].fields.find((f) => f.field === 'title')?.rule ?? '';

describe('a ticker\'s items on their own lines over a page without headline: the title is made from the lead', () => {
  it.each(['u4522', 'u4533', 'u4650', 'u4651', 'u4652'])('%s: made from the lead, no item taken', (id) => {
    expect(titleRule(id)).toMatch(/^made from the lead/);
    expect(got(id).paragraphs).toEqual(want(id).paragraphs);
  });
  it.each(['u4653', 'u4654', 'u4655'])('%s (guard): the page\'s own headline', (id) => expect(got(id).title).toBe(want(id).title));
  it('the items: a label glued or alone, then the headline-shaped lines up to the first line of another shape', () => {
    const labels = lex.tickerItemLabels;
    expect(gluedTickerItem('عاجل | غلق طريق الميناء لأعمال الصيانة', labels)).toBe('غلق طريق الميناء لأعمال الصيانة');
    expect(gluedTickerItem('آخر الأخبار: افتتاح معرض الكتاب في المدينة', labels)).toBe('افتتاح معرض الكتاب في المدينة');
    // «المتحدث باسم الوزارة: …» is a speaker's headline, no ticker's label; «عاجل | بيان» is too short for an item.
    expect(gluedTickerItem('المتحدث باسم الوزارة: لا اتفاق قبل الضمانات', labels)).toBeUndefined();
    expect(gluedTickerItem('عاجل | بيان', labels)).toBeUndefined();
    const lines = classifyLines(['موقع المدينة', 'شريط الأخبار', 'افتتاح جسر جديد على النهر', 'توزيع المساعدات في الأحياء', '12/05/2028', 'عودة الحافلات إلى الخط الشرقي'], lex);
    expect([...tickerItemLines(lines, lines.length, labels)]).toEqual([2, 3]);
    // «آخر الأخبار» alone may be a breadcrumb over the page's headline: only glued to an item does it open a ticker.
    const crumb = classifyLines(['موقع المدينة', 'آخر الأخبار', 'عودة الحافلات إلى الخط الشرقي للمدينة'], lex);
    expect(tickerItemLines(crumb, crumb.length, labels).size).toBe(0);
  });
});

describe('a print edition\'s year or volume label is no outlet', () => {
  it('u4523: the masthead over its publisher\'s tagline, not «السنة الرابعة»', () => expect(got('u4523').source).toBe('صوت سيدي براني'));
  it.each(['u4656', 'u4657', 'u4658'])('%s: never the year or volume label', (id) => expect(got(id).source ?? '').not.toMatch(/^(?:السنة|المجلد)/u));
  it.each(['السنة الرابعة', 'السنة الخامسة', 'المجلد الثاني عشر', 'السنة 23', 'السنة الحادية عشرة'])('«%s» is a volume label, no publisher', (t) => {
    expect(isVolumeLabel(t, lex)).toBe(true);
    expect(notAPublisher(t, lex)).toBeDefined();
  });
  it.each(['السنة النبوية', 'مجلد الأعمال', 'سنة أولى جامعة نيوز'])('«%s» (guard): no count after the label — not read', (t) => expect(isVolumeLabel(t, lex)).toBe(false));
});

describe('a notes app\'s colour and folder label is no outlet', () => {
  it.each(['u4549', 'u4659', 'u4660'])('%s: the source line names the outlet', (id) => expect(idOf(got(id).source)).toBe(idOf(want(id).outlet)));
  it('u4661 (guard): a masthead opening with a colour word', () => expect(got('u4661').source).toBe('أزرق نيوز'));
  it.each(['أصفر · ملاحظات', 'ملاحظات · أحمر', 'Yellow · Notes', 'الأزرق | مذكرات'])('«%s»: the app\'s label', (t) => expect(isNoteColourLabel(t, lex)).toBe(true));
  it.each(['أزرق نيوز', 'ملاحظات', 'الأخضر اليوم', 'ملاحظات المحرر'])('«%s» (guard): not both kinds of words — not read', (t) => expect(isNoteColourLabel(t, lex)).toBe(false));
});

describe('clutter: a caption on its subject\'s round, an aggregator\'s button and disclaimer', () => {
  it.each(['u4535', 'u4662'])('%s: the caption between paragraphs is no paragraph', (id) => {
    expect(got(id).paragraphs).toEqual(want(id).paragraphs);
  });
  it('u4665 (guard): «الوزير يؤكد خلال زيارته …» — a verb before the round: the sub-heading kept', () => expect(got('u4665').paragraphs).toEqual(want('u4665').paragraphs));
  it('the round right after the office word or its nisba, never after a verb', () => {
    expect(isPictureCaption('السفير خلال جولته في سوق النبطية القديم', lex)).toBe(true);
    expect(isPictureCaption('القنصل الروسي أثناء زيارته مقر الغرفة', lex)).toBe(true);
    expect(isPictureCaption('الوزير يؤكد خلال زيارته دعم الحوار', lex)).toBe(false);
  });
  it.each(['u4563', 'u4663', 'u4664'])('%s: the button and the disclaimer are no paragraphs', (id) => expect(got(id).paragraphs).toEqual(want(id).paragraphs));
});
