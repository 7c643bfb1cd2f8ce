// Session 45: topic wordings of 2025–2026 coverage the lexicon lacked (content/topics.yaml; real
// outlets read for their wording only). Real lexicon and word forms, no model; texts written for
// this test, none copied.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (paragraph: string) => classifyTopics('تطورات جديدة', [paragraph], lex).map((t) => t.id).sort();

describe('wordings of 2025–2026 coverage', () => {
  it('the plan by its number of points, the free economic zone', () => {
    expect(ids('بحث الوفدان الخطة المكونة من 20 بندا.')).toEqual(['peace-talks']);
    expect(ids('تقترح واشنطن منطقة اقتصادية حرة في الجزء المتبقي من الإقليم.')).toEqual(['territory']);
  });
  it('money to support Kyiv militarily, NATO\'s purchase list, Article 4', () => {
    expect(ids('خصصت الحكومة مليار يورو لدعم كييف عسكريا العام المقبل.')).toEqual(['military-aid']);
    expect(ids('انضمت الدولة إلى آلية قائمة متطلبات أوكرانيا ذات الأولوية.')).toContain('military-aid');
    expect(ids('دعت وارسو إلى تفعيل المادة الرابعة بعد اختراق المسيرات أجواءها.')).toContain('nato');
  });
  it('an air alert, a pumping station, warm rooms, hosting both delegations', () => {
    expect(ids('أعلنت السلطات إنذارا جويا في كامل البلاد بعد رصد إقلاع قاذفات.')).toEqual(['air-defense']);
    expect(ids('تعرضت محطة ضخ في مقاطعة بريانسك لهجوم أدى إلى توقف العمل.')).toEqual(['energy-infrastructure']);
    expect(ids('فتحت البلدية مراكز للتدفئة في الأحياء السكنية.')).toEqual(['humanitarian']);
    expect(ids('قال الفاتيكان إنه مستعد لاستضافة الوفدين في أي وقت.')).toEqual(['mediation']);
  });
  it('people under the sirens are no air-defence story', () => {
    expect(ids('يعيش الطلاب تحت صفارات الإنذار منذ أشهر.')).not.toContain('air-defense');
  });
});
