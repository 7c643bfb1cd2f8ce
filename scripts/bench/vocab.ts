// Word material for the synthetic corpus, modelled on the real seeds in content/raw/.
// The actor dictionary and topic phrases come from content/*.yaml when those exist
// (see loadBenchDictionary); the lists here are the fallback and the page furniture.
import type { ActorType } from '../../src/lib/types';

export interface BenchActor {
  id: string;
  type: ActorType;
  name: string;
  aliases: string[];
  short?: string[];
  nisba?: string[];
  capitals?: string[];
}

export interface BenchTopic {
  id: string;
  phrases: string[];
}

export const FALLBACK_ACTORS: BenchActor[] = [
  { id: 'vladimir-putin', type: 'person', name: 'فلاديمير بوتين', aliases: ['بوتين', 'الرئيس الروسي فلاديمير بوتين'], short: ['بوتين'] },
  { id: 'volodymyr-zelensky', type: 'person', name: 'فولوديمير زيلينسكي', aliases: ['فلودمير زيلينسكي', 'فولوديمير زيلنسكي', 'زيلنسكي'], short: ['زيلينسكي'] },
  { id: 'donald-trump', type: 'person', name: 'دونالد ترامب', aliases: ['دونالد ترمب', 'ترمب'], short: ['ترامب'] },
  { id: 'sergey-lavrov', type: 'person', name: 'سيرغي لافروف', aliases: ['سيرجي لافروف', 'سيرغي لافروف'], short: ['لافروف'] },
  { id: 'sergei-shoigu', type: 'person', name: 'سيرغي شويغو', aliases: ['سيرجي شويجو', 'شويجو'], short: ['شويغو'] },
  { id: 'maria-zakharova', type: 'person', name: 'ماريا زاخاروفا', aliases: [], short: ['زاخاروفا'] },
  { id: 'yuri-ushakov', type: 'person', name: 'يوري أوشاكوف', aliases: ['يوري اوشاكوف'], short: ['أوشاكوف'] },
  { id: 'recep-tayyip-erdogan', type: 'person', name: 'رجب طيب أردوغان', aliases: ['أردوغان', 'اردوغان'], short: ['أردوغان'] },
  { id: 'emmanuel-macron', type: 'person', name: 'إيمانويل ماكرون', aliases: ['ايمانويل ماكرون'], short: ['ماكرون'] },
  { id: 'olaf-scholz', type: 'person', name: 'أولاف شولتس', aliases: ['أولاف شولتز', 'شولتز'], short: ['شولتس'] },
  { id: 'mark-rutte', type: 'person', name: 'مارك روته', aliases: ['مارك روتي'], short: ['روته'] },
  { id: 'lloyd-austin', type: 'person', name: 'لويد أوستن', aliases: ['لويد اوستن'], short: ['أوستن'] },
  { id: 'jd-vance', type: 'person', name: 'جيه دي فانس', aliases: ['جيه.دي فانس', 'جي دي فانس'], short: ['فانس'] },
  { id: 'kirill-dmitriev', type: 'person', name: 'كيريل دميترييف', aliases: ['كيريل ديميترييف'], short: ['دميترييف'] },
  { id: 'russia', type: 'country', name: 'روسيا', aliases: ['روسيا الاتحادية'], nisba: ['الروسي', 'الروسية'], capitals: ['موسكو', 'الكرملين'] },
  { id: 'ukraine', type: 'country', name: 'أوكرانيا', aliases: ['اوكرانيا'], nisba: ['الأوكراني', 'الأوكرانية'], capitals: ['كييف', 'كيف'] },
  { id: 'united-states', type: 'country', name: 'الولايات المتحدة', aliases: ['أمريكا', 'أميركا'], nisba: ['الأمريكي', 'الأميركية', 'الأمريكية'], capitals: ['واشنطن', 'البيت الأبيض'] },
  { id: 'turkey', type: 'country', name: 'تركيا', aliases: [], nisba: ['التركي', 'التركية'], capitals: ['أنقرة'] },
  { id: 'france', type: 'country', name: 'فرنسا', aliases: [], nisba: ['الفرنسي', 'الفرنسية'], capitals: ['باريس', 'الإليزيه'] },
  { id: 'germany', type: 'country', name: 'ألمانيا', aliases: ['المانيا'], nisba: ['الألماني', 'الألمانية'], capitals: ['برلين'] },
  { id: 'china', type: 'country', name: 'الصين', aliases: [], nisba: ['الصيني', 'الصينية'], capitals: ['بكين'] },
  { id: 'saudi-arabia', type: 'country', name: 'السعودية', aliases: ['المملكة العربية السعودية'], nisba: ['السعودي', 'السعودية'], capitals: ['الرياض'] },
  { id: 'nato', type: 'organization', name: 'حلف شمال الأطلسي', aliases: ['حلف شمال الأطلنطي', 'الناتو', 'حلف الناتو'] },
  { id: 'european-union', type: 'organization', name: 'الاتحاد الأوروبي', aliases: ['الاتحاد الاوروبي'] },
  { id: 'united-nations', type: 'organization', name: 'الأمم المتحدة', aliases: ['الامم المتحدة', 'المنظمة الدولية'] },
  { id: 'iaea', type: 'organization', name: 'الوكالة الدولية للطاقة الذرية', aliases: ['وكالة الطاقة الذرية'] },
];

export const FALLBACK_TOPICS: BenchTopic[] = [
  { id: 'peace-talks', phrases: ['محادثات السلام', 'مفاوضات السلام', 'التسوية السياسية', 'اتفاق سلام'] },
  { id: 'ceasefire', phrases: ['وقف إطلاق النار', 'الهدنة', 'وقف الأعمال القتالية'] },
  { id: 'security-guarantees', phrases: ['الضمانات الأمنية', 'ضمانات أمنية'] },
  { id: 'military-aid', phrases: ['المساعدات العسكرية', 'حزمة مساعدات عسكرية', 'شحنات الأسلحة'] },
  { id: 'nato', phrases: ['توسع الناتو', 'عضوية الناتو', 'قمة الحلف'] },
  { id: 'sanctions', phrases: ['العقوبات الغربية', 'حزمة عقوبات جديدة', 'تجميد الأصول الروسية'] },
  { id: 'mediation', phrases: ['الوساطة', 'جهود الوساطة', 'مبادرة الوساطة'] },
  { id: 'prisoner-exchange', phrases: ['تبادل الأسرى', 'صفقة تبادل'] },
  { id: 'energy-infrastructure', phrases: ['منشآت الطاقة', 'البنية التحتية للطاقة', 'شبكة الكهرباء'] },
  { id: 'air-defense', phrases: ['الدفاع الجوي', 'منظومات باتريوت', 'الصواريخ الاعتراضية'] },
  { id: 'grain-and-food', phrases: ['صادرات الحبوب', 'ممر الحبوب', 'الأمن الغذائي'] },
  { id: 'territory', phrases: ['الأراضي المحتلة', 'خطوط التماس', 'ضم الأقاليم'] },
  { id: 'humanitarian', phrases: ['المساعدات الإنسانية', 'الممرات الإنسانية', 'إجلاء المدنيين'] },
  { id: 'summit', phrases: ['القمة', 'اجتماع القمة', 'قمة ثنائية'] },
  { id: 'nuclear', phrases: ['محطة زابوريجيا النووية', 'الأسلحة النووية', 'الردع النووي'] },
];

/** Role + nisba patterns that introduce a made-up person («وزير الخارجية التركي هاكان فيدان»). */
export const ROLES = ['وزير الخارجية', 'وزير الدفاع', 'رئيس الوزراء', 'المتحدث باسم وزارة الخارجية', 'مستشار الأمن القومي', 'سفير', 'نائب وزير الخارجية', 'المبعوث الخاص', 'رئيس البرلمان', 'وزير الطاقة'];
export const ROLE_NISBAS = ['التركي', 'الفرنسي', 'الألماني', 'الإيطالي', 'البولندي', 'المجري', 'السويسري', 'القطري', 'الهندي', 'البرازيلي', 'الفنلندي', 'النمساوي'];
export const FIRST_NAMES = ['هاكان', 'غويدو', 'سيباستيان', 'يوهان', 'ماركو', 'أندريه', 'كلاوس', 'بيتر', 'لارس', 'ماتيو', 'ستيفان', 'توماس', 'فيكتور', 'أنطونيو', 'ميخائيل', 'رادوسلاف', 'إيفان', 'جوزيبي', 'كارلوس', 'نيكولاي', 'دانيال', 'ألكسندر', 'فرانك', 'أوليفر'];
export const LAST_NAMES = ['فيدان', 'كروسيتو', 'ليكورنو', 'فادفول', 'تاياني', 'سيكورسكي', 'سيارتو', 'كاسيس', 'هيلفيغ', 'بيرغمان', 'لوكاشوك', 'ستيفانوف', 'كوفالسكي', 'مارتينيز', 'روسي', 'فيشر', 'يانسن', 'نوفاك', 'دوبروف', 'كالينين', 'هوفمان', 'بيترسون', 'ماتيسن', 'غرانت'];

export const CITIES = ['خاركيف', 'دونيتسك', 'زابوريجيا', 'أوديسا', 'خيرسون', 'كورسك', 'بيلغورود', 'لوغانسك', 'إسطنبول', 'جنيف', 'الرياض', 'أبوظبي', 'الدوحة', 'ميونخ', 'فيينا', 'ألاسكا', 'مينسك', 'بروكسل'];
export const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
export const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
export const MONTHS_LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
export const MONTHS_HIJRI = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const OUTLETS = ['RT Arabic', 'يني شفق', 'صحيفة الاتحاد', 'الجزيرة نت', 'العربية', 'سكاي نيوز عربية', 'الشرق الأوسط', 'اليوم السابع', 'عربي 21', 'فرانس 24', 'غازيتا. رو', 'أرقام'];
export const AGENCIES = ['رويترز', 'الأناضول', 'فرانس برس', 'تاس', 'سبوتنيك', 'د ب أ', 'أسوشيتد برس', 'وكالات'];

export const MENU_LINES = ['مباشر', 'أين يمكنك متابعتنا', 'أقسام مهمة', 'Stories', 'الرئيسية', 'فيديوهات', 'الأكثر قراءة', 'عاجل', 'شارك', 'نسخ الرابط'];
export const SECTIONS = ['سياسة', 'اقتصاد', 'رياضة', 'منوعات', 'عربي ودولي', 'تقارير'];
export const BYLINES = ['أحمد علي', 'سارة محمود', 'محمد حسن', 'ليلى يوسف', 'خالد إبراهيم'];
export const COOKIE_BANNER = 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمواصلة التصفح فإنك توافق على ذلك.';
export const COMMENT_BLOCK = [
  'التعليقات',
  'مرحبًا، تشكل التعليقات التي تشاركها على موقعنا مصدرًا قيمًا للمستخدمين الآخرين. يرجى احترام المستخدمين الآخرين والآراء المختلفة. تجنب استخدام لغة نابية أو مسيئة أو مهينة أو عنصرية.',
  'لا توجد تعليقات حتى الآن',
  'كن أول من يترك تعليقًا.',
];
export const NEWSLETTER = [
  'انقر هنا لتلقي أهم الأخبار في اليوم عبر البريد الإلكتروني. اشترك هنا.',
  'بعد إنشاء العضوية تكون قد وافقت على تلقي الإشعارات من مواقع المجموعة الإعلامية وعلى شروط الاستخدام وسياسة الخصوصية',
  'جرب ميزات الذكاء الاصطناعي لدينا',
  'جميع الحقوق محفوظة © 2025',
];

/** Unrelated headlines for story lists and "similar articles" boxes. */
export const OFF_TOPIC_HEADLINES = [
  'سوريا.. توغلات جديدة في القنيطرة', 'ارتفاع أسعار الذهب في الأسواق العالمية', 'منتخب المغرب يتأهل إلى نصف النهائي',
  'تحركات لخفض التصعيد في الخليج', 'الأرصاد تحذر من موجة حر جديدة', 'افتتاح معرض الكتاب الدولي بمشاركة واسعة',
  'البنك المركزي يبقي أسعار الفائدة دون تغيير', 'زلزال بقوة 5 درجات يضرب جنوب البلاد', '90 دقيقة', 'فيديوهات',
];

/**
 * Sentence templates. Slots: {P} dictionary person, {C} country (name/alias), {N} country
 * nisba, {K} capital standing for a government, {O} organisation, {T} topic phrase,
 * {D} made-up person introduced by role, {W} rare word, {NUM} number, {CITY}, {DAY} weekday.
 */
export const TEMPLATES = [
  'قال {P} إن {T} يجب أن تبقى على رأس جدول الأعمال في أي اتصال مع {C}.',
  'وأكد {P} في مؤتمر صحفي يوم {DAY} أن {K} مستعدة لبحث {T} من دون شروط مسبقة.',
  'وأعلن {D} أن بلاده ستشارك في الاجتماع المقبل حول {T} في {CITY}.',
  'من جهته، رأى {D} أن {W} الوضع الراهن يتطلب {T} بشكل عاجل.',
  'وبحث {P} مع نظيره {N} في اتصال هاتفي سبل {T} وتطورات الأوضاع في {CITY}.',
  'وأشارت مصادر مطلعة إلى أن {O} تدرس {T} بعد أسابيع من {W} المحادثات.',
  'وكانت {K} قد اتهمت {C} بعرقلة {T}، فيما نفى الجانب {N} ذلك.',
  'وذكر بيان صادر عن {O} أن نحو {NUM} شخصا تأثروا بالهجمات الأخيرة على {CITY}.',
  'وأضاف {P}: "لن نقبل بأي {W} يمس {T}، والكرة الآن في ملعب {K}".',
  'ويأتي ذلك في وقت تتواصل فيه {T} بين {C} و{C} بوساطة {O}.',
  'وقالت وزارة الخارجية {N} إن {T} لن تنجح من دون مشاركة {C}.',
  'وأوضح {D} أن {NUM} مليار دولار خصصت لدعم {T} خلال العام الجاري.',
  'ولفت {P} الانتباه إلى أن {K} تواصل التعاون مع {C} في مجال {W}.',
  'وفي وقت سابق، حذر {P} من أن {W} قد يؤدي إلى تقويض {T} في المنطقة.',
  'كما التقى {P} ب{D} على هامش {T} في {CITY} يوم {DAY}.',
  'وتشير التقديرات إلى أن {T} قد تستغرق {NUM} يوما على الأقل، بحسب {O}.',
  'ورحب {P} بمقترح {P} بشأن {T}، معتبرا أنه خطوة في الاتجاه الصحيح.',
  'وشدد المتحدث باسم {O} على ضرورة {W} واحترام {T}.',
  'وتابع: "نحن نسير على الطريق الصحيح، لكن {T} تحتاج إلى {W} من جميع الأطراف".',
  'وفي {CITY}، أفادت وسائل إعلام {N} بأن {NUM} طائرة مسيرة أسقطت خلال الليل.',
];

/** Root letters and patterns for pseudo-words: gives the corpus a long tail of rare terms. */
export const ROOT_LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
export const WORD_PATTERNS = ['ت1ا2ي3', 'م1ا2ي3', 'ا1ت2ا3', '1ا2ي3', 'م12و3', 'ال1ا23ة', 'م1ت2ا3', 'ت12ي3', '1و2ا3', 'است12ا3', 'م1ا23ة', 'ال1ّ2ا3'];
