// Fortieth round, at the merge (session 43, 13m): aside40's (spent) misses, fixed by signals that transfer — an
// unlisted wire's house name joined to its code in brackets «برن (Keystone-ATS) -» (wire-code.ts), a mail client's
// forward naming the outlet's mail in its header «Forwarded from: NAME <address>» (outlet-mail-footer.ts, a label of
// more than one word), a Roam Research daily note's title «September 15th, 2028» as the app's, not the story's date
// (content/boilerplate.yaml copyWrappers). Pages: aside40 u3824, u3841, u3842 and dev u3910–u3918 (their classes in
// other outlets' shapes, with guards).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { isBracketTag, isWireCode } from './wire-code';
import { senderOf } from './outlet-mail-footer';

const { lex, labelled, idOf } = roundFixtures(['aside40', 'dev']);

describe('a wire\'s house name joined to its code in brackets', () => {
  it.each([
    ['Keystone-ATS', true], ['Keystone-SDA', true], ['dpa-AFX', true], ['HINA', true],
    // two language tags joined, a digit, no code part, one word: no wire
    ['FR-EN', false], ['COVID-19', false], ['Euro-Med', false], ['Keystone', false], ['AR', false],
  ])('isWireCode(%s) is %s', (credit, wire) => expect(isWireCode(credit, lex)).toBe(wire));
  it('two joined language tags are a tag, one tag joined to a code is not', () => {
    expect(isBracketTag('FR-EN', lex)).toBe(true);
    expect(isBracketTag('dpa-AFX', lex)).toBe(false);
  });
  it.each([
    ['u3824', 'Keystone-ATS', 'برن'],
    ['u3910', 'Keystone-SDA', 'زيورخ'],
    ['u3911', 'dpa-AFX', 'فرانكفورت'],
  ])('%s: the agency %s, the place %s, the lead without its dateline', (id, agency, place) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].agency).toBe(agency);
    expect(extraction.evidence[0].place).toBe(place);
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
  it('u3912 (guard): «باريس (FR-EN) -» is an edition\'s tag — the place, no agency', () => {
    const { extraction, expected } = labelled('u3912');
    expect(extraction.articles[0].agency ?? null).toBeNull();
    expect(extraction.evidence[0].place).toBe('باريس');
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
});

describe('a mail client\'s forward naming the outlet in its header', () => {
  const labels = lex.data.mailFooter!.senderLabels;
  it.each([
    ['Forwarded from: حريضة نت <info@huraidhanet.com>', 'حريضة نت'],
    ['Transféré de : صور نيوز <redaction@sournews.com>', 'صور نيوز'],
    ['تمت إعادة التوجيه من: كوستي اليوم <news@kostitoday.net>', 'كوستي اليوم'],
    ['From: نشرة الصباح <list@sabah.news>', 'نشرة الصباح'],
  ])('senderOf(%s) names %s', (line, name) => expect(senderOf(line, labels)?.name).toBe(name));
  it('a label must end on a word\'s end: «Fromage:» is no «From»', () => {
    expect(senderOf('Fromage: نشرة الصباح <list@sabah.news>', labels)).toBeUndefined();
  });
  it.each([['u3841'], ['u3913'], ['u3914']])('%s: the forwarded site is the outlet', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].source).toBe(expected.outlet);
    expect(extraction.articles[0].date).toBe(expected.date);
  });
  it('u3915 (guard): a person forwarding from a mail provider names no outlet', () => {
    const { extraction } = labelled('u3915');
    expect(idOf(extraction.articles[0].source) ?? null).toBeNull();
  });
});

describe('a Roam Research daily note: its title is the copy\'s date, the source property\'s the story\'s', () => {
  it.each([['u3842'], ['u3916'], ['u3917']])('%s: the story\'s date, the outlet without the doubled colon', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].date).toBe(expected.date);
    expect(extraction.articles[0].source).toBe(expected.outlet);
  });
  it('u3918 (guard): a site\'s own English ordinal date with no notes app on the page is the story\'s', () => {
    const { extraction, expected } = labelled('u3918');
    expect(extraction.articles[0].date).toBe('2028-12-03');
    expect(extraction.articles[0].source).toBe(expected.outlet);
  });
});
