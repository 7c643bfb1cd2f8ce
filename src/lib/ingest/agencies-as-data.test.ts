// Issue 13, after the twelfth round (session 14): agencies as data. Every national news agency of
// an Arab state and the international agencies that publish in Arabic are in content/sources.yaml
// with the short forms datelines and credits print; a dateline or credit with each resolves to its
// id. The lines are my own, in the shapes real pages print them. aside12 is spent (its misses were
// printed in the twelfth round), so its page u569 may be asserted here.
import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline';
import { lookupNameAndShort } from './credits';
import { roundFixtures } from './round-fixtures';

const { lex, sources, fromText, extract, idOf, page } = roundFixtures(['aside12', 'dev', 'aside9']);
const LEAD = 'أكد وزير الخارجية دعم بلاده لكل جهد يفضي إلى وقف الحرب في أوكرانيا عبر التفاوض، داعيا الطرفين إلى تبادل الأسرى.';
const STORY = [
  'وأضاف الوزير أن الحل العسكري لن ينهي الأزمة، وأن المجتمع الدولي مطالب بدعم مسار الحوار.',
  'وكانت جولة سابقة من المحادثات قد انتهت دون اتفاق على جدول زمني لوقف إطلاق النار.',
];

// [dateline as printed, expected id]: the short forms added this round first, then the ones
// sources.yaml already held (a guard: they must keep resolving).
const NEW_FORMS: Array<[string, string]> = [
  ['نواكشوط (وما) -', 'mauritania-ami'],
  ['نواكشوط، 2 ديسمبر 2025 (الوكالة الموريتانية للأنباء) -', 'mauritania-ami'],
  ['جدة (يونا) –', 'una-oic'],
  ['مقديشو 2 ديسمبر 2025 (صونا) –', 'sonna'],
  ['جيبوتي (الوكالة الجيبوتية للأنباء) -', 'adi-djibouti'],
  ['بغداد / نينا /', 'nina'],
  ['طرابلس - لانا -', 'lana'],
  ['مدريد (إفي) -', 'efe'],
  ['روما (أنسا) -', 'ansa'],
  ['روما (أنسامد) -', 'ansa'],
  ['طوكيو - كيودو -', 'kyodo'],
  ['واشنطن (يو بي آي) -', 'upi'],
  ['موسكو - إيتار تاس -', 'tass'],
  ['طهران (فارس للأنباء) -', 'fars'],
  ['طهران - تسنيم للأنباء -', 'tasnim'],
  ['طهران (مهر للأنباء) -', 'mehr'],
];
const KNOWN_FORMS: Array<[string, string]> = [
  ['صنعاء (سبأ) -', 'saba'], ['طرابلس (وال) -', 'lana'], ['الدوحة (قنا) -', 'qna'], ['الرياض (واس) -', 'spa'],
  ['أبوظبي (وام) -', 'wam'], ['الكويت (كونا) -', 'kuna'], ['عمان (بترا) -', 'petra'], ['دمشق (سانا) -', 'sana'],
  ['أنقرة (الأناضول) -', 'anadolu'], ['موسكو (تاس) -', 'tass'], ['موسكو (نوفوستي) -', 'ria-novosti'],
  ['موسكو (سبوتنيك) -', 'sputnik'], ['بكين (شينخوا) -', 'xinhua'], ['طهران (إرنا) -', 'irna'],
  ['القاهرة (أ ش أ) -', 'mena'], ['باريس (أ ف ب) -', 'afp'], ['برلين (د ب أ) -', 'dpa'], ['الرباط (ومع) -', 'map'],
  ['الجزائر (واج) -', 'aps'], ['تونس (وات) -', 'tap'], ['المنامة (بنا) -', 'bna'], ['مسقط - العمانية -', 'ona'],
  ['بغداد (واع) -', 'ina'], ['رام الله (وفا) -', 'wafa'], ['الخرطوم (سونا) -', 'suna'], ['بيروت - وطنية -', 'nna'],
];

describe('every agency\'s short form resolves to its sources.yaml id', () => {
  it.each(NEW_FORMS)('added this round: «%s» → %s', (dateline, id) => {
    const line = `${dateline} ${LEAD}`;
    const d = parseDateline(line, lex);
    expect(d?.agency?.id).toBe(id);
    expect(line.slice(d!.end)).toBe(LEAD);
  });
  it.each(KNOWN_FORMS)('already listed: «%s» → %s', (dateline, id) => {
    expect(parseDateline(`${dateline} ${LEAD}`, lex)?.agency?.id).toBe(id);
  });
  it('a credit line after the story names the new agencies too (Latin abbreviations included)', () => {
    for (const [credit, id] of [['(يونا)', 'una-oic'], ['المصدر: صونا', 'sonna'], ['المصدر: ADI', 'adi-djibouti'], ['المصدر: NINA', 'nina']] as const) {
      const a = fromText(page('الميدان', 'دولي', 'وزير الخارجية يدعو إلى وقف الحرب في أوكرانيا عبر التفاوض', LEAD, ...STORY, credit)).article;
      expect(idOf(a.agency ?? undefined), credit).toBe(id);
    }
  });
  it('every Arab League state\'s national agency is listed (Comoros aside: no Arabic wire)', () => {
    const ids = new Set(sources.filter((s) => s.kind === 'agency').map((s) => s.id));
    for (const id of ['aps', 'bna', 'adi-djibouti', 'mena', 'ina', 'petra', 'kuna', 'nna', 'lana', 'mauritania-ami', 'map', 'ona', 'wafa', 'qna', 'spa', 'sonna', 'suna', 'sana', 'tap', 'wam', 'saba']) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('a short form that is also a word stays a word outside a credit', () => {
  it('«وما» opening the story after a place is the story\'s («نواكشوط - وما زالت …»)', () => {
    const line = 'نواكشوط - وما زالت المشاورات جارية بين الأطراف حول نص البيان الختامي للقمة.';
    const d = parseDateline(line, lex);
    expect(d?.agency).toBeUndefined();
    expect(line.slice(d?.end ?? 0).startsWith('وما زالت')).toBe(true);
  });
  it('a bare «مهر» (a Persian month) names no agency: only «مهر للأنباء» does; Fars prints «فارس» alone (dev u296)', () => {
    expect(parseDateline(`طهران - مهر - ${LEAD}`, lex)?.agency).toBeUndefined();
    expect(parseDateline(`طهران (مهر للأنباء) - ${LEAD}`, lex)?.agency?.id).toBe('mehr');
    expect(parseDateline(`طهران (فارس) - ${LEAD}`, lex)?.agency?.id).toBe('fars');
  });
});

describe('a masthead «NAME (SHORT)» names the site (`lookupNameAndShort`)', () => {
  const lookup = lex.names;
  it('the official name closed by its short name: the agency\'s own site is the outlet', () => {
    expect(lookupNameAndShort('وكالة الأنباء الصومالية (صونا)', lookup)?.id).toBe('sonna');
    expect(lookupNameAndShort('وكالة الأنباء العراقية (واع)', lookup)?.id).toBe('ina');
    const u300 = extract('u300').article;
    expect([idOf(u300.source ?? undefined), idOf(u300.agency ?? undefined)]).toEqual(['sonna', 'sonna']);
  });
  it('not a line closed by another source\'s tag, nor by a wire\'s tag under an unknown text', () => {
    expect(lookupNameAndShort('وكالة الأنباء العراقية (وفا)', lookup)).toBeUndefined();
    expect(lookupNameAndShort('جنود أوكرانيون قرب باخموت (أ ف ب)', lookup)).toBeUndefined();
  });
  it('aside12 u569 (spent): «(وما)» is the Mauritanian agency, the page\'s masthead its outlet', () => {
    const a = extract('u569').article;
    expect(idOf(a.agency ?? undefined)).toBe('mauritania-ami');
    expect(a.source).toBe('موريتانيا الآن');
  });
});
