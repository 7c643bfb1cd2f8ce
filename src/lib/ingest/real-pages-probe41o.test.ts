// Forty-first session (13o): a fresh probe of real outlets' pages — local news, economy, sport and copies
// (36 excerpts, 36 new sites). Its tune part's outlet misses that transfer: an aggregator's provider tag
// «(MENAFN- Latin name)» opening the lead before the partner's own dateline, a copy that names its site only
// by presenting what follows («يرصد "NAME" في التقرير التالي»), and a reporter's byline printed twice under
// the headline with a blank line between, taken for the site. Pages in our own words (dev u3620–u3637); the
// real text stays outside the repository (docs/ingest.md «Thirty-eighth round: a fresh probe of real pages,
// local news, economy and copies (helper 13o)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { providerTag } from './provider-tag';
import { parseDateline } from './dateline';

const { lex, fromText, extract, outletEvidence } = roundFixtures(['dev']);
const HEAD = 'بلدية المدينة تطلق حملة لصيانة الأرصفة في الأحياء القديمة';
const LEAD = 'أطلقت بلدية المدينة حملة لصيانة الأرصفة في الأحياء القديمة تشمل خمسة شوارع رئيسية، على أن تنتهي الأعمال خلال شهرين.';
const MORE = 'وقال رئيس البلدية إن الحملة ستنفذ ليلا لتخفيف الازدحام المروري في ساعات النهار.';

describe('an aggregator\'s provider tag opening the lead (`providerTags`)', () => {
  it('reads the tag: its length and the partner\'s Latin name', () => {
    expect(providerTag('(MENAFN- Al Wakeel News) الوكيل الإخباري- أعلن', ['MENAFN'])).toEqual({ length: 25, name: 'Al Wakeel News' });
    expect(providerTag('(MENAFN - Sawaleif) سواليف- بدأت', ['MENAFN'])?.name).toBe('Sawaleif');
  });
  it('not: another bracket, an unlisted aggregator, Arabic inside, or the tag alone', () => {
    expect(providerTag('(د ب أ) - أبقى البنك', ['MENAFN'])).toBeUndefined();
    expect(providerTag('(FEEDX- Sawaleif) سواليف- بدأت', ['MENAFN'])).toBeUndefined();
    expect(providerTag('(MENAFN- الوكيل) الوكيل- أعلن', ['MENAFN'])).toBeUndefined();
    expect(providerTag('(MENAFN- Sawaleif)', ['MENAFN'])).toBeUndefined();
  });
  it('the partner\'s Arabic name and dash after the tag: the outlet, and the whole credit cut from the lead', () => {
    const x = fromText(`${HEAD}\n\n(MENAFN- Nabd Al Madina) نبض المدينة- ${LEAD}\n\n${MORE}\n`);
    expect(x.article.source).toBe('نبض المدينة');
    expect(x.article.paragraphs[0]).toBe(LEAD);
  });
  it('a place after the tag: the place, and the tag\'s Latin name the outlet', () => {
    const d = parseDateline(`(MENAFN- Basra Times) البصرة - ${LEAD}`, lex);
    expect(d?.place).toBe('البصرة');
    expect(d?.outlet?.name).toBe('Basra Times');
  });
  it('a wire\'s dateline after the tag keeps the wire as the agency', () => {
    const d = parseDateline(`(MENAFN- Jordan News Agency) عمان 5 آذار (بترا)- ${LEAD}`, lex);
    expect(d?.agency?.id).toBe('petra');
  });
});

describe('the lead presenting what follows under the site\'s name (`presentingFrames`)', () => {
  it('«ويرصد "NAME" في التقرير التالي»: the outlet, where nothing else names a site', () => {
    const lead = 'ويرصد "مرصد الأسواق" في التقرير التالي أسعار الأسمنت اليوم لدى الشركات وتجار الجملة.';
    const e = outletEvidence(`أسعار الأسمنت اليوم في الأسواق\n\n${lead}\n\n${MORE}\n`);
    expect(e?.value).toBe('مرصد الأسواق');
    expect(e?.rule).toMatch(/presents what follows/);
  });
  it('a site\'s word before the quoted name and a conjunction glued to the verb', () => {
    const lead = 'وتعرض بوابة «أسواق اليوم» في السطور الآتية أسعار اللحوم في محلات الجزارة.';
    expect(fromText(`أسعار اللحوم اليوم\n\n${lead}\n\n${MORE}\n`).article.source).toBe('أسواق اليوم');
  });
  it('not: a past verb (another paper\'s report), no word pointing ahead, no quoted name, a wire', () => {
    for (const lead of [
      'ورصدت صحيفة «الصباح الجديد» في تقريرها التالي للزيارة شكاوى السكان من انقطاع المياه.',
      'ويرصد "مرصد الأسواق" أسعار الأسمنت اليوم لدى الشركات وتجار الجملة.',
      'يرصد التقرير التالي أسعار الأسمنت اليوم لدى الشركات وتجار الجملة.',
      'وتنشر "رويترز" في التقرير التالي أسعار النفط في التعاملات الآسيوية.',
    ]) expect(fromText(`أسعار اليوم في الأسواق\n\n${lead}\n\n${MORE}\n`).article.source).toBeUndefined();
  });
});

describe('a byline printed twice under the headline, blank lines between', () => {
  const head = 'تراجع الأسمنت والحديد.. أسعار مواد البناء اليوم الأحد 8-2-2026';
  const lead = 'تراجعت أسعار مواد البناء في الأسواق اليوم الأحد 8-2-2026 وانخفض طن الأسمنت لدى الموزعين إلى 3900 جنيه مقابل 4050 جنيها أمس.';
  const more = 'وقال تجار إن سعر طن الحديد تراجع بنحو 500 جنيه مع ضعف الطلب في بداية الشهر.';
  const page = (byline: string) => `${head}\n\nتراجعت أسعار الأسمنت والحديد في سوق الجملة\n\n${head}\n${byline}\n\n${byline}\n\n10:05 ص, الأحد, 8 فبراير 26\n\n${lead}\n\n${more}\n`;
  it('names no outlet (a family name first, a given name second)', () => {
    expect(fromText(page('الرفاعي خالد')).article.source).toBeUndefined();
  });
  it('not: a masthead printed twice over the headline with a blank line between is still the outlet', () => {
    expect(fromText(`صدى الوادي\n\nصدى الوادي\n\n${HEAD}\n\n${LEAD}\n\n${MORE}\n\nصدى الوادي © 2026\n`).article.source).toBe('صدى الوادي');
  });
});

describe('the pages', () => {
  it('provider tags, presenting leads and doubled bylines as labelled; the guards hold', () => {
    expect(extract('u3624').article.source).toBe('سواليف');
    expect(extract('u3626').article.source).toBe('Basra Times');
    expect(extract('u3627').article.agency).toBe('د ب أ');
    expect(extract('u3629').article.source).toBe('سوق نيوز');
    expect(extract('u3630').article.source).toBe('الميدان الرياضي');
    expect(extract('u3632').article.source).toBeUndefined();
    expect(extract('u3633').article.source).toBeUndefined();
    expect(extract('u3635').article.source).toBeUndefined();
    expect(extract('u3636').article.source).toBeUndefined();
    expect(extract('u3637').article.source).toBe('صدى الوادي');
    expect(extract('u3621').article.source).toBe('ركلة');
  });
});
