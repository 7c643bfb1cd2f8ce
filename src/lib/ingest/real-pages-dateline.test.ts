// Twenty-fifth round (session 28, 13d): the dateline, outlet and date on REAL pages, a sixth probe.
// Real pages sign their stories in shapes the dateline grammar did not read: the site's name closed
// by a colon and echoed as a glued tag, «NAME :-» with the name again as a sign-off, «NAME – PLACE –
// full date-», «NAME |», a credit chain in brackets, an agency's own name with its code and desk, an
// own credit line «NAME | ترجمة فريق التحرير», a feed aggregator's «almost … in NAME», and an ISO
// field before a year-less dateline day. Pages in our own words (dev u1870–u1881) and inline leads;
// the real text stays outside the repository (docs/ingest.md «Twenty-fifth round»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { notSiteName } from './weak-guess';

const { lex, extract } = roundFixtures(['dev']);
const STORY = 'أعلنت وزارة الخارجية الروسية اليوم أن موسكو مستعدة لاستئناف المحادثات مع كييف في إسطنبول.';

describe('a site signing the lead: the credit is cut and the name is the outlet', () => {
  it('«NAME : HEAD_…»: the glued echo of the name is the credit\'s, not the story\'s first word', () => {
    const { article } = extract('u1870');
    expect(article.source).toBe('سنابل الإخبارية');
    expect(article.paragraphs[0].startsWith('أعلن الكرملين')).toBe(true);
  });
  it('«NAME :-» opening the lead with the same name alone as the sign-off: the site, the «المصدر:» wire the agency', () => {
    const { article } = extract('u1871');
    expect(article.source).toBe('مدار بوست');
    expect(article.agency).toBe('تاس');
    expect(article.paragraphs[0].startsWith('وصل وزير')).toBe(true);
  });
  it('«NAME – PLACE – full date-»: an unknown name vouched for by a known place and a whole date', () => {
    const { article, place } = extract('u1872');
    expect([article.source, place, article.date]).toEqual(['نافذة البلقان', 'موسكو', '2026-03-03']);
  });
  it('«NAME | …» opening the lead: a pipe separates as a dash does', () => {
    expect(extract('u1873').article.source).toBe('مرآة الجنوب');
  });
  it('a year-less day after a place is no date that vouches; a function word or a given name is no name', () => {
    expect(parseDateline(`نافذة البلقان – موسكو – 3 مارس- ${STORY}`, lex)?.outlet).toBeUndefined();
    expect(parseDateline(`محمد – موسكو – 3 مارس 2026- ${STORY}`, lex)?.outlet?.name).not.toBe('محمد');
  });
});

describe('credit chains and an agency\'s own signature', () => {
  it('«( NAME / WIRE - full date)»: the wire is the agency, the date the dateline\'s, the other name the site', () => {
    const { article } = extract('u1875');
    expect([article.source, article.agency, article.date]).toEqual(['شبكة أفق', 'رويترز', '2026-02-12']);
  });
  it('brackets without a known wire and a whole date are no credit chain', () => {
    expect(parseDateline(`( شبكة أفق / موقع صديق ) ${STORY}`, lex)?.agency).toBeUndefined();
  });
  it('«وكالة … للأنباء (CODE) - الخدمة الدولية:»: the agency is outlet and agency, its desk no place', () => {
    const { article, place } = extract('u1876');
    expect([article.source, article.agency]).toEqual(['وكالة الريان للأنباء', 'وكالة الريان للأنباء']);
    expect(place || undefined).toBeUndefined();
  });
});

describe('own credit lines, providers and dates', () => {
  it('«NAME | ترجمة فريق التحرير» over the story names the site', () => {
    expect(extract('u1874').article.source).toBe('سهيل نيوز');
  });
  it('a feed aggregator\'s «almost 2 years in NAME» names the provider', () => {
    expect(extract('u1878').article.source).toBe('منبر الصحراء');
  });
  it('an ISO field\'s full date beats the dateline\'s year-less day', () => {
    const { article, place } = extract('u1877');
    expect([article.date, place]).toEqual(['2026-02-11', 'الدوحة']);
  });
  it('a reporter\'s name opening the lead and signing the story is cut, never the outlet', () => {
    const { article } = extract('u1879');
    expect(article.source).toBeUndefined();
    expect(article.paragraphs[0].startsWith('رحب الكرملين')).toBe(true);
  });
});

describe('furniture the earlier real-page probes took for the site', () => {
  it('menu entries glued without their spaces and reading controls over the headline name no outlet', () => {
    for (const id of ['u1880', 'u1881']) expect(extract(id).article.source, id).toBeUndefined();
  });
  it('a glued token opening or closing with a section head is no site name; a name with its spaces is', () => {
    expect(notSiteName({ index: 0, text: 'برلمانعاجل' }, 2, lex)).toBe(true);
    expect(notSiteName({ index: 0, text: 'آسياأخرىسياسة' }, 2, lex)).toBe(true);
    expect(notSiteName({ index: 0, text: 'أخبار الشمال' }, 2, lex)).toBe(false);
    expect(notSiteName({ index: 0, text: 'عدن24' }, 2, lex)).toBe(false);
  });
});
