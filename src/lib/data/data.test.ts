// The real curated files: they validate, they are big enough, and every spelling the
// seed pages and the project's docs use resolves to the right actor / source.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize';
import { loadActors, loadSources, loadTopics, resolveSource } from './load';
import { lookupActor } from './lookup';
import { TOPIC_IDS } from './schemas';

const actors = loadActors();
const topics = loadTopics();
const sources = loadSources();

function idOf(spelling: string): string | undefined {
  return lookupActor(spelling, actors)?.actor.id;
}

describe('content/actors.yaml', () => {
  it('validates and covers the field (≥150 actors, all three types)', () => {
    expect(actors.length).toBeGreaterThanOrEqual(150);
    const byType = { person: 0, country: 0, organization: 0 };
    for (const a of actors) byType[a.type]++;
    expect(byType.person).toBeGreaterThanOrEqual(100);
    expect(byType.country).toBeGreaterThanOrEqual(25);
    expect(byType.organization).toBeGreaterThanOrEqual(30);
  });

  it('resolves every actor the seed pages name, through the seed spelling', () => {
    const seed: [string, string][] = [
      ['غويدو كروسيتو', 'guido-crosetto'],
      ['كروسيتو', 'guido-crosetto'],
      ['ماريا زاخاروفا', 'maria-zakharova'],
      ['وزارة الخارجية الروسية', 'russian-foreign-ministry'],
      ['لويد أوستن', 'lloyd-austin'],
      ['أوستن', 'lloyd-austin'],
      ['رستم عمروف', 'rustem-umerov'],
      ['عمروف', 'rustem-umerov'],
      ['وزارة الدفاع الأمريكية', 'pentagon'],
      ['البنتاجون', 'pentagon'],
      ['بايدن', 'joe-biden'],
      ['اسوشيتد برس', 'associated-press'],
      ['حلف شمال الأطلنطي', 'nato'],
      ['ناتو', 'nato'],
      ['الناتو', 'nato'],
      ['حلف الناتو', 'nato'],
      ['حلف شمال الأطلسي', 'nato'],
      ['أوربان', 'viktor-orban'],
      ['شولتس', 'olaf-scholz'],
      ['بوتين', 'vladimir-putin'],
      ['فلاديمير بوتين', 'vladimir-putin'],
      ['وزارة الدفاع الروسية', 'russian-defense-ministry'],
      ['وزارة الدفاع الفرنسية', 'french-defense-ministry'],
      ['سيرجي شويجو', 'sergei-shoigu'],
      ['سيباستيان ليكورنو', 'sebastien-lecornu'],
      ['فرانس برس', 'afp'],
      ['فلودمير زيلينسكي', 'volodymyr-zelensky'],
      ['فولوديمير زيلينسكي', 'volodymyr-zelensky'],
      ['فلاديمير زيلينسكي', 'volodymyr-zelensky'],
      ['مايك والتز', 'mike-waltz'],
      ['والتز', 'mike-waltz'],
      ['يوري أوشاكوف', 'yuri-ushakov'],
      ['دونالد ترامب', 'donald-trump'],
      ['دونالد ترمب', 'donald-trump'],
      ['ترامب', 'donald-trump'],
      ['الكرملين', 'kremlin'],
      ['الرئاسة الروسية', 'kremlin'],
      ['سيرغي لافروف', 'sergey-lavrov'],
      ['سيرجي لافروف', 'sergey-lavrov'],
      ['لافروف', 'sergey-lavrov'],
      ['البيت الأبيض', 'white-house'],
      ['رويترز', 'reuters'],
      ['كيريل دميترييف', 'kirill-dmitriev'],
      ['دميترييف', 'kirill-dmitriev'],
      ['جوزيب كافو دراجونه', 'giuseppe-cavo-dragone'],
      ['جوزيبي كافو دراجوني', 'giuseppe-cavo-dragone'],
      ['اللجنة العسكرية بالناتو', 'nato-military-committee'],
      ['جيه.دي فانس', 'jd-vance'],
      ['جي دي فانس', 'jd-vance'],
      ['هيئة الأركان المشتركة الأميركية', 'us-joint-chiefs'],
      ['دان كين', 'dan-caine'],
      ['وزارة الخارجية البريطانية', 'uk-foreign-office'],
      ['الخارجية البريطانية', 'uk-foreign-office'],
      ['ستيفن دوتي', 'stephen-doughty'],
      ['كانتيمير تشالباييف', 'kantemir-chalbayev'],
      ['أندريه يرماك', 'andriy-yermak'],
      ['يرماك', 'andriy-yermak'],
      ['بلومبرغ', 'bloomberg'],
      ['الاتحاد الأوروبي', 'european-union'],
      ['سبوتنيك', 'sputnik'],
      ['الأناضول', 'anadolu'],
      ['القوات الروسية', 'russian-army'],
      ['القوات الأوكرانية', 'ukrainian-army'],
      // countries, by name, nisba and capital
      ['روسيا', 'russia'], ['الروسي', 'russia'], ['الروسية', 'russia'], ['الروس', 'russia'], ['موسكو', 'russia'],
      ['أوكرانيا', 'ukraine'], ['الأوكراني', 'ukraine'], ['الأوكرانية', 'ukraine'], ['كييف', 'ukraine'],
      ['الولايات المتحدة', 'united-states'], ['أمريكا', 'united-states'], ['أميركا', 'united-states'],
      ['الأمريكي', 'united-states'], ['الأميركي', 'united-states'], ['الأمريكية', 'united-states'],
      ['الأميركية', 'united-states'], ['واشنطن', 'united-states'],
      ['الصين', 'china'], ['بكين', 'china'],
      ['فرنسا', 'france'], ['الفرنسي', 'france'], ['الفرنسية', 'france'], ['باريس', 'france'],
      ['تركيا', 'turkey'], ['أنقرة', 'turkey'], ['التركية', 'turkey'],
      ['سويسرا', 'switzerland'],
      ['بريطانيا', 'united-kingdom'], ['المملكة المتحدة', 'united-kingdom'], ['البريطانية', 'united-kingdom'],
      ['البريطاني', 'united-kingdom'], ['لندن', 'united-kingdom'],
      ['ألمانيا', 'germany'], ['الإيطالي', 'italy'], ['فنلندا', 'finland'],
      ['الرياض', 'saudi-arabia'], ['السعودي', 'saudi-arabia'], ['أبوظبي', 'uae'],
      ['قرغيزستان', 'kyrgyzstan'], ['إيران', 'iran'], ['طهران', 'iran'], ['منغوليا', 'mongolia'],
      ['سوريا', 'syria'], ['إسرائيل', 'israel'],
    ];
    const wrong = seed
      .map(([spelling, id]) => [spelling, id, idOf(spelling)])
      .filter(([, id, got]) => id !== got);
    expect(wrong).toEqual([]);
  });

  it('holds every spelling pair the docs and the dictionary brief name', () => {
    const groups: [string, string[]][] = [
      ['donald-trump', ['ترامب', 'ترمب', 'دونالد ترامب', 'دونالد ترمب']],
      ['volodymyr-zelensky', ['زيلينسكي', 'زيلنسكي', 'فولوديمير زيلينسكي', 'فلودمير زيلينسكي', 'فلاديمير زيلينسكي', 'فولوديمير زيلنسكي']],
      ['sergey-lavrov', ['سيرغي لافروف', 'سيرجي لافروف']],
      ['sergei-shoigu', ['شويغو', 'شويجو', 'سيرغي شويغو', 'سيرجي شويجو']],
      ['jd-vance', ['جيه.دي فانس', 'جي دي فانس', 'جيه دي فانس', 'جاي دي فانس', 'فانس']],
      ['giuseppe-cavo-dragone', ['جوزيب كافو دراجونه', 'جوزيبي كافو دراجوني']],
      ['nato', ['حلف شمال الأطلسي', 'حلف شمال الأطلنطي', 'الأطلسي', 'الناتو', 'ناتو', 'حلف الناتو']],
      ['pentagon', ['البنتاغون', 'البنتاجون']],
      ['antony-blinken', ['بلينكن', 'أنتوني بلينكن']],
      ['russia', ['الروسي', 'الروسية', 'الروس', 'الروسيين']],
      ['united-states', ['الأمريكي', 'الأميركي', 'الأمريكية', 'الأميركية', 'الأمريكيين']],
      ['afp', ['فرانس برس', 'وكالة فرانس برس', 'أ ف ب']],
      ['associated-press', ['أسوشيتد برس', 'اسوشيتد برس']],
    ];
    const missing = groups.flatMap(([id, spellings]) => spellings.filter((s) => idOf(s) !== id).map((s) => `${id}: ${s}`));
    expect(missing).toEqual([]);
  });

  it('keeps ambiguous common words out of the dictionary', () => {
    for (const word of ['كيف', 'عمان', 'لولا', 'الدفاع', 'الأمن', 'الحرب', 'الجيش', 'الرئيس', 'وام', 'قنا', 'شي', 'كين']) {
      expect(idOf(word), word).toBeUndefined();
    }
  });

  it('is tidy: people have a role and affiliation, countries have nisba, no duplicate spellings in an entry', () => {
    const raw = YAML.parse(readFileSync('content/actors.yaml', 'utf8')) as Record<string, unknown>[];
    const problems: string[] = [];
    for (const a of raw) {
      const forms = ['name', 'aliases', 'short', 'nisba', 'capitals'].flatMap((f) => (a[f] ?? []) as string[] | string);
      const keys = forms.map((s) => normalizeArabic(String(s)));
      if (new Set(keys).size !== keys.length) problems.push(`${a.id}: duplicate spelling`);
      if (a.type === 'person' && (!a.role || !a.affiliation)) problems.push(`${a.id}: person without role/affiliation`);
      if (a.type === 'country' && !(a.nisba as string[] | undefined)?.length) problems.push(`${a.id}: country without nisba`);
    }
    expect(problems).toEqual([]);
    const wikidata = actors.map((a) => a.wikidata).filter(Boolean);
    expect(new Set(wikidata).size).toBe(wikidata.length);
  });
});

describe('content/topics.yaml', () => {
  it('has the 15 fixed topics, each with ≥8 specific phrases', () => {
    expect(topics.map((t) => t.id).sort()).toEqual([...TOPIC_IDS].sort());
    const generic = new Set(['الحرب', 'روسيا', 'أوكرانيا', 'الصراع', 'موسكو', 'كييف'].map(normalizeArabic));
    for (const t of topics) {
      expect(t.phrases.length, t.id).toBeGreaterThanOrEqual(8);
      expect(t.phrases.filter((p) => generic.has(normalizeArabic(p))), t.id).toEqual([]);
    }
  });

  it('carries the phrasings news uses', () => {
    const has = (id: string, phrase: string) =>
      topics.find((t) => t.id === id)!.phrases.some((p) => normalizeArabic(p) === normalizeArabic(phrase));
    expect(has('ceasefire', 'وقف إطلاق النار')).toBe(true);
    expect(has('ceasefire', 'هدنة')).toBe(true);
    expect(has('security-guarantees', 'الضمانات الأمنية')).toBe(true);
    expect(has('security-guarantees', 'ضمانات أمنية')).toBe(true);
    expect(has('military-aid', 'مساعدة أمنية')).toBe(true);
    expect(has('energy-infrastructure', 'منشآت الطاقة')).toBe(true);
    expect(has('energy-infrastructure', 'البنية التحتية للطاقة')).toBe(true);
    expect(has('air-defense', 'باتريوت')).toBe(true);
    expect(has('air-defense', 'مضادة للطائرات')).toBe(true);
    expect(has('peace-talks', 'مفاوضات السلام')).toBe(true);
    expect(has('sanctions', 'العقوبات')).toBe(true);
  });
});

describe('content/sources.yaml', () => {
  it('validates with ≥40 outlets and agencies whose countries are actors', () => {
    expect(sources.length).toBeGreaterThanOrEqual(40);
    expect(sources.some((s) => s.kind === 'agency')).toBe(true);
    const countryIds = new Set(actors.filter((a) => a.type === 'country').map((a) => a.id));
    expect(sources.filter((s) => s.country && !countryIds.has(s.country)).map((s) => s.id)).toEqual([]);
  });

  it('resolves the spellings pages use', () => {
    const cases: [string, string][] = [
      ['RT', 'rt-arabic'], ['RT Arabic', 'rt-arabic'], ['rt arabic', 'rt-arabic'], ['روسيا اليوم', 'rt-arabic'],
      ['آر تي', 'rt-arabic'],
      ['صحيفة الاتحاد', 'alittihad'], ['الاتحاد', 'alittihad'],
      ['يني شفق', 'yeni-safak'], ['Yeni Şafak', 'yeni-safak'],
      ['العربية', 'al-arabiya'], ['العربية نت', 'al-arabiya'],
      ['الشرق السعودية', 'asharq'], ['الشرق', 'asharq'], ['الشرق للأخبار', 'asharq'], ['Asharq', 'asharq'],
      ['الشرق الأوسط', 'asharq-al-awsat'],
      ['أرقام', 'argaam'], ['موقع أرقام', 'argaam'],
      ['الجزيرة نت', 'al-jazeera'], ['سكاي نيوز عربية', 'sky-news-arabia'], ['BBC', 'bbc-arabic'],
      ['غازيتا. رو', 'gazeta-ru'], ['Gazeta.ru', 'gazeta-ru'],
      ['Sputnik', 'sputnik'], ['سبوتنيك', 'sputnik'],
      ['الأناضول', 'anadolu'], ['وكالة الأناضول', 'anadolu'],
      ['رويترز', 'reuters'], ['بلومبرغ', 'bloomberg'], ['وكالة "بلومبرغ"', 'bloomberg'],
      ['وكالة فرانس برس', 'afp'], ['أ ف ب', 'afp'],
      ['اسوشيتد برس', 'associated-press'], ['وكالة أنباء "اسوشيتد برس"', 'associated-press'],
      ['Hürriyet', 'hurriyet'], ['فوكس نيوز', 'fox-news'],
      ['تاس', 'tass'], ['ريا نوفوستي', 'ria-novosti'], ['CNN بالعربية', 'cnn-arabic'], ['DW عربية', 'dw-arabic'],
      ['إندبندنت عربية', 'independent-arabia'], ['عربي21', 'arabi21'], ['الحرة', 'alhurra'],
      ['وكالة أنباء الإمارات', 'wam'], ['وكالة الأنباء السعودية', 'spa'],
    ];
    const wrong = cases.map(([n, id]) => [n, id, resolveSource(n, sources)?.id]).filter(([, id, got]) => id !== got);
    expect(wrong).toEqual([]);
    expect(resolveSource('وكالات', sources)).toBeUndefined();
    expect(resolveSource('', sources)).toBeUndefined();
  });
});
