// Forty-second round, at the merge (session 45, 13m): aside42's (spent) misses, fixed by signals that transfer — a
// counter alone between the paragraphs and an author box under the story (foot-furniture.ts), a reporter signed by
// an initial after the site's own credit (initial-reporter.ts), a mail's subject «LABEL: HEADLINE-OPENING» over the
// full headline (subject-line.ts), an archive photo's caption «… - صورة أرشيفية» (classify.ts), a local site's
// regional section and a follow line «تابعونا على صفحة NAME على فيسبوك» (content/boilerplate.yaml). Pages: aside42
// u4067, u4073, u4080, u4085, u4088, u4094 and dev u4170–u4188 (their classes in other outlets' shapes, with guards).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { isCounterLine } from './foot-furniture';
import { lexKey } from './boilerplate';

const { lex, labelled, fromText, page, idOf } = roundFixtures(['aside42', 'dev']);
const paragraphsOf = (id: string) => labelled(id).extraction.articles[0].paragraphs;

describe('a counter alone on its line', () => {
  const words = lex.headlineFurniture.countWords;
  it.each(['3 تعليقات', '(3 تعليقات)', '💬 5 تعليقات', '👁 1,284 مشاهدة', 'تعليقات 3', '12 comments'])('«%s» is a counter', (line) =>
    expect(isCounterLine(line, words, lexKey)).toBe(true));
  it.each(['3 تعليقات فقط وصلت إلى الصفحة', 'تعليقات الوزير', '3 وزراء', '2028 مشاهدة.'])('«%s» is not', (line) =>
    expect(isCounterLine(line, words, lexKey)).toBe(false));
  it.each([['u4085', '3 تعليقات'], ['u4170', '💬 5 تعليقات'], ['u4171', '👁 1,284 مشاهدة']])('%s: «%s» leaves the body, the story around it stays', (id, counter) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].paragraphs).not.toContain(counter);
    expect(extraction.articles[0].paragraphs).toEqual(expected.paragraphs);
  });
  it('u4172 (guard): a paragraph opening with «3 تعليقات» and going on is kept', () => {
    expect(paragraphsOf('u4172')[1]).toMatch(/^3 تعليقات فقط/u);
  });
});

describe('an author box under the story', () => {
  it.each([['u4073', 'عن الكاتب'], ['u4173', 'نبذة عن الكاتب'], ['u4174', 'عن الكاتبة']])('%s: «%s» and the biography leave the body', (id, heading) => {
    const { extraction, expected } = labelled(id);
    const kept = extraction.articles[0].paragraphs;
    expect(kept).not.toContain(heading);
    expect(kept.at(-1)).toBe(expected.paragraphs.at(-1));
    for (const p of expected.paragraphs) expect(kept).toContain(p);
  });
  it('u4175 (guard): a sub-heading «عن المؤلف» with the review going on under it keeps its paragraphs', () => {
    const kept = paragraphsOf('u4175');
    expect(kept.some((p) => p.startsWith('عمل مؤلف الكتاب'))).toBe(true);
    expect(kept.some((p) => p.startsWith('ويختم الكاتب'))).toBe(true);
  });
  it('a heading with nothing above it is no author box', () => {
    const bio = 'كاتب صحفي يكتب في الشأن الاقتصادي.';
    const { article } = fromText(page('عن الكاتب', bio, 'وقال مدير الميناء إن شحنات القمح تأخرت أسبوعين بسبب ارتفاع كلفة التأمين على السفن القادمة من البحر الأسود.'));
    expect(article.paragraphs.join(' ')).toContain('وقال مدير الميناء');
  });
});

describe('a reporter signed by an initial after the site\'s own credit', () => {
  it.each([['u4080'], ['u4176'], ['u4177']])('%s: the credit and the reporter are cut from the lead', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
    expect(idOf(extraction.articles[0].source)).toBe(idOf(expected.outlet));
  });
  it('u4178 (guard): an initial and a name before a quote is a speaker, kept', () => {
    expect(paragraphsOf('u4178')[0]).toMatch(/^ع\. الزياني: "/u);
  });
});

describe('a mail\'s subject over the full headline', () => {
  it.each([['u4067'], ['u4179'], ['u4180']])('%s: the headline and the story\'s date, not the subject and the mail\'s', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].title).toBe(expected.title);
    expect(extraction.articles[0].date).toBe(expected.date);
  });
  it('u4181 (guard): a speaker\'s headline over a lead that repeats its words is the headline', () => {
    const { extraction, expected } = labelled('u4181');
    expect(extraction.articles[0].title).toBe(expected.title);
  });
});

describe('an archive photo\'s caption and a local site\'s regional frame', () => {
  it.each([['u4094'], ['u4182'], ['u4183']])('%s: the caption is neither the outlet nor the body', (id) => {
    const { extraction, expected } = labelled(id);
    expect(idOf(extraction.articles[0].source)).toBe(idOf(expected.outlet));
    expect(extraction.articles[0].paragraphs).toEqual(expected.paragraphs);
  });
  it.each([['u4088'], ['u4185'], ['u4186'], ['u4188']])('%s: the regional section is no outlet; the follow line names it', (id) => {
    const { extraction, expected } = labelled(id);
    // The scorer's identity: «إذاعة حفوز» and «حفوز» are one station (a type word before the name).
    expect(idOf(extraction.articles[0].source)).toBe(idOf(expected.outlet));
    expect(idOf(expected.outlet)).toBeTruthy();
    expect(extraction.articles[0].source).not.toMatch(/^أخبار/u);
  });
  it('u4187 (guard): a masthead opening with «أخبار» is still the outlet', () => {
    expect(labelled('u4187').extraction.articles[0].source).toBe('أخبار الساحل');
  });
});
