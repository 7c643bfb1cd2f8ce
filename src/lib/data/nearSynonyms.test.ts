// content/search-near-synonyms.yaml: the real file loads; a broken one is named with the entry and the reason.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorOf } from './errors.test-helpers';
import { loadNearSynonyms, nearSynonymConcepts, nearSynonymsPart, parseNearSynonyms } from './nearSynonyms';
import { loadSearchVocabularyBeside } from './search';

describe('content/search-near-synonyms.yaml', () => {
  it('loads, and its sets are concepts of the vocabulary after the curated ones', () => {
    expect(loadNearSynonyms().map((e) => e.id)).toEqual(expect.arrayContaining(['worry', 'shortage', 'banks', 'cyber-attack']));
    const ids = loadSearchVocabularyBeside('content/actors.yaml').concepts.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['ceasefire', 'near-worry', 'near-banks']));
    expect(ids.indexOf('ceasefire')).toBeLessThan(ids.indexOf('near-worry'));
  });
  it('a set’s words are its names; its kinds are phrasings only', () => {
    const [c] = nearSynonymConcepts(parseNearSynonyms('- { id: kin, words: [عائلة, ذوي], kinds: [والدته] }'), []);
    expect(c).toEqual({ id: 'near-kin', names: ['عائلة', 'ذوي'], phrases: ['والدته'] });
  });
  it('names the entry when a word is in two sets, or a set has one word and no kinds', () => {
    const twice = errorOf(() => parseNearSynonyms('- { id: a, words: [نقص, ندرة] }\n- { id: b, words: [شح, الندرة] }\n', 'near.yaml'));
    expect(twice).toMatch(/near\.yaml:2 entry #2 \(id: b\): «الندرة» is also in entry #1/);
    expect(errorOf(() => parseNearSynonyms('- { id: a, words: [نقص] }', 'near.yaml'))).toMatch(/two words, or a word and its kinds/);
  });
  it('refuses a word that names a curated concept, naming both', () => {
    const err = errorOf(() => nearSynonymConcepts(parseNearSynonyms('- { id: dear, words: [الغلاء, الغلو] }'), [{ id: 'price-rise', names: ['غلاء'], phrases: [] }], 'near.yaml'));
    expect(err).toMatch(/set "dear": «الغلاء» already names the concept "price-rise"/);
  });
  it('reads the second part beside the file after it, one list: a word or an id in both is refused, naming both', () => {
    expect(loadNearSynonyms().map((e) => e.id)).toEqual(expect.arrayContaining(['worry', 'drowning', 'ties-restored']));
    const dir = mkdtempSync(join(tmpdir(), 'near-part-'));
    const file = join(dir, 'near.yaml');
    writeFileSync(file, '- { id: a, words: [نقص, ندرة] }\n');
    writeFileSync(nearSynonymsPart(file), '- { id: b, words: [شح, شحة] }\n');
    expect(loadNearSynonyms(file).map((e) => e.id)).toEqual(['a', 'b']);
    writeFileSync(nearSynonymsPart(file), '- { id: a, words: [شح, الندرة] }\n');
    const err = errorOf(() => loadNearSynonyms(file));
    expect(err).toMatch(/set "a" is also in/);
    expect(err).toMatch(/«الندرة» is also in set "a"/);
  });
  it('reads the third part (-words.yaml) after the second: a word in two parts is refused, naming the set and its file', () => {
    expect(loadNearSynonyms().map((e) => e.id)).toEqual(expect.arrayContaining(['worry', 'drowning', 'medicines', 'buses']));
    const dir = mkdtempSync(join(tmpdir(), 'near-part3-'));
    const file = join(dir, 'near.yaml');
    writeFileSync(file, '- { id: a, words: [نقص, ندرة] }\n');
    writeFileSync(nearSynonymsPart(file), '- { id: b, words: [شح, شحة] }\n');
    writeFileSync(nearSynonymsPart(file, '-words.yaml'), '- { id: c, words: [باص, حافلة] }\n');
    expect(loadNearSynonyms(file).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    writeFileSync(nearSynonymsPart(file, '-words.yaml'), '- { id: c, words: [حافلة, شحة] }\n');
    expect(errorOf(() => loadNearSynonyms(file))).toMatch(/set "c": «شحة» is also in set "b" of .*near-news\.yaml/);
    writeFileSync(nearSynonymsPart(file, '-words.yaml'), '- { id: b, words: [باص, حافلة] }\n');
    expect(errorOf(() => loadNearSynonyms(file))).toMatch(/set "b" is also in .*near-news\.yaml/);
  });
});
