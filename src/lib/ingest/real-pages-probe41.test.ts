// Forty-first session (13r): a fresh probe of real outlets' pages, politics and diplomacy (36 excerpts, 36 new
// sites). Its tune part's misses that transfer: the lead's dateline alone on its line with the site's name after
// the place («PLACE :NAME 24», «PLACE | DAY MONTH | NAME :») — a name with a number the grammar never reads, or a
// stub closed by a colon the stub rule never tried — and an unlisted wire's Latin name in a dateline's brackets
// taken for the site because the wire signs its copy at the foot («Hibya Haber Ajansı»). Pages in our own words
// (dev u3590–u3601); the real text stays outside the repository (docs/ingest.md «Thirty-eighth round: a fresh
// probe of real pages, politics (helper 13r)»). And a speech's salutation lines («أصحاب الجلالة والفخامة والسمو،») under
// «وفيما يلي نص كلمته:», dropped as sub-headings without prose (dev u3602–u3605).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { sameSiteAsDateline } from './dateline-stub';

const { fromText, extract } = roundFixtures(['dev']);
const HEAD = 'وزير الخارجية يستقبل سفراء دول الاتحاد الأوروبي لبحث ملف اللاجئين';
const LEAD = 'استقبل وزير الخارجية صباح اليوم سفراء دول الاتحاد الأوروبي المعتمدين لدى البلاد، وبحث معهم ترتيبات عودة اللاجئين وتمويل برامج إعادة الإعمار.';
const MORE = 'وأكد الوزير أن الحكومة مستعدة للتعاون مع المنظمات الدولية لتسهيل العودة الطوعية.';
const page = (stub: string, foot = '') => fromText(`${HEAD}\n\n${stub}\n\n${LEAD}\n\n${MORE}\n${foot}`);

describe('the lead\'s dateline alone on its line, the site\'s name after the place', () => {
  it('«PLACE :NAME 24»: the place and the numbered name; the lead keeps all its words', () => {
    const x = page('كسلا :الضفة 24');
    expect(x.article.source).toBe('الضفة 24');
    expect(x.place).toBe('كسلا');
    expect(x.article.paragraphs[0]).toBe(LEAD);
  });
  it('«PLACE : NAME 24» with a spaced colon, and «PLACE | NAME 24»', () => {
    expect(page('سبها : نافذة الجنوب 24').article.source).toBe('نافذة الجنوب 24');
    expect(page('تعز | منبر الحالمة 24').article.source).toBe('منبر الحالمة 24');
  });
  it('«PLACE | DAY MONTH | NAME :» closed by a colon: the grammar reads it as it reads it glued to the lead', () => {
    const x = page('تعز | 5 فبراير | الحالمة نت :');
    expect(x.article.source).toBe('الحالمة نت');
    expect(x.place).toBe('تعز');
  });
  it('not: a reporter after the place, a credit word, an unknown first word, a section line', () => {
    expect(page('القاهرة : أحمد 24').article.source).toBeUndefined();
    expect(page('القاهرة : خاص 24').article.source).toBeUndefined();
    expect(page('الملف : الحدود 24').article.source).toBeUndefined();
    expect(page('أخبار | سياسة :').article.source).toBeUndefined();
  });
  it('the site\'s word and name after the story is the same site: the dateline\'s fuller name, not an origin copied', () => {
    expect(page('كسلا :الضفة 24', '\nموقع الضفة\nLogo\n').article.source).toBe('الضفة 24');
    expect(sameSiteAsDateline('موقع الضفة', 'الضفة 24', ['موقع'])).toBe(true);
    expect(sameSiteAsDateline('موقع الضفة', 'الضفة', ['موقع'])).toBe(true);
    expect(sameSiteAsDateline('صحيفة الوادي', 'الضفة 24', ['موقع', 'صحيفة'])).toBe(false);
    expect(sameSiteAsDateline('موقع الضفة', undefined, ['موقع'])).toBe(false);
  });
});

describe('an unlisted wire\'s Latin name in a dateline\'s brackets, signed at the foot', () => {
  const wire = (dateline: string, foot: string, top = '') => fromText(`${top}${HEAD}\n${dateline} ${LEAD}\n${MORE}\n${foot}\n`);
  it('«NAME Haber Ajansı», «NAME News Agency», «NAME Agentliyi» at the foot: the agency, no outlet', () => {
    for (const [name, foot] of [['Rüzgar', 'Rüzgar Haber Ajansı'], ['Kartli', 'Kartli News Agency'], ['Dalga', 'Dalga Agentliyi'], ['Yildiz', 'YILDIZ HABER AJANSI']] as const) {
      const x = wire(`أنقرة، 3 مارس (${name}) -`, foot);
      expect(x.article.agency, foot).toBe(name);
      expect(x.article.source, foot).toBeUndefined();
    }
  });
  it('not: the name printed as a masthead too, or signed with a site\'s word («NAME News»): the outlet', () => {
    expect(wire('كابول (Ropa) -', '© 2026 Ropa', 'Ropa\n\n').article.source).toBe('Ropa');
    expect(wire('أنقرة، 8 مارس (Kuzey) -', 'Kuzey News').article.source).toBe('Kuzey');
  });
  it('not: the agency word glued into a longer word («Agencyx»), or another name signing', () => {
    expect(wire('أنقرة، 8 مارس (Kuzey) -', 'Kuzey Agencyx').article.source).toBe('Kuzey');
  });
});

describe('a speech or a statement a paragraph announces with a colon, opened in quotation marks', () => {
  const INTRO = 'وألقى رئيس الدورة كلمة الافتتاح، وفيما يلي نصها:';
  it('its short salutation lines closed by commas are the quoted text\'s, kept until the quotation closes', () => {
    const speech = ['«بسم الله الرحمن الرحيم', 'أصحاب الفخامة والسمو،', 'الحضور الكرام،', 'يسعدني أن أرحب بكم في هذه الدورة التي تنعقد في ظروف دقيقة تمر بها المنطقة.»'];
    expect(fromText(`${HEAD}\n\n${LEAD}\n\n${INTRO}\n\n${speech.join('\n\n')}\n\n${MORE}\n`).article.paragraphs).toEqual([LEAD, INTRO, ...speech, MORE]);
  });
  it('a short lead-in «وجاء في البيان:» over a quoted address line is the story\'s', () => {
    const lines = ['وجاء في البيان:', '"أبناء شعبنا العزيز،', 'لقد قلتم كلمتكم بحرية، وسنحترم إرادتكم كما عبرت عنها صناديق الاقتراع في كل المحافظات."'];
    expect(fromText(`${HEAD}\n${LEAD}\n${lines.join('\n')}\n${MORE}\n`).article.paragraphs).toEqual([LEAD, ...lines, MORE]);
  });
  it('not: short lines after the colon that open no quotation, nor menu lines after a quotation closed on its own line', () => {
    expect(fromText(`${HEAD}\n\n${LEAD}\n\n${INTRO}\n\nأخبار ذات صلة\nالحكومة تقر مشروع الموازنة\n`).article.paragraphs).toEqual([LEAD, INTRO]);
    const q = '«هذه الاتفاقية تحمي حدودنا وتفتح صفحة جديدة مع جيراننا.»';
    expect(fromText(`${HEAD}\n\n${LEAD}\n\n${INTRO}\n\n${q}\n\nشارك الخبر\nالأكثر قراءة\n`).article.paragraphs).toEqual([LEAD, INTRO, q]);
  });
});

describe('the pages', () => {
  it('stubs and signed wires as labelled; the guards as labelled', () => {
    expect(extract('u3590').article.source).toBe('القاش 24');
    expect(extract('u3591').article.source).toBe('الحالمة نت');
    expect(extract('u3593').article.source).toBe('الأحقاف برس');
    expect(extract('u3594').article.source).toBeUndefined();
    expect(extract('u3596').article.agency).toBe('Yelken');
    expect(extract('u3596').article.source).toBeUndefined();
    expect(extract('u3597').article.agency).toBe('Mtatsminda');
    expect(extract('u3599').article.source).toBe('Paiwand');
    expect(extract('u3600').article.source).toBe('Kuzey');
    expect(extract('u3602').article.paragraphs).toContain('أصحاب الفخامة والسمو،');
    expect(extract('u3603').article.paragraphs).toContain('وجاء في البيان:');
    expect(extract('u3604').article.paragraphs).not.toContain('أخبار ذات صلة');
  });
});
