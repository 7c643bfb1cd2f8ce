// Twenty-seventh pass (session 35, 15d; merged in session 36): verbal nouns and the verbs a reader types (corpusDerivations.ts), and towns
// and their adjectives (corpusNisbas.ts), joined only where the corpus confirms the pair. Pages are our own sentences.
import { describe, expect, it } from 'vitest';
import { ctx, vocabulary } from './curatedMatch.testkit';
import { CorpusVocabulary, corpusReadings } from './corpusPlurals';
import { confirmedDerivations, mergeReadings, verbFormsOfNoun } from './corpusDerivations';
import { confirmedNisbas, loosePlacesOfNisba, PlaceEvidence, addPlacePage } from './corpusNisbas';
import { patternReader } from './patternReadings';
import { keyedRecordBody, TOPIC_CONCEPT_WEIGHT } from './record';
import { planQuery } from './keys';
import { stemSteps } from './stems';
import { normalizeArabic } from '../arabic/normalize';

const rules = vocabulary.patterns!.corpusPlurals!;
const indexCtx = { ...ctx, patterns: patternReader(vocabulary.patterns!) };
const filler = Array.from({ length: 30 }, (_, i) => `اجتمع مجلس البلدية في جلسته رقم ${i} لمناقشة ميزانية الطرق والإنارة والمدارس`);

function confirm(pages: string[]) {
  const vocab = new CorpusVocabulary(indexCtx.known);
  const places = new PlaceEvidence();
  for (const p of pages) addPlacePage(vocab, places, [p], indexCtx);
  vocab.seal();
  return mergeReadings(confirmedDerivations(vocab, rules, indexCtx), confirmedNisbas(vocab, places, rules, indexCtx));
}
const readings = (map: ReturnType<typeof confirm>, word: string, nounPlace = false) => corpusReadings(stemSteps(normalizeArabic(word), indexCtx.known), word, map, () => nounPlace);
/** The low-weight keys of a one-paragraph record keyed with the corpus readings. */
function lowKeys(text: string, map: ReturnType<typeof confirm>): Set<string> {
  const body = keyedRecordBody({ title: '', paragraphs: [text] }, { ...indexCtx, corpusPlurals: map });
  const low = body.match(new RegExp(`<p data-pagefind-weight="${TOPIC_CONCEPT_WEIGHT}">([^<]*)</p>`))?.[1] ?? '';
  return new Set(low.split(/\s+/).filter(Boolean));
}

describe('verb forms of a verbal noun', () => {
  it('writes the persons a reader types, not measure II’s bare past (a noun and measure I too)', () => {
    const forms = verbFormsOfNoun('تخدير');
    expect(forms).toEqual(expect.arrayContaining(['خدروا', 'يخدرون', 'خدرت', 'يخدرن', 'خدروه']));
    expect(forms).not.toContain('خدر');
    expect(verbFormsOfNoun('مقايضه')).toEqual(expect.arrayContaining(['قايضوا', 'يقايضون']));
    expect(verbFormsOfNoun('تهويه')).toEqual(expect.arrayContaining(['يهوون', 'هووا']));
    expect(verbFormsOfNoun('استنشاق')).toContain('استنشقوا');
    // No verbal noun's template: no forms.
    expect(verbFormsOfNoun('كتاب')).toEqual([]);
  });
});

describe('corpus-confirmed derivations', () => {
  const noun = 'قال طبيب التخدير إن المريض استعاد وعيه بعد الجراحة في غرفة الإفاقة';
  const verb = 'خدروا المريض قبل الجراحة ثم نقلوه إلى غرفة الإفاقة';
  it('joins a verbal noun and a verb form whose pages share their words, both ways, at the low weight', () => {
    const map = confirm([...filler, noun, verb]);
    expect(readings(map, 'التخدير')).toContain('خدروا');
    expect(readings(map, 'خدروا')).toContain('تخدير');
    // The noun's page carries the key a query of «خدروا» asks, at the low weight only.
    const k = planQuery('خدروا', ctx).search;
    expect(lowKeys(noun, map).has(k)).toBe(true);
    expect(lowKeys('نقلوا المريض إلى غرفة الإفاقة', map).has(k)).toBe(false);
  });

  it('refuses the pair when the pages share nothing, and a verb form seen with the article (a noun’s)', () => {
    expect(readings(confirm([...filler, noun, 'خدروا الحراس بالمال وفروا من السجن ليلا']), 'خدروا')).toEqual([]);
    // «التقسيط» beside «قسطوا» joins; «القسطوا» never occurs, but a form seen with the article is a noun: تعين «it is
    // necessary» is read from «التعين» here.
    const map = confirm([...filler, 'اشترت الأسرة الثلاجة بالتعيين على دفعات في المحل', 'التعين على الأسرة أن تدفع الثلاجة على دفعات في المحل']);
    expect(readings(map, 'تعين')).toEqual([]);
  });

  it('reads a verb form to its noun only where no noun stands: «في قدمه» is no «قدّمه»', () => {
    const map = confirm([...filler, 'بدأ تقديم طلب الدعم الزراعي لصغار المزارعين في مكتب الإرشاد', 'قدمه الموظف لصغار المزارعين في مكتب الإرشاد مع طلب الدعم الزراعي']);
    expect(readings(map, 'قدمه')).toContain('تقديم');
    expect(readings(map, 'قدمه', true)).toEqual([]);
    const k = planQuery('تقديم', ctx).search;
    expect(lowKeys('أصيب اللاعب في قدمه', map).has(k)).toBe(false);
  });
});

describe('corpus-confirmed town nisbas', () => {
  const town = 'وصل الوفد إلى تارودانت صباح أمس لافتتاح معرض الزعفران والعسل الجبلي وزيت الأركان';
  const adjective = 'عرضت النساء التارودانتيات الزعفران والعسل الجبلي وزيت الأركان في المعرض';
  it('joins an adjective of the corpus to a town the corpus writes as a name, both ways', () => {
    const map = confirm([...filler, town, adjective]);
    expect(readings(map, 'التارودانتيات')).toContain('تارودانت');
    expect(readings(map, 'تارودانت')).toContain('تارودانتيات');
    expect(lowKeys('قال أهالي تارودانت إن السوق افتتح', map).has(planQuery('تارودانتيات', ctx).search)).toBe(true);
  });

  it('takes a word for a name only bare after في/إلى and never with the article, or after a place word', () => {
    // «من النحاس»: a material, with the article — no name, no join.
    expect(readings(confirm([...filler, 'صنع الحرفي الأواني من النحاس في الورشة', 'باع الحرفي الأواني النحاسية في الورشة']), 'النحاسية')).toEqual([]);
    // «إلى زجاج» never stands bare in the corpus and «الزجاج» takes the article.
    expect(readings(confirm([...filler, 'نقل العمال الزجاج إلى المصنع', 'باع المصنع الأواني الزجاجية']), 'الزجاجية')).toEqual([]);
    // A town with the article is a name after a place word: «محافظة العريش».
    const map = confirm([...filler, 'زار الوزير محافظة العريش وتفقد مزارع النخيل وآبار الري المالحة', 'قال مزارعون عريشيون إن النخيل يتحمل آبار الري المالحة أكثر من اللوز']);
    expect(readings(map, 'عريشيون')).toContain('عريش');
    // بريدية beside بريد is «postal», not of the town بريدة, though the corpus writes «مدينة بريدة».
    const post = confirm([...filler, 'وصل الوفد إلى مدينة بريدة وزار مكتب الطرود والرسائل', 'أرسل مكتب البريد الطرود والرسائل البريدية إلى المدينة']);
    expect(readings(post, 'البريدية')).toEqual([]);
  });

  it('reads an adjective back by the data’s endings, without nisbaReadings’ gates of shape', () => {
    const r = indexCtx.patterns.nisbas!;
    expect(loosePlacesOfNisba('رقاوي', r)).toContain('رقه');
    expect(loosePlacesOfNisba('ليواوي', r)).toContain('ليوا');
  });
});

// Twenty-eighth pass (session 36): the guards from the corpus's evidence (content/search-corpus-plurals.yaml
// derivationGuards, nisbaGuards), each against a corpus whose evidence says the template's reading is another word.
describe('the guards of the twenty-eighth pass', () => {
  it('the data switches the guards on', () => {
    expect(rules.derivationGuards).toBe(true);
    expect(rules.nisbaGuards).toBe(true);
  });

  it('takes a IV noun for a plural where the corpus writes its root as a noun with the article (أجداد of الجد)', () => {
    const pages = ['روى الأجداد حكايات القرية للأحفاد في ليالي الشتاء الطويلة', 'يجددون حكايات القرية للأحفاد في ليالي الشتاء الطويلة'];
    expect(readings(confirm([...filler, ...pages]), 'يجددون')).toContain('اجداد');
    expect(readings(confirm([...filler, ...pages, 'زار الجد أحفاده في العيد']), 'يجددون')).toEqual([]);
  });

  it('asks a II noun beside measure I’s participle (حامل) for both forms on one page', () => {
    const noun = 'بدأ تحميل الشاحنات بالقمح في الميناء قبل الفجر';
    const verb = 'يحملونها بالقمح في الميناء قبل الفجر';
    const one = 'وقف حامل الراية عند باب الملعب';
    expect(readings(confirm([...filler, noun, verb]), 'يحملونها')).toContain('تحميل');
    expect(readings(confirm([...filler, noun, verb, one]), 'يحملونها')).toEqual([]);
    expect(readings(confirm([...filler, `${noun} ثم يحملونها مرة أخرى`, one]), 'يحملونها')).toContain('تحميل');
  });

  it('reads no verb form on a word written with ة: «سورة» is no «سوّره»', () => {
    const map = confirm([...filler, 'بدأ تسوير الحديقة العامة بسياج حديدي', 'سوره العمال بسياج حديدي حول الحديقة العامة']);
    expect(readings(map, 'سوره')).toContain('تسوير');
    expect(readings(map, 'سورة')).toEqual([]);
  });

  it('joins no word to itself with a pronoun (تربط ↔ تربطه): a present verb read as V’s noun', () => {
    const map = confirm([...filler, 'قال التقرير إن السكة تربط الميناء بالمدينة الصناعية الجديدة', 'تربطه السكة بالمدينة الصناعية الجديدة والميناء']);
    expect(readings(map, 'تربط')).toEqual([]);
    expect(readings(map, 'تربطه')).toEqual([]);
  });

  it('refuses a town the corpus writes with a possessive pronoun (حدودها): a common noun', () => {
    const pages = ['زار الوزير منطقة حدود وتفقد مزارع النخيل وآبار الري المالحة', 'قال مزارعون حدوديون إن النخيل يتحمل آبار الري المالحة أكثر من اللوز'];
    expect(readings(confirm([...filler, ...pages]), 'حدوديون')).toContain('حدود');
    expect(readings(confirm([...filler, ...pages, 'أغلقت الدولة حدودها مع الجيران']), 'حدوديون')).toEqual([]);
  });
});
