// Twenty-ninth round (session 32, helper 13o): the site named only in the page's frame. A tagline beside a
// name («NAME – موقع إخباري مستقل», a tagline line over or under the masthead), the name over a staff box's
// first role, «الموقع الرسمي لـ NAME», a quoted name in a follow prompt, a Latin brand closed by a name's word
// («Online», «Info») over a Latin menu, a bookmark app's saved copy without a domain — and guards: a tagline,
// a staff box's people, a partner, a sponsor, a designer and the menu are never the site. Every page here is
// written for the test (invented names), not a fixture.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { isTagline, staffBoxSignals, taglineSignals } from './tagline-names';

const { fromText, page, lex, idOf } = roundFixtures(['dev']);

const HEADLINE = 'البلدية تطلق حملة لصيانة شبكة الإنارة في الأحياء الشمالية';
const LEAD = 'أطلقت البلدية حملة لصيانة شبكة الإنارة العامة في الأحياء الشمالية، تستمر ثلاثة أسابيع بمشاركة فرق فنية من الشركة الوطنية للكهرباء.';
const MORE = 'وأوضح رئيس البلدية أن الحملة تشمل استبدال المصابيح القديمة بأخرى موفرة للطاقة في الشوارع الرئيسية.';
const outletOf = (...lines: string[]) => fromText(page(...lines)).article?.source;

describe('a tagline says what a site is, not who', () => {
  it('a type word and describing words (a listed one at least) make a tagline', () => {
    expect(isTagline('موقع إخباري مستقل', lex)).toBe(true);
    expect(isTagline('صحيفة إلكترونية أردنية شاملة', lex)).toBe(true);
    expect(isTagline('بوابة إخبارية يمنية', lex)).toBe(true);
  });
  it('guards: a name with a type word, a nisba alone, a type word alone are no tagline', () => {
    expect(isTagline('جريدة حابي', lex)).toBe(false);
    expect(isTagline('صحيفة الوطن', lex)).toBe(false);
    expect(isTagline('صحيفة عمانية', lex)).toBe(false);
    expect(isTagline('موقع', lex)).toBe(false);
  });
});

describe('the name beside its tagline', () => {
  it('the footer «NAME – tagline» over a nameless rights line names the site', () => {
    expect(outletOf('الرئيسية', 'محليات', HEADLINE, '12 مارس 2027', LEAD, MORE, 'مشاركة', 'وادي النخيل بوست – موقع إخباري مستقل', 'جميع الحقوق محفوظة 2027')).toBe('وادي النخيل بوست');
  });
  it('«NAME | tagline» and «NAME: tagline» too', () => {
    expect(outletOf('الرئيسية', HEADLINE, '12 مارس 2027', LEAD, MORE, 'نجمة السهل | صحيفة إلكترونية شاملة', '© 2027 جميع الحقوق محفوظة')).toBe('نجمة السهل');
    expect(outletOf('الرئيسية', HEADLINE, '12 مارس 2027', LEAD, MORE, 'مرفأ الغيم: بوابة إخبارية مستقلة', 'حقوق النشر محفوظة')).toBe('مرفأ الغيم');
  });
  it('a tagline line over the masthead: the masthead is the site, never the tagline', () => {
    expect(outletOf('جريدة إلكترونية مستقلة', 'صدى الوديان', 'الرئيسية', 'جهوية', HEADLINE, '12 مارس 2027', LEAD, MORE)).toBe('صدى الوديان');
  });
  it('a tagline line under the masthead, the menu under it', () => {
    expect(outletOf('قنديل الجبل', 'صحيفة يومية مستقلة', 'الرئيسية', 'محليات', HEADLINE, '12 مارس 2027', LEAD, MORE)).toBe('قنديل الجبل');
  });
  it('guard: a partner named on the footer\'s line is no site; the masthead by its tagline is', () => {
    expect(outletOf('سنبلة نت', 'موقع إخباري محلي', 'الرئيسية', HEADLINE, '12 مارس 2027', LEAD, MORE, 'شريكنا الإعلامي: شبكة الضفاف', 'جميع الحقوق محفوظة 2027')).toBe('سنبلة نت');
  });
});

describe('the name over its staff box', () => {
  it('the masthead over «رئيس التحرير / NAME» under a date bar with its Hijri pair names the site', () => {
    expect(outletOf('الخميس 8 أبريل 2027 - 30 رمضان 1448', 'شرفة المدينة', 'رئيس مجلس الإدارة', 'عادل فهمي الطوخي', 'رئيس التحرير', 'سهام عبد الجواد', 'الرئيسية', 'محافظات', HEADLINE, '8 أبريل 2027', LEAD, MORE)).toBe('شرفة المدينة');
  });
  it('the colon form «المدير العام: NAME»', () => {
    expect(outletOf('شرفة المدينة', 'المدير العام: عادل فهمي الطوخي', 'رئيس التحرير: سهام عبد الجواد', 'الرئيسية', HEADLINE, '8 أبريل 2027', LEAD, MORE)).toBe('شرفة المدينة');
  });
  it('guards: a staff box on top with no name over it names no one; a sponsor\'s line over the masthead is no site', () => {
    expect(outletOf('رئيس التحرير', 'عادل فهمي الطوخي', 'مدير التحرير', 'سهام عبد الجواد', 'الرئيسية', HEADLINE, '8 أبريل 2027', LEAD, MORE)).toBeUndefined();
    expect(outletOf('برعاية: مجموعة السنابل للتجارة', 'شرفة المدينة', 'رئيس التحرير', 'سهام عبد الجواد', 'الرئيسية', HEADLINE, '8 أبريل 2027', LEAD, MORE)).toBe('شرفة المدينة');
  });
});

const pageLines = (...texts: string[]) => texts.map((text, index) => ({ index, text, kind: 'short', words: text.split(/\s+/).length }));

describe('a partner\'s line over the masthead', () => {
  it('«بالتعاون مع NAME» without a colon names the partner: the masthead under it is the site, not a wire credited at the end', () => {
    const got = fromText(page('بالتعاون مع إذاعة النخلة', 'ربوة نيوز', 'أخبار', HEADLINE, '12 مارس 2027', 'أكد مسؤول في البلدية لـ"ربوة نيوز" أن الحملة تستمر ثلاثة أسابيع بمشاركة فرق فنية من الشركة الوطنية للكهرباء.', MORE, 'المصدر: العمانية', 'شارك الخبر')).article;
    expect(got?.source).toBe('ربوة نيوز');
    expect(idOf(got?.agency)).toBe('ona');
  });
});

describe('the signals themselves', () => {
  it('staffBoxSignals: the name over the first role only, never a role\'s holder, the box printed twice', () => {
    const got = staffBoxSignals(pageLines('شرفة المدينة', 'رئيس مجلس الإدارة', 'عادل فهمي الطوخي', 'رئيس التحرير', 'سهام عبد الجواد', 'رئيس مجلس الإدارة', 'عادل فهمي الطوخي', 'رئيس التحرير', 'سهام عبد الجواد'), lex);
    expect(got.map((s) => [s.value, s.line])).toEqual([['شرفة المدينة', 1]]);
    expect(got[0].rule).toMatch(/staff box/);
  });
  it('taglineSignals: the name on the tagline\'s line or next to it; a tagline alone with no name beside it gives nothing', () => {
    expect(taglineSignals(pageLines('الرئيسية', 'نجمة السهل – موقع إخباري مستقل', 'جميع الحقوق محفوظة'), lex).map((s) => s.value)).toEqual(['نجمة السهل']);
    expect(taglineSignals(pageLines('قنديل الجبل', 'صحيفة يومية مستقلة'), lex).map((s) => s.value)).toEqual(['قنديل الجبل']);
    expect(taglineSignals(pageLines('12 مارس 2027', 'صحيفة يومية مستقلة', 'رئيس التحرير'), lex)).toEqual([]);
  });
});

describe('the footer\'s own words', () => {
  it('«الموقع الرسمي لإذاعة NAME» names the station', () => {
    expect(idOf(outletOf('الرئيسية', 'البرامج', HEADLINE, '12 مارس 2027', LEAD, MORE, 'الموقع الرسمي لإذاعة وادي السنديان', 'جميع الحقوق محفوظة 2027'))).toBe(idOf('إذاعة وادي السنديان'));
  });
  it('a follow prompt with the name in quotes names the site', () => {
    expect(outletOf('الرئيسية', 'محلي', HEADLINE, '12 مارس 2027', LEAD, MORE, 'تابعوا "ضفاف الوادي" على إنستغرام ويوتيوب', 'جميع الحقوق محفوظة')).toBe('ضفاف الوادي');
  });
  it('guard: the designer under «تصميم وتطوير» over a nameless rights line is no site', () => {
    expect(outletOf('الرئيسية', 'أخبار', HEADLINE, '12 مارس 2027', LEAD, MORE, 'تصميم وتطوير', 'واحة التصميم الرقمي', 'جميع الحقوق محفوظة 2027')).toBeUndefined();
  });
});

describe('a Latin masthead over a Latin menu, a bookmark app\'s copy', () => {
  it('a brand closed by a name\'s word («Online», «Info») over a French menu is the masthead', () => {
    expect(outletOf('Wadi Rum Online', 'Accueil', 'Régions', 'Sport', HEADLINE, '12/03/2027', LEAD, MORE)).toBe('Wadi Rum Online');
  });
  it('guard: a French menu alone names no site', () => {
    expect(outletOf('Accueil', 'Économie', 'Sport', HEADLINE, '12/03/2027', LEAD, MORE, 'Tous droits réservés 2027')).toBeUndefined();
  });
  it('a bookmark archive\'s header without a domain: the masthead under it is the site', () => {
    expect(outletOf('Linkwarden', 'Collection: Local', 'Saved Mar 12, 2027', 'View original', 'سنبلة الجنوب', 'أخبار محلية', HEADLINE, '12 مارس 2027', LEAD, MORE, 'Archived')).toBe('سنبلة الجنوب');
  });
  it('guard: a capture tool\'s «Saved from URL» header still gives the page\'s domain its say', () => {
    const got = fromText(page('archive.today webpage capture', 'Saved from https://wadinews.example/ar/post/1', 'search 3 Jan 2027 09:12:44 UTC', 'All snapshots from host wadinews.example', 'Webpage Screenshot', 'وادي نيوز', 'الرئيسية', HEADLINE, '12 مارس 2027', LEAD, MORE)).article;
    expect(got?.source).toBe('وادي نيوز');
  });
});
