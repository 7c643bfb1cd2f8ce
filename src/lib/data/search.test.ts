// The search data files: the real ones load; a broken one is named with the entry and the reason.
import { describe, expect, it } from 'vitest';
import { DataFileError } from './yaml';
import { checkedHamza, loadSearchSynonyms, parseSearchSynonyms, resolveConcepts } from './search';
import { loadWordForms, parseWordForms } from './load';

const errorOf = (fn: () => unknown): DataFileError => {
  try {
    fn();
  } catch (err) {
    return err as DataFileError;
  }
  throw new Error('expected an error');
};

describe('content/search-synonyms.yaml and content/word-forms.yaml', () => {
  it('load and validate', () => {
    const concepts = loadSearchSynonyms();
    expect(concepts.map((c) => c.id)).toEqual(expect.arrayContaining(['ceasefire', 'mediation', 'talks', 'sanctions', 'security-guarantees']));
    expect(loadWordForms().length).toBeGreaterThan(50);
  });
  it('adds a topic’s phrases to the concept that names it', () => {
    const [c] = resolveConcepts([{ id: 'ceasefire', topic: 'ceasefire', names: ['هدنة'], phrases: ['تهدئة'] }], [{ id: 'ceasefire', phrases: ['وقف إطلاق النار', 'تهدئة'] }]);
    expect(c.phrases).toEqual(['تهدئة', 'وقف إطلاق النار']);
  });
  it('adds a name’s own forms («تجميد الأصول» → «الأصول المجمدة»), never one another concept names, never to the topic’s phrases', () => {
    const [a, b] = resolveConcepts(
      [
        { id: 'frozen', topic: 'sanctions', names: ['تجميد الأصول'], phrases: ['ترحيل الأطفال'] },
        { id: 'other', names: ['الأصول المجمدين'] },
      ],
      [{ id: 'sanctions', phrases: ['تعليق الضربات'] }],
    );
    expect(a.names).toEqual(['تجميد الأصول', 'الأصول المجمد', 'الأصول المجمدة', 'الأصول المجمدون']);
    expect(a.phrases).toEqual(expect.arrayContaining(['ترحيل الأطفال', 'الأطفال المرحلين', 'تعليق الضربات']));
    expect(a.phrases).not.toContain('الضربات المعلقة');
    expect(b.names).toEqual(['الأصول المجمدين']);
  });
  it('the news concepts of session 22 load, each name one concept’s', () => {
    const concepts = loadSearchSynonyms();
    for (const id of ['grain-corridor', 'peace-plan', 'frozen-assets', 'escalation', 'summit', 'nuclear-safety', 'energy-security', 'deported-children', 'oil-price-cap'])
      expect(concepts.find((c) => c.id === id)?.names.length, id).toBeGreaterThan(0);
    expect(concepts.find((c) => c.id === 'military-aid')?.names).toContain('توريد الأسلحة');
  });
  it('names the file, the entry and the reason for a name given to two concepts', () => {
    const err = errorOf(() => parseSearchSynonyms('- id: a\n  names: [هدنة]\n- id: b\n  names: [الهدنه]\n', 'syn.yaml'));
    expect(err).toBeInstanceOf(DataFileError);
    expect(err.file).toBe('syn.yaml');
    expect(err.message).toMatch(/#2.*names\[0\].*also names entry #1/);
  });
  it('rejects an unknown topic and a missing name list', () => {
    expect(errorOf(() => parseSearchSynonyms('- id: a\n  topic: weather\n  names: [طقس]\n', 'syn.yaml')).message).toMatch(/topic/);
    expect(errorOf(() => parseSearchSynonyms('- id: a\n', 'syn.yaml')).message).toMatch(/names/);
  });
  it('rejects a form listed in two families', () => {
    const err = errorOf(() => parseWordForms('- key: أسير\n  forms: [أسير, أسرى]\n- key: أسرة\n  forms: [أسرة, أسرى]\n', 'forms.yaml'));
    expect(err).toBeInstanceOf(DataFileError);
    expect(err.file).toBe('forms.yaml');
    expect(err.message).toContain('«اسري» is in the families');
  });
});

describe('reversed concepts and the hamza reading (session 23)', () => {
  it('a reversing head before each name of the reversed concept names the reversing one, unless another concept names it', () => {
    const [, relief] = resolveConcepts(
      [
        { id: 'sanctions', names: ['عقوبات', 'حزمة عقوبات'] },
        { id: 'relief', names: ['رفع القيود'], reverses: 'sanctions', reversedBy: ['رفع', 'تخفيف'] },
        { id: 'other', names: ['تخفيف حزمة عقوبات'] },
      ],
      [],
    );
    expect(relief.names).toEqual(expect.arrayContaining(['رفع القيود', 'رفع عقوبات', 'تخفيف عقوبات', 'رفع حزمة عقوبات']));
    expect(relief.names).not.toContain('تخفيف حزمة عقوبات');
  });
  it('«reverses» needs «reversedBy» and another concept’s id', () => {
    expect(errorOf(() => parseSearchSynonyms('- { id: a, names: [أ], reverses: a, reversedBy: [خفض] }\n')).message).toMatch(/"reverses" «a» is no other concept/);
    expect(errorOf(() => parseSearchSynonyms('- { id: a, names: [أ] }\n- { id: b, names: [ب], reverses: a }\n')).message).toMatch(/"reverses" and "reversedBy" go together/);
  });
  it('a concept word whose stem is a keepHamzaForms word’s bare reading is refused, naming both', () => {
    const gas = [{ id: 'energy', names: ['أزمة الطاقة'], phrases: ['الاستغناء عن الغاز الروسي'] }];
    expect(errorOf(() => checkedHamza(gas, ['ألغاز'])).message).toMatch(/«الغاز»[\s\S]*«ألغاز»/);
    expect(checkedHamza(gas, [])).toBe(gas);
    expect(checkedHamza([{ id: 'energy', names: ['أزمة الطاقة'], phrases: ['الطاقة الروسية'] }], ['ألغاز'])).toHaveLength(1);
  });
});
