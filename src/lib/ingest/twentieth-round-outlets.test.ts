// Twentieth round, part B (session 23): outlets named under a Latin brand, in a dateline only, or by
// a provider — a station's Latin acronym under its masthead crediting it in the dateline («جيبوتي/RTD/»,
// «نيامي، ORTN –»), a station's name over its Arabic desk («… - القسم العربي»), a reader view whose
// only name is its dateline's, an aggregator's provider line and its «اقرأ المزيد على X», guillemets
// after a full date, a tatweel opening the lead, agencies that never say «وكالة». Dev pages u1210–u1233
// written before any change (the aside third `dev-aside-23b` — u1211, u1214, u1217, u1220, u1223, u1226,
// u1229, u1232 — is never asserted here), aside19 (spent) and pages written for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';

const { lex, fromText, extract, idOf, page, outletEvidence } = roundFixtures(['dev', 'aside19']);
const HEADLINE = 'الوسطاء يبحثون جدولا زمنيا جديدا لتبادل الأسرى بين روسيا وأوكرانيا';
const LEAD = 'بحث الوسطاء مع ممثلين عن روسيا وأوكرانيا جدولا زمنيا جديدا لتبادل الأسرى، يبدأ بالجرحى وينتهي بالمدنيين المحتجزين.';
const MORE = 'وقال دبلوماسي مطلع إن الطرفين تسلما المقترح مكتوبا، وإن الرد الأولي جاء إيجابيا من حيث المبدأ.';

describe('a station\'s Latin acronym under its masthead credits it in the dateline', () => {
  it('dev u1212 (slashes), u1215, u1216, u1218 (a comma and an en dash): cut from the lead, the masthead the outlet', () => {
    const cases: [string, string, string][] = [
      ['u1212', 'الإذاعة الوطنية التشادية', 'انجامينا'],
      ['u1215', 'إذاعة وتلفزيون النيجر', 'نيامي'],
      ['u1216', 'تلفزيون قطر', 'الدوحة'],
      ['u1218', 'تلفزيون الصومال الوطني', 'مقديشو'],
    ];
    for (const [id, outlet, place] of cases) {
      const got = extract(id);
      expect(got.article.source, id).toBe(outlet);
      expect(got.place, id).toBe(place);
      expect(got.article.paragraphs[0], id).not.toMatch(/^[\p{L} ]+[،/]\s*[A-Z]{3,6}/u);
    }
  });
  it('aside19 u1030 (RTD) and u1027 (VOI)', () => {
    expect(extract('u1030').article.source).toBe('إذاعة وتلفزيون جيبوتي');
    expect(extract('u1027').article.paragraphs[0]).toMatch(/^أعلنت إندونيسيا/u);
  });
  it('a page of its own: «بانغي، RCA –» under «إذاعة أفريقيا الوسطى» / «RCA»', () => {
    const got = fromText(page('إذاعة أفريقيا الوسطى', 'RCA', 'Accueil', HEADLINE, '12/08/2026', `بانغي، RCA – ${LEAD}`, MORE));
    expect(got.place).toBe('بانغي');
    expect(got.article.source).toBe('إذاعة أفريقيا الوسطى');
    expect(got.article.paragraphs[0]).toBe(LEAD);
  });
  it('a two-letter line under the masthead is no short name (a language switch): the credit stays unread', () => {
    const got = fromText(page('إذاعة أفريقيا الوسطى', 'FR', HEADLINE, '12/08/2026', `بانغي، FR – ${LEAD}`, MORE));
    expect(got.article.paragraphs[0]).toMatch(/^بانغي، FR/u);
  });
});

describe('a station\'s name over its Arabic desk (`arabicServiceLabels`)', () => {
  it('dev u1210 and u1213: the Arabic name only in the footer «NAME - القسم العربي»', () => {
    expect(extract('u1210').article.source).toBe('راديو إسبانيا الخارجي');
    expect(extract('u1213').article.source).toBe('راديو هافانا كوبا');
  });
  it('aside19 u1026 (footer) and u1028 (the name over «البرنامج العربي» under Greek furniture)', () => {
    expect(extract('u1026').article.source).toBe('إذاعة عموم الهند');
    expect(extract('u1028').article.source).toBe('صوت اليونان');
  });
  it('a page of its own: Cyrillic furniture, the name over its desk', () => {
    const got = fromText(page('Радио Болгария', 'Новини', 'راديو بلغاريا', 'القسم العربي', HEADLINE, '12.08.2026', LEAD, MORE));
    expect(got.article.source).toBe('راديو بلغاريا');
  });
  it('a menu entry over the desk label is no station', () => {
    const got = outletEvidence(page('Radio One', 'الرئيسية', 'القسم العربي', HEADLINE, '12.08.2026', LEAD, MORE));
    expect(got?.rule ?? '').not.toMatch(/Arabic desk/u);
  });
});

describe('an aggregator\'s provider line', () => {
  it('dev u1222, u1224, u1225: the provider above the story and in «اقرأ المزيد على X» outranks the aggregator', () => {
    expect(idOf(extract('u1222').article.source)).toBe('shorouk');
    expect(idOf(extract('u1224').article.source)).toBe('al-ain');
    expect(idOf(extract('u1225').article.source)).toBe('france24');
  });
  it('aside19 u1036 (Yahoo مكتوب)', () => {
    expect(idOf(extract('u1036').article.source)).toBe('asharq-al-awsat');
  });
  it('«اقرأ المزيد على موقعنا» names the page itself, not an outlet', () => {
    const got = fromText(page('شبكة الرافدين', 'Rafidain Net', HEADLINE, '12 أغسطس 2026', LEAD, MORE, 'اقرأ المزيد على موقعنا'));
    expect(got.article.source).not.toBe('موقعنا');
  });
});

describe('datelines: guillemets after a full date, a tatweel opening the lead, a hyphenated known name', () => {
  it('«PLACE في DATE «OUTLET» -»: dev u1228, aside19 u996 and a page of its own', () => {
    expect(extract('u1228').article.paragraphs[0]).toMatch(/^تستعد موانئ البصرة/u);
    expect(extract('u996').article.paragraphs[0]).toMatch(/^حذر مرصد الأزهر/u);
    const d = parseDateline(`الكويت في 12 أغسطس 2026 «الصباح الجديد» - ${LEAD}`, lex);
    expect(d?.place).toBe('الكويت');
    expect(d?.outlet?.name).toBe('الصباح الجديد');
  });
  it('«ـ PLACE ـ OUTLET:»: the tatweel frames the place, never a name (dev u1230, aside19 u998)', () => {
    const d = parseDateline(`ـ الرياض ـ واس: ${LEAD}`, lex);
    expect(d?.place).toBe('الرياض');
    expect(d?.agency?.id).toBe('spa');
    const got = fromText(page('صحيفة نجد اليوم', 'الرئيسية', 'محليات', HEADLINE, '12 أغسطس 2026', `ـ الرياض ـ نجد اليوم: ${LEAD}`, MORE));
    expect(got.place).toBe('الرياض');
    expect(got.article.paragraphs[0]).toBe(LEAD);
    expect(got.article.source).not.toMatch(/^ـ/u);
    expect(extract('u998').article.source).not.toMatch(/^ـ/u);
    expect(extract('u1230').place).toBe('حائل');
  });
  it('a hyphen inside a known name («تتار-إنفورم», dev u1233)', () => {
    const got = extract('u1233');
    expect(idOf(got.article.agency)).toBe('tatar-inform');
    expect(got.place).toBe('قازان');
  });
  it('a hyphen with no spaces closing an unknown credit before the lead\'s first word («نابلس/نجاح-بحث …», aside20 u1175 after the round)', () => {
    const got = fromText(page('إذاعة صوت النجاح', 'الرئيسية', HEADLINE, '12/08/2026', `نابلس/نجاح-${LEAD}`, MORE));
    expect(got.place).toBe('نابلس');
    expect(got.article.paragraphs[0]).toBe(LEAD);
  });
});

describe('a reader view whose only name is its dateline\'s', () => {
  it('aside19 u1034 and a page of its own: the domain stands for the dateline\'s name', () => {
    expect(extract('u1034').article.source).toBe('صوت المسيحي الحر');
    const got = fromText(page('almirsal-news.org', '4 دقائق للقراءة', HEADLINE, `عمّان - المرصال الإخباري: ${LEAD}`, MORE));
    expect(got.article.source).toBe('المرصال الإخباري');
  });
});

describe('agencies that never say «وكالة» (sources.yaml)', () => {
  it('dev u1040 (Montsame), u1052 (Bashinform), u1231 (Agenzia Nova): the agency credits itself', () => {
    expect(idOf(extract('u1040').article.agency)).toBe('montsame');
    expect(idOf(extract('u1052').article.agency)).toBe('bashinform');
    expect(idOf(extract('u1231').article.agency)).toBe('agenzia-nova');
  });
});
