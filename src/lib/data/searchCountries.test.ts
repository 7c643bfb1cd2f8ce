// content/search-countries.yaml: the real file loads, repeats no actor and no concept country, and a
// broken entry is named with the file, the entry and the reason.
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize';
import { loadActorList } from '../../indexer/read';
import { countryFamily, loadSearchCountries, parseSearchCountries } from './searchCountries';
import { loadSearchSynonyms, mergeFamilies } from './search';
import { DataFileError } from './yaml';

const bare = (w: string) => normalizeArabic(w).replace(/^ال(?=...)/, '');

describe('search-countries.yaml', () => {
  it('loads, and names no country content/actors.yaml or a concept of search-synonyms.yaml already holds', async () => {
    const countries = loadSearchCountries();
    expect(countries.length).toBeGreaterThan(50);
    const actors = await loadActorList('content/actors.yaml');
    const taken = new Set([...actors.flatMap((a) => [a.name, ...(a.aliases ?? []), ...(a.nisba ?? [])]), ...loadSearchSynonyms().flatMap((c) => c.names)].map(bare));
    const clashes = countries.flatMap(({ at, family }) => family.forms.filter((f) => taken.has(bare(f))).map((f) => `${at}: ${f}`));
    expect(clashes).toEqual([]);
  });
  it('writes the nisba’s agreement forms and keeps the country without its article', () => {
    const family = countryFamily({ names: ['الفلبين'], nisba: ['فلبيني'], people: [] });
    expect(family.forms).toEqual(['فلبين', 'فلبيني', 'فلبينية', 'فلبينيين', 'فلبينيون', 'فلبينيان', 'فلبينيتان', 'فلبينيتين', 'فلبينيات']);
  });
  it('refuses a nisba not in ي or with the article, naming the file and the entry', () => {
    const err = (text: string) => {
      try {
        parseSearchCountries(text, 'x.yaml');
      } catch (e) {
        return e as DataFileError;
      }
      throw new Error('expected an error');
    };
    expect(err('countries:\n  - { names: [تشاد], nisba: [تشادية] }\n').message).toMatch(/x\.yaml[\s\S]*nisba[\s\S]*ي/);
    expect(err('countries:\n  - { names: [تشاد], nisba: [التشادي] }\n').message).toMatch(/article/);
  });
  it('an entry meeting two families is an error naming both', () => {
    const entries = [{ at: 'x.yaml:2 countries[0]', family: { forms: ['غانا', 'غاني'] } }];
    expect(() => mergeFamilies(entries, [{ forms: ['غانا'] }, { forms: ['غاني'] }], 'x.yaml')).toThrow(/meets two families/);
  });
});
