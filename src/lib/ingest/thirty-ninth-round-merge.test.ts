// Thirty-ninth round, at the merge (13m): aside39's (spent) misses in other outlets' shapes — an unlisted wire in
// brackets after an unlisted place, read by the dateline's grammar alone («مومباسا (كيه إن إيه) - أكد …», «جلال آباد
// (تازابار) - أعلنت …»); and guards: a bracketed aside of prose, a person's title, a region in brackets, a lead with no verb.
// Pages: tests/fixtures/ingest-unseen/dev/u3780–u3782.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { opensWithLeadVerb, wireByGrammar } from './bracket-wire';
import { lexKey } from './boilerplate';

const { lex, labelled } = roundFixtures(['dev']);

describe('an unlisted wire in brackets after an unlisted place', () => {
  it.each([
    ['مومباسا (كيه إن إيه) - أكد وزير النقل الكيني أن الموانئ تستعد', 'مومباسا', 'كيه إن إيه'],
    ['دكا (بي إس إس) - دعت بنغلاديش إلى ضمان وصول الحبوب والأسمدة', 'دكا', 'بي إس إس'],
    ['جلال آباد (تازابار) - أعلنت وزارة الزراعة أنها تبحث زيادة الصادرات', 'جلال آباد', 'تازابار'],
  ])('%s', (text, place, wire) => {
    const d = parseDateline(text, lex);
    expect(d?.place).toBe(place);
    expect(d?.outlet?.name ?? d?.agency?.name).toBe(wire);
    expect(d?.bracketed).toBe(true);
    expect(text.slice(d!.end)).toMatch(/^(أكد|دعت|أعلنت) /u);
  });
  it.each([
    // a bracketed aside of prose: a function word beside a long word
    'زيلينسكي (في خطاب مسائي) - أكد الرئيس الأوكراني أن دول البلقان قادرة',
    // a person's title: the article
    'الوزير (السابق) - أكد في تصريح أن المفاوضات متعثرة منذ أسابيع',
    // no lead verb after the dash
    'كاتماندو (هيمال) - الحكومة النيبالية تدرس شراء القمح من روسيا',
    // no dash after the brackets
    'مومباسا (كيه إن إيه) أكد وزير النقل الكيني أن الموانئ تستعد',
  ])('no dateline: %s', (text) => expect(parseDateline(text, lex)).toBeUndefined());
});

describe('the grammar\'s parts', () => {
  it.each(['أكد', 'أكدت', 'دعت', 'دعا', 'أعلنت', 'قالت'])('«%s» opens a lead', (verb) => expect(opensWithLeadVerb(`${verb} الوزارة أن`, lex)).toBe(true));
  it.each(['الحكومة', 'وزير', 'بنت'])('«%s» opens no lead', (word) => expect(opensWithLeadVerb(`${word} الوزارة أن`, lex)).toBe(false));
  it('a region the places data knows, in the brackets, is no wire', () => {
    expect(lex.places.has(lexKey('تتارستان'))).toBe(true);
    expect(wireByGrammar('ألميتيفسك', 'تتارستان', 'أعلنت السلطات المحلية في المدينة عن خطة', lex)).toBe(false);
    expect(wireByGrammar('ألميتيفسك', 'تاتبرس', 'أعلنت السلطات المحلية في المدينة عن خطة', lex)).toBe(true);
  });
  it('a given name is no place', () => expect(wireByGrammar('أحمد', 'مراسلنا', 'أكد مسؤول محلي أن الطريق سيفتح', lex)).toBe(false));
});

describe('the pages', () => {
  it.each([
    ['u3780', 'مومباسا', 'كيه إن إيه'],
    ['u3781', 'جلال آباد', 'تازابار'],
  ])('%s: the place and the wire, the lead cut after the dash', (id, place, agency) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.evidence[0].place).toBe(place);
    expect(extraction.articles[0].agency).toBe(agency);
    expect(extraction.articles[0].source).toBe(expected.outlet);
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
  it('u3782 (guard): the bracketed aside stays in the lead, no agency', () => {
    const { extraction, expected } = labelled('u3782');
    expect(extraction.articles[0].agency ?? null).toBeNull();
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
});
