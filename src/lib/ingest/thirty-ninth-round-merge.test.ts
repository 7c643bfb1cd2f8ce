// Thirty-ninth round, at the merge (13m): aside39's (spent) misses in other outlets' shapes — an unlisted wire in
// brackets after an unlisted place, read by the dateline's grammar alone («مومباسا (كيه إن إيه) - أكد …», «جلال آباد
// (تازابار) - أعلنت …»; guards: a bracketed aside of prose, a person's title, a region in brackets, a lead with no verb);
// a governorate alone in the menu opening the lead before a known wire (the place, not the site); a topic tag before
// the headline (not the site); an outliner's «• » blocks under the app's chrome; a desk line with the broadcaster's
// number; the site's credit and a bar before a town by its head word. Pages: tests/fixtures/ingest-unseen/dev/u3780–u3791.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { opensWithLeadVerb, wireByGrammar } from './bracket-wire';
import { lexKey } from './boilerplate';
import { isTopicTag } from './topic-tag';
import { withoutOutlinerBullets } from './markdown-copy';
import { headedPlace } from './place-heads';

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

describe('a topic tag before the headline', () => {
  it('the story tells two of its words', () => expect(isTopicTag('الحرب الروسية الأوكرانية', 'واشنطن تقترح هدنة بين روسيا وأوكرانيا لمدة ثلاثين يوما', lex.functionWords)).toBe(true));
  it('a site sharing one word with a story about its town is no tag', () => expect(isTopicTag('صدى الخليل', 'الخليل تستقبل وفدا تجاريا أوروبيا', lex.functionWords)).toBe(false));
  it('a one-word tag is left to the other rules', () => expect(isTopicTag('أوكرانيا', 'أوكرانيا تطلب دعما', lex.functionWords)).toBe(false));
});

describe('an outliner\'s «• » blocks under the app\'s chrome', () => {
  const copy = ['WorkFlowy', 'Home › قراءات', '• عنوان الخبر هنا', '• المصدر: موقع ما – 1 يونيو 2028', '• الفقرة الأولى من الخبر.', '• الفقرة الثانية من الخبر.', 'Completed: 1'];
  it('cuts the markers and blanks the chrome', () => expect(withoutOutlinerBullets(copy)).toEqual(['', '', 'عنوان الخبر هنا', 'المصدر: موقع ما – 1 يونيو 2028', 'الفقرة الأولى من الخبر.', 'الفقرة الثانية من الخبر.', '']));
  it('a page\'s own list under a masthead, a menu and a headline is left', () => {
    const page = ['صوت البادية', 'الرئيسية', 'اقتصاد', 'خطة حكومية', '• بند أول.', '• بند ثان.', '• بند ثالث.', '• بند رابع.'];
    expect(withoutOutlinerBullets(page)).toEqual(page);
  });
  it('a prose line between the blocks leaves the page', () => {
    const page = ['• سطر', '• سطر', 'وقال الوزير إن الخطة تبدأ', '• سطر', '• سطر'];
    expect(withoutOutlinerBullets(page)).toEqual(page);
  });
  it('«- » blocks (Logseq) still are read', () => expect(withoutOutlinerBullets(['- أ ب', '- ج د', '- هـ و', '- ز ح'])).toEqual(['أ ب', 'ج د', 'هـ و', 'ز ح']));
});

describe('a town by its head word after the site\'s credit and a bar', () => {
  it('«NAME 24 | سيدي قاسم يراهن …»', () => {
    const d = parseDateline('مشرع بلقصيري 24 | سيدي قاسم يراهن فلاحو منطقة الغرب على توسيع زراعة الشمندر', lex);
    expect(d?.place).toBe('سيدي قاسم');
    expect(d?.outlet?.name).toBe('مشرع بلقصيري 24');
  });
  it('a nominal lead after the bar keeps its words', () => expect(headedPlace('الحكومة تعلن دعما جديدا لأسعار الدقيق بعد ارتفاعها', lex)).toBeUndefined());
  it('a head word before a short tail is no place', () => expect(headedPlace('سيدي قاسم 24 اليوم', lex)).toBeUndefined());
});

describe('a desk line with the broadcaster\'s number', () => {
  it('«تي في 5 موند – بالعربية» is no dateline', () => expect(parseDateline('تي في 5 موند – بالعربية', lex)).toBeUndefined());
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
  it.each([
    ['u3783', 'outlet', 'همسة الشمال'],
    ['u3784', 'outlet', 'مرآة الريف'],
    ['u3785', 'outlet', 'نخيل الجنوب'],
    ['u3785', 'title', 'موسكو ترفض مقترحا أوروبيا لتمديد الهدنة'],
    ['u3786', 'title', 'الخليل تستقبل وفدا تجاريا أوروبيا'],
    ['u3786', 'outlet', 'صدى الخليل'],
    ['u3787', 'outlet', 'صحار اليوم'],
    ['u3787', 'title', 'ارتفاع أسعار الأعلاف في شمال عمان'],
    ['u3789', 'outlet', 'كانال 3 المغرب'],
    ['u3790', 'outlet', 'تيفلت 24'],
    ['u3791', 'outlet', 'سيدي سليمان 24'],
  ])('%s: %s is %s', (id, name, value) => expect(labelled(id).extraction.evidence[0].fields.find((f) => f.field === name)?.value).toBe(value));
  it.each([['u3783', 'عجلون'], ['u3784', 'سلفيت'], ['u3790', 'أولاد تايمة']])('%s: the place %s, cut from the lead', (id, place) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.evidence[0].place).toBe(place);
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
  it('u3788 (guard): the page\'s own bullet list stays in the story', () => {
    const { extraction, expected } = labelled('u3788');
    expect(extraction.articles[0].paragraphs).toEqual(expected.paragraphs);
  });
  it('u3791 (guard): no place, the nominal lead kept whole', () => {
    const { extraction, expected } = labelled('u3791');
    expect(extraction.evidence[0].place ?? null).toBeNull();
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
});
