// Issue 13, fifth round: the misses of aside4 (spent in this round: tuned on, see
// docs/ingest.md), each with a page of its own shape written for this test, so the rule is
// shown to reach beyond the one page. aside5 is never asserted here (it is the held-out measure).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBoilerplate, loadSources } from '../data/load';
import { buildLexicon } from './boilerplate';
import { parseDateline } from './dateline';
import { extractWithEvidence } from './extract';
import { sourceIdentity } from './score';

const ROOT = fileURLToPath(new URL('../../../tests/fixtures/ingest-unseen/', import.meta.url));
const sources = loadSources();
const lex = buildLexicon(loadBoilerplate(), sources);
function fromText(raw: string, name = 'page.txt') {
  const x = extractWithEvidence(raw, name, lex);
  return { article: x.articles[0], place: x.evidence[0]?.place, evidence: x.evidence[0] };
}
function extract(id: string) {
  for (const set of ['aside4', 'dev']) {
    const name = readdirSync(ROOT + set).find((f) => f.startsWith(`${id}-`) && f.endsWith('.txt'));
    if (name) return fromText(readFileSync(`${ROOT}${set}/${name}`, 'utf8'), name);
  }
  throw new Error(`no fixture page ${id}`);
}
const idOf = (name: string | undefined) => sourceIdentity(name, sources, lex.sitePrefixes);
const page = (...lines: string[]) => lines.join('\n');
const STORY = [
  'قالت وزارة الخارجية الروسية إن الجولة المقبلة من المحادثات مع أوكرانيا ستتناول ملف الأسرى وتبادل الجثامين بإشراف دولي.',
  'وأضافت الوزارة في بيان أن موسكو تنتظر ردا مكتوبا على مقترحاتها، وأن الاتصالات مستمرة عبر الوسطاء منذ أسابيع.',
];

describe('the site printing the page is the outlet, a wire named as its source is the agency', () => {
  it('«المصدر: سبوتنيك» on a page whose masthead is printed again: outlet = the site (Cairo 24)', () => {
    const { article } = extract('u94');
    expect(article.source).toBe('القاهرة 24');
    expect(idOf(article.agency)).toBe('sputnik');
  });
  it('the same on another site: «المصدر: الأناضول» on a story its own desk signs («كتب: …»)', () => {
    const { article } = fromText(page('الوطن اليوم', 'سياسة', 'موسكو تنتظر ردا مكتوبا من كييف', 'كتب: الوطن اليوم', ...STORY, 'المصدر: الأناضول', 'جميع الحقوق محفوظة الوطن اليوم 2025'));
    expect(article.source).toBe('الوطن اليوم');
    expect(idOf(article.agency)).toBe('anadolu');
  });
  it('an aggregator copying the wire\'s text — the wire\'s dateline opens the lead — takes the wire as the outlet', () => {
    const { article } = fromText(page('أخبار الساعة', 'عالمية', 'موسكو تنتظر ردا مكتوبا من كييف', `موسكو - سبوتنيك. ${STORY[0]}`, STORY[1], 'مصادر الخبر: © وكالة سبوتنيك', 'جميع الحقوق محفوظة لموقع أخبار الساعة © 2025'));
    expect(idOf(article.source)).toBe('sputnik');
  });
  it('the same page without the wire\'s dateline: the site that prints its name is the outlet', () => {
    const { article } = fromText(page('أخبار الساعة', 'عالمية', 'موسكو تنتظر ردا مكتوبا من كييف', ...STORY, 'مصادر الخبر: © وكالة سبوتنيك', 'جميع الحقوق محفوظة لموقع أخبار الساعة © 2025'));
    expect(article.source).toBe('أخبار الساعة');
    expect(idOf(article.agency)).toBe('sputnik');
  });
  // The fortieth round settled a wire credited under no site name as the agency only (fixtures README; it was the outlet too).
  it('an aggregator with no name of its own: the wire is the agency, no outlet is named', () => {
    const { article } = fromText(page('https://news-feed.example/a/123', 'موسكو تنتظر ردا مكتوبا من كييف', ...STORY, 'مصادر الخبر: © وكالة سبوتنيك'));
    expect(article.source ?? null).toBeNull();
    expect(idOf(article.agency)).toBe('sputnik');
  });
});

describe('credits and names', () => {
  it('«المصدر: ترجمة "لبنان 24"»: the credit word and the quotes are not part of the name', () => {
    expect(idOf(extract('u95').article.source)).toBe(idOf('لبنان 24'));
    const { article } = fromText(page('سياسة', 'موسكو تنتظر ردا مكتوبا من كييف', ...STORY, 'المصدر: متابعات "الوطن اليوم"'));
    expect(article.source).toBe('الوطن اليوم');
  });
  it('a site prefix «بوابة» before the name: «بوابة الوفد» is «الوفد», «بوابة الأهرام» is al-ahram', () => {
    expect(idOf(extract('u93').article.source)).toBe(idOf('الوفد'));
    expect(lex.names('بوابة الأهرام')?.id).toBe('al-ahram');
  });
  it('a Latin brand at the top names one outlet where the Arabic short name is shared (Al-Sharq, Qatar)', () => {
    expect(idOf(extract('u108').article.source)).toBe('al-sharq-qatar');
  });
  it('an agency abbreviation in parentheses, spaces inside: «( وال )» is LANA, with its date', () => {
    const { article, place } = extract('u100');
    expect(idOf(article.agency)).toBe('lana');
    expect(article.date).toBe('2025-12-19');
    expect(place).toBe('موسكو');
    expect(article.paragraphs[0].startsWith('استقبل')).toBe(true);
    // The lone line above the dateline lead is the headline, not the story's first paragraph.
    expect(article.title).toBe('نائب وزير الخارجية الروسي يستقبل وفدا ليبيا ويبحث الأوضاع الإقليمية .');
  });
  it('«(يونهاب)» is an agency (data), not an outlet', () => {
    expect(idOf(extract('u104').article.agency)).toBe('yonhap');
  });
});

describe('datelines', () => {
  it('a time zone «Asia/Tehran» in a date line is never a dateline (Pars Today)', () => {
    expect(parseDateline('دیسمبر 19, 2025 10:05 Asia/Tehran', lex)).toBeUndefined();
    expect(extract('u109').article.source).not.toBe('Tehran');
  });
  it('a URL path or a Latin token with a slash is not a dateline credit', () => {
    expect(parseDateline('كييف 20 ديسمبر 2025 Europe/Kyiv قال المتحدث باسم الحكومة إن الاتصالات مستمرة.', lex)?.outlet?.name).not.toBe('Kyiv');
  });
  it('a news desk opens a dateline like a place: «مركز الأخبار - …» is cut, the headline kept (Hawar)', () => {
    const { article, place } = extract('u97');
    expect(place).toBe('مركز الأخبار');
    expect(article.paragraphs[0].startsWith('يرى محللون')).toBe(true);
    expect(article.title).toBe('خبراء: التقارب الروسي الأمريكي يعيد رسم التوازنات في الشرق الأوسط');
  });
});

describe('credits after the story', () => {
  it('«24 - أبوظبي» and «موقع 24» under the story name the outlet (24.ae AMP copy)', () => {
    expect(idOf(extract('u110').article.source)).toBe(idOf('موقع 24'));
  });
  it('the same shape on another page: «الوطن اليوم - دبي» after the story', () => {
    const { article } = fromText(page('موسكو تنتظر ردا مكتوبا من كييف', ...STORY, 'الوطن اليوم - دبي', 'السبت 20 ديسمبر 2025', 'حمل التطبيق'));
    expect(article.source).toBe('الوطن اليوم');
  });
});

describe('recommendation blocks', () => {
  it('«قد يعجبك أيضاً» and its headlines are not the story (Alhurra)', () => {
    const { article } = extract('u105');
    expect(article.paragraphs.some((p) => p.includes('قد يعجبك'))).toBe(false);
    expect(article.paragraphs.some((p) => p.includes('ما الذي نعرفه عن خطة السلام'))).toBe(false);
  });
  it('«ربما يعجبك أيضا» closes a story too', () => {
    const { article } = fromText(page('موسكو تنتظر ردا مكتوبا من كييف', ...STORY, 'ربما يعجبك أيضا', 'أسعار الذهب تتراجع في الأسواق العالمية اليوم', 'منتخب الشباب يفوز في مباراة ودية'));
    expect(article.paragraphs).toEqual(STORY);
  });
});

describe('dev pages written mid-round (u171–u180)', () => {
  it('a quoted outlet with the words of its web edition «رام الله - "القدس" دوت كوم -» is a dateline (Al-Quds)', () => {
    const { article, place } = extract('u172');
    expect(place).toBe('رام الله');
    expect(article.paragraphs[0].startsWith('رحبت وزارة الخارجية')).toBe(true);
    expect(article.title).toBe('الخارجية الفلسطينية ترحب بالدعوة الروسية لاجتماع حول المنطقة');
    expect(article.source).toBe('القدس دوت كوم');
  });
  it('a Latin brand whose domain is printed under it is the outlet, «المصدر: رويترز» the agency (MTV Lebanon)', () => {
    const { article } = extract('u175');
    expect(article.source).toBe('MTV Lebanon');
    expect(idOf(article.agency)).toBe('reuters');
  });
  it('a paragraph closed by the wire\'s tag «… دائم. (بترا)» is prose, and the tag the agency (Khaberni)', () => {
    const { article } = extract('u176');
    expect(article.paragraphs).toHaveLength(2);
    expect(idOf(article.agency)).toBe('petra');
  });
  it('a site that prints its own name keeps it when «المصدر:» names only a wire (Turk Press, Atheer)', () => {
    expect(extract('u179').article.source).toBe('ترك برس');
    expect(extract('u180').article.source).toBe('أثير');
    expect(idOf(extract('u180').article.agency)).toBe('ona');
  });
});

describe('more honest outlet signals (dev pages u181–u188)', () => {
  it('a masthead alone outranks a wire named as the source (Al-Rai, «المصدر: وكالة الأنباء الكويتية (كونا)»)', () => {
    const { article } = extract('u183');
    expect(article.source).toBe('الراي');
    expect(idOf(article.agency)).toBe('kuna');
  });
  it('a © line naming a site not in sources.yaml is a signal (opinion piece under a section label)', () => {
    expect(extract('u187').article.source).toBe('نبض الشرق');
  });
  it('an e-mail address on a known domain names the outlet', () => {
    const { article } = fromText(page('عاجل', 'موسكو تنتظر ردا مكتوبا من كييف', ...STORY, 'للتواصل: desk@al-sharq.com'));
    expect(idOf(article.source)).toBe('al-sharq-qatar');
  });
});

describe('agencies that say so (dev pages u189–u194)', () => {
  it('«المصدر: الوكالة الوطنية» is Lebanon\'s NNA, the TV site printing the page the outlet (Al Jadeed)', () => {
    const { article } = extract('u193');
    expect(article.source).toBe('الجديد');
    expect(idOf(article.agency)).toBe('nna');
  });
  it('an agency not in sources.yaml, named in brackets by its own word, is a dateline credit (AWP)', () => {
    const { article, place } = extract('u194');
    expect(place).toBe('دبي');
    expect(article.agency).toBe('وكالة أنباء العالم العربي');
    expect(article.paragraphs[0].startsWith('قال مسؤول أوكراني')).toBe(true);
  });
  it('«المصدر: وكالة …» not in sources.yaml is an agency, not an outlet', () => {
    const { article } = fromText(page('الوطن اليوم', 'موسكو تنتظر ردا مكتوبا من كييف', 'كتب: الوطن اليوم', ...STORY, 'المصدر: وكالة أنباء الساحل'));
    expect(article.agency).toBe('وكالة أنباء الساحل');
    expect(article.source).toBe('الوطن اليوم');
  });
});

describe('dev pages u195–u200', () => {
  it('a Latin brand over a common Arabic word and the wire\'s tag closing the story (El Watan News)', () => {
    const { article } = extract('u197');
    expect(article.source).toBe('الوطن');
    expect(idOf(article.agency)).toBe('dpa');
  });
  it('an aggregator crediting a known outlet takes that outlet (Al-Khaleej 365, «المصدر: صحيفة الخليج»)', () => {
    expect(idOf(extract('u198').article.source)).toBe('al-khaleej');
  });
});
