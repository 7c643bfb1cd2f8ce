// Twenty-eighth round (session 31, 13c): furniture real pages leave in the body, and list items they
// dropped. Classes the spent real-page probes showed, in our own words (dev u2290–u2299) and inline
// lines; the real text stays outside the repository (docs/ingest.md «Twenty-eighth round: furniture
// real pages leave in the body»). Each test builds its own lexicon: no state shared with other files.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';

const { lex, fromText, extract, page } = roundFixtures(['dev']);
const HEADLINE = 'وزراء الطاقة الأوروبيون يبحثون خطة طوارئ لشتاء الحرب';
const LEAD = 'يبحث وزراء الطاقة في الاتحاد الأوروبي الأسبوع المقبل خطة طوارئ لتأمين إمدادات الغاز خلال الشتاء.';
const MORE = 'وقال مسؤول أوروبي إن الخطة تتضمن آلية مشتركة لشراء الغاز المسال من موردين جدد.';
const LAST = 'ومن المنتظر أن تعرض المفوضية الأوروبية تفاصيل الخطة في مؤتمر صحفي بعد الاجتماع.';
const story = (...between: string[]) => fromText(page(HEADLINE, '', LEAD, '', MORE, '', ...between, '', LAST, '')).article.paragraphs;

describe('furniture between and after the paragraphs is dropped', () => {
  it('a tag list with a space after each «#» closing the story (u2290)', () => {
    const { article } = extract('u2290');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs.join(' ')).not.toContain('#');
  });
  it('a caption closed by «/ AA» or «/ صورة: …» (u2291, u2292)', () => {
    expect(extract('u2291').article.paragraphs).toHaveLength(3);
    const caption = 'رئيس الوزراء الأوروبي يتحدث إلى الصحفيين في ختام اجتماع طويل لوزراء الطاقة في العاصمة البلجيكية بروكسل مساء الخميس / AA';
    expect(story(caption)).toEqual([LEAD, MORE, LAST]);
    expect(story('وزراء الطاقة الأوروبيون خلال اجتماعهم السابق في بروكسل / صورة: AA (AA)')).toEqual([LEAD, MORE, LAST]);
  });
  it('a short caption printed twice in a row — a bullet then plain — is no sub-heading (u2292)', () => {
    const { article } = extract('u2292');
    expect(article.paragraphs).not.toContain('المتحدثة باسم وزارة الخارجية الروسية');
    expect(story('• مفوضة الطاقة الأوروبية', 'مفوضة الطاقة الأوروبية')).toEqual([LEAD, MORE, LAST]);
  });
  it('a caption closed by a wire\'s tag, printed twice in a row, is no paragraph (u2293)', () => {
    expect(extract('u2293').article.paragraphs).toHaveLength(3);
    const caption = 'ناقلة غاز مسال تفرغ حمولتها في محطة استقبال على الساحل الشمالي لألمانيا خلال الأسبوع الماضي (رويترز)';
    expect(story(caption, caption)).toEqual([LEAD, MORE, LAST]);
  });
  it('a credit line «متابعات – NAME», an ad slot\'s label and a bracketed «(تستمر)» (u2294)', () => {
    expect(extract('u2294').article.paragraphs).toHaveLength(4);
    expect(story('متابعات – نافذة أوروبا')).toEqual([LEAD, MORE, LAST]);
    expect(story('محتوى إعلاني')).toEqual([LEAD, MORE, LAST]);
    expect(story('(يتبع)')).toEqual([LEAD, MORE, LAST]);
  });
  it('a card\'s teaser cut by «...» and closed by a numeric date is not the lead (u2295)', () => {
    const { article } = extract('u2295');
    expect(article.paragraphs[0]).toMatch(/^وأضاف الدبلوماسي/);
    expect(article.paragraphs).toHaveLength(3);
  });
});

describe('an export\'s date field cut to year and month', () => {
  it('«date 2026-11» is cut from the lead and gives no date (u2296)', () => {
    const { article } = extract('u2296');
    expect(article.paragraphs[0]).toMatch(/^أعلن مدير الوكالة/);
    expect(article.date ?? null).toBeNull();
    expect(parseDateline(`date 2026-11 ${LEAD}`, lex)).toMatchObject({ end: 'date 2026-11 '.length });
    expect(parseDateline(`date 2026-11 ${LEAD}`, lex)?.date).toBeUndefined();
  });
});

describe('a list a colon announces is the story\'s', () => {
  it('short items closed by a full stop under «… محاور أساسية:» (u2297)', () => {
    const { article } = extract('u2297');
    expect(article.paragraphs).toContain('تبادل الأسرى.');
    expect(article.paragraphs).toHaveLength(7);
  });
  it('a lead-in «و… كالتالي:-» over a dash list, under a caption (u2298)', () => {
    const { article } = extract('u2298');
    expect(article.paragraphs[1]).toBe('وحدد مكتب رئيس البرلمان مواعيد الجلسات كالتالي:-');
    expect(article.paragraphs).toHaveLength(6);
  });
});

describe('guards (pass before and after the change)', () => {
  it('a sub-heading printed once over prose, a paragraph closed once by «(رويترز)» (u2299)', () => {
    const { article } = extract('u2299');
    expect(article.paragraphs).toContain('مواقف متباينة');
    expect(article.paragraphs).toHaveLength(4);
  });
  it('short stopped lines in a row under a paragraph no colon closes: the first is still no paragraph', () => {
    expect(story('أسعار الغاز.', '', 'عقود الشتاء.')).not.toContain('أسعار الغاز.');
  });
  it('prose opening with «# » stays prose', () => {
    const prose = '# الطاقة أولا: هكذا وصف الوزير أولويات الاجتماع المقبل في حديثه للصحفيين.';
    expect(story(prose)).toContain(prose);
  });
});
