// Thirty-fifth round (session 38, helper 13o): the outlet on unseen pages — a masthead of a place and a site's word under a
// date bar or a login line, a short Latin brand with its long form in the © line, a wire's dateline and «المصدر: WIRE» under
// a masthead the frame prints again, a name in two scripts on top, a markdown copy's bold name over the date, a title bar
// over a headline printed with a clock time; and guards (a section label, a live label, a date line, an aggregator's
// rights-claiming wire credit, a Latin brand and its own name in the © line).
// Pages here are written for the test (invented names), not fixtures.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { shortFormOf } from './outlet-head-masthead';

const { fromText, page } = roundFixtures(['dev']);

const HEADLINE = 'مجلس المدينة يقر خطة لتخزين القمح تحسبا لتأخر الشحنات من البحر الأسود';
const LEAD = 'أقر مجلس المدينة خطة لتخزين القمح تحسبا لتأخر الشحنات القادمة من البحر الأسود، مع استمرار الحرب في أوكرانيا.';
const MORE = 'وقال رئيس المجلس إن الخطة تشمل إصلاح صومعتين قديمتين خلال أربعة أشهر.';
const MENU = ['الرئيسية', 'محليات', 'دولي'];

describe('a short brand and its long form', () => {
  it('an acronym spells the long name, a prefix its one word; other names do not', () => {
    expect(shortFormOf('RTP', 'Rádio e Televisão de Portugal')).toBe(true);
    expect(shortFormOf('HRT', 'Hrvatska radiotelevizija')).toBe(true);
    expect(shortFormOf('ERR', 'Eesti Rahvusringhääling')).toBe(true);
    expect(shortFormOf('Yle', 'Yleisradio')).toBe(true);
    expect(shortFormOf('Fulda', 'Fulda Arabi')).toBe(false);
    expect(shortFormOf('RTP', 'Radio Tirana')).toBe(false);
    expect(shortFormOf('BBC', 'Sveriges Television')).toBe(false);
  });
  it('«NNN» over a foreign menu and its company in full in the © line: the masthead\'s brand', () => {
    const x = fromText(page('KRT', 'Domov', 'Novice', 'Svet', HEADLINE, '08.12.2027', LEAD, MORE, '© Kanal Radio Televizija 2027'));
    expect(x.article?.source).toBe('KRT');
  });
  it('a Latin brand whose © line prints the same name is not shortened', () => {
    const x = fromText(page('Ohrid Arabi', 'Početna', 'Vesti', HEADLINE, '08.12.2027', LEAD, MORE, '© 2027 Ohrid Arabi'));
    expect(x.article?.source).not.toBe('Ohrid');
  });
});

describe('a masthead of a place and a site\'s word at the head', () => {
  it('under a weekday date bar and a login line, over the menu', () => {
    const x = fromText(page('الأربعاء، 8 ديسمبر 2027', 'تسجيل الدخول', 'وادي الريحان نيوز', ...MENU, HEADLINE, '8 ديسمبر 2027', LEAD, MORE));
    expect(x.article?.source).toBe('وادي الريحان نيوز');
  });
  it('under a date bar, a place and «اليوم»', () => {
    const x = fromText(page('الأربعاء 8 ديسمبر 2027', 'كفر الريحان اليوم', ...MENU, HEADLINE, '8 ديسمبر 2027', LEAD, MORE));
    expect(x.article?.source).toBe('كفر الريحان اليوم');
  });
  it('the own link\'s domain spelled short under a masthead that extends it: the masthead\'s form', () => {
    const x = fromText(page('كفر الريحان اليوم', ...MENU, HEADLINE, LEAD, MORE, 'رابط الخبر: https://kafralrayhantoday.com/news/20271208/4410', 'فيسبوك', 'واتساب'));
    expect(x.article?.source).toBe('كفر الريحان اليوم');
  });
  it('guard: a section label «حصاد اليوم» under the menu names no one', () => {
    const x = fromText(page(...MENU, 'حصاد اليوم', HEADLINE, '8 ديسمبر 2027', LEAD, MORE));
    expect(x.article?.source).toBeUndefined();
  });
  it('guard: a live label «كييف الآن» over the headline is not the masthead', () => {
    const x = fromText(page('شرفة الريحان', ...MENU, 'كييف الآن', HEADLINE, '8 ديسمبر 2027', LEAD, MORE));
    expect(x.article?.source).not.toBe('كييف الآن');
  });
});

describe('other head shapes', () => {
  it('a name in two scripts split by «|» over the menu: the Arabic half', () => {
    const x = fromText(page('Shurfat Alrayhan | شرفة الريحان', ...MENU, HEADLINE, '8 ديسمبر 2027', LEAD, MORE));
    expect(x.article?.source).toBe('شرفة الريحان');
  });
  it('a markdown copy\'s bold name opening the date line', () => {
    const x = fromText(['wheat.md — Typora', `# ${HEADLINE}`, '**وادي الريحان نيوز** · 8 ديسمبر 2027', LEAD, MORE].join('\n'));
    expect(x.article?.source).toBe('وادي الريحان نيوز');
  });
  it('guard: a bold person\'s name over the date is a byline, not the outlet', () => {
    const x = fromText(['wheat.md — Typora', `# ${HEADLINE}`, '**سامر الخطيب** · 8 ديسمبر 2027', LEAD, MORE].join('\n'));
    expect(x.article?.source).not.toBe('سامر الخطيب');
  });
});

describe('the site over the wire it carries', () => {
  const WIRE = 'موسكو (رويترز) - قال الكرملين إن جولة جديدة من المحادثات مع أوكرانيا ممكنة قبل نهاية الشهر إذا أنجز الخبراء المسودات الفنية.';
  const WIRE_MORE = 'وأضاف المتحدث باسم الرئاسة الروسية أن موسكو تلقت إشارات إيجابية من الوسطاء.';
  it('a masthead printed again under «المصدر: رويترز»: the site, the wire its agency', () => {
    const x = fromText(page('شرفة الريحان', ...MENU, HEADLINE, '8 ديسمبر 2027', WIRE, WIRE_MORE, 'المصدر: رويترز', 'شارك الخبر من شرفة الريحان'));
    expect(x.article?.source).toBe('شرفة الريحان');
    expect(x.article?.agency).toBe('رويترز');
  });
  // The fortieth round settled a wire in «المصدر:» under no site name as the agency only (fixtures README; dev u3158 relabelled).
  it('guard: a page naming no site carries the wire\'s text: the wire is the agency, no outlet is named', () => {
    const x = fromText(page(...MENU, HEADLINE, '8 ديسمبر 2027', WIRE, WIRE_MORE, 'المصدر: رويترز'));
    expect(x.article?.source ?? null).toBeNull();
    expect(x.article?.agency).toBe('رويترز');
  });
});
