// Forty-second session (13p): a fresh probe of real outlets' pages on Russia–Ukraine diplomacy (36 excerpts,
// 36 new sites). Its tune part's misses that transfer: the site's own credit line «NAME||REPORTER» or
// «وكالات: NAME» over the lead, a follow prompt between a story's paragraphs read as an embedded story's
// headline, «PLACE DATE /» with no wire between slashes, the lead's «بحسب ما ترجم موقع NAME», a glued token of
// section labels after a word, «اقرأ» alone. Pages in our own words (dev u3720–u3739); the real text stays
// outside the repository (docs/ingest.md «Thirty-ninth round: a fresh probe of real pages, Russia–Ukraine
// diplomacy (helper 13p)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { barJoined, doubleBarCredit, genericWireCredit } from './credit-bars';
import { dateThenSlash } from './dateline-slash';
import { parseDateline } from './dateline';
import { translatedByLead } from './translated-by';

const { lex, fromText, extract } = roundFixtures(['dev']);
const HEAD = 'وفدا موسكو وكييف يلتقيان لبحث تبادل جديد للأسرى';
const LEAD = 'قال مسؤول في الخارجية التركية إن وفدي موسكو وكييف سيلتقيان مطلع الأسبوع المقبل لبحث ترتيبات جولة جديدة من تبادل الأسرى.';
const MORE = 'وأضاف المسؤول أن الجانبين اتفقا مبدئيا على قوائم تضم مئات الجنود المصابين.';
const body = (lines: string[]) => lines.map((text, index) => ({ index, kind: 'body', text }));

describe('the site\'s own credit line over the lead (credit-bars.ts)', () => {
  it('«NAME||REPORTER»: the name when a given name opens the part after the bars', () => {
    expect(doubleBarCredit('نافذة الشرق||سامي الحداد', lex)).toBe('نافذة الشرق');
    expect(doubleBarCredit('أفق المدينة || خالد العبيدي', lex)).toBe('أفق المدينة');
  });
  it('not: labels joined by bars, one bar, or a place before the bars', () => {
    expect(doubleBarCredit('سياسة||دولي', lex)).toBeUndefined();
    expect(doubleBarCredit('نافذة الشرق|سامي الحداد', lex)).toBeUndefined();
    expect(doubleBarCredit('موسكو||سامي الحداد', lex)).toBeUndefined();
    expect(barJoined('سياسة||دولي')).toBe(true);
    expect(barJoined('سياسة | دولي')).toBe(false);
  });
  it('«وكالات: NAME», «وكالات - NAME», «NAME | وكالات»: the name on the other side of the generic wire', () => {
    expect(genericWireCredit('وكالات: الراصد الشمالي', lex)).toBe('الراصد الشمالي');
    expect(genericWireCredit('وكالات - مرافئ نيوز', lex)).toBe('مرافئ نيوز');
    expect(genericWireCredit('ركن الأخبار | وكالات', lex)).toBe('ركن الأخبار');
  });
  it('not: a place with the generic wire (a dateline), a known wire, two generic words, a sentence', () => {
    expect(genericWireCredit('موسكو – وكالات:', lex)).toBeUndefined();
    expect(genericWireCredit('وكالات: رويترز', lex)).toBeUndefined();
    expect(genericWireCredit('وكالات: متابعات', lex)).toBeUndefined();
    expect(genericWireCredit('وكالات: قال مسؤول تركي إن الوفدين سيلتقيان', lex)).toBeUndefined();
  });
  it('on a page: the credit names the outlet and leaves the body', () => {
    const x = fromText(`وكالات: كواليس الخبر\n${LEAD}\n${MORE}\n`);
    expect(x.article.source).toBe('كواليس الخبر');
    expect(x.article.paragraphs).toEqual([LEAD, MORE]);
    expect(fromText(`سياسة||دولي\n${LEAD}\n${MORE}\n`).article.source).toBeUndefined();
  });
});

describe('a follow prompt between a story\'s paragraphs', () => {
  it('is skipped when the next line goes on with the story; the story keeps its paragraphs', () => {
    const x = fromText(`${HEAD}\n${LEAD}\nتابعنا على تلغرام\n${MORE}\n`);
    expect(x.article.paragraphs).toEqual([LEAD, MORE]);
  });
  it('still closes the story over teasers cut mid-word', () => {
    const x = fromText(`${HEAD}\n${LEAD}\n${MORE}\nتابعنا على تلغرام\nارتفاع أسعار القمح في الأسواق بعد تعثر\nالبرلمان الأوروبي يناقش تمديد الإعفاءات لل\n`);
    expect(x.article.paragraphs).toEqual([LEAD, MORE]);
  });
});

describe('«PLACE DATE /» with no wire between slashes (dateline-slash.ts)', () => {
  it('a full date with its year closed by one slash, glued or spaced', () => {
    expect(dateThenSlash(`كييف 15 مارس 2028 /${LEAD}`, lex)).toMatchObject({ place: 'كييف', date: '15 مارس 2028' });
    expect(parseDateline(`أنقرة 12 مايو 2028 / ${LEAD}`, lex)).toMatchObject({ place: 'أنقرة', date: '12 مايو 2028' });
  });
  it('not: no year, a wire\'s pair of slashes, a place alone', () => {
    expect(dateThenSlash(`كييف 7 مايو /${LEAD}`, lex)).toBeUndefined();
    expect(dateThenSlash(`القاهرة 5 يونيو 2028 /وكالة ما/ ${LEAD}`, lex)).toBeUndefined();
    expect(dateThenSlash(`موسكو /${LEAD}`, lex)).toBeUndefined();
  });
});

describe('the lead saying the site translated the story (`translationFrames`)', () => {
  it('«وبحسب ما ترجم موقع NAME،» and «وفق ما ترجمته صحيفة "NAME"»', () => {
    expect(translatedByLead(body([LEAD, 'وبحسب ما ترجم موقع نبض البوسفور، فإن الاجتماع سيعقد غدا.']), 0, undefined, lex)[0]?.value).toBe('نبض البوسفور');
    expect(translatedByLead(body(['قالت صحيفة ألمانية إن برلين تدرس الأمر، وفق ما ترجمته صحيفة "بريد الأناضول" عن التقرير.']), 0, undefined, lex)[0]?.value).toBe('بريد الأناضول');
  });
  it('not: a site cited for what it reported, a known wire, a bare name without a site\'s word', () => {
    expect(translatedByLead(body(['وبحسب ما نقل موقع أصداء الشمال، فإن الحزمة تشمل قيودا.']), 0, undefined, lex)).toEqual([]);
    expect(translatedByLead(body(['وبحسب ما ترجمت وكالة الأناضول، فإن الاتصالين سيتناولان الملاحة.']), 0, undefined, lex)).toEqual([]);
    expect(translatedByLead(body(['وبحسب ما ترجم نبض البوسفور، فإن الاجتماع سيعقد غدا.']), 0, undefined, lex)).toEqual([]);
  });
});

describe('furniture over and inside the story', () => {
  it('a glued token of section labels after a word is no site name', () => {
    expect(fromText(`آخر الاخباررئيسيسياسة\n${HEAD}\n${LEAD}\n${MORE}\n`).article.source).toBeUndefined();
  });
  it('«اقرأ» alone between paragraphs is dropped', () => {
    expect(fromText(`${HEAD}\n${LEAD}\nاقرأ\n${MORE}\n`).article.paragraphs).toEqual([LEAD, MORE]);
  });
});

describe('the pages', () => {
  it('credit lines, follow prompts, slashed datelines and translated leads as labelled; the guards hold', () => {
    expect(extract('u3720').article.source).toBe('الراصد الشمالي');
    expect(extract('u3721').article.source).toBe('مرافئ نيوز');
    expect(extract('u3723').article.source).toBeUndefined();
    expect(extract('u3723').place).toBe('موسكو');
    expect(extract('u3724').article.source).toBe('نافذة الشرق');
    expect(extract('u3726').article.source).toBeUndefined();
    expect(extract('u3727').article.paragraphs).toHaveLength(4);
    expect(extract('u3729').article.paragraphs).toHaveLength(2);
    expect(extract('u3730').place).toBe('موسكو');
    expect(extract('u3730').article.date).toBe('2028-04-03');
    expect(extract('u3732').place).toBeUndefined();
    expect(extract('u3733').article.source).toBe('بريد الأناضول');
    expect(extract('u3734').article.source).toBe('نبض البوسفور');
    expect(extract('u3735').article.source).toBeUndefined();
    expect(extract('u3736').article.source).toBeUndefined();
    expect(extract('u3737').article.source).toBeUndefined();
    expect(extract('u3738').article.source).toBe('مرفأ الجاليات المغتربين');
    expect(extract('u3739').article.paragraphs).toHaveLength(3);
  });
});
