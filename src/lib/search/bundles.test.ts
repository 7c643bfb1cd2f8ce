// kb-search.json's `bundles`: each Pagefind bundle's language indexes, read from the entry file
// Pagefind writes (the /search/ page asks for every bundle's metadata file by these names).
import { describe, expect, it } from 'vitest';
import { bundleLanguages } from './context';

// As Pagefind 1.6 writes pagefind-entry.json (a bundle of the 10k benchmark site).
const ENTRY = '{"version":"1.6.0","languages":{"ar":{"hash":"ar_e1639caa85","wasm":"ar","page_count":8891}},"include_characters":["_","‿","⁀","⁔","︳","︴","﹍","﹎","﹏","＿"]}';

describe('bundleLanguages', () => {
  it('keeps each language index of an entry file: its metadata hash, wasm and page count', () => {
    expect(bundleLanguages(ENTRY, 'pagefind/pagefind-entry.json')).toEqual({ ar: { hash: 'ar_e1639caa85', wasm: 'ar', page_count: 8891 } });
  });

  it('says which file is not a Pagefind entry, and why', () => {
    expect(() => bundleLanguages('{"version":"1.6.0"}', 'pagefind/shard-2024/pagefind-entry.json')).toThrow(/shard-2024\/pagefind-entry\.json: no "languages"/);
    expect(() => bundleLanguages('{"languages":{"ar":{"wasm":"ar"}}}', 'pagefind/pagefind-entry.json')).toThrow(/pagefind-entry\.json: language "ar" has no metadata hash/);
    expect(() => bundleLanguages('{"languages":', 'pagefind/pagefind-entry.json')).toThrow(/pagefind-entry\.json: not JSON/);
  });
});
