// Issue 13, nineteenth round, part A: agencies' own datelines and credits — the CIS wires' order (a
// place, perhaps a date, closed by a full stop before the agency), a dotted date before a wire between
// slashes, a credit word glued to a known name, a region in brackets after the city, «NAME، PLACE:», a
// two-word place after the site's name, an agency's tagline under its brand, and the agencies added to
// sources.yaml. Dev pages u1040–u1063 (never the aside third dev-aside-22a), aside18 (spent) and lines
// written for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';

const { lex, extract, fromText, idOf, page } = roundFixtures(['dev', 'aside18', 'aside16']);
const STORY = 'دعت وزارة الخارجية إلى استئناف المحادثات بين روسيا وأوكرانيا في أقرب وقت ممكن، مؤكدة استعدادها لاستضافة الجولة المقبلة.';

describe('a place (and a date) closed by a full stop, then the agency', () => {
  it('«أستانا. كازينفورم –» and «بيشكيك، 21 يونيو. كابار –» credit the agency and keep the place', () => {
    const a = parseDateline(`أستانا. كازينفورم – ${STORY}`, lex);
    expect(a?.place).toBe('أستانا');
    expect(a?.agency?.id).toBe('kazinform');
    const b = parseDateline(`بيشكيك، 21 يونيو. كابار – ${STORY}`, lex);
    expect(b?.place).toBe('بيشكيك');
    expect(b?.agency?.id).toBe('kabar');
    expect(STORY.startsWith(`بيشكيك، 21 يونيو. كابار – ${STORY}`.slice(b!.end))).toBe(true);
  });
  it('a known name after a full stop with no separator after it is the sentence\'s subject, not a credit', () => {
    expect(parseDateline(`أستانا. كازينفورم تنقل عن الوزارة أنها ${STORY}`, lex)?.agency).toBeUndefined();
  });
  it('aside18 u920 and u925 (spent): the dateline is cut and the agency credited', () => {
    const u920 = extract('u920');
    expect(u920.article.agency && idOf(u920.article.agency)).toBe('kazinform');
    expect(u920.article.paragraphs[0].startsWith('أعلنت')).toBe(true);
    expect(idOf(extract('u925').article.agency)).toBe('kabar');
  });
  it('a news site in the same order (dev u1060) is the outlet and no agency', () => {
    const p = extract('u1060');
    expect(p.article.source).toBe('تنغري نيوز');
    expect(p.article.agency).toBeUndefined();
    expect(p.place).toBe('ألماتي');
  });
});

describe('a dotted date before a wire between slashes', () => {
  it('«دوشنبه، 21.06.2026 /خوفار/.»: the date\'s dots are no full stop', () => {
    const d = parseDateline(`دوشنبه، 21.06.2026 /خوفار/. ${STORY}`, lex);
    expect(d?.place).toBe('دوشنبه');
    expect(d?.date).toBe('21.06.2026');
    expect(d?.agency?.id).toBe('khovar');
  });
  it('dev u1045: an agency the lists do not know, its tagline saying so', () => {
    const p = extract('u1045');
    expect(p.article.agency).toBe('باختر');
    expect(p.article.paragraphs[0].startsWith('دعت')).toBe(true);
  });
});

describe('a credit word glued to a known name', () => {
  it('«الدوحة - خاص الجزيرة نت:» credits the outlet, not «خاص الجزيرة نت»', () => {
    const d = parseDateline(`الدوحة - خاص الجزيرة نت: ${STORY}`, lex);
    expect(d?.place).toBe('الدوحة');
    expect(idOf(d?.outlet?.name)).toBe(idOf('الجزيرة نت'));
  });
  it('the page\'s own name: aside18 u931 «بنغازي/ خاص الكرامة ميديا -» and dev u1054', () => {
    expect(extract('u931').article.source).toBe('الكرامة ميديا');
    expect(extract('u1054').article.source).toBe('فيستنيك كافكازا');
  });
});

describe('a region in brackets after the city is the place\'s (`datelinePlaces`)', () => {
  it('«قازان (تتارستان) –»: the city is the place, nothing is credited', () => {
    const d = parseDateline(`قازان (تتارستان) – ${STORY}`, lex);
    expect(d?.place).toBe('قازان');
    expect(d?.agency ?? d?.outlet).toBeUndefined();
  });
  it('«مزار شريف (بلخ)، 3 يوليو (شينخوا) –»: the wire after the region is still read', () => {
    const d = parseDateline(`مزار شريف (بلخ)، 3 يوليو (شينخوا) – ${STORY}`, lex);
    expect(d?.place).toBe('مزار شريف');
    expect(d?.agency?.id).toBe('xinhua');
  });
  it('aside18 u949 is no longer credited to «تتارستان»; dev u1051, u1052 cut their datelines', () => {
    expect(extract('u949').article.source).not.toBe('تتارستان');
    expect(extract('u1051').article.paragraphs[0].startsWith('استقبل')).toBe(true);
    expect(extract('u1052').article.paragraphs[0].startsWith('استضافت')).toBe(true);
  });
});

describe('the site\'s name first, then the place', () => {
  it('«نيوزيمن، عدن:» (aside18 u940) and «سند، غزة:» (dev u1057): a comma, the place, a colon', () => {
    const a = extract('u940');
    expect(a.place).toBe('عدن');
    expect(a.article.paragraphs[0].startsWith('طلبت')).toBe(true);
    const b = extract('u1057');
    expect(b.place).toBe('غزة');
    expect(idOf(b.article.agency)).toBe(idOf('سند'));
  });
  it('«رام الله مكس – رام الله:» (aside18 u943): the two-word place is read whole', () => {
    const p = extract('u943');
    expect(p.place).toBe('رام الله');
    expect(p.article.paragraphs[0].startsWith('دعا')).toBe(true);
  });
});

describe('an agency\'s tagline under its brand makes its own credit the agency', () => {
  it('dev u1046 «وكالة جهان للمعلومات», u1049 «وكالة الأنباء الأوكرانية المستقلة» under a Latin and an Arabic brand', () => {
    expect(extract('u1046').article.agency).toBe('جهان');
    expect(extract('u1049').article.agency).toBe('أونيان');
  });
  it('a paper an agency publishes («جريدة يومية تصدر عن وكالة …», aside16 u783) is no agency', () => {
    expect(extract('u783').article.agency).toBeUndefined();
  });
  it('a page written for this test: no tagline, no agency — the same page with one credits itself', () => {
    const lines = ['نبض الوادي', 'الرئيسية', 'أخبار', 'الوادي يرحب بالمحادثات بين موسكو وكييف', '14 يوليو 2026', `الوادي، 14 يوليو (نبض الوادي) – ${STORY}`, 'شارك'];
    expect(fromText(page(...lines)).article.agency).toBeUndefined();
    const tagged = [lines[0], 'وكالة نبض الوادي للأنباء', ...lines.slice(1)];
    expect(fromText(page(...tagged)).article.agency).toBe('نبض الوادي');
  });
});

describe('agencies added to sources.yaml', () => {
  it('aside18 u922 «باكو، 20 يونيو، ترند.», u954 «كوالالمبور / 5 يوليو / برناما /», u959 «(برنسا لاتينا)»', () => {
    expect(idOf(extract('u922').article.agency)).toBe('trend');
    expect(idOf(extract('u954').article.agency)).toBe('bernama');
    expect(idOf(extract('u959').article.agency)).toBe('prensa-latina');
  });
});
