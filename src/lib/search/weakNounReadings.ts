// The verbal nouns queryForms.ts leaves out, read by shapes no measure I form takes (issue 15, thirtieth pass, session
// 38). A typed noun of measure II or of IV whose root is weak, doubled or hamzated is read to the verb forms a page
// writes of it — only the forms whose letters, unvocalised, are that measure's alone:
// - doubledII   تفعيل of a doubled root (تخليل → خللت، خللوا، يخلل، يخللون، يخللن): measure I contracts (خلّ، يخلّ);
//               the bare past (خلل «a defect») is a noun too and is left out;
// - defectiveII تفعية (تعرية → عريت، عروا، يعري، تعري، يعرون): off by default — unvocalised, measure I writes the same
//               forms (نفيت، يكفي، تبني), and the noun's shape is a nisba's feminine too (تركية، تقنية);
// - hamzaLastII تفعئة (تبرئة → يبرئ، تبرئ) and hamzaLastIV إفعاء (إرجاء → يرجئ، ترجئ): the present singular, its hamza
//               on ي where measure I writes it on alif (يبرأ); the plural (يعبئون) is measure I's too (يبدؤون), folded;
// - hamzaLastPast the past of both (برأوا، أرجأت، أرجأوا): off by default — measure I's past is the same (برأت), and أفعات
//               is a plural's too (أكلات);
// - hollowII    تفويل، تفييل (تلويح → لوحت، لوحوا): only the past with an ending — the present (يلوح) and the bare
//               past (لوح «a board») are measure I's present and a noun too;
// - defectiveIV إفعاء read as a weak-last root (إلهاء → ألهت، ألهوا، يلهي): off by default, its forms meet another verb's
//               (إرجاء → يرجون «they hope»).
// Each class is switched by data (content/search-corpus-plurals.yaml `queryWeakDerivations`).
/** A reading class of queryWeakDerivations. */
export type WeakNounClass = 'doubledII' | 'defectiveII' | 'hamzaLastII' | 'hamzaLastIV' | 'hamzaLastPast' | 'hollowII' | 'defectiveIV';
export const WEAK_NOUN_CLASSES: readonly WeakNounClass[] = ['doubledII', 'defectiveII', 'hamzaLastII', 'hamzaLastIV', 'hamzaLastPast', 'hollowII', 'defectiveIV'];

/** A root letter that is a consonant of a sound root (no weak letter, no hamza, no ة/ه ending). */
const sound = (c: string) => !/[اويءىهة]/.test(c);

/** The verb forms (normalised: أ → ا، ئ → ء، ى → ي) the noun `bare` (normalised, less the article) reads to by `classes`. */
export function weakVerbForms(bare: string, classes: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let m: RegExpExecArray | null;
  if (classes.has('doubledII') && (m = /^ت(.)(.)ي\2$/.exec(bare)) && sound(m[1]) && sound(m[2]) && m[1] !== m[2]) {
    const v = m[1] + m[2] + m[2];
    out.push(v + 'ت', v + 'وا', 'ي' + v, 'ي' + v + 'ون', 'ي' + v + 'ن');
  }
  if (classes.has('defectiveII') && (m = /^ت(.)(.)يه$/.exec(bare)) && sound(m[1]) && sound(m[2]) && m[1] !== m[2]) {
    const v = m[1] + m[2];
    out.push(v + 'يت', v + 'وا', 'ي' + v + 'ي', 'ت' + v + 'ي', 'ي' + v + 'ون');
  }
  if ((m = /^ت(.)(.)ءه$/.exec(bare)) && sound(m[1]) && sound(m[2]) && m[1] !== m[2]) {
    const v = m[1] + m[2];
    if (classes.has('hamzaLastII')) out.push('ي' + v + 'ء', 'ت' + v + 'ء');
    if (classes.has('hamzaLastPast')) out.push(v + 'ات', v + 'اوا');
  }
  if ((m = /^ا(.)(.)اء$/.exec(bare)) && sound(m[1]) && sound(m[2]) && m[1] !== m[2]) {
    const v = m[1] + m[2];
    if (classes.has('hamzaLastIV')) out.push('ي' + v + 'ء', 'ت' + v + 'ء');
    if (classes.has('hamzaLastPast')) out.push('ا' + v + 'ات', 'ا' + v + 'اوا');
    if (classes.has('defectiveIV')) out.push('ا' + v + 'ت', 'ا' + v + 'وا', 'ي' + v + 'ي', 'ي' + v + 'ون');
  }
  if (classes.has('hollowII') && (m = /^ت(.)([وي])ي(.)$/.exec(bare)) && sound(m[1]) && sound(m[3])) {
    const v = m[1] + m[2] + m[3];
    out.push(v + 'ت', v + 'وا');
  }
  return out;
}
