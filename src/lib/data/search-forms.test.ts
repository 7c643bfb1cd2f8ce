// content/search-forms.yaml: validated like every curated file, merged with word-forms.yaml.
import { describe, expect, it } from 'vitest';
import { loadSearchForms, parseSearchForms } from './search';
import { loadWordForms } from './load';
import { errorOf } from './errors.test-helpers';

const base = [{ key: 'أسير', forms: ['أسير', 'أسرى'] }];

describe('content/search-forms.yaml', () => {
  it('loads the real file on top of word-forms.yaml: hundreds of forms, no family met twice', () => {
    const families = loadSearchForms('content/search-forms.yaml', loadWordForms());
    expect(families.length).toBeGreaterThan(250);
    expect(families.reduce((n, f) => n + f.forms.length, 0)).toBeGreaterThan(1500);
  });
  it('extends a family of word-forms.yaml that an entry meets, instead of clashing with it', () => {
    const out = parseSearchForms('plurals:\n  - [أسير, أسرى, أسراء]\n  - [جيش, جيوش]\n', 'sf.yaml', base);
    expect(out).toEqual([
      { key: 'اسير', forms: ['اسراء'] },
      { key: 'جيش', forms: ['جيش', 'جيوش'] },
    ]);
  });
  it('writes verb families from root and measure', () => {
    const [f] = parseSearchForms('verbs:\n  - { root: سحب, measure: VII }\n', 'sf.yaml');
    expect(f.key).toBe('انسحاب');
    expect(f.forms).toContain('ينسحبون');
  });
  it('names the file, the line and both families when an entry meets two', () => {
    const msg = errorOf(() => parseSearchForms('plurals:\n  - [جيش, جيوش]\n  - [أسير, جيوش]\n', 'sf.yaml', base));
    expect(msg).toMatch(/sf\.yaml:3 plurals\[1\] meets two families: «اسير».*«جيش»/);
  });
  it('rejects a bad measure, a root of other than three letters and a one-form entry, naming the file', () => {
    expect(errorOf(() => parseSearchForms('verbs:\n  - { root: سحب, measure: XI }\n', 'sf.yaml'))).toMatch(/sf\.yaml.*measure.*II \| III/);
    expect(errorOf(() => parseSearchForms('verbs:\n  - { root: ترجم, measure: II }\n', 'sf.yaml'))).toMatch(/sf\.yaml.*root.*three letters/);
    expect(errorOf(() => parseSearchForms('plurals:\n  - [جيش]\n', 'sf.yaml'))).toMatch(/sf\.yaml.*at least two forms/);
  });
});
