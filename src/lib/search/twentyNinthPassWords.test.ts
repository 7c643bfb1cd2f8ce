// Session 37 (issue 15, twenty-ninth pass, 15a): the other common word of the news (content/search-near-synonyms-words.yaml).
// A query of two words reads each word through its own set, so a page writing both words otherwise is found, after the
// pages writing the reader's words; and the senses the sets keep out stay out. Real curated data, real keying and
// planning; sentences written for the test, not taken from the fixture pages.
import { describe, expect, it } from 'vitest';
import { conceptOrWider as concept, ctx } from './curatedMatch.testkit';
import { indexKeys, planQuery } from './keys';
import { isNearSynonym } from './queryReadings';
import { rankTiers } from './tiers';
import { conceptKey } from './terms';
import { fakePagefind } from './fakePagefind.testkit';

const near = (id: string) => conceptKey(`near-${id}`);
const tokens = (text: string) => new Set(indexKeys(text, ctx));

/** A fake Pagefind over pages keyed by the real indexer (fakePagefind.testkit.ts). */
const corpus = (pages: Record<string, string>) => fakePagefind(pages, ctx);

describe('a two-word query read word by word through the sets', () => {
  it('«شح الأدوية» is two set units, and finds «نفاد العقاقير» (both words otherwise)', () => {
    const plan = planQuery('شح الأدوية', ctx);
    expect(plan.units.map((u) => !!u.concept && isNearSynonym(u.concept))).toEqual([true, true]);
    expect(concept('شح الأدوية', 'تشكو الصيدليات من نفاد العقاقير منذ أسابيع')).toBe(true);
    // One word of the two otherwise is not enough.
    expect(concept('شح الأدوية', 'تشكو الصيدليات من نفاد حليب الأطفال منذ أسابيع')).toBe(false);
  });
  it('ranks the page that writes the reader’s words first, the page that writes both otherwise after it', async () => {
    const pages = {
      typed: 'شح الأدوية في مستشفيات المدينة يقلق المرضى',
      other: 'تشكو الصيدليات من نفاد العقاقير منذ أسابيع',
      half: 'تشكو الأسر من شح المياه في الصيف',
      none: 'افتتحت البلدية سوقا أسبوعيا في الساحة',
    };
    const out = await rankTiers(planQuery('شح الأدوية', ctx), corpus(pages), { total: 4 });
    expect(out.slice(0, 2).map((r) => [r.result.id, r.tier])).toEqual([
      ['typed', 'exact'],
      ['other', 'concept'],
    ]);
  });
  it('everyday words of two regions: buses, tomatoes, potatoes, rats and mosquitoes, ports', () => {
    expect(concept('الحافلات', 'رفعت الشركة تعرفة الباصات على الخطوط الداخلية')).toBe(true);
    expect(concept('غلاء الطماطم', 'ارتفاع سعر البندورة في السوق المركزي')).toBe(true);
    expect(concept('محصول البطاطس', 'جاءت غلة البطاطا أقل من المتوقع')).toBe(true);
    expect(concept('الفئران والبعوض', 'يخشى السكان انتشار الجرذان والناموس')).toBe(true);
    expect(concept('ميناء بيروت', 'عادت السفن إلى مرفأ بيروت بعد الترميم')).toBe(true);
  });
  it('war and diplomacy: fierce battles as fierce clashes, the front line, the envoy, talks resumed', () => {
    expect(concept('معارك عنيفة', 'دارت اشتباكات ضارية على أطراف المدينة')).toBe(true);
    expect(concept('خط المواجهة', 'تبادل الطرفان القصف على خطوط التماس')).toBe(true);
    expect(concept('المبعوث', 'وصل الموفد إلى العاصمة مساء الأحد')).toBe(true);
    expect(concept('استئناف المحادثات', 'أعلن الوسيط معاودة المباحثات الشهر المقبل')).toBe(true);
  });
});

describe('the senses the sets keep out', () => {
  it('a boat is no compound, an envoy no delegation, a front line no petition', () => {
    expect(tokens('افتتحت الشركة محطة قرب المركب التجاري').has(near('boats'))).toBe(false);
    expect(tokens('وصل وفد اللجنة إلى المدينة').has(near('envoys'))).toBe(false);
    expect(tokens('قدم ذوو المفقودين التماسا إلى المحكمة').has(near('front-line'))).toBe(false);
  });
  it('a crop is no toll, an appeal no talks resumed, ethnic cleansing no sewage', () => {
    expect(tokens('بلغت حصيلة الهجوم ثلاثة قتلى').has(near('crop'))).toBe(false);
    expect(tokens('نظرت محكمة الاستئناف في القضية').has(near('resume-talks'))).toBe(false);
    expect(tokens('اتهم ناشطون الجماعة بالتطهير العرقي').has(near('sewage'))).toBe(false);
    expect(tokens('طفحت قنوات التطهير في الحي').has(near('sewage'))).toBe(true);
  });
});
