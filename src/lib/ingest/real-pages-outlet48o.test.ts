// Forty-fifth round (session 48, helper 13o): the outlet misses of six real-page pools, by the evidence the page held —
// an underscore stub alone over the lead, several origins in one source line, a caption's head over the caption read as a
// masthead printed again, an agency's own site whose dateline and follow line name it. Pages in our own words (dev
// u4680–u4699; the aside third u4681, u4684, u4687, u4690, u4693, u4696, u4699 is not read here); the real text stays
// outside the repository (docs/ingest.md «Forty-fifth round: the outlet weighed (helper 13o)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { listedOrigins } from './metadata-credits';
import { captionHeadOverCaption } from './weak-guess';

const { lex, fromText, extract, idOf } = roundFixtures(['dev']);
const STORY = 'بحث وزير الخارجية مع نظيره الروسي في اتصال هاتفي ملف تبادل الأسرى وسبل إحياء المفاوضات المتعثرة بين موسكو وكييف.';
const MORE = 'وأكد الوزيران أهمية استمرار التواصل بين البلدين في المرحلة المقبلة.';
const HEAD = 'موسكو وأنقرة تبحثان ملف تبادل الأسرى';

describe('a dateline stub alone over the lead: an underscore run separates as a dash does (classify.ts)', () => {
  it('«PLACE _ NAME», «PLACE __ NAME»: the outlet, whatever the run, and the story cut under the stub', () => {
    for (const stub of ['موسكو _ الشرق اليوم', 'موسكو __ الشرق اليوم', 'موسكو - الشرق اليوم']) {
      const x = fromText([HEAD, '', stub, STORY, MORE].join('\n'));
      expect(x.article.source).toBe('الشرق اليوم');
      expect(x.article.paragraphs?.[0] ?? '').not.toContain('الشرق اليوم');
    }
  });
  it('the development pages; a reporter after the underscore is no outlet', () => {
    expect(extract('u4682').article.source).toBe('نبض المغرب 24');
    expect(extract('u4680').article.source).toBe('صوت الرافدين نيوز');
    expect(extract('u4683').article.source ?? null).toBeNull();
  });
});

describe('several origins in one source line: the first listed is the main one (metadata-credits.ts)', () => {
  it('splits at «+», «،» and a spaced «و» before a known name, in order', () => {
    expect(listedOrigins('منبر الساحل + روسيا اليوم', lex)).toEqual(['منبر الساحل', 'روسيا اليوم']);
    expect(listedOrigins('شبكة الوادي الإخبارية و الجزيرة نت', lex)).toEqual(['شبكة الوادي الإخبارية', 'الجزيرة نت']);
    expect(listedOrigins('صوت الوادي والجبل', lex)).toEqual(['صوت الوادي والجبل']);
  });
  it('an unknown name before a known one: the unknown; «المصادر:» is a source label', () => {
    expect(extract('u4685').article.source).toBe('شبكة الوادي الإخبارية');
    expect(extract('u4686').article.source).toBe('صحيفة الأفق');
    const x = fromText([HEAD, '', STORY, '', MORE, '', 'المصدر | منبر الساحل + روسيا اليوم'].join('\n'));
    expect(x.article.source).toBe('منبر الساحل');
  });
  it('guard: a known name first stays the outlet; a wire after an unknown name is the agency (only an outlet after it is weighed)', () => {
    expect(idOf(fromText([HEAD, '', STORY, '', MORE, '', 'المصدر | سكاي نيوز عربية + منبر الساحل'].join('\n')).article.source)).toBe('sky-news-arabia');
    const wire = fromText([HEAD, '', STORY, '', MORE, '', 'المصدر: منبر الساحل + رويترز'].join('\n')).article;
    expect(idOf(wire.agency)).toBe('reuters');
  });
});

describe('a caption cut to its first words over the caption is one printing, no masthead (site-at-top.ts)', () => {
  it('the head and the caption that opens with it', () => {
    const at = (index: number, text: string) => ({ index, text });
    expect(captionHeadOverCaption(at(4, 'المتحدث باسم الكرملين'), at(5, 'المتحدث باسم الكرملين خلال مؤتمر صحفي في موسكو'))).toBe(true);
    expect(captionHeadOverCaption(at(4, 'المتحدث باسم الكرملين'), at(5, 'المتحدث باسم الكرملين اليوم'))).toBe(false);
    expect(captionHeadOverCaption(at(4, 'الكرملين'), at(5, 'الكرملين خلال مؤتمر صحفي في موسكو'))).toBe(false);
    expect(captionHeadOverCaption(at(4, 'نجمة الخليج'), at(5, 'اجتماع خليجي طارئ لبحث أسواق الطاقة'))).toBe(false);
  });
  it('the development pages: no site, or the site its © line names; guard: a masthead printed again in its © line', () => {
    expect(extract('u4688').article.source ?? null).toBeNull();
    const x = fromText([HEAD, '', 'وزير الخارجية الروسي', 'وزير الخارجية الروسي خلال لقائه نظيره التركي في أنقرة', '', STORY, '', MORE].join('\n'));
    expect(x.article.source ?? null).toBeNull();
    expect(extract('u4691').article.source).toBe('نجمة الخليج');
  });
});

describe('an agency\'s own site: the dateline and the follow line name one wire (wire-own-site.ts)', () => {
  it('the agency as outlet too', () => {
    for (const id of ['u4697', 'u4698']) {
      const { article } = extract(id);
      expect(idOf(article.source)).toBe(idOf(article.agency));
      expect(['wam', 'kuna']).toContain(idOf(article.source));
    }
    const x = fromText(['دمشق-سانا', STORY, MORE, 'متابعة أخبار سانا على تلغرام https://t.me/example'].join('\n')).article;
    expect(idOf(x.source)).toBe('sana');
  });
  it('guard: a copy of the wire whose frame names another site — the site, the wire the agency; no follow line: no outlet', () => {
    const copy = fromText(['صدى الشام', '', HEAD, '', 'موسكو-سانا', STORY, MORE, '', 'تابعوا صدى الشام على تلغرام'].join('\n')).article;
    expect(copy.source).toBe('صدى الشام');
    expect(idOf(copy.agency)).toBe('sana');
    expect(fromText(['دمشق-سانا', STORY, MORE].join('\n')).article.source ?? null).toBeNull();
  });
});
