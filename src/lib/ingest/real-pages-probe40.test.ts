// Fortieth session (13r): a fresh probe of real outlets' pages (45 excerpts, 45 new sites). Its tune part's
// misses that transfer: a feed's footer «… […] ظهرت المقالة HEADLINE أولاً على NAME» glued to a cut teaser
// (a long line, so the origin-line grammar never read it), the site's own «NAME -» credit alone on its line
// over the lead, an article's number line «رمز الخبر : 51234» kept as a paragraph, and a column's two-word
// headline «… ولكن» taken for the site. Pages in our own words
// (dev u3460–u3474); the real text stays outside the repository (docs/ingest.md «Thirty-seventh round: a
// fresh probe of real pages (helper 13r)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { fromText, extract } = roundFixtures(['dev']);
const HEAD = 'بلدية الساحل تعلن خطة لتأهيل الكورنيش قبل الصيف';
const TEASER = 'أعلنت بلدية الساحل أمس خطة لتأهيل الكورنيش الشمالي تشمل إنارة جديدة وممرات للمشاة ومقاعد خشبية، على أن تنتهي الأعمال قبل بداية موسم الاصطياف. وقال رئيس البلدية إن الخطة';
const LEAD = 'افتتح محافظ الإقليم أمس سوقاً أسبوعياً جديداً للخضر والفواكه عند المدخل الشرقي للمدينة، يضم مئة وعشرين محلاً.';
const MORE = 'وأكد المحافظ أن السوق الجديد سيخفف الازدحام عن وسط المدينة ويمنح الباعة أماكن ثابتة.';

describe('a feed\'s footer naming where the post first appeared', () => {
  it('glued after the cut teaser\'s «[…]», repeating the headline: the outlet, and cut from the paragraph', () => {
    const x = fromText(`${HEAD}\n\n${TEASER} […] ظهرت المقالة ${HEAD} أولاً على موقع نبض الساحل.\n`);
    expect(x.article.source).toMatch(/نبض الساحل$/);
    expect(x.article.paragraphs.join(' ')).not.toContain('ظهرت المقالة');
  });
  it('the theme\'s «تم نشر هذه المقالة … للمرة الأولي علي صحيفة NAME .» in Egyptian spelling', () => {
    expect(fromText(`${HEAD}\n\n${TEASER} [...] تم نشر هذه المقالة ${HEAD} للمرة الأولي علي صحيفة المرصد .\n`).article.source).toMatch(/المرصد$/);
  });
  it('not: the same words in the story\'s prose, repeating no headline', () => {
    const prose = 'وظهرت المقالة التي وثقت الرصد أولاً على صفحات مجلة علمية محكمة، قبل أن تتناقلها حسابات المهتمين بالطيور.';
    expect(fromText(`${HEAD}\n\n${TEASER}.\n\n${prose}\n`).article.source).toBeUndefined();
  });
});

describe('the site\'s own «NAME -» credit alone on the line over the lead', () => {
  it('an unknown name: the outlet (read by grammar, as on the lead\'s own line); the lead keeps all its words', () => {
    const x = fromText(`${HEAD}\n\nأخبار الضفتين -\n\n${LEAD}\n\n${MORE}\n`);
    expect(x.article.source).toBe('أخبار الضفتين');
    expect(x.article.paragraphs[0]).toBe(LEAD);
  });
  it('a known place alone: the dateline\'s place, no outlet', () => {
    const x = fromText(`${HEAD}\n\nإربد -\n${LEAD}\n\n${MORE}\n`);
    expect(x.article.source).toBeUndefined();
    expect(x.place).toBe('إربد');
  });
  it('not: a line of five words closed by a dash', () => {
    expect(fromText(`${HEAD}\n\nجولة في أسواق المدينة القديمة -\n\n${LEAD}\n\n${MORE}\n`).article.source).toBeUndefined();
  });
});

describe('an article\'s own number line inside the body', () => {
  it('«رمز الخبر : N», «رقم الخبر: N», «كود الخبر : N» are furniture', () => {
    for (const line of ['رمز الخبر : 51234', 'رقم الخبر: 88120', 'كود الخبر : 4471']) {
      expect(fromText(`${HEAD}\n\n${LEAD}\n${line}\n\n${MORE}\n`).article.paragraphs).toEqual([LEAD, MORE]);
    }
  });
  it('not: the story\'s own figure line under another label', () => {
    expect(fromText(`${HEAD}\n\n${LEAD}\n\nعدد الناخبين: 12450\n\n${MORE}\n`).article.paragraphs).toContain('عدد الناخبين: 12450');
  });
});

describe('a top line closed by a word that carries the sentence on', () => {
  it('a column\'s two-word headline «X ولكن» over its teaser names no site', () => {
    const teaser = 'يشكو سكان الأحياء الجديدة منذ سنوات من أرصفة ضيقة ومكسرة تجبر المشاة على السير في الشارع، فيما تكتفي البلديات بوعود الصيانة…';
    expect(fromText(`أرصفة ولكن\n${teaser}\n`).article.source).toBeUndefined();
  });
  it('not: a two-word name closed by a word of its own, nor one closed by a spelled «تي في», over a headline', () => {
    expect(fromText(`مرآة الجنوب\n\n${HEAD}\n\n${LEAD}\n\n${MORE}\n`).article.source).toBe('مرآة الجنوب');
    expect(fromText(`نجمة تي في\n\n${HEAD}\n\n${LEAD}\n\n${MORE}\n`).article.source).toBe('نجمة تي في');
  });
});

describe('the pages', () => {
  it('footers, stubs and number lines as labelled; the guards name no outlet', () => {
    expect(extract('u3460').article.source).toMatch(/نبض الساحل$/);
    expect(extract('u3461').article.source).toBe('صدى الوادي');
    expect(extract('u3463').article.source).toBeUndefined();
    expect(extract('u3464').article.source).toBe('نبأ المدينة');
    expect(extract('u3466').article.source).toBe('أخبار الضفتين');
    expect(extract('u3467').article.source).toBeUndefined();
    expect(extract('u3469').article.paragraphs.join(' ')).not.toContain('رقم الخبر');
    expect(extract('u3472').article.source).toBeUndefined();
    expect(extract('u3473').article.source).toBe('مرآة الجنوب');
  });
});
