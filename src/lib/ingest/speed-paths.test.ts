// The fast forms of session 29 (issue 13) against the patterns they replaced, on every code unit:
// a speed change must leave every key and every normalised text as it was.
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize';
import { collapseSpaces, keyOfCollapsed } from './boilerplate';

const trimByPattern = (text: string) => text.replace(/^[\s\-–—•·▪►*:.،,|>»«"'“”()[\]]+|[\s\-–—•·▪►*:.،,|<»«"'“”()[\]…]+$/g, '').trim();
const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

describe('exact fast paths', () => {
  it('keyOfCollapsed trims as its pattern does, at the start, at the end and whole', () => {
    const differ = units.filter((u) => [u, `${u}ب ${u}`, `ب${u}`, `${u} ${u}`, `«${u}»`].some((t) => keyOfCollapsed(t) !== trimByPattern(t)));
    expect(differ).toEqual([]);
    expect(keyOfCollapsed('» «اقرأ أيضاً» …')).toBe('اقرأ أيضاً');
  });

  it('collapseSpaces collapses as /\\s+/g → " " does, and returns a one-space line itself', () => {
    const differ = units.filter((u) => [u, `a ${u}`, `${u} b`, ` ${u}`, `ب${u}${u}ب`].some((t) => collapseSpaces(t) !== t.replace(/\s+/g, ' ')));
    expect(differ).toEqual([]);
    const line = 'قال المتحدث باسم الكرملين إن موسكو مستعدة';
    expect(collapseSpaces(line)).toBe(line);
    expect(collapseSpaces('موسكو\u00A0 -\tرويترز')).toBe('موسكو - رويترز');
  });

  it('normalizeArabic lower-cases what has a case, beside Arabic or not', () => {
    expect(normalizeArabic('ΣΟΦΙΑ أُوكرانيا')).toBe('σοφια اوكرانيا');
    expect(normalizeArabic('وكالة ΟΔΟΣ')).toBe('وكاله οδος');
    expect(normalizeArabic('İstanbul')).toBe('i̇stanbul');
    expect(normalizeArabic('\u{10400}ب')).toBe('\u{10428}ب'); // Deseret: a case on a surrogate pair
    const differ = units.filter((u) => normalizeArabic(`ب${u}`) !== `ب${normalizeArabic(u)}` || (/[A-Z]/.test(u) && normalizeArabic(u) !== u.toLowerCase()));
    expect(differ).toEqual([]);
  });
});
