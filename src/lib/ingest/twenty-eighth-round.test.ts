// Twenty-eighth round (session 31): one name in two scripts, and a site naming itself. A Latin masthead,
// brand or domain and the Arabic name the page prints for itself agree word by word — a name's own words by
// their skeletons, the words names are made of by a translation list (boilerplate.yaml
// `transliteration.words`: «Today» / «اليوم») — and the Arabic name is the label; the lead's own words
// («قالت مصادر لـ"NAME"») agree with a weak candidate; a mail's sender spelled by its own address; a newsroom's
// sign-off. aside26/aside27's misses (spent) in other outlets' shapes, in our own words, and guards.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { leadOwnNames } from './own-name-in-story';
import type { ClassifiedLine } from './classify';

const { fromText, page, lex, extract } = roundFixtures(['dev']);

const HEADLINE = 'وفد تجاري أوكراني يبحث تصدير الحبوب عبر الموانئ المحلية';
const MORE = 'وأضاف أن الجانبين اتفقا على مواصلة المشاورات خلال الأسابيع المقبلة.';

describe('one name in two scripts, word by word', () => {
  it('a name\'s own word by its skeleton and a name\'s word by the translation list', () => {
    expect(lex.sameName('Nefta Today', 'نفطة اليوم')).toBe(true);
    expect(lex.sameName('Al Sharq Today', 'الشرق اليوم')).toBe(true);
    // The Arabic article a Latin name drops («Kef» / «الكاف»).
    expect(lex.sameName('Kef Press', 'الكاف بريس')).toBe(true);
  });
  it('a domain glued of a name and a name\'s word, its «g» written «ك»: «kiffagtoday.mr» / «كيفاك اليوم»', () => {
    expect(lex.sameName('kiffagtoday.mr', 'كيفاك اليوم')).toBe(true);
    expect(lex.sameName('kiffa-today.mr', 'كيفة اليوم')).toBe(true);
  });
  it('guards: common words alone make no name; words out of order, or another name, never meet', () => {
    expect(lex.sameName('Latest News', 'آخر الأخبار')).toBe(false);
    expect(lex.sameName('Today News', 'أخبار اليوم')).toBe(false);
    expect(lex.sameName('Nefta Today', 'توزر اليوم')).toBe(false);
    expect(lex.sameName('Nefta Today', 'نفطة', true)).toBe(false);
  });
  it('whole: a town a site is named after is not the site\'s name («Nefta News» / «نفطة»)', () => {
    expect(lex.sameName('Nefta News', 'نفطة', true)).toBe(false);
    expect(lex.sameName('Nefta News', 'نفطة نيوز', true)).toBe(true);
  });
});

const lines = (...texts: string[]): ClassifiedLine[] => texts.map((text, index) => ({ index, text, kind: 'body', key: text, words: text.split(/\s+/).length } as ClassifiedLine));

describe('the lead naming its own site', () => {
  it('a quoted name after «لـ», a bare one up to «أن» after «ترجمته», «علمت "NAME"»', () => {
    expect(leadOwnNames(lines('أفادت مصادر مطلعة لـ"صدى نفطة" أن الوفد وصل.'), 0, undefined, lex)).toEqual(['صدى نفطة']);
    expect(leadOwnNames(lines('وذكر تقرير ترجمته نفطة بوست أن الوفد وصل.'), 0, undefined, lex)).toEqual(['نفطة بوست']);
    expect(leadOwnNames(lines('علمت «صدى نفطة» من مصادر رسمية أن الوفد وصل.'), 0, undefined, lex)).toEqual(['صدى نفطة']);
  });
  it('guards: a wire the lists know, a site another one cites («ذكر موقع …», «نقلا عن …») are not the site', () => {
    expect(leadOwnNames(lines('قال مسؤول لـ"رويترز" إن الوفد وصل.'), 0, undefined, lex)).toEqual([]);
    expect(leadOwnNames(lines('وذكر موقع "صدى الجبل" أن الوفد وصل، نقلا عن "منبر الواحة".'), 0, undefined, lex)).toEqual([]);
  });
});

describe('pages', () => {
  it('a Latin-only masthead over the lead\'s «لـ«NAME»», the same name translated: the Arabic name', () => {
    const lead = 'قال مسؤول في الميناء لـ«نفطة اليوم» إن وفدا تجاريا أوكرانيا يزور الجهة الأسبوع المقبل.';
    const got = fromText(page('Nefta Today', 'الرئيسية', 'جهات', HEADLINE, '12 مارس 2027', lead, MORE, 'Nefta Today © 2027'));
    expect(got.article.source).toBe('نفطة اليوم');
  });
  it('a Latin brand spelled letter by letter over its Arabic edition\'s line «تي في زهرة - النسخة العربية»', () => {
    const lead = 'قال متحدث حكومي إن وفدا تجاريا أوكرانيا يزور البلاد الأسبوع المقبل لبحث تصدير الحبوب.';
    const got = fromText(page('TV ZAHRA', 'تي في زهرة - النسخة العربية', 'الأخبار', HEADLINE, '12 مارس 2027', lead, MORE, '© 2027 TV ZAHRA'));
    expect(got.article.source).toBe('تي في زهرة');
  });
  it('guard: a Latin masthead over a lead naming the town the site is named after keeps the masthead', () => {
    const lead = 'قال مسؤول في بلدية نفطة إن وفدا تجاريا أوكرانيا يزور الجهة الأسبوع المقبل لبحث تصدير الحبوب.';
    const got = fromText(page('Nefta News', 'الرئيسية', 'جهات', HEADLINE, '12 مارس 2027', lead, MORE, 'Nefta News © 2027'));
    expect(got.article.source).toBe('Nefta News');
  });
  it('a mail\'s sender printed once, its address spelling its name: the outlet', () => {
    const lead = 'أعلنت الحكومة أن وفدا تجاريا أوكرانيا يزور البلاد الأسبوع المقبل لبحث تصدير الحبوب.';
    const got = fromText(page('Reply', 'Forward', 'From: كيفة اليوم <info@kiffa-today.mr>', 'Subject: نشرة المساء', HEADLINE, lead, MORE, 'Unsubscribe'));
    expect(got.article.source).toBe('كيفة اليوم');
  });
  it('guard: a person forwarding a story is not the outlet', () => {
    const lead = 'أعلنت الحكومة أن وفدا تجاريا أوكرانيا يزور البلاد الأسبوع المقبل لبحث تصدير الحبوب.';
    const got = fromText(page('Reply', 'Forward', 'From: منى الساعدي <mona.saadi@mailbox.com>', 'Subject: خبر', HEADLINE, lead, MORE));
    expect(got.article.source).toBeUndefined();
  });
  it('a weak © line glued to its «ل» and the lead\'s «لـ"NAME"» agree: the outlet', () => {
    const lead = 'أفادت مصادر مطلعة لـ"صدى نفطة" أن وفدا تجاريا أوكرانيا يزور الجهة الأسبوع المقبل.';
    const got = fromText(page('جريدة إلكترونية تونسية مستقلة', 'صدى نفطة', 'الرئيسية', 'جهات', HEADLINE, '12 مارس 2027', lead, MORE, 'أضف تعليقا', 'جميع الحقوق محفوظة لصدى نفطة'));
    expect(got.article.source).toBe('صدى نفطة');
  });
  it('a newsroom\'s sign-off «هيئة تحرير NAME .» names the site, its stop cut', () => {
    const lead = 'أعلنت الحكومة أن وفدا تجاريا أوكرانيا يزور البلاد الأسبوع المقبل لبحث تصدير الحبوب.';
    const got = fromText(page(HEADLINE, lead, MORE, 'هيئة تحرير صدى نفطة .'));
    expect(got.article.source).toBe('صدى نفطة');
  });
  it('a feed reader that names itself (Liferea): the feed\'s title less its unread count', () => {
    expect(extract('u2256').article.source).toBe('تيزنيت أنفو');
  });
  it('dev pages of the round: the Latin masthead\'s Arabic name, the sender, the domain\'s spelling, the guards', () => {
    expect(extract('u2250').article.source).toBe('القصرين اليوم');
    expect(extract('u2252').article.source).toBe('ورقلة بريس');
    expect(extract('u2253').article.source).toBe('أطار اليوم');
    expect(extract('u2255').article.source).toBe('منبر سيوة');
    expect(extract('u2257').article.source).toBe('Mafraq Post');
    expect(extract('u2258').article.source).toBeUndefined();
    expect(extract('u2259').article.source).toBe('Sohag Daily');
  });
});
