// Twenty-first round, part O (session 24): the outlet named by its role on the page, not its position —
// a channel under its owner's or network's line (the owner never the outlet), a regional station under
// its network, an owner named by «إحدى قنوات» / «تابعة لـ», an Arabic edition under a Cyrillic masthead,
// a ticker's «عاجل» over a paper's masthead, an e-mail newsletter's headers and sender, a wire's short
// name in the dateline under its full masthead. Dev pages u1320–u1349 written before any change (the
// aside third `dev-aside-24o` — u1321, u1324, u1327, u1330, u1333, u1336, u1339, u1342, u1345, u1348 —
// is never asserted here), aside20 (spent) and pages written for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { fromText, extract, page } = roundFixtures(['dev', 'aside20']);
const HEADLINE = 'الوسطاء يبحثون جدولا زمنيا جديدا لتبادل الأسرى بين روسيا وأوكرانيا';
const LEAD = 'بحث الوسطاء مع ممثلين عن روسيا وأوكرانيا جدولا زمنيا جديدا لتبادل الأسرى، يبدأ بالجرحى وينتهي بالمدنيين المحتجزين.';
const MORE = 'وقال دبلوماسي مطلع إن الطرفين تسلما المقترح مكتوبا، وإن الرد الأولي جاء إيجابيا من حيث المبدأ.';

describe('a channel under its owner\'s or network\'s line is the outlet, the owner never is', () => {
  it('dev u1320, u1322, u1323 and aside20 u1169, u1191: the owner\'s line first, the channel under it', () => {
    const cases: [string, string][] = [
      ['u1320', 'قناة أبوظبي'],
      ['u1322', 'تلفزيون عجمان'],
      ['u1323', 'قناة العيون'],
      ['u1169', 'تلفزيون دبي'],
      ['u1191', 'تلفزيون السودان'],
    ];
    for (const [id, outlet] of cases) expect(extract(id).article.source, id).toBe(outlet);
  });
  it('dev u1326, u1329 and aside20 u1183: a regional station, its network on top or after the story', () => {
    expect(extract('u1326').article.source).toBe('إذاعة الكاف');
    expect(extract('u1329').article.source).toBe('إذاعة المهدية');
    expect(extract('u1183').article.source).toBe('إذاعة تطاوين');
  });
  it('dev u1325, u1344, u1347: an owner named by «إحدى قنوات» / «إحدى إذاعات» under the masthead', () => {
    expect(extract('u1325').article.source).toBe('قناة الظفرة');
    expect(extract('u1344').article.source).toBe('سما دبي');
    expect(extract('u1347').article.source).toBe('إذاعة بنزرت');
  });
  it('aside20 u1170: a state station whose © line names its ministry', () => {
    expect(extract('u1170').article.source).toBe('إذاعة الكويت');
  });
  it('a page of its own: the owner\'s line over the channel, the owner again in the © line', () => {
    const got = fromText(page('مؤسسة الفجيرة للإعلام', 'تلفزيون الفجيرة', 'الأخبار', HEADLINE, '12/08/2026', LEAD, MORE, '© 2026 مؤسسة الفجيرة للإعلام'));
    expect(got.article.source).toBe('تلفزيون الفجيرة');
  });
  it('a page of its own: «تابعة لـ» names the owner, its network alone right after the story', () => {
    const got = fromText(page('إذاعة نابل', 'محطة جهوية تابعة لـ الإذاعة التونسية', HEADLINE, '12/08/2026', LEAD, MORE, 'شبكة الإذاعات الجهوية', 'تابعونا'));
    expect(got.article.source).toBe('إذاعة نابل');
  });
  it('a control: a network\'s own page («شبكة …» heading it, no station) keeps its name', () => {
    const got = fromText(page('شبكة الأخبار الجهوية', 'الرئيسية', HEADLINE, '12/08/2026', LEAD, MORE, '© 2026 شبكة الأخبار الجهوية'));
    expect(got.article.source).toBe('شبكة الأخبار الجهوية');
  });
});

describe('an Arabic edition\'s name under a masthead in another script (`editionLabels`)', () => {
  it('dev u1337, u1338 and aside20 u1195: «… - النسخة العربية», «… بالعربية» under a Cyrillic masthead', () => {
    expect(extract('u1337').article.source).toBe('موسكوفسكي كومسوموليتس');
    expect(extract('u1338').article.source).toBe('إزفستيا');
    expect(extract('u1195').article.source).toBe('روسيسكايا غازيتا');
  });
  it('a page of its own: a Latin masthead over «NAME - الطبعة العربية»', () => {
    const got = fromText(page('Kathimerini', 'كاثيميريني - الطبعة العربية', 'Ειδήσεις', HEADLINE, '12/08/2026', LEAD, MORE));
    expect(got.article.source).toBe('كاثيميريني');
  });
});

describe('a paper crediting a wire on its own line stays the outlet', () => {
  it('dev u1332 and aside20 u1161: «عاجل» above the masthead, «المصدر: رويترز» after the story', () => {
    for (const [id, outlet] of [['u1332', 'الجماهير'], ['u1161', 'اليوم الجديد']]) {
      const got = extract(id);
      expect(got.article.source, id).toBe(outlet);
      expect(got.article.agency, id).toBe('رويترز');
    }
  });
});

describe('an e-mail newsletter as received', () => {
  it('dev u1343 and aside20 u1204: the subject line is no headline; the sender the page names again is the outlet', () => {
    expect(extract('u1343').article.title).toBe('العواصم العربية والمقترح الأوروبي لوقف إطلاق النار في أوكرانيا');
    const valdai = extract('u1204');
    expect(valdai.article.title).toBe('الضمانات الأمنية: العقدة الأصعب في أي تسوية روسية أوكرانية');
    expect(valdai.article.source).toBe('نادي فالداي للحوار');
  });
  it('a forwarded message: the person forwarding it is no outlet', () => {
    const got = fromText(page('الموضوع: تبادل الأسرى', 'من: سامي ك. <sami.k@example.com>', 'صدى الوادي', HEADLINE, '12/08/2026', LEAD, MORE, '© 2026 صدى الوادي'));
    expect(got.article.source).not.toBe('سامي ك.');
  });
});

describe('a wire\'s short name in its dateline under the full masthead', () => {
  it('aside20 u1197: «أديس أبابا (بانا) -» under «بانا برس» shows the masthead\'s name, outlet and agency', () => {
    const got = extract('u1197');
    expect(got.article.source).toBe('بانا برس');
    expect(got.article.agency).toBe('بانا برس');
  });
});
