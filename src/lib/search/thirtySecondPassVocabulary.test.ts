// Session 40 (issue 15, thirty-second pass, 15c): the news's most common words said otherwise
// (content/search-near-synonyms-vocabulary.yaml, written from scripts/search-vocabulary-inventory.ts's list by document
// frequency). A reader's common word reaches a page that writes the other common word; a word kept out for its other
// sense reads nothing; a one-way kind gives the page the set but does not widen the reader's word. Real curated data,
// real keying and planning; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ctx } from './curatedMatch.testkit';
import { indexKeys, planQuery } from './keys';
import { rankTiers } from './tiers';
import { fakePagefind } from './fakePagefind.testkit';

/** The plan's concept tier (its wider search) matches the text: every key of it among the text's keys. */
const wider = (q: string, text: string) => {
  const w = planQuery(q, ctx).concept?.wider;
  const keys = new Set(indexKeys(text, ctx));
  return !!w && w.split(' ').every((k) => keys.has(k));
};

describe('the common words of the news said otherwise', () => {
  it('«تداعيات الحرب» reads a page’s «انعكاسات الحرب»; «انعكاسات» of something else is not enough', () => {
    expect(wider('تداعيات الحرب', 'ناقش الخبراء انعكاسات الحرب على أسواق الحبوب')).toBe(true);
    expect(wider('تداعيات الحرب', 'ناقش الخبراء انعكاسات الجفاف على أسواق الحبوب')).toBe(false);
  });
  it('Maghreb and Levant words: «الزراعة» finds «الفلاحة», «قطع الغيار» finds «قطع التبديل», «الأمطار» finds «التساقطات»', () => {
    expect(wider('وزارة الزراعة', 'أعلنت وزارة الفلاحة عن دعم جديد لمربي الماشية')).toBe(true);
    expect(wider('قطع الغيار', 'تعاني ورش الإصلاح من نقص قطع التبديل منذ أشهر')).toBe(true);
    expect(wider('الأمطار', 'ساهمت التساقطات الأخيرة في ملء السدود')).toBe(true);
  });
  it('phrases: «المخزون الاستراتيجي» finds «الاحتياطي الاستراتيجي», «بناء الثقة» finds «استعادة الثقة»', () => {
    expect(wider('المخزون الاستراتيجي', 'طمأنت الوزارة بأن الاحتياطي الاستراتيجي من القمح يكفي ستة أشهر')).toBe(true);
    expect(wider('بناء الثقة', 'قال الوسيط إن الخطوة تهدف إلى استعادة الثقة بين الطرفين')).toBe(true);
  });
  it('«الضربات» alone (a match’s penalty kicks) is no bombardment; «الغارات» is', () => {
    expect(wider('القصف', 'أهدر المهاجم إحدى الضربات الترجيحية في النهائي')).toBe(false);
    expect(wider('القصف', 'تواصلت الغارات على أطراف المدينة طوال الليل')).toBe(true);
  });
  it('one way: the page’s «تحتضن» is hosting, a query «احتضان» (an embrace) does not ask for every hosting', () => {
    expect(wider('استضافة المحادثات', 'تحتضن إسطنبول المحادثات الأسبوع المقبل')).toBe(true);
    expect(wider('احتضان', 'تستضيف الدوحة الجولة المقبلة')).toBe(false);
  });
  it('ranks the page writing the other word after the page writing the reader’s words', async () => {
    const pages = {
      typed: 'تعاني ورش الإصلاح من نقص قطع الغيار منذ أشهر',
      other: 'تعاني ورش الإصلاح من نقص قطع التبديل منذ أشهر',
      unrelated: 'افتتحت البلدية حديقة جديدة للأطفال',
    };
    const out = await rankTiers(planQuery('قطع الغيار', ctx), fakePagefind(pages, ctx), { total: 3 });
    const ids = out.map((r) => r.result.id);
    expect(ids[0]).toBe('typed');
    expect(ids).toContain('other');
    expect(ids).not.toContain('unrelated');
  });
});
