// Session 39 (issue 15, thirty-first pass, 15k): a concept's phrase read word by word through its words' own sets
// (queryPlan.ts composedWords, content/search-near-synonyms-wordsets.yaml). A page that says each word of the reader's
// phrase with another common word is found in the concept tier, after the pages writing the words or the phrase's
// listed phrasings. Real curated data, real keying and planning; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ctx } from './curatedMatch.testkit';
import { indexKeys, planQuery } from './keys';
import { rankTiers } from './tiers';
import { fakePagefind } from './fakePagefind.testkit';

/** The plan's composed search matches the text (every key among the text's keys). */
const composed = (q: string, text: string) => {
  const c = planQuery(q, ctx).concept?.composed;
  const keys = new Set(indexKeys(text, ctx));
  return !!c && c.split(' ').every((k) => keys.has(k));
};

describe('a concept phrase read word by word', () => {
  it('«إغلاق المعابر» (a listed phrase) also reads closing × crossings: «إقفال المعبر» is found', () => {
    const plan = planQuery('إغلاق المعابر', ctx);
    expect(plan.units).toHaveLength(1);
    expect(plan.concept?.composed).toBeDefined();
    expect(composed('إغلاق المعابر', 'قررت السلطات إقفال المعبر أمام الشاحنات ثلاثة أيام')).toBe(true);
    // One word of the two otherwise is not enough.
    expect(composed('إغلاق المعابر', 'قررت السلطات إقفال السوق ثلاثة أيام')).toBe(false);
  });
  it('«تخفيف العقوبات» reads easing × sanctions: «تليين التدابير العقابية»', () => {
    expect(composed('تخفيف العقوبات', 'تدرس العواصم تليين التدابير العقابية على قطاع الأسمدة')).toBe(true);
    expect(composed('تخفيف العقوبات', 'تدرس العواصم تليين شروط القروض')).toBe(false);
  });
  it('«سقف الأسعار» reads ceiling × prices, and the page shows «الحد الأقصى» among what the search includes', () => {
    expect(composed('سقف الأسعار', 'حددت الحكومة الحد الأقصى لأسعار الخبز في المخابز')).toBe(true);
    expect(planQuery('سقف الأسعار', ctx).concept?.shown).toContain('الحد الأقصى');
  });
  it('no composed search where no word names a set of its own, nor where the shorter name is the phrase’s own concept', () => {
    expect(planQuery('وقف إطلاق النار', ctx).concept?.composed).toBeUndefined();
    expect(planQuery('الضمانات الأمنية', ctx).concept?.composed).toBeUndefined();
  });
  it('ranks the composed page after the pages writing the words and the phrase’s listed phrasings', async () => {
    const pages = {
      typed: 'أعلنت الحكومة إغلاق المعابر مع الدولة المجاورة',
      listed: 'أعلنت الحكومة إغلاق الحدود مع الدولة المجاورة',
      composed: 'قررت السلطات إقفال المعبر الشمالي أمام المسافرين',
      half: 'قررت السلطات إقفال السوق القديم للترميم',
    };
    const out = await rankTiers(planQuery('إغلاق المعابر', ctx), fakePagefind(pages, ctx), { total: 4 });
    const ids = out.map((r) => r.result.id);
    expect(out[0]).toMatchObject({ result: { id: 'typed' }, tier: 'exact' });
    expect(ids.indexOf('listed')).toBeLessThan(ids.indexOf('composed'));
    expect(out.find((r) => r.result.id === 'composed')?.tier).toBe('concept');
    expect(out.find((r) => r.result.id === 'half')?.tier).not.toBe('concept');
  });
});

describe('the word sets one way (kinds) and their senses', () => {
  /** The plan's concept tier (its wider search) matches the text. */
  const wider = (q: string, text: string) => {
    const w = planQuery(q, ctx).concept?.wider;
    const keys = new Set(indexKeys(text, ctx));
    return !!w && w.split(' ').every((k) => keys.has(k));
  };
  it('«هدم البيوت» reads a page’s «إزالة المنازل»; a query «إزالة» (a removal of anything) asks only itself', () => {
    expect(wider('هدم البيوت', 'باشرت السلطات إزالة المنازل الآيلة للسقوط في الحي القديم')).toBe(true);
    expect(planQuery('إزالة', ctx).concept).toBeNull();
  });
  it('«نقص الطحين» reads the page’s «شح الدقيق»; a query «الدقيق» (precise) asks only itself', () => {
    expect(wider('نقص الطحين', 'يشكو السكان من شح الدقيق في المخابز المدعومة')).toBe(true);
    expect(planQuery('الدقيق', ctx).concept).toBeNull();
  });
  it('«الطرق» (also «ways») is no street: crowded wards and a treatment’s ways are no crowded streets', () => {
    expect(wider('اكتظاظ الشوارع', 'يتراجع ازدحام الأقسام مساء، وتجرب الإدارة طرق العلاج الجديدة')).toBe(false);
    expect(wider('اكتظاظ الشوارع', 'تشهد الطرقات زحاما خانقا كل صباح')).toBe(true);
  });
});
