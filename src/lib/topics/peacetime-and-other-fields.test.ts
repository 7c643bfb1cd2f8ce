// Session 47 (part y, helper 10t): topic words of another field on news-weighted text — a truce between a
// club and its supporters or between two clans, a league's or a group's «قمة» where the team is named by
// its country, and the power sector's peacetime news (a plant built, expanded, commissioned). Each case
// fails on main 2088612d; each guard passes on both. Real lexicon and word forms, no model; texts written
// for this test, none copied.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id).sort();

describe('a truce of another field is no ceasefire (ceasefire otherFields)', () => {
  it('a club and its supporters', () => {
    expect(ids('هدنة بين إدارة الوحدات وروابط المشجعين', 'اتفقت إدارة النادي على هدنة مع روابط المشجعين حتى نهاية الموسم.')).not.toContain('ceasefire');
  });
  it('a club and its coach', () => {
    expect(ids('هدنة بين النادي والمدرب بعد أزمة التصريحات', 'توصلت إدارة النادي إلى هدنة مع المدرب حتى نهاية الدوري.')).not.toContain('ceasefire');
  });
  it('two clans after a killing', () => {
    expect(ids('عطوة أمنية بين عشيرتين في المفرق', 'أخذ الوجهاء عطوة أمنية لمدة عام بين عشيرتين، في خطوة لحقن الدماء وتهدئة النفوس.', 'وقال أحد الوجهاء إن الهدنة تشمل تعهد الطرفين بعدم التعرض.')).not.toContain('ceasefire');
  });
  it('a trade truce', () => {
    expect(ids('تمديد الهدنة التجارية بين بكين وواشنطن', 'اتفق البلدان على تمديد الهدنة التجارية وتعليق الرسوم الجمركية الإضافية تسعين يوما.')).not.toContain('ceasefire');
  });
  it('guards: this war\'s truces still are', () => {
    expect(ids('الكرملين يعلن هدنة لثلاثة أيام', 'أعلن الكرملين هدنة على خطوط الجبهة مع أوكرانيا لثلاثة أيام.')).toContain('ceasefire');
    expect(ids('دعوات إلى تهدئة في أوكرانيا', 'دعا الأمين العام إلى تهدئة فورية ووقف لإطلاق النار بين روسيا وأوكرانيا.')).toContain('ceasefire');
  });
});

describe('a team named by its country belongs to its field (frame.ts)', () => {
  it('a national team\'s group-topping match is no summit', () => {
    expect(ids('منتخب أوكرانيا يواجه أيسلندا في قمة المجموعة', 'يلعب المنتخب مباراته المقبلة في وارسو.')).not.toContain('summit');
  });
  it('a national team named by its nisba', () => {
    expect(ids('المنتخب الروسي يخوض قمة ودية أمام صربيا', 'يستضيف الفريق منافسه مساء السبت.')).not.toContain('summit');
  });
  it('guard: a summit of this war\'s leaders named with their countries', () => {
    expect(ids('قمة روسيا والولايات المتحدة في ألاسكا', 'يلتقي الرئيسان الأسبوع المقبل.')).toContain('summit');
  });
});

describe('the power sector\'s peacetime news is no energy front (energy otherFields, ownFields)', () => {
  it('a plant commissioned, with its megawatts', () => {
    expect(ids('دخول وحدة جديدة الخدمة', 'أعلنت الوزارة دخول وحدة جديدة في محطة الخيرات لتوليد الكهرباء بطاقة 125 ميغاواط.')).not.toContain('energy-infrastructure');
  });
  it('a refinery expanded, a plant built', () => {
    expect(ids('اتفاقية لتوسيع مصفاة الدقم', 'وقعت الشركة اتفاقية مع مستثمرين آسيويين.')).not.toContain('energy-infrastructure');
    expect(ids('مفاوضات لإنشاء محطة توليد في الجنوب', 'تتفاوض الوزارة مع شركتين لإنشاء محطة توليد جديدة.')).not.toContain('energy-infrastructure');
  });
  it('guards: a strike on a plant of given megawatts, and a plant hit in this war', () => {
    expect(ids('ضربات روسية على محطة توليد', 'دمر قصف روسي محطة توليد بقدرة 300 ميغاواط في خاركيف.')).toContain('energy-infrastructure');
    expect(ids('مسيرات تضرب مصفاة', 'أصابت مسيرات مصفاة نفط في جنوب روسيا وأشعلت حريقا.')).toContain('energy-infrastructure');
  });
});

describe('variants: another war\'s truce, a derby, a heat-wave outage', () => {
  it('Sudan\'s humanitarian truce and a ceasefire in Suwayda are another war\'s (frame.otherWars)', () => {
    expect(ids('الرباعية تقترح هدنة إنسانية في السودان', 'قدمت الرباعية مقترحا لهدنة إنسانية بين الجيش السوداني وقوات الدعم السريع.')).not.toContain('ceasefire');
    expect(ids('وقف إطلاق النار في السويداء يدخل يومه الثالث', 'دخل وقف إطلاق النار في محافظة السويداء يومه الثالث وسط هدوء حذر.')).not.toContain('ceasefire');
  });
  it('a derby at the top of the round is no summit', () => {
    expect(ids('الوداد يحسم الديربي في قمة الجولة', 'فاز الوداد على الرجاء في قمة الجولة العاشرة من البطولة.')).not.toContain('summit');
  });
  it('an outage from a heat wave\'s loads is no energy front', () => {
    expect(ids('انقطاع التيار في مناطق بسبب ارتفاع الأحمال', 'أعلنت الوزارة انقطاع التيار عن مناطق عدة بسبب ارتفاع درجات الحرارة وزيادة الأحمال.')).not.toContain('energy-infrastructure');
  });
  it('guards: the Iraqi prime minister «السوداني» is no Sudan, and a blackout after strikes still counts', () => {
    expect(ids('السوداني يبحث مع بوتين جهود السلام', 'بحث رئيس الوزراء محمد شياع السوداني مع الرئيس الروسي فلاديمير بوتين مفاوضات السلام بين روسيا وأوكرانيا.')).toContain('peace-talks');
    expect(ids('انقطاع التيار في خاركيف بعد ضربات روسية', 'أدت ضربات روسية على محطات فرعية إلى انقطاع التيار وتخفيف الأحمال في خاركيف.')).toContain('energy-infrastructure');
  });
});
