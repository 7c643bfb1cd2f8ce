// Thirty-first round, merged (session 34, helper 13m): shapes the spent blind set aside31 missed — a section's
// label or a view counter glued to the headline by a dash, one site named in both scripts (the Arabic form is
// shown; «FM» read letter by letter, the lead's «لإذاعة NAME إن»), a feed reader's unread count glued to the feed's name and a newsletter's «you are subscribed» footer.
// Pages here are written for the test (invented names), not fixtures.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { headlineFurniture } from './headline-furniture';
import { sectionLabelReader } from './story-label';

const { fromText, page, lex } = roundFixtures(['dev']);

const HEADLINE = 'البلدية تطلق حملة لصيانة شبكة الإنارة في الأحياء الشمالية';
const LEAD = 'أطلقت البلدية حملة لصيانة شبكة الإنارة العامة في الأحياء الشمالية، تستمر ثلاثة أسابيع بمشاركة فرق فنية من الشركة الوطنية للكهرباء.';
const MORE = 'وأوضح رئيس البلدية أن الحملة تشمل استبدال المصابيح القديمة بأخرى موفرة للطاقة في الشوارع الرئيسية.';

describe('a section label glued before the headline by a dash', () => {
  it('«أخبار عالمية - HEADLINE»: the headline, and the label is never the site', () => {
    const a = fromText(page('نجمة الوادي', 'الرئيسية', 'أخبار عالمية', `أخبار عالمية - ${HEADLINE}`, '12 مارس 2027', LEAD, MORE, 'نجمة الوادي 2027')).article;
    expect(a?.title).toBe(HEADLINE);
    expect(a?.source).toBe('نجمة الوادي');
  });
  it('a listed section label and a section head over a nisba are labels', () => {
    const isLabel = sectionLabelReader(lex);
    expect(isLabel('أخبار دولية')).toBe(true);
    expect(isLabel('اخبار عالمية')).toBe(true);
  });
  it('guards: a place or a known name before the dash is no section', () => {
    const isLabel = sectionLabelReader(lex);
    expect(isLabel('كييف')).toBe(false);
    expect(isLabel('موسكو')).toBe(false);
    expect(isLabel('رويترز')).toBe(false);
  });
});

describe('a view counter glued after the headline', () => {
  it('«HEADLINE - عدد المشاهدات: 1204» is cut to the headline', () => {
    expect(headlineFurniture(`${HEADLINE} - عدد المشاهدات: 1204`, lex.headlineFurniture)?.rest).toBe(HEADLINE);
    const a = fromText(page('نجمة الوادي', 'الرئيسية', `${HEADLINE} - عدد المشاهدات: 1204`, '12 مارس 2027', LEAD, MORE)).article;
    expect(a?.title).toBe(HEADLINE);
  });
  it('guard: «عدد» before a word that counts no views is the headline\'s own', () => {
    expect(headlineFurniture(`${HEADLINE} - عدد المصابيح: 1204`, lex.headlineFurniture)).toBeUndefined();
  });
});

describe('one site named in both scripts', () => {
  const story = (top: string[], foot: string[]) => page(...top, HEADLINE, '12.03.2027', LEAD, MORE, ...foot);
  it('a Latin masthead with accented letters and the Arabic name in the footer tagline: the Arabic name', () => {
    expect(fromText(story(['Tirbespiyê Post', 'Sereke', 'Nûçe'], ['تربسبي بوست | صوت البلدة'])).article?.source).toBe('تربسبي بوست');
  });
  it('a Latin © and a tagline whose dots close the Arabic name: the Arabic name', () => {
    expect(fromText(story(['Accueil', 'Actualités', 'Contact'], ['تولون العربية.. صوت الجالية', '© 2027 Toulon Arabic'])).article?.source).toBe('تولون العربية');
  });
  it('a Latin © «Radio NAME FM» and the lead\'s «لإذاعة NAME إف إم إن»: the Arabic name, its «FM» read letter by letter', () => {
    expect(lex.sameName('Radio Kairouan FM', 'إذاعة القيروان إف إم')).toBe(true);
    const lead = 'قال مسؤول محلي في تصريح لإذاعة القيروان إف إم إن حملة صيانة شبكة الإنارة تستمر ثلاثة أسابيع في الأحياء الشمالية.';
    expect(fromText(page('استمع إلى البث المباشر', 'الرئيسية', HEADLINE, '12 مارس 2027', lead, MORE, '© 2027 Radio Kairouan FM')).article?.source).toBe('إذاعة القيروان إف إم');
  });
  it('guard: a lead quoting another station keeps the Latin © name', () => {
    const lead = 'قال مسؤول محلي في تصريح لإذاعة الشباب إن حملة صيانة شبكة الإنارة تستمر ثلاثة أسابيع في الأحياء الشمالية.';
    expect(fromText(page('استمع إلى البث المباشر', 'الرئيسية', HEADLINE, '12 مارس 2027', lead, MORE, '© 2027 Radio Kairouan FM')).article?.source).toBe('Radio Kairouan FM');
  });
  it('guard: a page printing only the Latin name keeps it', () => {
    expect(fromText(story(['Toulon Arabic', 'Accueil', 'Actualités'], ['© 2027 Toulon Arabic'])).article?.source).toBe('Toulon Arabic');
  });
});

describe('a feed reader and a newsletter', () => {
  it('«NAME (9)» under a desktop reader\'s «All Feeds (37)»: the count is no part of the name', () => {
    const a = fromText(page('All Feeds (37)', 'نجمة الوادي (9)', `Title: ${HEADLINE}`, 'Published: 12.03.2027 10:15', HEADLINE, LEAD, MORE, 'Unread: 9  Total: 120')).article;
    expect(a?.source).toBe('نجمة الوادي');
  });
  it('guard: a number that is the name\'s own stays', () => {
    const a = fromText(page('All Feeds (37)', 'نجمة 48 (9)', `Title: ${HEADLINE}`, 'Published: 12.03.2027 10:15', HEADLINE, LEAD, MORE)).article;
    expect(a?.source).toBe('نجمة 48');
  });
  it('«وصلتك هذه الرسالة لأنك مشترك في نشرة NAME»: clutter that names the list', () => {
    const footer = 'وصلتك هذه الرسالة لأنك مشترك في نشرة نجمة الوادي';
    const a = fromText(page('Inbox (2)', 'From: نجمة الوادي <news@najmatalwadi.net>', HEADLINE, '12 مارس 2027', LEAD, MORE, footer)).article;
    expect(a?.source).toBe('نجمة الوادي');
    expect(a?.paragraphs.join(' ')).not.toContain('مشترك في نشرة');
  });
});
