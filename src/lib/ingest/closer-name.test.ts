// Thirty-seventh round (13c): the last resort for an empty outlet — a name closed by a site's word, printed framed, read
// only where no rule proposed an outlet (closer-name.ts). Pages: tests/fixtures/ingest-unseen/dev/u3490–u3501 (three
// guards) and the earlier labelled pages it reached (dev u3154, u3170, u3196; aside27 u2104; aside30 u2514, u2532).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { CLOSER_NAME_RULE } from './closer-name';

const { labelled, fromText, page } = roundFixtures(['dev', 'aside27', 'aside30']);
const outlet = (id: string) => labelled(id).extraction.evidence[0].fields.find((f) => f.field === 'outlet')!;

describe('a name closed by a site\'s word, printed framed, fills an empty outlet', () => {
  it.each([
    ['u3493', 'الميادين الآن'], // «NAME | links» at the foot
    ['u3154', 'سيدي بلعباس اليوم'], // «NAME.. tagline» at the foot
    ['u3170', 'سنبلة نيوز'], // alone under a capture's properties drawer
    ['u3196', 'سهل نينوى اليوم'],
    ['u2532', 'قصر هلال اليوم'], // «NAME [date]», a feed copy's item line
    ['u2104', 'كوستي اليوم'],
    ['u2514', 'مسافي بوست'],
  ])('%s: %s, under the review line', (id, name) => {
    const f = outlet(id);
    expect(f.value).toBe(name);
    expect(f.rule.startsWith(CLOSER_NAME_RULE)).toBe(true);
    expect(f.confidence).toBeGreaterThanOrEqual(0.42);
    expect(f.confidence).toBeLessThan(0.7);
  });

  it('leaves to the other rules what they read already (u3490\'s footer tagline, u3491\'s «لـ"NAME"» under a logo)', () => {
    expect([outlet('u3490').value, outlet('u3491').value]).toEqual(['قرقنة اليوم', 'تل كيف نيوز']);
    expect([outlet('u3490').rule, outlet('u3491').rule].some((r) => r.startsWith(CLOSER_NAME_RULE))).toBe(false);
  });

  it('reads no photo credit alone (the thirty-second round\'s guard: a credit may name a team or a partner): u3492 is left empty', () => {
    expect(outlet('u3492').value).toBeNull();
  });

  it('names no outlet from a widget\'s or a section\'s heading closed by «اليوم», nor from prose or another paper quoted', () => {
    expect(outlet('u3501').value).toBeNull(); // «أسعار الخضار اليوم» over the headline
    expect(outlet('u3495').value).toBeNull(); // «صباح اليوم» in the lead, «ونقلت صحيفة "ميناء تايمز"»
    expect(outlet('u3155').value).toBeNull(); // «حصاد اليوم», a section label (thirty-fifth round's guard)
  });

  it('never contests another rule\'s reading: it speaks only where no outlet evidence stands', () => {
    // u3498's widget heading is read by the first-line rule (a miss the last resort neither causes nor mends).
    expect(outlet('u3498').rule).not.toBe(CLOSER_NAME_RULE);
    const a = fromText(page('الرئيسية', 'مولدة جديدة للمستشفى', 'قال المدير لـ"ساحل نيوز" إن المولدة وصلت صباح اليوم إلى المستشفى وبدأت العمل.', 'وأضاف أن القسم سيعمل بكامل طاقته.', 'موقع الشمال الإخباري'));
    expect(a.article.source).not.toBe('ساحل نيوز');
  });

  it('reads no lead\'s «لـ"NAME"» alone nor a call to action (the thirty-first and thirty-sixth rounds\' guards)', () => {
    const lead = 'قال رئيس البلدية لـ"نبع الوادي اليوم" إن السوق الأسبوعي الجديد يستقبل أربعين بائعا في الساحة القديمة.';
    expect(fromText(page('الرئيسية', 'محليات', 'سوق أسبوعي جديد للمزارعين', '3 مارس 2027', lead, 'وأضاف أن الرسوم رمزية.')).article.source).toBeUndefined();
    expect(fromText(page('الرئيسية', 'سوق أسبوعي جديد للمزارعين', '3 مارس 2027', 'افتتحت البلدية سوقا أسبوعيا جديدا للمزارعين في الساحة القديمة.', 'شاهد البث المباشر الآن')).article.source).toBeUndefined();
  });

  it('does not read a headline closed by «اليوم» or a story\'s line as a name', () => {
    const a = fromText(page('الرئيسية', 'الكرملين يرد اليوم', '12 مارس 2028', 'أعلن الكرملين أنه سيرد على المقترح الأوروبي خلال ساعات بعد اجتماع أمني.', 'وقال المتحدث إن الرد سيكون مكتوباً.'));
    expect(a.article.source).toBeUndefined();
  });
});
