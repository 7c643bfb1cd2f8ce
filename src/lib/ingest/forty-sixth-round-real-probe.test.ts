// Forty-sixth round (session 49, helper 13q): the classes a third fresh probe of real pages showed, read as classes —
// a widget's cells with the figure first or glued, a temperature over its town (widget-block.ts, site-name.ts), a news
// app's or aggregator's button in a follow bar (`outletShape.platforms`, closer-name.ts), a wire's name in brackets alone
// (credits.ts), an unlisted paper in guillemets before «وكالات» in a dateline chain, alone on its line or glued
// (dateline-shapes.ts `chainedCredits`, dateline-stub.ts, main-body.ts), a caption closed by a stock-photo agency
// (classify.ts), the inclusive «اقرأ/ي أيضًا» (`sectionMarkers`). Pages: the tuned dev pages u4770–u4785 — never
// `dev-aside-49q` (u4771, u4774, u4777, u4780, u4783), scored apart.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { isTemperature, isWidgetRow } from './widget-block';
import { parseDateline } from './dateline';
import { isChainStub } from './dateline-stub';

const { lex, labelled, idOf } = roundFixtures(['dev']);
const got = (id: string) => labelled(id).extraction.articles[0];
const want = (id: string) => labelled(id).expected;

describe('a widget\'s cells copied without their spaces, figure first or glued, and a temperature over its town', () => {
  it.each(['20°القدس', '19.89°رام الله', 'رام الله19.89°', '4.68جنيه إسترليني', 'دينار أردني5.24', '20° القدس'])('«%s» is a row', (t) => expect(isWidgetRow(t)).toBe(true));
  it.each(['الحوز 24', 'راديو 360', 'عرب 48', 'قناة 24 نيوز'])('«%s» is not', (t) => expect(isWidgetRow(t)).toBe(false));
  it.each(['10 C', '23°', '-4°C'])('«%s» is a temperature alone', (t) => expect(isTemperature(t)).toBe(true));
  it.each(['u4770', 'u4772'])('%s: the masthead under the widget, not a cell', (id) => expect(got(id).source).toBe(want(id).outlet));
  it('u4773 (guard): a masthead under a temperature, printed again in its © line — the masthead', () => expect(got('u4773').source).toBe('وادي النيل'));
});

describe('a follow bar\'s news app or aggregator is no site', () => {
  it('u4775: «جوجل نيوز», «تطبيق نبض» and a messenger under a story naming no site — no outlet', () => expect(got('u4775').source).toBeUndefined());
  it('u4776 (guard): the site\'s own «… نيوز» name, framed, followed on «جوجل نيوز» — the site', () => expect(got('u4776').source).toBe('الوادي نيوز'));
});

describe('a wire\'s name in brackets alone closes the story: the agency, never the site', () => {
  it('u4778: «(الأناضول)» under two paragraphs without headline', () => {
    expect(got('u4778').source).toBeUndefined();
    expect(idOf(got('u4778').agency ?? undefined)).toBe('anadolu');
  });
  it('u4779 (guard): a known channel at the top and «(رويترز)» closing — the channel and the wire', () => {
    expect(idOf(got('u4779').source ?? undefined)).toBe('sky-news-arabia');
    expect(idOf(got('u4779').agency ?? undefined)).toBe('reuters');
  });
});

describe('an unlisted paper in guillemets before «وكالات» in a dateline chain', () => {
  it('glued to the lead: the paper and the place', () => {
    const d = parseDateline('موسكو ـ عواصم ـ «الوطن» ـ وكالات: تتمركز القوات الروسية حول المدينة منذ أكثر من أسبوعين وسط قصف متواصل', lex);
    expect(d?.outlet?.name).toBe('الوطن');
    expect(d?.place).toBe('موسكو');
  });
  it('a quoted phrase later in the chain, not followed by «وكالات», credits no one', () =>
    expect(parseDateline('موسكو ـ عواصم ـ «لن نتراجع» ـ قال المتحدث باسم الكرملين إن بلاده ماضية في خططها', lex)?.outlet).toBeUndefined());
  it.each(['موسكو ـ عواصم ـ «الوطن» ـ وكالات:', 'بغداد - عواصم - «الرافدين اليوم» - وكالات:'])('«%s» is a chain alone on its line', (t) => expect(isChainStub(t)).toBe(true));
  it('a headline is no chain', () => expect(isChainStub('روسيا تعلن هدنة في خاركيف - تقرير')).toBe(false));
  it.each(['u4781', 'u4782'])('%s: the paper, the place, the lead without its dateline', (id) => {
    expect(got(id).source).toBe(want(id).outlet);
    expect(labelled(id).extraction.evidence[0].place).toBe(want(id).place);
    expect(got(id).paragraphs[0]).toBe(want(id).paragraphs[0]);
  });
});

describe('a caption closed by a stock-photo agency, and the inclusive «read also»', () => {
  it('u4784: «… (Shutterstock)» over a lead without headline — the title made from the lead', () => {
    expect(got('u4784').title.startsWith('قال الكرملين')).toBe(true);
    expect(got('u4784').paragraphs).toEqual(want('u4784').paragraphs);
  });
  it('u4785: «اقرأ/ي أيضًا: TEASER» between paragraphs — clutter, the story resuming under it', () =>
    expect(got('u4785').paragraphs).toEqual(want('u4785').paragraphs));
});
