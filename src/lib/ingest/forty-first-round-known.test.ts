// Forty-first round (session 44, 13k): known misses that transfer (typed-credits.ts) — an unlisted wire that says
// what it is («شبكة NAME») in a lead's dateline, a press-release distributor's tag at the lead's head, a photo caption
// naming who is pictured between paragraphs; a forward's sender at a desk's mailbox (mail-role.ts); a daily note's bare
// numeric title over the clip's source line (note-day.ts). Pages: tests/fixtures/ingest-unseen/dev/u4010–u4033 (the tuned pages
// only; `dev-aside-44k` — u4011, u4014, u4017, u4020, u4023, u4029, u4032 — is never read here).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { isFigureCaption } from './caption-between';
import { isPictureCaption, isReleaseWire, isTypedWire, releaseTagLength, withoutReleaseTag } from './typed-credits';
import { roleSender } from './mail-role';
import { noteDaySource } from './note-day';
import type { ClassifiedLine } from './classify';

const { lex, labelled } = roundFixtures(['dev']);

describe('an unlisted wire that says what it is, in a lead\'s dateline', () => {
  it.each([
    ['u4010', 'عمّان'],
    ['u4012', 'عدن'],
    ['u4013', 'دمشق'],
  ])('%s: the agency as printed, the place, the lead without the credit', (id, place) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].agency).toBe(expected.agency);
    expect(extraction.articles[0].source).toBe(expected.outlet);
    expect(extraction.evidence[0].place).toBe(place);
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
  it('«PLACE - شبكة NAME للأنباء:» before a verb: four words, closed by the colon', () => {
    const text = 'بغداد - شبكة النهرين الرقمية للأنباء: أعلنت الحكومة العراقية استعدادها للوساطة بين الطرفين.';
    const d = parseDateline(text, lex);
    expect(d?.place).toBe('بغداد');
    expect(d?.agency?.name).toBe('شبكة النهرين الرقمية للأنباء');
    expect(text.slice(d!.end)).toMatch(/^أعلنت /u);
  });
  it('a network opening the lead\'s subject with no closing separator is no credit (u4015)', () => {
    const { extraction, expected } = labelled('u4015');
    expect(extraction.articles[0].agency ?? null).toBeNull();
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
    const d = parseDateline('كييف - شبكة النقل الكهربائي في غرب أوكرانيا تعرضت لهجمات جديدة ليلة الجمعة.', lex);
    expect(d?.agency).toBeUndefined();
  });
  it.each([
    ['شبكة مدى الساحل الإخبارية', true],
    ['وكالة سهوب', true],
    ['شبكة', false], // the type word alone names nothing
    ['شبكة الطرق السريعة في الشمال الغربي للبلاد', false], // past six words: a phrase
    ['شبكة 24', false],
    ['مدى الساحل', false],
  ])('isTypedWire(%s) = %s', (name, expected) => expect(isTypedWire(name, lex)).toBe(expected));
});

describe('a press-release distributor\'s tag at the lead\'s head', () => {
  it.each(['u4016', 'u4018'])('%s: no agency, the lead without the tag', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].agency ?? null).toBeNull();
    expect(extraction.articles[0].source).toBe(expected.outlet);
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
  it('the tag after a place: the place, no agency', () => {
    const text = 'الدوحة - (بزنس واير) - وقعت شركة قطرية اتفاقية لتوريد الأسمدة إلى موانئ البحر الأسود.';
    const d = parseDateline(text, lex);
    expect(d?.place).toBe('الدوحة');
    expect(d?.agency).toBeUndefined();
    expect(text.slice(d!.end)).toMatch(/^وقعت /u);
  });
  it('offsets map back to the printed text', () => {
    const text = 'أبوظبي، الإمارات العربية المتحدة، 30 أكتوبر 2028 (SeaPRwire) – أعلنت منصة دفع رقمية توسعها.';
    const d = parseDateline(text, lex);
    expect(text.slice(d!.end)).toMatch(/^أعلنت /u);
    const cut = withoutReleaseTag(text, lex)!;
    expect(cut.text).toMatch(/ - أعلنت /u);
  });
  it.each([
    ['(SeaPRwire) – أعلنت الشركة عن خدمة جديدة.', 14],
    ['/PRNewswire/ -- أعلنت الشركة عن خدمة جديدة.', 16],
    ['(SeaPRwire)', 0], // a tag alone is no lead
    ['(رويترز) – قال الكرملين إنه تلقى مقترحاً.', 0], // a news wire: read by the lists
  ])('releaseTagLength(%s) = %i', (text, n) => expect(releaseTagLength(text, lex)).toBe(n));
  it('a tag after a sentence is prose, not a dateline\'s', () => {
    expect(withoutReleaseTag('قالت الشركة في بيان نشرته أمس. (SeaPRwire) – أعلنت', lex)).toBeUndefined();
    expect(isReleaseWire('Business Wire', lex)).toBe(true);
    expect(isReleaseWire('Reuters', lex)).toBe(false);
  });
  it('a known wire in brackets opening the lead is still the agency (u4019)', () => {
    expect(labelled('u4019').extraction.articles[0].agency).toBe('رويترز');
  });
});

describe('a photo caption naming who is pictured, between paragraphs', () => {
  it.each(['u4021', 'u4022'])('%s: dropped, the paragraphs kept', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].paragraphs).toEqual(expected.paragraphs);
  });
  it.each([
    ['الرئيس الجزائري ونظيره الروسي في قصر الكرملين', true],
    ['وزير الخارجية الأوكراني لدى وصوله إلى مطار الرياض', true],
    ['والتقى وزير الخارجية العماني ونظيره الروسي على هامش اللقاء.', false], // a sentence with its stop
    ['وبحث الوزير مع نظيره التركي ملف المياه', false], // opens with «و» and a verb
    ['الرئيس الروسي يصل إلى أنقرة', false], // no picture's phrase
    ['موقف العواصم', false], // a sub-heading
    ['الرئيس الجزائري ونظيره الروسي في قصر الكرملين بعد جولة طويلة من المحادثات المغلقة حول الحبوب', false], // past twelve words
  ])('isPictureCaption(%s) = %s', (text, expected) => {
    expect(isPictureCaption(text, lex)).toBe(expected);
    // the layout headline's refusal (isFigureCaption) is not widened: a headline «الوزير ونظيره … يبحثان …» stays one
    expect(isFigureCaption(text, lex)).toBe(false);
  });
  it('a short unstopped paragraph with its verb is not dropped by the caption reading (u4024: an older miss stays as it was)', () => {
    const { extraction, expected } = labelled('u4024');
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
    expect(extraction.articles[0].paragraphs).toContain(expected.paragraphs[2]);
  });
});

describe('a forward\'s sender at a desk\'s mailbox of its own domain (mail-role.ts)', () => {
  it.each(['u4025', 'u4026'])('%s: the sender\'s name is the outlet', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].source).toBe(expected.outlet);
  });
  it.each(['u4027', 'u4028'])('%s: a person at a desk\'s mailbox, a site at a mail provider: no outlet', (id) => {
    expect(labelled(id).extraction.articles[0].source ?? null).toBeNull();
  });
  it.each([
    ['مرافئ سبها', 'editor', 'fezzan-harbours.ly', true],
    ['صدى القيروان', 'redaction', 'echo-centre.tn', true],
    ['مرافئ سبها', 'news2', 'fezzan-harbours.ly', true], // a numbered desk mailbox
    ['سالم الورفلي', 'news', 'misrata-wave.ly', false], // a given name first: a person
    ['شرفة غدامس', 'newsletter', 'yahoo.com', false], // a mail provider
    ['مرافئ سبها', 'salem.k', 'fezzan-harbours.ly', false], // a person's mailbox
  ])('roleSender(%s, %s@%s) = %s', (name, box, domain, expected) => expect(roleSender(name, box, domain, lex)).toBe(expected));
});

describe('a daily note titled by a bare numeric date over the clip\'s source line (note-day.ts)', () => {
  it.each(['u4030', 'u4031'])('%s: the source line\'s date', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].date).toBe(expected.date);
  });
  it('a site\'s own bare ISO date first with no source line stays the date (u4033)', () => {
    const { extraction, expected } = labelled('u4033');
    expect(extraction.articles[0].date).toBe(expected.date);
  });
  const lines = (texts: string[]) => texts.map((text, index) => ({ text, index, kind: text ? 'short' : 'blank', words: text ? text.split(/\s+/).length : 0 }) as ClassifiedLine);
  it.each([
    [['2028-09-15', '#أخبار', 'المصدر: نسمة الهقار - 14 سبتمبر 2028'], '2028-09-14'],
    [['20.09.2028', '', 'المصدر:: صدى المتيجة • 19 سبتمبر 2028'], '2028-09-19'],
    [['2028-09-15', 'المصدر: نسمة الهقار - 16 سبتمبر 2028'], undefined], // a later date: no clip of a story not yet printed
    [['2028-09-15', 'نسمة الهقار - 14 سبتمبر 2028'], undefined], // no source label
    [['الاثنين 15 سبتمبر 2028', 'المصدر: نسمة الهقار - 14 سبتمبر 2028'], undefined], // a site's date line, not a bare title
    [['2028-09-15', 'a', 'b', 'c', 'd', 'المصدر: نسمة الهقار - 14 سبتمبر 2028'], undefined], // past four lines
  ])('noteDaySource %#', (texts, value) => expect(noteDaySource(lines(texts), lex)?.value).toBe(value));
});

describe('words before a distributor\'s tag that are no dateline stay the lead\'s', () => {
  it('«الشركة الناشئة (SeaPRwire) – …» is not cut', () => {
    const text = 'قالت الشركة الناشئة (SeaPRwire) – إنها ستفتح مكتباً في دبي.';
    expect(parseDateline(text, lex)?.end ?? 0).toBe(0);
  });
});
