// Session 48, late (helper 10k): the linker's gaps that relations and topics shared — unnamed bodies'
// nisbas, a capital after «إلى» that receives what was sent, a country in a team's name read as a
// surname, the preposition «على» read as the first name «علي», and a two-letter name after «و».
// Real dictionary and context words (content/); sentences written in the pages' shapes, none copied.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';

const ids = actorIdsWith(curatedActors());
const sorted = (text: string) => ids(text).sort();

describe('counted unnamed bodies\' nisba is their country (a number, indefinite noun, indefinite nisba)', () => {
  it('«12 شركة صينية», «30 مؤسسة إيرانية», and the dual and plural that were never bodies', () => {
    expect(sorted('وفرضت واشنطن قيودا على 12 شركة صينية وشركتين هنديتين.')).toEqual(['china', 'india', 'united-states']);
    expect(sorted('وشملت القائمة 30 مؤسسة إيرانية.')).toEqual(['iran']);
    expect(sorted('عقوبات على 9 شركات إماراتية وتركية.')).toEqual(['turkey', 'uae']);
  });
  it('guard: one company is a company («صفقة مع شركة أوكرانية», as h-dev hd22 labels it)', () => {
    expect(ids('أبرم المكتب صفقة أسمدة مع شركة أوكرانية.')).toEqual([]);
  });
  it('guard: a named body keeps its nisba («شركة نفتوغاز الأوكرانية», «الشركة السعودية للصناعات الأساسية»)', () => {
    expect(ids('أعلنت شركة نفتوغاز الأوكرانية زيادة الواردات.')).toEqual([]);
    expect(ids('وقالت الشركة السعودية للصناعات الأساسية إن أرباحها ارتفعت.')).toEqual([]);
  });
});

describe('a capital after «إلى» following a verb of sending is the receiver', () => {
  it('«التي أرسلتها الولايات المتحدة إلى كييف», «سلمت برلين دبابات إلى كييف»', () => {
    expect(sorted('وصلت شحنة الذخائر التي أرسلتها الولايات المتحدة إلى كييف الأسبوع الماضي.')).toEqual(['ukraine', 'united-states']);
    expect(sorted('وسلمت برلين دبابات إلى كييف.')).toEqual(['germany', 'ukraine']);
  });
  it('guard: people sent to a capital visit a place (j-dev jd34\'s shape)', () => {
    expect(sorted('ترامب يرسل كوشنر وويتكوف إلى موسكو')).toEqual(['donald-trump', 'jared-kushner', 'steve-witkoff']);
  });
  it('guard: arriving or travelling to a capital is a place', () => {
    expect(ids('وصل الوفد الأمريكي إلى كييف صباح اليوم.')).toEqual(['united-states']);
    expect(ids('توجه لافروف إلى أنقرة في زيارة رسمية.')).toEqual(['sergey-lavrov']);
  });
});

describe('a surname reached through the article is no person', () => {
  it('«منتخب الكاميرون» is not David Cameron', () => {
    expect(ids('وتأهل منتخب الكاميرون إلى الدور الثاني بعد فوزه على مصر.')).toEqual(['egypt']);
    expect(ids('لاعبو الكاميرون يحتفلون.')).toEqual([]);
  });
  it('guard: the bare surname itself still links', () => {
    expect(ids('وقال وزير الخارجية البريطاني ديفيد كاميرون إن … وأضاف كاميرون أن الدعم مستمر.')).toEqual(['david-cameron', 'united-kingdom']);
  });
});

describe('«على» before a surname is the preposition, not the first name «علي»', () => {
  it('«ردا على بوتين»', () => {
    expect(ids('جاء ذلك ردا على بوتين الذي هدد بالتصعيد.')).toEqual(['vladimir-putin']);
  });
  it('guard: «علي» written as a name before a surname is another person', () => {
    expect(ids('وقال المحلل علي بوتين إن المفاوضات صعبة.')).toEqual([]);
  });
});

describe('a name of several words starting with two letters, after «و»', () => {
  it('«قمة بوتين وشي جين بينغ»', () => {
    expect(sorted('وأعلن الكرملين أن لقاء بوتين وشي جين بينغ سيعقد في الخريف.')).toEqual(['kremlin', 'vladimir-putin', 'xi-jinping']);
  });
  it('guard: «و» + a two-letter word alone links nothing', () => {
    expect(ids('وشي من هذا لم يحدث.')).toEqual([]);
  });
});
