// Forty-seventh round (session 50, helper 13c): classes that recur across sets and real pools. An aggregator's frame
// holding the only printing of the headline («نعرض لكم زوارنا … تفاصيل خبر HEADLINE في المقال التالي», «أنتم الآن
// تتابعون خبر HEADLINE من قسم …», «كانت هذه تفاصيل خبر HEADLINE لهذا اليوم»: headline-frame.ts, data `headlineFrames`)
// and the writer's dateline with no date under it («NAME - PLACE -»: self-credit.ts). Pages: dev u4950, u4951, u4953,
// u4954; a station's full name with its spelled «FM»/«TV» in the footer or © line (station-name-length.ts): dev u4956,
// u4957, u4959, u4960 (tuned; u4952, u4955, u4958, u4961 are the aside third `dev-aside-50c`, never asserted here).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { framedHeadline } from './headline-frame';
import { nameBeforePlaceAndDate } from './self-credit';
import { nameLength } from './station-name-length';

const { lex, labelled, fromText, page } = roundFixtures(['dev']);
const got = (id: string) => labelled(id).extraction.articles[0];
const want = (id: string) => labelled(id).expected;
const frames = lex.data.headlineFrames;

describe('an aggregator\'s frame names the headline', () => {
  it.each(['u4950', 'u4951', 'u4953'])('%s: the headline the frame holds, not a title made from it or from the lead', (id) => {
    expect(got(id).title).toBe(want(id).title);
  });
  it('u4954 (guard): the page\'s own printed headline, the frame repeating it', () => expect(got('u4954').title).toBe(want('u4954').title));
  it.each(['u4950', 'u4951', 'u4953'])('%s: the frame lines are no paragraph of the story', (id) => {
    expect(got(id).paragraphs).toEqual(want(id).paragraphs);
  });
  it('reads the frame over the story, after an export\'s date field, and under it', () => {
    expect(framedHeadline('date 2026-02-03 نعرض لكم زوارنا أهم وأحدث تفاصيل خبر بودابست تستقبل وفدا أوكرانيا في المقال التالي', frames))
      .toBe('بودابست تستقبل وفدا أوكرانيا');
    expect(framedHeadline('انتم الان تتابعون خبر مينسك تغلق معبرا حدوديا مع بولندا من قسم اخبار العالم والان نترككم مع التفاصيل', frames))
      .toBe('مينسك تغلق معبرا حدوديا مع بولندا');
    expect(framedHeadline('كانت هذه تفاصيل خبر فيينا تحتضن لقاء حول محطة زابوريجيا لهذا اليوم، نرجو أن نكون قد وفقنا', frames))
      .toBe('فيينا تحتضن لقاء حول محطة زابوريجيا');
  });
  it('a headline\'s own «؟» stays; the frame\'s quotes and colon go', () => {
    expect(framedHeadline('نقدم لكم تفاصيل خبر: «هل تنجح وساطة أنقرة الجديدة؟» في الفقرات التالية', frames)).toBe('هل تنجح وساطة أنقرة الجديدة؟');
  });
  it('no frame: prose presenting «خبر», an opener with no closer, an opener not at the start, a headline under three words', () => {
    expect(framedHeadline('نعرض لكم في هذا المقال قراءة في خبر انسحاب الوفد الأوكراني من جولة المحادثات الأخيرة', frames)).toBeUndefined();
    expect(framedHeadline('نقدم لكم تفاصيل خبر وصول الوفد الروسي إلى جنيف صباح اليوم', frames)).toBeUndefined();
    expect(framedHeadline('قال المسؤول نقدم لكم تفاصيل خبر وصول الوفد الروسي في المقال التالي', frames)).toBeUndefined();
    expect(framedHeadline('نقدم لكم تفاصيل خبر الهدنة في المقال التالي', frames)).toBeUndefined();
  });
  it('a story with its own headline and a prose «خبر» sentence keeps both', () => {
    const a = fromText(page('الرئيسية', 'وارسو تستضيف اجتماعا لوزراء دفاع الناتو حول أوكرانيا', 'الاثنين 4 يناير 2027',
      'نعرض لكم في هذا التقرير خبر اجتماع وزراء دفاع الناتو في وارسو لبحث دعم أوكرانيا بالذخيرة وأنظمة الدفاع الجوي خلال الشتاء.',
      'وقال الأمين العام للحلف إن الاجتماع سيناقش خطة لتسريع إنتاج الذخيرة في المصانع الأوروبية.')).article;
    expect(a.title).toBe('وارسو تستضيف اجتماعا لوزراء دفاع الناتو حول أوكرانيا');
    expect(a.paragraphs[0].startsWith('نعرض لكم في هذا التقرير')).toBe(true);
  });
});

describe('a writer\'s dateline with no date: «GIVEN FAMILY - PLACE -»', () => {
  it('u4950: the place read, the lead clean, no outlet', () => {
    const { extraction } = labelled('u4950');
    expect(extraction.evidence[0].place).toBe('القاهرة');
    expect(extraction.articles[0].source).toBeUndefined();
  });
  it('reads a given name\'s two words before a known place; not an office, an unknown place or a known name', () => {
    expect(nameBeforePlaceAndDate('محمود سالم - القاهرة - تستضيف العاصمة المصرية جولة مشاورات', lex)).toMatchObject({ place: 'القاهرة' });
    expect(nameBeforePlaceAndDate('محمود سالم - القاهرة - تستضيف العاصمة المصرية جولة مشاورات', lex)?.outlet).toBeUndefined();
    expect(nameBeforePlaceAndDate('وزارة الخارجية - القاهرة - تستضيف العاصمة المصرية جولة مشاورات', lex)).toBeUndefined();
    expect(nameBeforePlaceAndDate('محمود سالم - الحديقة الخلفية - تستضيف العاصمة المصرية جولة مشاورات', lex)).toBeUndefined();
    expect(nameBeforePlaceAndDate('محمود - القاهرة - تستضيف العاصمة المصرية جولة مشاورات', lex)).toBeUndefined();
  });
});

describe('a station\'s full name with a spelled «FM»/«TV» in the footer or the © line', () => {
  it.each(['u4956', 'u4957', 'u4960'])('%s: that name the outlet', (id) => expect(got(id).source).toBe(want(id).outlet));
  it('u4959 (guard): a media partner\'s radio at the foot names no site; the masthead stays', () => expect(got('u4959').source).toBe(want('u4959').outlet));
  it('counts the closing abbreviation as one word and the type word as none; any other name word by word', () => {
    expect(nameLength('إذاعة سيدي بوزيد إف إم', lex)).toBe(3);
    expect(nameLength('قناة سهول شنكال الفضائية تي في', lex)).toBe(4);
    expect(nameLength('راديو أطلس تادلة الكبرى إف إم', lex)).toBe(4);
    expect(nameLength('شبكة الكرمة الحرة الجديدة للأنباء', lex)).toBe(5);
    expect(nameLength('إف إم', lex)).toBe(2);
  });
  it('a five-word sentence in the © line is still no name', () => {
    const a = fromText(page('الرئيسية', 'بوخارست تستضيف اجتماعا لدول البحر الأسود حول أمن الملاحة', 'الاثنين 4 يناير 2027',
      'تستضيف العاصمة الرومانية اجتماعا لدول البحر الأسود لبحث أمن الملاحة التجارية وإزالة الألغام البحرية خلال الأشهر المقبلة.',
      'وقال وزير الخارجية الروماني إن الاجتماع سيبحث أيضا تنسيق عمليات البحث والإنقاذ.', '© 2027 كل ما ينشر هنا يعبر عن رأي كاتبه')).article;
    expect(a.source).toBeUndefined();
  });
});
