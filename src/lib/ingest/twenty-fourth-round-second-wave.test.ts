// Twenty-fourth round, second wave (session 27): aside24's printed misses, fixed by rules that transfer —
// a short headline over the deck that repeats and extends it, an urgent bar's item over a page without
// headline, a column's headline on its writer's «د. NAME -»; interface text read as the outlet (a contact
// e-mail, a call to action, a «… أخرى» menu label, a verb of credit «نشره NAME»); the site named only in
// its own story (a photo credit, its name quoted in its sentences) or under a sponsor's line.
// Pages written for this test (not aside24's text).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { notAPublisher } from './outlet-candidates';
import { extractWithEvidence } from './extract';

const { lex, fromText, page } = roundFixtures([]);
const STORY = 'وقعت وزارة الزراعة اتفاقا مع شركة روسية لتوريد الأسمدة خلال الموسم المقبل، رغم استمرار الحرب في أوكرانيا وتعثر المفاوضات.';
const MORE = 'وقال مسؤول في الوزارة إن الكميات المتفق عليها تكفي حاجة المزارعين حتى نهاية الربيع.';

describe('a short headline over a deck that repeats and extends it', () => {
  it('four words over a deck opening with them, the lead repeating more of the deck: the short line is the headline, the deck clutter', () => {
    const headline = 'الزراعة تستلم أسمدة موسكو';
    const deck = 'الزراعة تستلم أسمدة موسكو بموجب اتفاق توريد مع شركة روسية للموسم المقبل';
    const got = fromText(page('الريف اليوم', 'الرئيسية', 'اقتصاد', 'دولي', headline, deck, '05/12/2026', STORY, MORE));
    expect(got.article.title).toBe(headline);
    expect(got.article.paragraphs.join('\n')).not.toContain(deck);
  });
  it('two words (under the candidates\' minimum) when the deck under it holds them', () => {
    const got = fromText(page('الريف اليوم', 'الرئيسية', 'اقتصاد', 'دولي', 'اتفاق أسمدة', 'اتفاق أسمدة مع شركة روسية يؤمن حاجة المزارعين رغم تعثر المفاوضات', '05/12/2026', STORY, MORE));
    expect(got.article.title).toBe('اتفاق أسمدة');
  });
  it('a kicker with a word of its own («ملف …») stays a kicker: the longer line is the headline', () => {
    const headline = 'وزارة الزراعة توقع اتفاقا مع شركة روسية لتوريد الأسمدة';
    const got = fromText(page('الريف اليوم', 'الرئيسية', 'اقتصاد', 'دولي', 'ملف الأسمدة الروسية', headline, '05/12/2026', STORY, MORE));
    expect(got.article.title).toBe(headline);
  });
});

describe('an urgent bar over a page without headline', () => {
  it('«عاجل» and an item about another story: no headline, the title is made from the lead', () => {
    const raw = page('الريف اليوم', 'الرئيسية', 'محليات', 'عاجل', 'إغلاق ميناء الساحل يؤخر توريد الأسمدة الروسية', '05/12/2026', STORY, MORE);
    expect(fromText(raw).article.title).not.toBe('إغلاق ميناء الساحل يؤخر توريد الأسمدة الروسية');
    expect(extractWithEvidence(raw, 'page.txt', lex).evidence[0].fields.find((f) => f.field === 'title')?.rule).toBe('made from the lead');
  });
  it('a live page\'s «مباشر» over its own headline is no urgent bar: the headline stays', () => {
    const headline = 'لحظة بلحظة: موسكو وكييف في جولة تفاوض حول الأسرى';
    const lead = 'انطلقت صباح اليوم جولة تفاوض جديدة بين وفدي روسيا وأوكرانيا لبحث ملف الأسرى وتأمين الممرات الإنسانية.';
    const got = fromText(page('الريف اليوم', 'الرئيسية', 'مباشر', headline, '05/12/2026', lead, MORE));
    expect(got.article.title).toBe(headline);
  });
});

describe('a column\'s headline on its writer\'s line', () => {
  it('«د. NAME -» under a five-word headline the lead repeats one word of', () => {
    const headline = 'حين تصمت مدافع الحرب قليلا';
    const lead = 'لا أحد يعرف متى تنتهي الحرب، لكن الجميع يعرف أن الطرفين تعبا من انتظار نصر لا يأتي، وأن الطاولة باتت أقرب من أي وقت.';
    const got = fromText(page('الريف اليوم', 'الرئيسية', 'مقالات', headline, 'د. يوسف الخطيب -', '05/12/2026', lead, MORE));
    expect(got.article.title).toBe(headline);
  });
});

describe('interface text is never the outlet', () => {
  it('an e-mail address, a call to action, a «… أخرى» menu label', () => {
    expect(notAPublisher('البريد: desk@rifnews.ma', lex)).toMatch(/e-mail/);
    expect(notAPublisher('شاهد البث الحي', lex)).toMatch(/call to action/);
    expect(notAPublisher('مقالات أخرى', lex)).toMatch(/menu label/);
    expect(notAPublisher('الريف اليوم', lex)).toBeUndefined();
  });
  it('a contact line over the masthead: the masthead under it is the outlet', () => {
    const got = fromText(page('اتصلوا بنا: desk@rifnews.ma', 'الريف اليوم', 'الرئيسية', 'اقتصاد', 'وزارة الزراعة توقع اتفاقا مع شركة روسية لتوريد الأسمدة', '05/12/2026', STORY, MORE));
    expect(got.article.source).toBe('الريف اليوم');
  });
  it('a verb of credit before the name a sharing site prints over its link: the name after it', () => {
    const got = fromText(page('Flipboard', 'للأقسام', 'مجلتي', 'rifnews.ma', 'وزارة الزراعة توقع اتفاقا مع شركة روسية لتوريد الأسمدة', STORY, MORE, 'نشرته ريف نيوز', '2.1 ألف متابع', 'متابعة'));
    expect(got.article.source).toBe('ريف نيوز');
  });
});

describe('the site named only inside its story, or under a sponsor\'s line', () => {
  const headline = 'وزارة الزراعة توقع اتفاقا مع شركة روسية لتوريد الأسمدة';
  it('a photo credit «(تصوير: NAME نت)» where the frame names no site', () => {
    const got = fromText(page('الرئيسية', 'اقتصاد', 'دولي', headline, '05/12/2026', 'لحظة توقيع الاتفاق (تصوير: الريف نت)', STORY, MORE));
    expect(got.article.source).toBe('الريف نت');
  });
  it('a site\'s name its own sentences quote twice', () => {
    const quoted = 'وقال مسؤول في الوزارة لـ«الريف نيوز» إن الكميات تكفي حاجة المزارعين.';
    const again = 'وعلمت «الريف نيوز» أن الشحنة الأولى تصل الشهر المقبل.';
    const got = fromText(page('الرئيسية', 'اقتصاد', 'دولي', headline, '05/12/2026', STORY, quoted, again));
    expect(got.article.source).toBe('الريف نيوز');
  });
  it('another site quoted twice under a masthead: the masthead stays the outlet', () => {
    const quoted = 'وقال مسؤول في الوزارة لـ«السهل نيوز» إن الكميات تكفي حاجة المزارعين.';
    const again = 'وكانت «السهل نيوز» قد نشرت تفاصيل الاتفاق أمس.';
    const got = fromText(page('الريف اليوم', 'الرئيسية', 'اقتصاد', headline, '05/12/2026', STORY, quoted, again));
    expect(got.article.source).toBe('الريف اليوم');
  });
  it('a sponsor\'s labelled line over the masthead', () => {
    const got = fromText(page('الراعي الإعلامي: معرض الكتاب الدولي', 'الريف اليوم', 'الرئيسية', 'اقتصاد', headline, '05/12/2026', STORY, MORE));
    expect(got.article.source).toBe('الريف اليوم');
  });
});

describe('the masthead in the frame only', () => {
  const headline = 'وزارة الزراعة توقع اتفاقا مع شركة روسية لتوريد الأسمدة';
  it('a Latin brand closed by a site\'s word over a Latin menu («… News» / «Accueil» / «Politique»)', () => {
    const got = fromText(page('Rif Valley News', 'Accueil', 'Politique', 'الرئيسية', headline, '05/12/2026', STORY, MORE, 'Mentions légales', 'مقالات أخرى'));
    expect(got.article.source).toBe('Rif Valley News');
  });
  it('a chat group\'s name over its participants\' count names no site: the link card\'s name does', () => {
    const got = fromText(page('Skype', 'مجموعة الأخبار الدولية', '4 مشاركين', 'سعاد، 9:10 ص', 'https://www.rifvalley.ma/news/1203', 'وادي الريف', headline, '05/12/2026', STORY, MORE, 'اكتب رسالة'));
    expect(got.article.source).toBe('وادي الريف');
  });
});
