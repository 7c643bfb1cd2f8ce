// Session 41 (issue 15, thirty-third pass, 15k): the thesaurus of the news (content/search-thesaurus.yaml) on the query
// side. A typed phrasing of a concept asks for its other phrasings, each one more search; their pages rank after every
// page holding the reader's words and before the partial matches, and nothing is keyed into the index. Real curated data,
// real keying and planning; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx } from './curatedMatch.testkit';
import { indexKeys, planQuery } from './keys';
import { rankTiers } from './tiers';
import { fakePagefind } from './fakePagefind.testkit';
import { keyedRecordBody } from './record';

/** Does one of the plan's thesaurus searches match the text (every key among the text's keys)? */
const reads = (q: string, text: string) => {
  const keys = new Set(indexKeys(text, ctx));
  return (planQuery(q, ctx).thesaurus?.searches ?? []).some((s) => s.split(' ').every((k) => keys.has(k)));
};

describe('the thesaurus reads a typed phrasing to its concept’s others', () => {
  it('«الراحة البيولوجية» finds a page that stops fishing «خلال فترة التوالد» only through «منع الصيد»/«وقف الصيد»-like phrasings', () => {
    expect(reads('الراحة البيولوجية', 'أعلنت الوزارة وقف الصيد في السواحل الجنوبية شهرين')).toBe(true);
    expect(reads('الراحة البيولوجية', 'أعلنت الوزارة فتح موسم الصيد في السواحل الجنوبية')).toBe(false);
  });
  it('«موجة حر» reads «ارتفاع درجات الحرارة», the reader’s other words kept («في تونس» asks for Tunisia still)', () => {
    expect(reads('موجة حر في تونس', 'تشهد تونس ارتفاع درجات الحرارة إلى مستويات قياسية')).toBe(true);
    expect(reads('موجة حر في تونس', 'تشهد مصر ارتفاع درجات الحرارة إلى مستويات قياسية')).toBe(false);
  });
  it('«المنطقة العازلة» reads «منطقة منزوعة السلاح» and «الشريط العازل»', () => {
    expect(reads('المنطقة العازلة', 'اقترحت موسكو منطقة منزوعة السلاح على طول الحدود')).toBe(true);
    expect(reads('المنطقة العازلة', 'أقام الجيش الشريط العازل بعمق عشرة كيلومترات')).toBe(true);
  });
  it('a phrasing inside an actor’s name or only part of a unit is not read; no thesaurus with ?exact=1', () => {
    expect(planQuery('الهدر المدرسي', ctx, { concepts: false }).thesaurus).toBeUndefined();
    expect(planQuery('بوتين', ctx).thesaurus).toBeUndefined();
  });
  it('names the other phrasings on the page («يشمل أيضاً»)', () => {
    const shown = planQuery('الهدر المدرسي', ctx).concept?.shown ?? [];
    expect(shown.some((p) => ['التسرب المدرسي', 'الانقطاع عن الدراسة', 'ترك المدرسة'].includes(p))).toBe(true);
    expect(shown).not.toContain('الهدر المدرسي');
  });
});

describe('the thesaurus costs nothing where it is wrong', () => {
  it('its pages rank after the pages writing the reader’s words, before the partial matches', async () => {
    const pages = {
      typed: 'استمرت الهدنة في الجنوب رغم القصف المتقطع على الحدود',
      other: 'اتفق الطرفان على وقف إطلاق النار في الجنوب ابتداء من الليلة',
      partial: 'قال سكان في الجنوب إن الأسواق فتحت أبوابها',
      none: 'افتتح معرض الكتاب في العاصمة',
    };
    const out = await rankTiers(planQuery('الهدنة في الجنوب', ctx), fakePagefind(pages, ctx), { total: 4 });
    const ids = out.map((r) => r.result.id);
    expect(out[0]).toMatchObject({ result: { id: 'typed' }, tier: 'exact' });
    expect(ids.indexOf('other')).toBeGreaterThan(0);
    expect(out.find((r) => r.result.id === 'other')?.tier).toBe('concept');
    if (ids.includes('partial')) expect(ids.indexOf('other')).toBeLessThan(ids.indexOf('partial'));
    expect(ids).not.toContain('none');
  });
  it('is not searched when ten pages or more already hold the reader’s words', async () => {
    // «منع الصيد»: a phrasing of the thesaurus alone (no curated concept of «الراحة البيولوجية» holds it).
    const pages: Record<string, string> = { other: 'قررت الوزارة منع الصيد في السواحل الجنوبية' };
    expect(reads('الراحة البيولوجية', pages.other)).toBe(true);
    for (let i = 0; i < 10; i++) pages[`typed${i}`] = `بدأت الراحة البيولوجية في الميناء رقم ${i}`;
    const searched: string[] = [];
    const run = fakePagefind(pages, ctx);
    const plan = planQuery('الراحة البيولوجية', ctx);
    const out = await rankTiers(plan, async (s) => (searched.push(s), run(s)), { total: 11 });
    expect(out.map((r) => r.result.id)).not.toContain('other');
    expect(plan.thesaurus?.searches.some((s) => searched.includes(s))).toBe(false);
    // With nine, it is.
    delete pages.typed9;
    expect((await rankTiers(plan, fakePagefind(pages, ctx), { total: 10 })).map((r) => r.result.id)).toContain('other');
  });
  it('never runs a search holding a word no page holds (Pagefind would leave the word out)', async () => {
    // «زغوان» (a town) is in no page: «ارتفاع درجات الحرارة» alone must not stand for «موجة حر في زغوان».
    const pages = { other: 'تشهد البلاد ارتفاع درجات الحرارة هذا الأسبوع', typed: 'ضربت موجة حر مدينة صفاقس' };
    const out = await rankTiers(planQuery('موجة حر في زغوان', ctx), fakePagefind(pages, ctx), { total: 2 });
    expect(out.filter((r) => r.tier !== 'partial').map((r) => r.result.id)).not.toContain('other');
  });
  it('adds no key to a page’s record: the index side does not know the thesaurus', () => {
    const doc = { title: 'الراحة البيولوجية', paragraphs: ['أعلنت الوزارة وقف الصيد في السواحل الجنوبية خلال فترة التوالد'] };
    const { thesaurus, ...without } = indexCtx;
    expect(thesaurus).toBeDefined();
    expect(keyedRecordBody(doc, indexCtx)).toEqual(keyedRecordBody(doc, without));
  });
});
