// Session 24 (issue 15, sixteenth pass, part C): concepts said in other words — near-synonym sets
// (content/search-near-synonyms.yaml), a general word and the kinds a page names, a query word with a
// pronoun naming a set, and the page's note — on the real data, through the real keying and planning.
import { describe, expect, it } from 'vitest';
import { conceptOrWider as concept, ctx, finds, weights } from './curatedMatch.testkit';
import { indexKeys, planQuery } from './keys';


const concepts = (text: string) => indexKeys(text, ctx).filter((t) => t.startsWith('uu'));
const named = (q: string) => planQuery(q, ctx).units.map((u) => u.concept).filter(Boolean);

describe('a query word of a near-synonym set finds the other words, after the word itself', () => {
  it('«هجوم إلكتروني على البنوك» finds a ransomware attack on «مصارف»', () => {
    const page = 'تبنت مجموعة ناطقة بالروسية هجوما ببرمجية فدية شفرت ملفات ثلاثة مصارف عربية';
    expect(finds('هجوم إلكتروني على البنوك', page)).toBe(false);
    expect(concept('هجوم إلكتروني على البنوك', page)).toBe(true);
  });
  it('«نقص» finds «شح» and «عجز في», never «عجز عن» (unable)', () => {
    expect(concept('نقص الأدوية', 'يشكو المرضى من شح حاد في الأدوية')).toBe(true);
    expect(concept('نقص قطع الغيار', 'لا يسد ذلك العجز في قطع الغيار')).toBe(true);
    expect(concepts('وعجز الاتحاد الدولي عن التوصل إلى صيغة')).not.toContain('uunearshortageuu');
  });
  it('«قلق» finds «مخاوف» and «يخشون»; the flag is «راية», never «علم» alone (knowledge)', () => {
    expect(concept('قلق الأوكرانيين', 'يعيش الأوكرانيون مخاوف يومية')).toBe(true);
    expect(concept('بلا علم بلادهم', 'شاركت تحت راية محايدة')).toBe(true);
    expect(concepts('وأكد مصدر أنها على علم بالمشكلة')).toEqual([]);
  });
  it('a farmer is «فلاح» or «مزارعين», never «مزارع الأسماك» (fish farms)', () => {
    expect(concept('الفلاحين', 'يشكو المزارعون من ارتفاع الأسعار')).toBe(true);
    expect(concepts('توقفت مشاريع مزارع الأسماك')).not.toContain('uunearfarmersuu');
  });
  it('drains are no banks: «المصارف الزراعية» carries no bank token (notNamePhrases)', () => {
    expect(concepts('تنظيف المصارف الزراعية في سهل الغاب')).not.toContain('uunearbanksuu');
    expect(concepts('عزل المصارف الروسية عن نظام سويفت')).toContain('uunearbanksuu');
  });
});

describe('the curated concepts first, then the sets: the concept tier of before, then the wider search', () => {
  it('«بنك روسي» asks first for «بنك» beside Russia, then for any bank word', () => {
    const plan = planQuery('بنك روسي', ctx).concept!;
    expect(plan.search.split(' ')).not.toContain('uunearbanksuu');
    expect(plan.wider!.split(' ')).toContain('uunearbanksuu');
  });
  it('a set’s token is a low-weight key of the page, once, never lengthening its text', () => {
    const { full, low } = weights('ارتفعت أسعار البنزين والغازوال والمحروقات');
    expect(low.has('uunearfueluu')).toBe(true);
    expect(full.has('uunearfueluu')).toBe(false);
  });
});

describe('a general word and its kinds (one way)', () => {
  it('«عائلته» finds «والدته»; «والدته» does not name the set', () => {
    expect(concept('قلق على عائلته', 'لا ينام قبل أن يطمئن على والدته ويخشى عليها')).toBe(true);
    expect(named('والدته')).toEqual([]);
  });
  it('«الوقود» finds «الديزل»; «الديزل» is itself', () => {
    expect(concept('غلاء الوقود', 'ارتفاع أسعار الديزل في محطات الساحل')).toBe(true);
    expect(named('الديزل')).toEqual([]);
  });
});

describe('a query word with a pronoun names the set its bare form names', () => {
  it('«مخاوفهم» names worry; the exact tier still asks for the word as typed', () => {
    expect(named('مخاوفهم')).toEqual(['near-worry']);
    expect(finds('مخاوفهم', 'عبروا عن قلقهم')).toBe(false);
    expect(concept('مخاوفهم', 'عبروا عن قلق عميق')).toBe(true);
  });
});

describe('the note says what was added, never the typed word in another form', () => {
  it('«البنوك» shows «مصارف», not «بنوك» or «بنك»', () => {
    const shown = planQuery('البنوك', ctx).concept!.shown;
    expect(shown[0]).toBe('مصارف');
    expect(shown).not.toContain('بنوك');
    expect(shown).not.toContain('بنك');
  });
  it('«الهدنة» shows the ceasefire’s other phrasings, not «هدنة» (its own word, which it showed before)', () => {
    expect(planQuery('الهدنة', ctx).concept!.shown).toEqual(['وقف إطلاق النار', 'تهدئة', 'وقف القتال']);
  });
});
