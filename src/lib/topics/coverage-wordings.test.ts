// Session 10 (issue 14, topics): wordings of each topic as real coverage writes them in short
// items (studied on stored pages with Arabic queries; the items below are written for this test),
// drawn per topic rather than from one article: the alliance named by what it is, deterrent forces
// and nuclear tests, farm produce as a cargo, a pledge not to fire, «للقتال» (ل + القتال) after a
// stopping verb, troops withdrawn from a named region, new borders, a state's coordination, two
// leaders in the dual, «دعما عسكريا». And where the same words mean something else.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const real = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, real).map((t) => t.id).sort();

describe('each topic in the words of real coverage', () => {
  it('NATO named as the Western military alliance, or by its growth', () => {
    expect(ids('كييف تريد موعدا للانضمام إلى التحالف العسكري الغربي', 'قال الرئيس الأوكراني إن بلاده تنتظر إشارة واضحة.')).toEqual(['nato']);
    expect(ids('لافروف: توسع الحلف شرقا يهدد أمن روسيا', 'قال الوزير إن بلاده لن تقبل ذلك.')).toEqual(['nato']);
  });
  it('nuclear: strategic deterrent forces, the triad, a test', () => {
    expect(ids('الكرملين يرفع جاهزية قوات الردع الاستراتيجي', 'أعلن الرئيس الروسي الخطوة خلال اجتماع مع قادة الجيش.')).toEqual(['nuclear']);
    expect(ids('ريابكوف: سنرد على أي تجربة نووية أمريكية', 'قال نائب الوزير إن موسكو تراقب الاستعدادات.')).toEqual(['nuclear']);
  });
  it('grain: a cargo of farm produce', () => {
    expect(ids('خمس سفن تغادر الموانئ الأوكرانية', 'تحمل السفن 140 ألف طن من المنتجات الزراعية إلى آسيا.')).toEqual(['grain-and-food']);
  });
  it('ceasefire: a pledge not to fire; a halt «للقتال»', () => {
    expect(ids('الكرملين يعلن هدوءا ثلاثة أيام', 'قال المتحدث إن القوات ستلتزم بعدم إطلاق النار خلال العيد.')).toEqual(['ceasefire']);
    expect(ids('زيلينسكي يقترح وقفا كاملا للقتال', 'قال الرئيس إن العرض يبقى قائما شهرا.')).toEqual(['ceasefire']);
  });
  it('territory: troops withdrawn from a named region; new borders', () => {
    expect(ids('زيلينسكي: لن نسحب قواتنا من دونباس', 'قال الرئيس إن الدستور لا يسمح بذلك.')).toEqual(['territory']);
    expect(ids('موسكو تطالب بالاعتراف بحدودها الجديدة', 'قال لافروف إن ذلك شرط لأي تفاهم.')).toContain('territory');
  });
  it('mediation: a return done «بتنسيق» of a named state', () => {
    expect(ids('عودة 8 أطفال أوكرانيين إلى ذويهم', 'جرت العملية بتنسيق قطري مع الجانبين.')).toContain('mediation');
  });
  it('summit: two leaders said by the dual', () => {
    expect(ids('ترامب وبوتين في ألاسكا', 'عقد الرئيسان لقاء استمر ثلاث ساعات في قاعدة عسكرية.')).toEqual(['summit']);
  });
  it('peace talks in their trilateral format', () => {
    expect(ids('الكرملين: الاجتماع الثلاثي المقبل بعد أسبوع', 'قال المتحدث إن المكان لم يحدد بعد.')).toEqual(['peace-talks']);
  });
  it('sanctions said by the verb of their root', () => {
    expect(ids('واشنطن تعاقب شبكة تزود روسيا بالرقائق', 'قالت الخزانة إن الشبكة تعمل من ثلاث دول.')).toEqual(['sanctions']);
  });
  it('the four regions named as «المقاطعات الأربع»', () => {
    expect(ids('بوتين: المقاطعات الأربع جزء من روسيا', 'قال إن المسألة ليست للنقاش.')).toEqual(['territory']);
  });
  it('military aid in the accusative', () => {
    expect(ids('برلين تعلن دعما عسكريا إضافيا لكييف', 'قال الوزير إن الشحنة تشمل رادارات.')).toEqual(['military-aid']);
  });
});

describe('where the same words mean something else', () => {
  it('a «قوة ردع» in Ukraine is a reassurance force, not the nuclear file', () => {
    expect(ids('موسكو تحذر من قوات أجنبية', 'قالت الخارجية إن أي «قوة ردع» تنتشر في أوكرانيا ستعد هدفا مشروعا.')).not.toContain('nuclear');
  });
  it('two envoys meeting the president is no meeting of two presidents', () => {
    expect(ids('ويتكوف وكوشنر في موسكو', 'التقيا الرئيس الروسي في الكرملين لبحث المسودة.')).not.toContain('summit');
  });
  it('a region where a battle moved is still not given up', () => {
    expect(ids('معارك عنيفة قرب دونيتسك', 'تقدمت القوات الروسية نحو بلدات غرب دونيتسك وسط قصف مكثف.')).not.toContain('territory');
  });
});
