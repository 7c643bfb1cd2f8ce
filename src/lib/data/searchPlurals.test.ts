// content/search-plurals.yaml and content/search-regions.yaml: the real files load at the scale the
// nineteenth pass set, repeat no actor, concept or country, and a broken entry is named with the file,
// the entry and the reason.
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize';
import { loadActorList } from '../../indexer/read';
import { loadSearchPlurals, loadSearchRegions, parseSearchPlurals, parseSearchRegions, soundForm } from './searchPlurals';
import { loadSearchSynonyms } from './search';
import { DataFileError } from './yaml';

const bare = (w: string) => normalizeArabic(w).replace(/^ال(?=...)/, '');
const err = (parse: () => unknown) => {
  try {
    parse();
  } catch (e) {
    return e as DataFileError;
  }
  throw new Error('expected an error');
};

describe('search-plurals.yaml and search-regions.yaml', () => {
  it('load at the scale of the news vocabulary, naming no actor, actor capital or concept', async () => {
    const plurals = loadSearchPlurals();
    const regions = loadSearchRegions();
    expect(plurals.length).toBeGreaterThan(1000);
    expect(regions.length).toBeGreaterThan(80);
    const actors = await loadActorList('content/actors.yaml');
    const taken = new Set([...actors.flatMap((a) => [a.name, ...(a.aliases ?? []), ...(a.nisba ?? []), ...(a.capitals ?? [])]), ...loadSearchSynonyms().flatMap((c) => c.names)].map(bare));
    const clashes = [...plurals, ...regions].flatMap(({ at, family }) => family.forms.filter((f) => taken.has(bare(f))).map((f) => `${at}: ${f}`));
    expect(clashes).toEqual([]);
  });
  it('a sound plural or a dual is no broken plural', () => {
    expect(soundForm('مهندس', 'مهندسون')).toBe(true);
    expect(soundForm('شاحنة', 'شاحنات')).toBe(true);
    expect(soundForm('كتاب', 'كتابان')).toBe(true);
    expect(soundForm('حاسوب', 'حواسيب')).toBe(false);
    expect(soundForm('قاض', 'قضاة')).toBe(false);
  });
  it('refuses a sound plural, a singular listed twice and a form with the article, naming the file and the entry', () => {
    expect(err(() => parseSearchPlurals('plurals:\n  - [مهندس, مهندسون]\n', 'x.yaml')).message).toMatch(/x\.yaml:2 plurals\[0\] \(مهندس\)[\s\S]*sound plural/);
    expect(err(() => parseSearchPlurals('plurals:\n  - [حاسوب, حواسيب]\n  - [حاسوب, حواسب]\n', 'x.yaml')).message).toMatch(/listed already/);
    expect(err(() => parseSearchPlurals('plurals:\n  - [الحاسوب, حواسيب]\n', 'x.yaml')).message).toMatch(/x\.yaml[\s\S]*article/);
    expect(err(() => parseSearchPlurals('plurals:\n  - [حاسوب]\n', 'x.yaml')).message).toMatch(/at least one broken plural/);
    expect(err(() => parseSearchPlurals('plurals:\n  - [قفص, أقفاص]\nownPlurals: [أقفاز]\n', 'x.yaml')).message).toMatch(/ownPlurals «أقفاز» is no plural listed/);
  });
  it('reads a region in the countries’ shape and refuses a nisba with the article', () => {
    const [one] = parseSearchRegions('regions:\n  - { names: [القوقاز], nisba: [قوقازي] }\n', 'x.yaml');
    expect(one.family.forms).toEqual(['قوقاز', 'قوقازي', 'قوقازية', 'قوقازيين', 'قوقازيون', 'قوقازيان', 'قوقازيتان', 'قوقازيتين', 'قوقازيات']);
    expect(err(() => parseSearchRegions('regions:\n  - { names: [القوقاز], nisba: [القوقازي] }\n', 'x.yaml')).message).toMatch(/article/);
  });
});
