// Word forms, nisba and concepts in search, on the real curated data (content/*.yaml): the
// cases issue 15 names. A query matches a text when every exact key of its plan (or of its
// concept plan) is among the text's index keys.
import { describe, expect, it } from 'vitest';
import { loadActors, loadTopics } from '../data/load';
import { loadSearchSynonyms, resolveConcepts } from '../data/search';
import { loadWordForms } from '../data/load';
import { buildContextJson, contextFromJson, splitContextJson } from './context';
import { indexKeys, planQuery } from './keys';

const actors = loadActors();
const json = buildContextJson(actors, {
  families: loadWordForms(),
  concepts: resolveConcepts(loadSearchSynonyms(), loadTopics()),
});
const ctx = contextFromJson(JSON.parse(JSON.stringify(json)));
const keysOf = (text: string) => new Set(indexKeys(text, ctx));
/** The words themselves (forms, nisba, aliases) match: the exact tier. */
const exact = (q: string, text: string) => planQuery(q, ctx).search.split(' ').every((k) => keysOf(text).has(k));
/** The query's concept matches (ranked after the exact results). */
const concept = (q: string, text: string) => {
  const c = planQuery(q, ctx).concept;
  return !!c && c.search.split(' ').every((k) => keysOf(text).has(k));
};

describe('word forms on both sides', () => {
  it('meets broken plurals and singulars (أسير ↔ الأسرى، صاروخ ↔ صواريخ، جندي ↔ جنود)', () => {
    expect(exact('أسير', 'أفرجت موسكو عن دفعة من الأسرى')).toBe(true);
    expect(exact('الأسرى', 'عاد آخر أسير إلى بلاده')).toBe(true);
    expect(exact('صواريخ', 'تسليم صاروخ توماهوك')).toBe(true);
    expect(exact('جندي', 'وصول جنود أوروبيين')).toBe(true);
  });
  it('meets derivations of one root (اتفاقية الحبوب ↔ اتفاق الحبوب، توسطت ↔ الوساطة، الإفراج ↔ أفرجتا)', () => {
    expect(exact('اتفاقية الحبوب', 'إحياء اتفاق الحبوب في البحر الأسود')).toBe(true);
    expect(exact('اتفاق الحبوب', 'انسحبت موسكو من اتفاقية الحبوب')).toBe(true);
    expect(exact('توسطت', 'أشاد بالوساطة القطرية')).toBe(true);
    expect(exact('الإفراج', 'أفرجتا عن 390 عسكريا')).toBe(true);
  });
  it('meets a country and its nisba forms and demonyms (تركيا ↔ التركي/التركية/الأتراك), after the pages naming it', () => {
    for (const text of ['قال الوزير التركي', 'المسؤولون الأتراك', 'أكد الجانب التركي']) {
      expect(concept('تركيا', text), text).toBe(true);
      expect(exact('تركيا', text), text).toBe(false);
    }
    expect(exact('تركيا', 'زار أنقرة وفد من تركيا')).toBe(true);
    expect(concept('الأتراك', 'زار أنقرة وفد من تركيا')).toBe(true);
    expect(concept('ألمانيا', 'أعلنت وزارة الدفاع الألمانية')).toBe(true);
    expect(planQuery('تركيا', ctx).concept?.shown).toEqual(expect.arrayContaining(['التركي', 'الأتراك']));
  });
  it('meets every country\'s demonyms and common spellings of its nisba (الصرب، الكازاخ، القرغيز، الدنمركي، النروجي، الأرمني)', () => {
    const cases: Array<[string, string]> = [
      ['صربيا', 'احتج الصرب على القرار'],
      ['كازاخستان', 'وصل الكازاخ إلى موسكو'],
      ['قرغيزستان', 'عمال من القرغيز في روسيا'],
      ['الدنمارك', 'قالت الحكومة الدنمركية'],
      ['النرويج', 'أعلن الصندوق النروجي'],
      ['أرمينيا', 'قال رئيس الوزراء الأرمني'],
    ];
    for (const [q, text] of cases) expect(concept(q, text), `${q} → ${text}`).toBe(true);
  });
  it('meets أوروبا and its adjective: «عقوبات أوروبية» finds «عقوبات الاتحاد الأوروبي»', () => {
    expect(exact('عقوبات أوروبية', 'أقر الاتحاد الأوروبي حزمة جديدة من العقوبات')).toBe(true);
    expect(exact('أوروبا', 'دعا الشركاء الأوروبيين إلى مضاعفة جهودهم')).toBe(true);
  });
  it('keeps precision: words outside a family are never stemmed', () => {
    expect(exact('الزيتون', 'ارتفاع أسعار زيت الطعام')).toBe(false);
    expect(exact('زيت', 'تصدير الزيتون')).toBe(false);
    expect(exact('أسرى', 'نزوح الأسر الأوكرانية')).toBe(false);
    expect(exact('قوات', 'ارتفاع أسعار القوت اليومي')).toBe(false);
    expect(exact('عقوبات', 'تذليل العقبات أمام التجارة')).toBe(false);
    expect(exact('التركي', 'زيادة تركيز اليورانيوم')).toBe(false);
    expect(exact('وسيط', 'فرض السيطرة على المدينة')).toBe(false);
  });
});

describe('concepts', () => {
  it('«هدنة» also finds «وقف إطلاق النار» and «تهدئة», but only in the concept tier', () => {
    expect(concept('هدنة', 'تفاهم على وقف إطلاق النار في البحر الأسود')).toBe(true);
    expect(concept('هدنة', 'أعلن الكرملين تهدئة لمدة ثلاثين ساعة')).toBe(true);
    expect(exact('هدنة', 'تفاهم على وقف إطلاق النار في البحر الأسود')).toBe(false);
    expect(planQuery('هدنة', ctx).concept?.shown).toEqual(expect.arrayContaining(['وقف إطلاق النار', 'تهدئة']));
  });
  it('«وساطة» also finds hosting and facilitation («استضافة المحادثات»، «تسهيل»)', () => {
    expect(concept('وساطة', 'أبدت استعدادها لاستضافة المحادثات')).toBe(true);
    expect(concept('وساطة', 'نجاح جهودها في تسهيل عملية تبادل')).toBe(true);
  });
  it('«وساطة تركيا» finds «الوساطة التركية» and «الجانب التركي» with a mediation phrasing', () => {
    expect(exact('وساطة تركيا', 'أثبتت الوساطة التركية جدواها')).toBe(true);
    expect(concept('وساطة تركيا', 'عرض الجانب التركي استضافة المحادثات في إسطنبول')).toBe(true);
  });
  it('a concept name inside a longer query keeps the other words', () => {
    const plan = planQuery('هدنة الطاقة', ctx);
    expect(plan.concept).not.toBeNull();
    expect(concept('هدنة الطاقة', 'وقف إطلاق النار على منشآت الطاقة')).toBe(true);
    expect(concept('هدنة الطاقة', 'وقف إطلاق النار في البحر الأسود')).toBe(false);
  });
  it('exact-only search has no concept', () => {
    expect(planQuery('هدنة', ctx, { concepts: false }).concept).toBeNull();
  });
});

describe('concepts said in other words, drawn from real coverage (issue 15, third pass)', () => {
  // Each phrasing below was found in real Arabic coverage (the `pages` corpus), not in a query.
  it('«لاجئين» also finds the people who fled («الفارين من الحرب»، «نزحوا»، «الحماية المؤقتة»)', () => {
    expect(concept('لاجئين', 'تمديد الحماية للفارين من الحرب')).toBe(true);
    expect(concept('لاجئين', 'الأوكرانيين الذين نزحوا منذ بداية الغزو')).toBe(true);
    expect(concept('اللاجئين', 'تمديد نظام الحماية المؤقتة عاما إضافيا')).toBe(true);
  });
  it('«ضم» also finds «إلحاق» and the sovereignty phrasings, but not «انضمام» to an alliance', () => {
    expect(concept('ضم الأراضي', 'أعلن إلحاق المقاطعات الأربع')).toBe(true); // the whole phrase names the concept
    expect(concept('ضم', 'أعلن إلحاق المقاطعات الأربع')).toBe(true);
    expect(concept('الضم', 'الاعتراف بالسيادة الروسية على القرم')).toBe(true);
    expect(concept('ضم', 'انضمام السويد إلى الحلف')).toBe(false);
  });
  it('«إعادة الإعمار» also finds «تعافي أوكرانيا» and «إعادة البناء»', () => {
    expect(concept('إعادة الإعمار', 'افتتاح مؤتمر تعافي أوكرانيا في برلين')).toBe(true);
    expect(concept('الإعمار', 'خطة إعادة بناء البنية التحتية')).toBe(true);
  });
  it('«التجنيد» also finds «التعبئة» and «سن الخدمة العسكرية», not every army news', () => {
    expect(concept('التجنيد', 'قانون التعبئة العامة في أوكرانيا')).toBe(true);
    expect(concept('التجنيد', 'استدعاء جنود الاحتياط')).toBe(true);
    expect(concept('التجنيد', 'أعلن الجيش الأوكراني صد هجوم')).toBe(false);
  });
  it('mediation, talks, truce, sanctions and military aid in more of their phrasings', () => {
    expect(concept('وساطة', 'تسعى إلى تقريب وجهات النظر بين الطرفين')).toBe(true);
    expect(concept('مفاوضات', 'جلسة حوار مباشر بين الوفدين')).toBe(true);
    expect(concept('هدنة', 'وافق على وقف الهجمات لمدة أسبوع')).toBe(true);
    expect(concept('عقوبات', 'فرض حظر على تصدير السلع إلى موسكو')).toBe(true);
    expect(concept('مساعدات عسكرية', 'تعهدت برلين بتزويد أوكرانيا بمنظومات دفاع جوي')).toBe(true);
  });
});

describe('the planning file the browser waits for (kb-search.json)', () => {
  const { planning } = splitContextJson(json);
  const shipped = contextFromJson(JSON.parse(JSON.stringify(planning)));

  it('leaves out what the browser derives cheaply (the known stems), and ships the nisba concepts’ names, costly to derive', () => {
    expect(planning).not.toHaveProperty('known');
    const nisba = planning.concepts!.filter((c) => c.actor);
    expect(nisba.length).toBeGreaterThan(10);
    for (const c of nisba) expect(c.names, c.id).toEqual(json.concepts!.find((j) => j.id === c.id)!.names);
    for (const c of nisba) expect(c).not.toHaveProperty('nisba');
    // What it saves is at least the known stems' bytes (a ratio would drift with the dictionary).
    const full = JSON.stringify({ ...json, actors: [], topics: {}, sources: {} }).length;
    expect(JSON.stringify(planning).length).toBeLessThan(full - JSON.stringify(json.known).length);
  });

  it('derives them as they were built, so the browser plans every query as the index was keyed', () => {
    // The family forms that keep a first letter a clitic reading would take (البحارة) are stems never stripped too.
    expect([...shipped.known].sort()).toEqual([...json.known!, ...(json.rootClitic ?? [])].sort());
    expect(json.rootClitic?.length).toBeGreaterThan(0);
    expect(shipped.families).toEqual(ctx.families);
    expect(shipped.conceptNames).toEqual(ctx.conceptNames);
    expect(shipped.conceptPhrases).toEqual(ctx.conceptPhrases);
    for (const q of ['تركيا', 'الأتراك', 'وساطة تركيا', 'عقوبات أوروبية', 'زيلينسكي', 'ترمب', 'الناتو', 'هدنة', 'الروسية', 'Putin']) expect(planQuery(q, shipped), q).toEqual(planQuery(q, ctx));
  });

  it('keeps a part the browser could not derive exactly', () => {
    const odd = { ...json, known: [...json.known!, 'كتاب'] };
    expect(splitContextJson(odd).planning.known).toContain('كتاب');
  });
});
