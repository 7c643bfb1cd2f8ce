// The data-layer entries added for issue 14: content/word-forms.yaml and the actors' needsContext.
import { describe, expect, it } from 'vitest';
import { errorOf } from './errors.test-helpers';
import { loadWordForms, parseActors, parseWordForms } from './load';
import { buildFormIndex } from '../arabic/forms';

describe('content/word-forms.yaml', () => {
  it('loads and indexes the real file (a form in two families would stop the build)', () => {
    const index = buildFormIndex(loadWordForms());
    expect(index.familyOf('اسري')).toBe(index.familyOf('اسير'));
    expect(index.familyOf('يتوسط')).toBe('وساطه');
    expect(index.familyOf('طفلا')).toBe('طفل');
  });
  it('names the file, the entry and the field of a malformed family', () => {
    const msg = errorOf(() => parseWordForms('- key: أسير\n  forms: []\n', 'content/word-forms.yaml'));
    expect(msg).toContain('content/word-forms.yaml');
    expect(msg).toContain('forms');
    expect(errorOf(() => parseWordForms('- forms: [قمة]\n  inflect: plural\n', 'wf.yaml'))).toMatch(/wf\.yaml.*inflect|inflect[\s\S]*none \| dual \| adjective/);
  });
  it('refuses a form that two families claim, naming both', () => {
    const msg = errorOf(() => parseWordForms('- forms: [قمة, قمم]\n- forms: [قمم, قممي]\n', 'wf.yaml'));
    expect(msg).toContain('wf.yaml');
    expect(msg).toContain('«قمم»');
  });
});

describe('actors.yaml needsContext', () => {
  const truss = (guard: string) => `- id: liz-truss\n  type: person\n  name: ليز تراس\n  en: Liz Truss\n  short: [تراس]\n  needsContext: [${guard}]\n`;
  it('keeps a guarded spelling of the actor', () => {
    expect(parseActors(truss('تراس'))[0].needsContext).toEqual(['تراس']);
  });
  it('refuses a guarded spelling the actor does not have', () => {
    expect(errorOf(() => parseActors(truss('تروس')))).toMatch(/needsContext[\s\S]*«تروس»/);
  });
});
