// Session 49 (the spent ac-aside, helper 10m): another story told in this war's words. An article that names
// this war nowhere — none of the frame's `thisWar` words (its states, capitals, leaders, fronts, its envoy, the
// alliance) in its title or paragraphs, and is no short brief — is not given a topic of this war's diplomacy (the topics with a
// `frame`), by the lexicon or by the model (read at the merge through 10t's article frame, `articleFrame`): an ultras' «هدنة» with their club, a round of «مفاوضات» between
// two parties forming a government, a truce and a prisoner swap between a government and its rebels. And a
// treaty's review conference is no nuclear threat of this war (nuclear's `otherFields`). Real lexicon and word
// forms, no model; texts written for this test, none copied. Each case fails on main 3ac76b60; guards pass on both.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)), undefined, { articleFrame: true });
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id);

describe('an article that names this war nowhere gets none of its diplomacy topics', () => {
  it('a club and its supporters agree a «هدنة»', () => {
    const got = ids(
      'الفريق يستعد لمواجهة المتصدر وهدنة مع الأنصار',
      'يستقبل الفريق مساء الأحد ضيفه المتصدر على ملعبه في مباراة حاسمة من الجولة الثامنة والعشرين، ويأمل المدرب في استعادة نغمة الانتصارات بعد تعادلين متتاليين خارج الديار.',
      'وفي سياق آخر، أعلنت فصائل المساندين هدنة مع المكتب المسير حتى آخر الموسم، بعد لقاء مع الرئيس تعهد فيه بصرف رواتب اللاعبين المتأخرة وتحسين ظروف الدخول إلى المدرجات.',
    );
    expect(got).not.toContain('ceasefire');
  });
  it('two parties negotiate a government and a «هدنة إعلامية»', () => {
    const got = ids(
      'جولة مفاوضات جديدة بين الحزبين لتشكيل الحكومة وهدنة إعلامية',
      'كشفت مصادر سياسية عن جولة مفاوضات جديدة بين الحزبين الكبيرين هذا الأسبوع، في محاولة لإنهاء الخلاف الذي يؤخر تشكيل الحكومة المحلية منذ الانتخابات الأخيرة.',
      'وقالت المصادر إن الحزبين اتفقا على هدنة إعلامية توقف الحملات المتبادلة بين قنواتهما، وإن الخلاف ما زال قائما على توزيع الحقائب ورواتب الموظفين قبل جلسة البرلمان المقبلة.',
    );
    expect(got).not.toContain('peace-talks');
    expect(got).not.toContain('ceasefire');
  });
  it('a government and its rebels: truce, prisoner swap and a mediator', () => {
    const got = ids(
      'هافانا تستضيف جولة جديدة بين بوغوتا وجيش التحرير الوطني وتبادل للأسرى',
      'احتضنت هافانا أمس جولة جديدة من المفاوضات بين الحكومة الكولومبية وجيش التحرير الوطني، في إطار الوساطة الكوبية الهادفة إلى تنفيذ الاتفاق الإطاري الموقع بين الطرفين العام الماضي.',
      'واتفق الطرفان على تمديد وقف إطلاق النار ستة أشهر، وعلى تبادل دفعة جديدة من الأسرى والمحتجزين تتولاها اللجنة الدولية للصليب الأحمر خلال الأسابيع المقبلة، بحسب بيان مشترك.',
    );
    for (const t of ['peace-talks', 'ceasefire', 'prisoner-exchange', 'mediation']) expect(got).not.toContain(t);
  });
  it('guards: this war named by a front, a spelling of one, or only in the body keeps its topics', () => {
    expect(ids(
      'آلاف المدنيين ينزحون من سومي',
      'قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن آلاف المدنيين نزحوا من القرى الحدودية خلال الشهر الماضي مع اشتداد القصف، وإن المساعدات الإنسانية التي تصل إلى مراكز الإيواء لا تكفي لتلبية الاحتياجات المتزايدة مع اقتراب الشتاء وتضرر شبكات المياه.',
    )).toContain('humanitarian');
    expect(ids(
      'الدوحة تستضيف جولة مفاوضات جديدة',
      'بدأت في الدوحة جولة مفاوضات جديدة بين الوفدين بحضور ممثلين عن الدولة المضيفة، وسط تكتم على جدول الأعمال وتوقعات بأن تستمر المحادثات ثلاثة أيام على الأقل.',
      'وقال رئيس الوفد الأوكراني إن الجولة ستتناول وقف إطلاق النار وتبادل الأسرى، مضيفا أن بلاده مستعدة لكل الصيغ التي تحفظ سيادتها.',
    )).toContain('peace-talks');
  });
  it('guards: an article about this war that compares it with another conflict keeps its topics', () => {
    const got = ids(
      'موسكو وكييف تتبادلان 200 أسير بوساطة إماراتية',
      'قالت وزارة الدفاع الروسية إن التبادل تم بوساطة إماراتية، وإن الجنود العائدين سينقلون إلى المستشفيات لتلقي العلاج قبل عودتهم إلى ذويهم.',
      'ورأى محللون أن الصفقة تشبه صفقات التبادل بين الحكومة الكولومبية ومتمرديها، حين مهدت الإفراجات المتبادلة لجولات تفاوض أطول.',
    );
    expect(got).toContain('prisoner-exchange');
    expect(got).toContain('mediation');
  });
});

describe('the non-proliferation treaty and disarmament are no nuclear threat of this war (nuclear otherFields)', () => {
  it('a review conference of the treaty', () => {
    expect(ids('رسالة إلى مؤتمر استعراض معاهدة عدم الانتشار: نزع السلاح النووي ضرورة', 'دعت الرسالة الدول إلى دعم معاهدة حظر الأسلحة النووية.')).not.toContain('nuclear');
  });
  it('guards: this war\'s nuclear threats stay, also beside the treaty', () => {
    expect(ids('موسكو تلوح باستخدام الأسلحة النووية التكتيكية', 'قال الكرملين إن روسيا سترد على أي تهديد.')).toContain('nuclear');
    expect(ids('روسيا تنشر الأسلحة النووية في بيلاروسيا', 'قالت موسكو إن نشر الأسلحة النووية في بيلاروسيا لا يخالف معاهدة عدم الانتشار.')).toContain('nuclear');
  });
});
