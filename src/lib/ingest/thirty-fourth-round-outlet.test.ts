// Thirty-fourth round (session 37, helper 13x): the outlet of a mail copy (the sender's line with or without a label,
// agreed by its address, the list's footer or the subject; a person on a mail provider names no outlet), of a page
// whose logo has no text (a footer line naming the site and what it is, a name over the contact lines; a designer's
// credit is none), and Latin names that translate or transliterate the Arabic one the page prints (a glued domain cut
// into its words, linking words, accents, a German «w», English word order).
// Pages here are written for the test (invented names), not fixtures.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { cutGluedLabel, plainLatin } from './name-words';
import { senderOf } from './outlet-mail-footer';

const { fromText, page, lex } = roundFixtures(['dev']);

const HEADLINE = 'مجلس المدينة يقر خطة لتخزين القمح تحسبا لتأخر الشحنات من البحر الأسود';
const LEAD = 'أقر مجلس المدينة خطة لتخزين القمح تحسبا لتأخر الشحنات القادمة من البحر الأسود، مع استمرار الحرب في أوكرانيا.';
const MORE = 'وقال رئيس المجلس إن الخطة تشمل إصلاح صومعتين قديمتين خلال أربعة أشهر.';
const MENU = ['الرئيسية', 'محليات', 'دولي'];
const LABELS = ['From', 'من'];

describe('the parts of a name', () => {
  it('a sender line with a label, without its colon, or without a label; another header is none', () => {
    expect(senderOf('From: نبض الواحة <news@nabdwaha.example>', LABELS)).toEqual({ name: 'نبض الواحة', domain: 'nabdwaha.example', mailbox: 'news' });
    expect(senderOf('From  نبض الواحة <news@nabdwaha.example>', LABELS)?.name).toBe('نبض الواحة');
    expect(senderOf('نبض الواحة <news@nabdwaha.example>', LABELS)?.name).toBe('نبض الواحة');
    expect(senderOf('To: قارئ <reader@example.com>', LABELS)).toBeUndefined();
    expect(senderOf('Sam Reader <sam@example.com>', LABELS)).toBeUndefined();
  });
  it('a glued domain label is cut into the table\'s words and the name between them', () => {
    const words = new Set(['arabs', 'arabes', 'arab', 'voz', 'news']);
    const links = new Set(['de', 'of']);
    expect(cutGluedLabel('arabesdemalaga', words, links)).toEqual(['arabes', 'de', 'malaga']);
    expect(cutGluedLabel('arabsofbergen', words, links)).toEqual(['arabs', 'of', 'bergen']);
    expect(cutGluedLabel('vozdelima', words, links)).toEqual(['voz', 'de', 'lima']);
    expect(cutGluedLabel('kristiansand', words, links)).toEqual(['kristiansand']);
    expect(plainLatin('Dengê')).toBe('denge');
  });
  it('Latin and Arabic by meaning and by sound', () => {
    expect(lex.sameName('arabesdemalaga.es', 'عرب مالقة')).toBe(true);
    expect(lex.sameName('arabsofbergen.no', 'عرب بيرغن')).toBe(true);
    expect(lex.sameName('lavoixdenamur.be', 'صوت نامور')).toBe(true);
    expect(lex.sameName('Dengê Amûdê', 'صوت عامودا')).toBe(true);
    expect(lex.sameName('Écho de Saïda', 'صدى سعيدة')).toBe(true);
    expect(lex.sameName('Wolfsburg Times', 'فولفسبورغ تايمز')).toBe(true);
    expect(lex.sameName('Leeds Arabs', 'عرب ليدز')).toBe(true);
    // Common words alone make no name; a place's domain is not another name.
    expect(lex.sameName('Latest News', 'آخر الأخبار')).toBe(false);
    expect(lex.sameName('arabesdemalaga.es', 'صوت مالقة')).toBe(false);
    expect(lex.sameName('amman-city.gov.jo', 'شرفة الوسط')).toBe(false);
  });
});

describe('a mail copy\'s sender', () => {
  it('a sender without a label, named again by the list\'s footer', () => {
    const x = fromText(page('Archive  Trash  Reply  Forward', 'نبض الواحة <nashra@oasispulse.example>', 'to me', 'Dec 9, 2027, 7:00 AM',
      HEADLINE, '8 ديسمبر 2027', LEAD, MORE, 'تلقيت هذه الرسالة لأنك مشترك في نشرة نبض الواحة', 'إلغاء الاشتراك'));
    expect(x.article?.source).toBe('نبض الواحة');
  });
  it('a sender on a mailing service\'s domain, named by the list\'s footer', () => {
    const x = fromText(page('Reply  Forward  Delete', 'From: شرفة الوادي <noreply@list-mailer.example>', 'Subject: أبرز الأخبار', 'To: qari@example.com',
      HEADLINE, '8 ديسمبر 2027', LEAD, MORE, 'وصلتك هذه الرسالة لأنك مشترك في نشرة شرفة الوادي'));
    expect(x.article?.source).toBe('شرفة الوادي');
  });
  it('a person forwarding a story from a mail provider names no outlet', () => {
    const x = fromText(page('Reply  Forward  Archive', 'From: هاني المصري <hani.masri@gmail.com>', 'Subject: Fwd: خبر', 'To: rami@example.com',
      HEADLINE, '8 ديسمبر 2027', LEAD, MORE));
    expect(x.article?.source).toBeUndefined();
  });
});

describe('a footer under a logo without text', () => {
  it('«NAME - جريدة طلابية …» over a nameless rights line', () => {
    const x = fromText(page(...MENU, HEADLINE, '8 ديسمبر 2027', LEAD, MORE, 'صوت جامعة الوادي - جريدة طلابية يصدرها قسم الإعلام', 'جميع الحقوق محفوظة 2027'));
    expect(x.article?.source).toBe('صوت جامعة الوادي');
  });
  it('a name alone over the contact lines', () => {
    const x = fromText(page(...MENU, HEADLINE, '8 ديسمبر 2027', LEAD, MORE, 'شرفة الوادي', 'للتواصل: info@shurfa.example', 'هاتف: 0123456789'));
    expect(x.article?.source).toBe('شرفة الوادي');
  });
  it('a designer\'s credit is no outlet', () => {
    const x = fromText(page(...MENU, HEADLINE, '8 ديسمبر 2027', LEAD, MORE, 'تصميم وتطوير - شركة أفق للبرمجيات', 'جميع الحقوق محفوظة 2027'));
    expect(x.article?.source).toBeUndefined();
  });
});

describe('a Latin name that translates the Arabic one', () => {
  it('a bare footer domain and a support line: the Arabic name, not the domain', () => {
    const x = fromText(page('Inicio', 'Comunidad', 'Mundo', HEADLINE, '8 de diciembre de 2027', LEAD, MORE, 'ادعموا عرب مالقة', 'arabesdemalaga.es'));
    expect(x.article?.source).toBe('عرب مالقة');
  });
  it('a Kurmanji masthead over the Arabic name in a footer tagline', () => {
    const x = fromText(page('Dengê Amûdê', 'Serûpel', 'Nûçe', 'Cîhan', HEADLINE, '8 ديسمبر 2027', LEAD, MORE, 'صوت عامودا.. موقع إخباري مستقل'));
    expect(x.article?.source).toBe('صوت عامودا');
  });
});
