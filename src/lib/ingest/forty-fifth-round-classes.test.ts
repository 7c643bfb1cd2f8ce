// Forty-fifth round (session 48, helper 13s): the classes aside44 (spent) left, read as classes — a reporter after a place the
// page also names (dateline-shapes.ts `bylineAfterPlace`), a notes app's stamp over its source line's date (note-day.ts), a
// markdown clip's link line (`originLines` data), an agency's code made of its name's initials (initials-code.ts), interface
// lines with a count on the place path (dateline-parts.ts `placeOf`, dateline.ts). Pages: aside44 u4366, u4387, u4388, u4394
// and the tuned dev pages u4610–u4629 — never `dev-aside-48s` (u4612, u4615, u4618, u4621, u4624, u4627), scored apart.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { agencyByInitials, initialsOf, spellsInitials } from './initials-code';
import { parseDateline } from './dateline';
import { placeOf } from './dateline-parts';

const { lex, sources, labelled, idOf } = roundFixtures(['aside44', 'dev']);
const got = (id: string) => labelled(id).extraction.articles[0];
const want = (id: string) => labelled(id).expected;

describe('a reporter between the place and the lead, the place also read as the page\'s own name', () => {
  it.each(['u4366', 'u4610', 'u4611'])('%s: the place, the reporter cut from the lead', (id) => {
    expect(labelled(id).extraction.evidence[0].place).toBe(want(id).place);
    expect(got(id).paragraphs[0]).toBe(want(id).paragraphs[0]);
  });
  it('u4613 (guard): the site\'s own two-word name then a reporter — the outlet, no place', () => {
    expect(got('u4613').source).toBe('درعا بوست');
    expect(got('u4613').paragraphs[0]).toBe(want('u4613').paragraphs[0]);
  });
  it('a Kurdish given name opens a reporter\'s byline after a place', () =>
    expect(parseDateline('كركوك - سامان عمر - يترقب مزارعو المحافظة وصول الأسمدة', lex)?.place).toBe('كركوك'));
});

describe('a notes app\'s clip: its own stamp over the source line\'s earlier date', () => {
  it.each(['u4387', 'u4614', 'u4616'])('%s: the source line\'s date', (id) => expect(got(id).date).toBe(want(id).date));
  it('u4617 (guard): a source line without a date leaves the stamp the date', () => expect(got('u4617').date).toBe('2028-06-17'));
});

describe('a markdown clip\'s link line «[NAME](URL) - DATE»', () => {
  it.each(['u4394', 'u4619', 'u4620'])('%s: the outlet and the date', (id) => {
    expect(got(id).source).toBe(want(id).outlet);
    expect(got(id).date).toBe(want(id).date);
  });
});

describe('an agency\'s code made of its name\'s initials', () => {
  it.each([
    ['وكالة جيبوتي للأنباء', 'وجا'],
    ['وكالة الأنباء الصومالية', 'واص'],
    ['وكالة أنباء حضرموت', 'واح'],
    ['وكالة الأنباء السعودية', 'واس'],
  ])('«%s» → «%s»', (name, code) => expect(initialsOf(name)).toBe(code));
  it('a hamza seat does not change the letter («وأح» spells «وكالة أنباء حضرموت»)', () => expect(spellsInitials('وأح', 'وكالة أنباء حضرموت')).toBe(true));
  it('a listed agency by a code the lists do not hold', () => expect(agencyByInitials('وسا', sources)).toBe('وكالة السودان للأنباء'));
  it('a code two agencies share names neither («وما»: the Mauritanian agency and Mehr)', () => expect(agencyByInitials('وما', sources)).toBeUndefined());
  it('a two-letter word is never a code', () => expect(agencyByInitials('وا', sources)).toBeUndefined());
  it.each(['u4388', 'u4622', 'u4623'])('%s: the agency\'s own site credits itself', (id) => {
    expect(idOf(got(id).agency ?? undefined)).toBe(idOf(want(id).agency));
    expect(idOf(got(id).source ?? undefined)).toBe(idOf(want(id).outlet));
  });
  it('u4625 (guard): the agency\'s site crediting a listed wire — that wire', () => expect(idOf(got('u4625').agency ?? undefined)).toBe('qna'));
  it('an unbracketed word is not read as a code («بيروت - وصف الوزير …»)', () =>
    expect(parseDateline('بيروت - وصف الوزير الاتفاق بأنه خطوة مهمة نحو السلام', lex)?.agency).toBeUndefined());
});

describe('interface lines with a count on the place path', () => {
  it.each(['العدد 215 - اقتصاد', 'العدد 12 - اقتصاد', 'تعليقات (3) | مشاركة', 'تعليقات 3 | مشاركة', 'المشاهدات 1520 - اقتصاد'])('«%s» is no dateline', (line) =>
    expect(parseDateline(line, lex)).toBeUndefined());
  it.each(['العدد 215', 'التعليقات (4)', 'المشاهدات 1520'])('«%s -»: a count, no day', (prefix) => expect(placeOf(`${prefix} -`)).toBeUndefined());
  it.each([
    ['عمان 18 (بترا) - أعلنت وزارة الزراعة وصول شحنة قمح إلى العقبة', 'عمان', '18'],
    ['موسكو 5 - سبوتنيك - قال الكرملين إن المحادثات ستستأنف قريبا', 'موسكو', '5'],
  ])('«%s»: a day after the place is still the date', (line, place, day) => {
    const d = parseDateline(line, lex);
    expect(d?.place).toBe(place);
    expect(d?.date).toBe(day);
  });
  it.each(['u4626', 'u4628', 'u4629'])('%s: outlet and place as labelled', (id) => {
    expect(idOf(got(id).source ?? undefined)).toBe(idOf(want(id).outlet));
    expect(labelled(id).extraction.evidence[0].place ?? null).toBe(want(id).place);
  });
});
