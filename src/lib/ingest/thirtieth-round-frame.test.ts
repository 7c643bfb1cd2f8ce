// Thirtieth round (session 33, helper 13f): the site named in a frame that is not Arabic prose, and a copy's own
// header. A © line with a rights phrase in German, Swedish, Spanish, Kurmanji (content/boilerplate.yaml
// `rightsPhrases`, `frameBoxes.latinRightsConfidence`), a platform's or a person's © line (never the site), mail
// headers in German and French (`copyWrappers`), a text browser's page counter (`pageCounters`), month names of
// those languages (`dateWords`), a Latin masthead whose Arabic name the story's second paragraph prints after «لـ».
// Every page here is written for the test (invented names), not a fixture.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { withoutPageCounter } from './page-counter';

const { fromText, page, lex } = roundFixtures(['dev']);

const HEADLINE = 'البلدية تطلق حملة لصيانة شبكة الإنارة في الأحياء الشمالية';
const LEAD = 'أطلقت البلدية حملة لصيانة شبكة الإنارة العامة في الأحياء الشمالية، تستمر ثلاثة أسابيع بمشاركة فرق فنية من الشركة الوطنية للكهرباء.';
const MORE = 'وأوضح رئيس البلدية أن الحملة تشمل استبدال المصابيح القديمة بأخرى موفرة للطاقة في الشوارع الرئيسية.';
const outletOf = (...lines: string[]) => fromText(page(...lines)).article?.source;
const dateOf = (...lines: string[]) => fromText(page(...lines)).article?.date;

describe('a © line in a Latin-script language names the site', () => {
  it('the rights phrase is stripped: Spanish, Swedish, German', () => {
    expect(outletOf('Inicio', 'Comunidad', HEADLINE, LEAD, MORE, '© 2027 Cóndor Árabe. Todos los derechos reservados.')).toBe('Cóndor Árabe');
    expect(outletOf('Nyheter', 'Om oss', HEADLINE, LEAD, MORE, '© 2027 Vänern Arabi. Alla rättigheter förbehållna.')).toBe('Vänern Arabi');
    expect(outletOf('Startseite', 'Kontakt', HEADLINE, LEAD, MORE, 'Impressum', 'Alle Rechte vorbehalten © 2027 Neckar Araby')).toBe('Neckar Araby');
  });
  it('a © line claiming the rights in words outweighs a place a dateline\'s grammar reads as a name', () => {
    const lead = `القامشلي - ${LEAD}`;
    expect(outletOf('Destpêk', 'Nûçe', HEADLINE, lead, MORE, '© 2027 Dengê Çiyayê - Hemû maf parastî ne')).toBe('Dengê Çiyayê');
  });
  it('guards: a platform\'s or a host\'s © line, a person\'s © line name no site', () => {
    expect(outletOf('Accueil', HEADLINE, LEAD, MORE, '© 2027 Google LLC. All rights reserved.')).toBeUndefined();
    expect(outletOf('Accueil', HEADLINE, LEAD, MORE, 'Subscribe', '© 2027 Substack Inc')).toBeUndefined();
    expect(outletOf('Accueil', 'À propos', HEADLINE, LEAD, MORE, '© 2027 Karim Bensalem. Tous droits réservés.')).toBeUndefined();
  });
  it('a two-word name closed by a site\'s word is a site, not a person', () => {
    expect(outletOf('Home', 'About us', HEADLINE, LEAD, MORE, 'Copyright © 2027 Karim Times. All rights reserved.')).toBe('Karim Times');
  });
});

describe('a copy\'s own header', () => {
  it('German mail headers: the sender printed again is the outlet, the story\'s own date the date', () => {
    const raw = page('Betreff: Ruhr Arabi Newsletter', 'Von: Ruhr Arabi <info@ruhrarabi.de>', 'Datum: 12.06.2027, 08:15', 'An: leser@example.de', 'Ruhr Arabi', HEADLINE, '11 يونيو 2027', LEAD, MORE, 'Abmelden');
    expect(fromText(raw).article?.source).toBe('Ruhr Arabi');
    expect(fromText(raw).article?.date).toBe('2027-06-11');
  });
  it('French mail headers: the recipient\'s address is never the outlet', () => {
    const raw = page('Objet : La lettre de Loire Arabe', 'De : Loire Arabe <lettre@loirearabe.fr>', 'Date : 3 juillet 2027 à 07:00', 'À : lecteur@example.fr', 'Loire Arabe', HEADLINE, '2 يوليو 2027', LEAD, MORE, 'Se désinscrire');
    expect(fromText(raw).article?.source).toBe('Loire Arabe');
    expect(fromText(raw).article?.date).toBe('2027-07-02');
  });
  it('a text browser\'s counter closing the first line is cut off; a line without one is left as it is', () => {
    expect(withoutPageCounter(['   صدى الوادي (p1 of 3)', 'x'], lex.data.pageCounters)).toEqual(['صدى الوادي', 'x']);
    expect(withoutPageCounter(['', 'نبض الساحل (1/1)'], lex.data.pageCounters)).toEqual(['', 'نبض الساحل']);
    const plain = ['نبض الساحل', 'الرئيسية (2/3)'];
    expect(withoutPageCounter(plain, lex.data.pageCounters)).toBe(plain);
    expect(outletOf('نبض الساحل (1/1)', '[الرئيسية] [محليات]', HEADLINE, '16/05/2027', LEAD, MORE, 'نبض الساحل © 2027')).toBe('نبض الساحل');
  });
  it('a title «NAME | tagline» left by the counter is no dateline: the tagline is never the outlet', () => {
    const lead = `الرباط – 10 مارس 2027 (ومع) – ${LEAD}`;
    expect(outletOf('طانطان 24 | أخبار الجنوب والعالم (p1 of 2)', '[1]الرئيسية [2]جهوية', HEADLINE, '10 مارس 2027', lead, MORE, 'طانطان 24 © 2027')).toBe('طانطان 24');
  });
});

describe('dates printed in the frame\'s language', () => {
  it('German, Swedish, Dutch, Spanish and Kurmanji month names', () => {
    expect(lex.dates.parse('14. März 2027')).toBe('2027-03-14');
    expect(lex.dates.parse('3 maj 2027')).toBe('2027-05-03');
    expect(lex.dates.parse('Gepubliceerd op 21 maart 2027')).toBe('2027-03-21');
    expect(lex.dates.parse('5 de junio de 2027')).toBe('2027-06-05');
    expect(lex.dates.parse('7 Gulan 2027')).toBe('2027-05-07');
  });
  it('a page framed in German, dated only by its German date line', () => {
    expect(dateOf('Startseite', HEADLINE, '2. Oktober 2027', LEAD, MORE, 'Impressum')).toBe('2027-10-02');
  });
  it('guard: «de» joins a day and a month only between spaces', () => {
    expect(lex.dates.parse('5de junio 2027')).toBeUndefined();
  });
});

describe('a Latin masthead whose Arabic name the story prints', () => {
  it('the second paragraph\'s «لـ«NAME»» gives the Latin masthead its Arabic label', () => {
    const more = 'وقال مسؤول في البلدية لـ«دوز ماغ» إن الأشغال ستنتهي قبل الصيف.';
    expect(outletOf('Douz Mag', 'Accueil', 'Région', 'Contact', HEADLINE, '28 mars 2027', LEAD, more, 'Partager')).toBe('دوز ماغ');
  });
});
