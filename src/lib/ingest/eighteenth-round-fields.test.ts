// Issue 13, eighteenth round (session 20, helper 13d): title, date and dateline on the shapes the
// spent set aside17 missed — a known name glued to the place and closed by a pipe, a quoted name
// with no separator after it, a two-word place closed by a colon, a tool's month-first property
// date, a programme's label and a logo's alt text over the headline, a photo caption stacked on
// the headline or closed by its © credit. Each on aside17's page and on pages written here in
// other outlets' shapes (the mechanism, not the page, must transfer), and on the dev pages
// u980–u994 but the five put aside (dev-aside-13e: u981, u984, u987, u990, u993 — never asserted).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { fromText, extract, idOf, page } = roundFixtures(['dev', 'aside17']);
const HEADLINE = 'وزير الخارجية يبحث مع وفد أوكراني مسار المحادثات مع روسيا';
const LEAD = 'بحث وزير الخارجية مع وفد أوكراني مسار المحادثات الجارية مع روسيا، وسبل تسهيل عودة الطلبة العالقين في المدن الأوكرانية.';
const NEXT = 'وأكد الوزير دعم بلاده لكل حل سياسي ينهي الحرب، داعيا إلى إبقاء الملف الإنساني بعيدا عن التجاذبات.';
const site = (name: string, first: string, ...header: string[]) => fromText(page(name, 'الرئيسية', 'دولي', ...header, HEADLINE, '14 حزيران 2026', first, NEXT, 'شارك'));

describe('datelines: a name glued to the place, a quoted name, a two-word place', () => {
  it('«PLACE NAME |»: a known name right after the place, closed by a pipe (aside17 u839, dev u986)', () => {
    const u839 = extract('u839');
    expect(u839.article.paragraphs[0].startsWith('تلقى رئيس المجلس')).toBe(true);
    expect(u839.place).toBe('طرابلس');
    expect(extract('u986').article.paragraphs[0].startsWith('أعلنت حكومة')).toBe(true);
    const wire = site('صدى الجنوب', `صيدا  الأناضول |${LEAD}`);
    expect(wire.article.paragraphs[0]).toBe(LEAD);
    expect(idOf(wire.article.agency)).toBe('anadolu');
    // an unknown word before the pipe is no credit: the lead is left whole
    expect(site('صدى الجنوب', `صيدا  الساحلية |${LEAD}`).article.paragraphs[0]).toBe(`صيدا الساحلية |${LEAD}`);
  });
  it('«PLACE - "NAME" story»: a quoted known name with no separator after it (aside17 u868, dev u887, u985)', () => {
    const u868 = extract('u868');
    expect(u868.article.paragraphs[0].startsWith('ناقش لقاء زراعي')).toBe(true);
    expect(u868.article.source).toBe('عكار نيوز');
    expect(extract('u887').article.paragraphs[0].startsWith('أكد وزير الزراعة')).toBe(true);
    const own = site('صدى الجنوب', `صيدا - "صدى الجنوب" ${LEAD}`);
    expect(own.article.paragraphs[0]).toBe(LEAD);
    expect(own.article.source).toBe('صدى الجنوب');
    // quoted speech after a place is no credit: the quote stays the story's
    const speech = site('صدى الجنوب', `صيدا - "لن نقبل بأي تسوية" ${LEAD}`);
    expect(speech.article.paragraphs[0].startsWith('"لن نقبل بأي تسوية"')).toBe(true);
    expect(speech.article.source).toBe('صدى الجنوب');
  });
  it('the page\'s own name is a credit even when a city\'s («الأنبار – الفلوجة:» under «قناة الفلوجة»; dev u985)', () => {
    const u985 = extract('u985');
    expect(u985.article.source).toBe('قناة الفلوجة');
    expect(u985.place).toBe('الأنبار');
    const mosul = site('قناة الموصل', `نينوى – الموصل: ${LEAD}`);
    expect(mosul.article.paragraphs[0]).toBe(LEAD);
    expect(mosul.place).toBe('نينوى');
    expect(mosul.article.source).toBe('قناة الموصل');
  });
  it('«PLACE PLACE: story»: a two-word place closed by a colon (aside17 u852, dev u988); a kicker, speech or a question is none', () => {
    const u852 = extract('u852');
    expect(u852.article.paragraphs[0].startsWith('استقبل الأمين العام')).toBe(true);
    expect(u852.place).toBe('مكة المكرمة');
    expect(extract('u988').place).toBe('البحر الميت');
    const shore = site('صدى الجنوب', `شرم الشيخ: ${LEAD}`);
    expect(shore.article.paragraphs[0]).toBe(LEAD);
    expect(shore.place).toBe('شرم الشيخ');
    for (const kept of [`أوضح المتحدث: إن ${LEAD}`, `وأضاف الوزير: ${LEAD}`, 'الوسيط الصامت: لماذا تنجح الدبلوماسية الهادئة حيث يفشل الضجيج والصخب؟']) {
      expect(site('صدى الجنوب', kept).place, kept).toBeUndefined();
    }
  });
});

describe('dates: a month-first reading only when the page vouches for it', () => {
  it('a tool\'s property with a Latin 12-hour clock is month first (aside17 u836: Joplin «Created: 6/3/2026 9:14 PM»)', () => {
    expect(extract('u836').article.date).toBe('2026-06-03');
    const clip = fromText(page('Created: 6/7/2026 8:05 AM', 'صدى الجنوب', HEADLINE, LEAD, NEXT));
    expect(clip.article.date).toBe('2026-06-07');
  });
  it('without a clock, the page\'s other date decides; a forum\'s dashed date with a clock stays day first', () => {
    const other = fromText(page('صدى الجنوب', 'الجمعة 6 مارس 2026', HEADLINE, '3/6/2026', LEAD, NEXT));
    expect(other.article.date).toBe('2026-03-06');
    const alone = fromText(page('صدى الجنوب', HEADLINE, '3/6/2026', LEAD, NEXT));
    expect(alone.article.date).toBe('2026-06-03');
    const forum = fromText(page('منتدى الجنوب', HEADLINE, '05-06-2026, 10:41 PM', LEAD, NEXT));
    expect(forum.article.date).toBe('2026-06-05');
    expect(other.article.title).toBe(HEADLINE);
  });
});

describe('headlines: a programme\'s label, a logo\'s alt text, a photo caption', () => {
  it('«برنامج: NAME» over the episode\'s headline is a kicker (`kickerLabels`; aside17 u850, dev u983, u991)', () => {
    expect(extract('u850').article.title).toBe('مطران أوكراني: المحادثات وحدها لا تكفي من دون مصالحة بين الناس');
    expect(extract('u983').article.title).toBe('سفير أوكراني سابق: لا نمانع وساطة لبنانية في ملف الأسرى');
    expect(extract('u991').article.title).toBe('الجاليات العربية في روسيا وأوكرانيا بين الحرب والمحادثات');
    const column = fromText(page('صدى الجنوب', 'زاوية: مسار المحادثات', HEADLINE, '14 حزيران 2026', `${LEAD} وتناولت زاوية مسار المحادثات الملف.`, NEXT));
    expect(column.article.title).toBe(HEADLINE);
  });
  it('a logo\'s alt text is the masthead, never the headline, however much the lead repeats it (aside17 u876)', () => {
    expect(extract('u876').article.title).toBe('عميد البلدية يستقبل وفدا من السفارة الروسية لبحث مشروعات المياه');
    const logo = fromText(page('شعار وزارة الخارجية', 'الرئيسية', 'الأخبار', HEADLINE, '14 حزيران 2026', `أعلنت وزارة الخارجية أن ${LEAD}`, NEXT));
    expect(logo.article.title).toBe(HEADLINE);
  });
  it('a caption stacked on the headline that sits on the date loses to it (`captionWords`; dev u980)', () => {
    expect(extract('u980').article.title).toBe('موسكو تبدي استعدادا لبحث عبور الغاز عبر أوكرانيا ضمن المحادثات');
    const caption = 'وزير الخارجية والوفد الأوكراني أثناء المحادثات';
    const p = fromText(page('صدى الجنوب', 'الرئيسية', 'دولي', caption, HEADLINE, '14 حزيران 2026', LEAD, NEXT));
    expect(p.article.title).toBe(HEADLINE);
    // a headline that holds «خلال» itself is still the headline when no caption-free line sits under it
    const during = 'وزير الخارجية يبحث خلال لقاء مع وفد أوكراني مسار المحادثات';
    expect(fromText(page('صدى الجنوب', 'الرئيسية', 'دولي', during, '14 حزيران 2026', LEAD, NEXT)).article.title).toBe(during);
  });
  it('a caption closed by a photo agency\'s tag above the date line is no paragraph (dev u919, spent)', () => {
    expect(extract('u919').article.paragraphs[0].startsWith('عاد آلاف الأوكرانيين')).toBe(true);
    const tagged = 'الوفد الأوكراني يصل إلى مقر الخارجية في بيروت صباح اليوم وسط إجراءات أمنية مشددة (رويترز)';
    const p = fromText(page('صدى الجنوب', HEADLINE, tagged, '14 حزيران 2026', LEAD, NEXT));
    expect(p.article.paragraphs).toEqual([LEAD, NEXT]);
    expect(p.article.agency).toBeUndefined();
  });
  it('a picture\'s description closed by its © credit is a caption, not the lead (dev u994)', () => {
    const u994 = extract('u994');
    expect(u994.article.paragraphs[0].startsWith('ارتفعت أسعار القمح')).toBe(true);
    expect(idOf(u994.article.agency)).toBe('reuters');
    const p = fromText(page('صدى الجنوب', HEADLINE, '14 حزيران 2026', 'الوفد الأوكراني لدى وصوله إلى المطار. © AFP', `بيروت (أ ف ب) - ${LEAD}`, NEXT));
    expect(p.article.paragraphs[0]).toBe(LEAD);
    expect(idOf(p.article.agency)).toBe('afp');
  });
});
