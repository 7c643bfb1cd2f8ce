// Nineteenth round, part O (session 22): the outlet printed only in the page's frame — rights lines
// in more wordings («كل الحقوق محفوظة لدى …», a number in the name), the boxes a site prints about
// itself (an app banner, a newsletter box, a contact line, a follow line, an «about» blurb), a Latin
// «© 2026 NAME» beside the Arabic name, a © line shorter than the masthead, an institution's © name
// around its domain's spelling, a masthead over its Latin acronym on a headline-less item. Dev pages
// u1100–u1123 written before any change (the aside third `dev-aside-22o` — u1101, u1104, u1107,
// u1110, u1113, u1116, u1119, u1122 — is never asserted here), dev u1074/u1086/u1089 of part T, and
// pages written for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { blurbName, boxName } from './frame-names';
import { copyrightName } from './site-name';
import { lexKey } from './boilerplate';

const { lex, fromText, extract, page, outletEvidence } = roundFixtures(['dev', 'aside17']);
const HEADLINE = 'الوسطاء يعرضون جدولا زمنيا لتبادل الأسرى بين روسيا وأوكرانيا';
const STORY = [
  'عرض الوسطاء على روسيا وأوكرانيا جدولا زمنيا لتبادل الأسرى على ثلاث مراحل، تبدأ بالجرحى والمرضى وتنتهي بالمدنيين المحتجزين.',
  'وقال دبلوماسي مطلع إن الطرفين تسلما المقترح مكتوبا، وإن الرد الأولي جاء إيجابيا من حيث المبدأ.',
];
const MENU = ['الرئيسية', 'محليات', 'دولي'];
const closers = new Set(lex.data.frameBoxes!.closers.map(lexKey));

describe('rights lines in more wordings', () => {
  it('«كل الحقوق محفوظة لدى NAME» and a number in the name', () => {
    expect(copyrightName('كل الحقوق محفوظة لدى هنا عدن 2026', lex.rights)).toBe('هنا عدن');
    expect(copyrightName('جميع الحقوق محفوظة ©2026 لـ الأردن 24', lex.rights)).toBe('الأردن 24');
  });
  it('dev u1100 (Jordan24), u1102 (Huna Aden), u1115 (Algeria 24, a designer\'s credit under it) and u1086 (Casa 24)', () => {
    expect(extract('u1100').article.source).toBe('الأردن 24');
    expect(extract('u1102').article.source).toBe('هنا عدن');
    expect(extract('u1115').article.source).toBe('الجزائر 24');
    expect(extract('u1086').article.source).toBe('كازا 24');
  });
  it('a rights line with no name names no outlet', () => {
    expect(fromText(page(...MENU, HEADLINE, '5 يوليو 2026', ...STORY, 'جميع الحقوق محفوظة © 2026')).article.source).toBeUndefined();
  });
});

describe('the boxes a site prints about itself (`frameBoxes`)', () => {
  it('reads the name after the box\'s words, to a closer word, less a type word', () => {
    const app = lex.data.frameBoxes!.boxes.find((b) => b.kind === 'an app banner')!.leads;
    const news = lex.data.frameBoxes!.boxes.find((b) => b.kind === 'a newsletter box')!.leads;
    expect(boxName('حمّل تطبيق صحيفة الميناء على هاتفك', app, closers, lex.sitePrefixes)).toBe('الميناء');
    expect(boxName('اشترك في نشرة الساحل نيوز البريدية', news, closers, lex.sitePrefixes)).toBe('الساحل نيوز');
    expect(boxName('اشترك في النشرة البريدية لصدى الوادي', news, closers, lex.sitePrefixes)).toBe('صدى الوادي');
    // f03's «لتصلك آخر الأخبار»: a verb after the «ل», not a name.
    expect(boxName('اشترك في النشرة البريدية لتصلك آخر الأخبار', news, closers, lex.sitePrefixes)).toBeUndefined();
  });
  it('an «about» blurb: the words before its type word', () => {
    const types = new Set(lex.data.frameBoxes!.blurbTypeWords);
    expect(blurbName('الساحل نيوز موقع إخباري مستقل يغطي أخبار المنطقة', types)).toBe('الساحل نيوز');
    expect(blurbName('نعمل منذ عام 2010 على نقل الخبر بدقة وحياد', types)).toBeUndefined();
  });
  it('dev u1106 (a contact line), u1105 (an «about» blurb), u1108 and u1118 (newsletter boxes)', () => {
    expect(extract('u1106').article.source).toBe('إربد نيوز');
    expect(extract('u1105').article.source).toBe('بيروت أوبزرفر');
    expect(extract('u1108').article.source).toBe('صدى الحجاز');
    expect(extract('u1118').article.source).toBe('صدى البحرين');
  });
  it('dev u1117 (an app banner) and u1121 (a follow line): a Latin © line agrees, the Arabic name is shown', () => {
    expect(extract('u1117').article.source).toBe('عمان نيوز');
    const lebanon = extract('u1121').article;
    expect(lebanon.source).toBe('لبنان اليوم');
  });
  it('a follow line alone is too weak; with a Latin © line beside it, the two agree', () => {
    const alone = page(...MENU, HEADLINE, '5 يوليو 2026', ...STORY, 'تابعوا الساحل اليوم على تيليغرام');
    expect(fromText(alone).article.source).toBeUndefined();
    expect(outletEvidence(alone)?.runnerUp?.value).toBe('الساحل اليوم');
    const both = page(...MENU, HEADLINE, '5 يوليو 2026', ...STORY, 'تابعوا الساحل اليوم على تيليغرام', '© 2026 Alsahel Alyawm. All rights reserved.');
    expect(fromText(both).article.source).toBe('الساحل اليوم');
  });
  it('«من نحن» as a menu entry over the headline reads no blurb (aside17 u860 keeps its © name)', () => {
    expect(extract('u860').article.source).toBe('عين أوروبية على التطرف');
  });
});

describe('the masthead and the © line print one name at two lengths', () => {
  it('dev u1112: «© بوابة اللاجئين» under «بوابة اللاجئين الفلسطينيين» — the masthead, printed again shorter', () => {
    expect(extract('u1112').article.source).toBe('بوابة اللاجئين الفلسطينيين');
  });
  it('dev u1111: a longer © name («لجريدة ريف بوست الإلكترونية») leaves the masthead the outlet', () => {
    expect(extract('u1111').article.source).toBe('ريف بوست');
  });
  it('dev u1074: the domain spells one word of an institution\'s © name; the whole name is the outlet', () => {
    expect(extract('u1074').article.source).toBe('مركز تريندز للبحوث والاستشارات');
  });
});

describe('a headline-less item under a masthead and its Latin acronym', () => {
  it('dev u1089: «المرصد السوري لحقوق الإنسان» / «SOHR» is the outlet, the title is made from the lead', () => {
    const sohr = extract('u1089').article;
    expect(sohr.title.startsWith('وصلت إلى ميناء طرطوس')).toBe(true);
    expect(sohr.source).toBe('المرصد السوري لحقوق الإنسان');
  });
  it('dev u1120: a logo\'s alt text over a headline-less item is the outlet, not the title', () => {
    const kuwait = extract('u1120').article;
    expect(kuwait.title.startsWith('شاركت الكويت في اجتماع')).toBe(true);
    expect(kuwait.source).toBe('الكويت اليوم');
  });
});
