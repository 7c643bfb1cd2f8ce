// Discovery without junk (issue 14): a discovered name looks like a name — no particle or verb
// at its edges — and stops at the conjunction-prefixed word that follows it.
import { describe, expect, it } from 'vitest';
import { buildActorMatcher } from './matcher';
import { discoverPeople } from './discover';
import { compileLexicon } from './discovery-lexicon';
import { loadDiscoveryLexicon } from '../data';
import { seedActors } from './__fixtures__/seeds';

const lexicon = compileLexicon(loadDiscoveryLexicon());
const matcher = buildActorMatcher(seedActors, lexicon.link);
const names = (...paragraphs: string[]) => discoverPeople(paragraphs, matcher, lexicon).map((c) => c.name);

describe('discovery without junk', () => {
  it('a particle after a role is not a name', () => {
    expect(names('وأوضح أنه ناقش الأمر هاتفيا مع نظيره الأمريكي، إلا أن واشنطن لم تقدم أي التزام.')).toEqual([]);
  });
  it('a verb after a role is not a name', () => {
    expect(names('وقال مسؤول روسي جمّدت بلاده الاتصالات مع الجانب الأوروبي.')).toEqual([]);
    expect(names('وأكدت وزيرة الخارجية رفضت الحكومة المقترح.')).toEqual([]);
  });
  it('a name stops at the conjunction-prefixed word after it', () => {
    expect(names('وترأس الجلسة الأمين العام للحلف مارك روته ووافق القادة على البيان.')).toEqual(['مارك روته']);
    expect(names('وقدم نائب وزير الخارجية ألكسندر كوبراكوف وثيقة من عشر نقاط.')).toEqual(['ألكسندر كوبراكوف']);
  });
  it('a feminine noun with a possessive pronoun after a role is not a name (session 5)', () => {
    expect(names('وفق ما أعلن رئيس بلديتها في بيان مقتضب.')).toEqual([]);
    expect(names('وقال رئيس حكومتهم إن الوضع صعب.')).toEqual([]);
  });
  it('a rank of two words stays out of the name (session 9, h-dev hd25)', () => {
    expect(names('استقبل رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان المبعوث الروسي.')).toEqual(['عبد الفتاح البرهان']);
  });
  it('numbering words are not names', () => {
    expect(names('وقال الرئيس رقم 1 في القائمة هو حماية المدن.', 'وأضاف رقم 2 هو الطاقة.')).toEqual([]);
  });
  it('a noun that heads a phrase after a two-word name is not its third word (session 10, h-aside ha01, h-dev hd08)', () => {
    expect(names('بحث الوزير مع السفير الأوكراني أوليكسندر ماخنو أوضاع الطلبة.')).toEqual(['أوليكسندر ماخنو']);
    expect(names('أعلنت المفوضة الأوكرانية داريا هيراسيمتشوك عودة 12 طفلا.')).toEqual(['داريا هيراسيمتشوك']);
  });
  it('a verb after a role and a comma is not a one-word name (session 10, h-aside ha16, j-dev jd29)', () => {
    expect(names('تلقى اتصالا من نظيره الروسي، تناول تطورات الأزمة.')).toEqual([]);
  });
  it('a verbal noun of the إفعالة shape is not a name (session 10, i-dev id36)', () => {
    expect(names('أعلن مكتب الرئيس الأوكراني إعادة سبعة أطفال إلى ذويهم.')).toEqual([]);
  });
  it('a company, an airline or a body noun inside a role is not a name (session 10, j-dev jd04, jd19)', () => {
    expect(names('وقال الرئيس التنفيذي لروسنفت إيغور سيتشين إن الشراكة مستمرة.')).toEqual(['إيغور سيتشين']);
    expect(names('وقال رئيس طيران الإمارات تيم كلارك إن الرحلات مستمرة.')).toEqual(['تيم كلارك']);
  });
  it('a role word with a possessive pronoun is not a name (session 10, j-dev jd26)', () => {
    expect(names('التقى الوزير الرئيس ورئيس مكتبه في القصر.')).toEqual([]);
  });
  it('a family name that starts with ك and ends in ة is kept (session 10, j-dev jd08)', () => {
    expect(names('وقال الأمين العام للجمعية جورج كتانة إن الشحنة وصلت.')).toEqual(['جورج كتانة']);
  });
  it('a definite family name that ends the clause is kept (session 11, j-aside ja05, l-dev ld07, ld08)', () => {
    expect(names('بحضور الرئيس التنفيذي للصندوق سلطان المرشد.')).toEqual(['سلطان المرشد']);
    expect(names('وقال المدير العام للشركة معن النسور إن الطلب يرتفع.')).toEqual(['معن النسور']);
    expect(names('ويرى الباحث السياسي عامر السبايلة أن الحرب طويلة.')).toEqual(['عامر السبايلة']);
  });
  it('a day or time word after a one-word name is no family name', () => {
    expect(names('وقال الرئيس بوتين الاثنين إن الرد سيكون حاسما.')).toEqual([]);
    expect(names('وقال الوزير كوبراكوف الخميس، إن المحادثات مستمرة.')).toEqual(['كوبراكوف']);
  });
  it('a compound given name and a فال… family name (session 11, l-dev ld19, ld21)', () => {
    expect(names('وفق ما أكده وزير الطاقة محي الدين نعيم.')).toEqual(['محي الدين نعيم']);
    expect(names('وقالت وزيرة الخارجية إلينا فالتونين، إن الدعم مستمر.')).toEqual(['إلينا فالتونين']);
  });
});
