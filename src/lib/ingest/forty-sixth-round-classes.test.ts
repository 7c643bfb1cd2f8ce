// Forty-sixth round (session 49, helper 13s): the classes session 48's rounds left, read as classes — a press-release
// distributor's tag over a deck (classify.ts), a «منذ» span completing a first or a superlative in the headline
// (headline-furniture.ts, `sinceComplements`), one definite word and a colon as the site or a town (lead-credit.ts
// `definiteSiteWord`, own-credit-stub.ts, content/dateline-towns.yaml), a known site's short link (names.ts
// `sourceForHost`) and a skip link naming the site (skip-links.ts). Pages: the tuned dev pages u4810–u4841 and the
// older pages of the same classes (u4420–u4425, u4692, u4694) — never `dev-aside-49s` (u4812, u4815, u4818, u4821,
// u4824, u4827, u4830, u4833, u4836, u4839), scored apart.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { classifyLine } from './classify';
import { definiteSiteWord, oneWordColon } from './lead-credit';
import { separatorStub } from './own-credit-stub';
import { sourceForHost } from './names';
import { skipLinkSite } from './skip-links';
import { isVolumeLabel } from './volume-labels';
import { loadBoilerplate } from '../data/load';
import { DatelineTownsSchema } from '../data/schemas';

const { lex, sources, labelled, idOf } = roundFixtures(['dev']);
const got = (id: string) => labelled(id).extraction.articles[0];
const want = (id: string) => labelled(id).expected;
const LEAD = 'قال وزير الخارجية في تصريح للصحفيين إن بلاده تتابع المساعي الجارية وترحب بأي اتفاق يضمن الأمن للجميع.';

describe('a press-release distributor\'s tag opening a deck without its stop', () => {
  it('the line is the release\'s first paragraph', () => {
    expect(classifyLine('(SeaPRwire) –   تقول مصادر إن المفوضية تريد إشراك المصارف الخاصة في الخطة', lex).kind).toBe('body');
    expect(classifyLine('(بزنس واير) – شركة أسمدة توسع صادراتها إلى أوروبا الشرقية', lex).kind).toBe('body');
  });
  it('a real wire\'s tag over the same words is left to the other rules (a heading)', () =>
    expect(classifyLine('(رويترز) – شركة أسمدة توسع صادراتها إلى أوروبا الشرقية', lex).kind).toBe('heading'));
  it.each(['u4834', 'u4835'])('%s: the headline, no outlet, the deck the first paragraph', (id) => {
    expect(got(id).title).toBe(want(id).title);
    expect(got(id).source ?? null).toBeNull();
    expect(got(id).paragraphs[0]).toBe(want(id).paragraphs[0]);
  });
});

describe('a «منذ» span closing the headline', () => {
  it.each(['u4840', 'u4823', 'u4825'])('%s: completes a first or a superlative — the headline whole', (id) => expect(got(id).title).toBe(want(id).title));
  it('u4841 (guard): a stamp glued after a headline that holds no first or superlative is cut', () =>
    expect(got('u4841').title).toBe('وزير الخارجية الأوكراني يزور القاهرة'));
});

describe('one definite word and a colon: a listed town or the site', () => {
  it('a listed definite-article town is no site\'s name; an unlisted definite word is', () => {
    expect(definiteSiteWord('الحسكة', lex)).toBe(false);
    expect(definiteSiteWord('المفرق', lex)).toBe(false);
    expect(definiteSiteWord('الوميض', lex)).toBe(true);
  });
  it.each(['الاقتصاد', 'التفاصيل', 'الروسية', 'الرئيس', 'المصدر', 'الأخبار', 'وميض'])('«%s» is no site\'s name', (w) =>
    expect(definiteSiteWord(w, lex)).toBe(false));
  it('«المسار : قال …» opening the lead: the outlet, cut', () => {
    const d = oneWordColon(`المسار : ${LEAD}`, lex, lex.names);
    expect(d?.outlet?.name).toBe('المسار');
    expect(d?.end).toBe('المسار : '.length);
  });
  it('«الحسكة: قال …» (a listed town): cut, naming no one', () => expect(oneWordColon(`الحسكة: ${LEAD}`, lex, lex.names)?.outlet).toBeUndefined());
  it('«الجيش: قال المتحدث باسم الجيش …»: the story\'s subject, no outlet', () =>
    expect(oneWordColon('الجيش: قال المتحدث باسم الجيش إن القوات صدت هجوما على مواقعها في الجنوب خلال الليل', lex, lex.names)?.outlet).toBeUndefined());
  it('«الوميض:» alone over the lead: the outlet; «الرقة:» alone: no outlet', () => {
    expect(separatorStub('الوميض:', LEAD, lex, lex.names)?.outlet?.name).toBe('الوميض');
    expect(separatorStub('الرقة:', LEAD, lex, lex.names)).toBeUndefined();
  });
  it.each(['u4420', 'u4421', 'u4422'])('%s: the outlet by the definite word', (id) => expect(got(id).source).toBe(want(id).outlet));
  it.each(['u4810', 'u4811', 'u4814'])('%s: the town is the place, no outlet', (id) => {
    expect(labelled(id).extraction.evidence[0].place).toBe(want(id).place);
    expect(got(id).source ?? null).toBeNull();
  });
  it.each(['u4423', 'u4424', 'u4425'])('%s (guard): a section, a label, a known place — no outlet', (id) => expect(got(id).source ?? null).toBeNull());
});

describe('the towns list (content/dateline-towns.yaml)', () => {
  const towns = loadBoilerplate().datelineTowns ?? [];
  it('is loaded beside boilerplate.yaml and holds towns of every region', () => expect(towns.length).toBeGreaterThan(100));
  it('holds no name sources.yaml lists', () => expect(towns.filter((t) => lex.names(t))).toEqual([]));
  it('the schema refuses a town without the article and a town listed twice', () => {
    expect(DatelineTownsSchema.safeParse({ towns: { levant: ['حمص'] } }).success).toBe(false);
    expect(DatelineTownsSchema.safeParse({ towns: { levant: ['الرقة'], iraq: ['الرقة'] } }).success).toBe(false);
    expect(DatelineTownsSchema.safeParse({ towns: { levant: ['الرقة'] } }).success).toBe(true);
  });
});

describe('a known site\'s short link and its skip links', () => {
  it('a host under one source\'s domain names that source; an unknown host none', () => {
    expect(sourceForHost('p.dw.com', sources)?.id).toBe('dw-arabic');
    expect(sourceForHost('https://p.dw.com/p/481jb', sources)?.id).toBe('dw-arabic');
    expect(sourceForHost('p.example.org', sources)).toBeUndefined();
  });
  it('u4832: the short link names DW, not its host', () => expect(idOf(got('u4832').source ?? undefined)).toBe('dw-arabic'));
  it.each([['u4692', 'dw-arabic'], ['u4694', 'france24']])('%s: the skip link naming the site', (id, outlet) =>
    expect(idOf(got(id).source ?? undefined)).toBe(outlet));
  it('a skip link naming no known site names none; a menu line without the lead is not read', () => {
    expect(skipLinkSite([{ index: 0, text: 'تخطي إلى المزيد من صفحات الموقع' }], lex)).toEqual([]);
    expect(skipLinkSite([{ index: 0, text: 'المزيد من صفحات DW' }], lex)).toEqual([]);
    expect(skipLinkSite([{ index: 0, text: '3. تخطي إلى المزيد من صفحات DW' }], lex)[0]?.id).toBe('dw-arabic');
  });
  it.each(['u4831', 'u4833'])('%s (guard): the masthead under the frame', (id) => expect(got(id).source).toBe(want(id).outlet));
});

describe('Latin volume labels (volume-labels.ts)', () => {
  it.each(['Vol. 9', 'Vol.9', 'Vol. 9 - No. 214', 'Volume 12, Issue 3', 'Vol. IV | العدد 87', 'Volume XII', 'السنة 23 - العدد 6120'])('«%s» is a volume label', (t) =>
    expect(isVolumeLabel(t, lex)).toBe(true));
  it.each(['Volta FM', 'Vol. mix', 'السنة النبوية', 'Vol. 9 - No. 214 - Extra'])('«%s» is not', (t) => expect(isVolumeLabel(t, lex)).toBe(false));
  it.each(['u4819', 'u4820'])('%s: the masthead or the © line, never the label', (id) => expect(got(id).source).toBe(want(id).outlet));
});
