// Session 47 (part y, helper 10t): people named in appositions and after titles — a name framed by commas
// after a role, whatever its shape («السفير الروسي لدى ليبيا، أيدار أغانين،»); «علي» inside a name; a family
// name of a verb's or a plural's shape right after a first name («محمود عصمت», «يوري إهنات») — and the
// common words a role used to make people of («مدير عام», «الوزير جدد», a lone «دعوة»). Real dictionary and
// word lists (content/), sentences written in the shape of the pages, none copied. Each case fails on main
// 2088612d; each guard passes on both.
import { describe, expect, it } from 'vitest';
import { buildOne, curatedActors } from '../corpus/build.test-helpers';
import { loadDiscoveryLexicon } from '../data';
import { discoverPeople } from './discover';
import { compileLexicon } from './discovery-lexicon';
import { buildActorMatcher } from './matcher';

const actors = curatedActors();
const lexicon = compileLexicon(loadDiscoveryLexicon());
const matcher = buildActorMatcher(actors, lexicon.link);
/** The strong candidates (site actors) of one paragraph. */
const people = (text: string) => discoverPeople([text], matcher, lexicon).filter((c) => c.strong).map((c) => c.name);

describe('a name framed by commas after a role is the person in apposition', () => {
  it('whatever its words\' shapes («أيدار» like إفعال, «إغنات» like a plural)', () => {
    expect(people('استقبل الرئيس السفير الروسي لدى ليبيا، أيدار أغانين، وبحث معه التعاون.')).toEqual(['أيدار أغانين']);
    expect(people('وأوضح المتحدث باسم سلاح الجو، يوري إغنات، أن المنظومات تصدت للصواريخ.')).toEqual(['يوري إغنات']);
  });
  it('guards: a clause between commas after a role is nobody', () => {
    expect(people('قال مسؤول عسكري، طالبا عدم كشف اسمه، إن الهجوم فشل.')).toEqual([]);
    expect(people('قال المتحدث باسم الحكومة، في بيان، إن الوزارة تتابع الملف.')).toEqual([]);
    expect(people('أكد وزير الخارجية، خلال مؤتمر صحفي، أن بلاده تدعم الحوار.')).toEqual([]);
  });
});

describe('a name after a title, read to its end', () => {
  it('«علي» inside a name is a name, not «على»', () => {
    expect(people('أعلن وزير الكهرباء زياد علي فاضل، يوم الثلاثاء، دخول وحدتين جديدتين الخدمة.')).toEqual(['زياد علي فاضل']);
  });
  it('after a first name, a family name shaped like فعلت or a plural in ـات', () => {
    expect(people('تفقد وزير الكهرباء والطاقة المتجددة محمود عصمت أعمال التركيب.')).toEqual(['محمود عصمت']);
    expect(people('وقال المتحدث باسم سلاح الجو يوري إهنات إن معظم المسيرات أسقطت.')).toEqual(['يوري إهنات']);
  });
  it('guards: «على» after a name is still the preposition, and a feminine verb opens no name', () => {
    expect(people('وأكد الوزير زياد على أهمية التعاون.')).not.toContain('زياد على أهمية');
    expect(people('قال مسؤول روسي جمدت بلاده الأصول.')).toEqual([]);
  });
});

describe('common words after a role make nobody', () => {
  it('«مدير عام»: the title goes on', () => {
    expect(people('وقال مدير عام الشركة العامة لتجارة الحبوب إن الشحنة وصلت.')).toEqual([]);
  });
  it('a doubled root\'s perfect verb right after a role («الوزير جدد»)', () => {
    expect(people('وأضاف أن الوزير جدد موقف بلاده الداعم للحوار.')).toEqual([]);
  });
  it('a lone word after a role is no site actor unless it looks like a family name', () => {
    expect(people('ووجه الرئيس دعوة للمشاركة في المنتدى.')).toEqual([]);
  });
  it('and so links nowhere else («منذ عام», «الأمين العام»)', () => {
    const a = buildOne(['وقال مدير عام الشركة العامة إن الشحنة وصلت.', 'وتعاني البلاد منذ عام من نقص الحبوب، بحسب الأمين العام للأمم المتحدة.'], actors);
    expect(a.actorIds.filter((id) => id.startsWith('discovered-'))).toEqual([]);
  });
  it('guards: a lone transliterated family name after a role still is one; a named ambassador too', () => {
    expect(people('وقال السفير كوتراشيف إن الشركات ستعود.')).toEqual(['كوتراشيف']);
    expect(people('قال السفير الروسي إلبروس كوتراشيف إن الشركات ستعود.')).toEqual(['إلبروس كوتراشيف']);
  });
});

describe('variants: a rank in the apposition, «باسم» as a first name, an undersecretary', () => {
  it('«…، العميد يحيى رسول،», «المتحدث باسم الحكومة العراقية باسم العوادي», «وكيل الوزارة باسم محمد خضير»', () => {
    expect(people('قال المتحدث باسم وزارة الدفاع، العميد يحيى رسول، إن القوات صدت الهجوم.')).toEqual(['يحيى رسول']);
    expect(people('وقال المتحدث باسم الحكومة العراقية باسم العوادي إن بغداد تتابع الملف.')).toEqual(['باسم العوادي']);
    expect(people('وقال وكيل الوزارة باسم محمد خضير إن بغداد تفاوض شركات أمريكية.')).toEqual(['باسم محمد خضير']);
  });
  it('guards: «باسم» of a role still is the role', () => {
    expect(people('وقال المتحدث باسم الوزارة إن الاجتماع انتهى.')).toEqual([]);
    expect(people('وأضاف باسم الحكومة أن الاتفاق قريب.')).toEqual([]);
  });
});
