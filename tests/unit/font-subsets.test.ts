// The committed font subsets (src/styles/fonts/, made by scripts/subset-fonts.ts) against
// the text the site prints: the bundled corpus and the site's own chrome.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCodePoints, makeSubset, readSource } from '../../scripts/fonts/subset-file';
import { CRITICAL, FACES, SUBSETS, fontsCss, inRanges, subsetCodePoints, unicodeRange } from '../../scripts/fonts/subsets';

const ROOT = path.resolve(__dirname, '../..');
const FONTS = path.join(ROOT, 'src/styles/fonts');

const filesUnder = (dir: string, test: (f: string) => boolean): string[] =>
  readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => path.join(e.parentPath, e.name));

const codePointsOf = (files: string[]) => {
  const seen = new Set<number>();
  for (const f of files) for (const ch of readFileSync(f, 'utf8')) seen.add(ch.codePointAt(0)!);
  return [...seen].filter((cp) => cp >= 0x20 && cp !== 0xfeff).sort((a, b) => a - b);
};

// What pages print: article text (and the raw pages it comes from), the names of the curated
// files, and the chrome (Astro templates and the site library's labels).
const CORPUS = [
  ...filesUnder('content/articles', (f) => f.endsWith('.mdx')),
  ...filesUnder('content/raw', () => true),
  ...['actors', 'topics', 'sources'].map((n) => path.join(ROOT, `content/${n}.yaml`)),
];
const CHROME = [
  ...filesUnder('src/layouts', (f) => f.endsWith('.astro')),
  ...filesUnder('src/components', (f) => f.endsWith('.astro')),
  ...filesUnder('src/pages', (f) => f.endsWith('.astro')),
  ...filesUnder('src/lib/site', (f) => f.endsWith('.ts') && !f.endsWith('.test.ts')),
];
const show = (cps: number[]) => cps.map((cp) => `U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)}`);

describe('font subsets', async () => {
  for (const face of FACES) {
    const sources = { arabic: await readSource(ROOT, face, 'arabic'), latin: await readSource(ROOT, face, 'latin') };
    const before = new Set([...sources.arabic.codePoints, ...sources.latin.codePoints]);
    const committed = new Map<string, number[]>();
    for (const s of SUBSETS) committed.set(s.name, await fontCodePoints(readFileSync(path.join(FONTS, `${face.stem}-${s.name}.woff2`))));
    const all = new Set([...committed.values()].flat());
    const notArabicExt = new Set([...committed.get('arabic')!, ...committed.get('latin')!, ...committed.get('latin-ext')!]);

    it(`${face.stem}: every character of the corpus and the chrome the full font drew is still drawn`, () => {
      const lost = codePointsOf([...CORPUS, ...CHROME]).filter((cp) => before.has(cp) && !all.has(cp));
      expect(show(lost)).toEqual([]);
    });

    it(`${face.stem}: the bundled corpus never needs the large arabic-ext file`, () => {
      // (An accented Latin letter in a name may fetch the 5 KB latin-ext one.)
      const text = codePointsOf(CORPUS).filter((cp) => before.has(cp));
      expect(show(text.filter((cp) => !notArabicExt.has(cp)))).toEqual([]);
    });

    it(`${face.stem}: the chrome (templates and the site's labels) needs only the arabic and latin files`, () => {
      const core = new Set([...committed.get('arabic')!, ...committed.get('latin')!]);
      expect(show(codePointsOf(CHROME).filter((cp) => before.has(cp) && !core.has(cp)))).toEqual([]);
    });

    it(`${face.stem}: the committed files are what the script makes from the installed fonts`, async () => {
      for (const s of SUBSETS) {
        const fresh = await makeSubset(sources[s.source], s);
        expect(readFileSync(path.join(FONTS, `${face.stem}-${s.name}.woff2`)).equals(fresh.bytes), `${face.stem}-${s.name}.woff2 is stale: run npm run fonts`).toBe(true);
      }
    });
  }

  it('the stylesheet is the generated one, ranges never overlap, and a space fetches only the Arabic file', async () => {
    const files = [];
    for (const face of FACES) for (const s of SUBSETS) {
      const src = await readSource(ROOT, face, s.source);
      files.push({ face, subset: s.name, file: `${face.stem}-${s.name}.woff2`, codePoints: subsetCodePoints(s, src.codePoints) });
    }
    expect(readFileSync(path.join(ROOT, 'src/styles/fonts.css'), 'utf8')).toBe(fontsCss(files));
    for (const face of FACES) {
      const mine = files.filter((f) => f.face === face);
      const owners = new Map<number, string[]>();
      for (const f of mine) for (const cp of f.codePoints) owners.set(cp, [...(owners.get(cp) ?? []), f.subset]);
      expect([...owners].filter(([, o]) => o.length > 1)).toEqual([]);
      expect(owners.get(0x20)).toEqual(['arabic']);
      expect(owners.get(0x0644)).toEqual(['arabic']);
      expect(owners.get(0x31)).toEqual(['latin']); // Latin digits are in Arabic text: the small Latin file
      expect(owners.get(0xab)).toEqual(['latin']);
    }
  });

  it('the layout preloads the critical face', () => {
    const layout = readFileSync(path.join(ROOT, 'src/layouts/BaseLayout.astro'), 'utf8');
    expect(layout).toContain(`fonts/${CRITICAL.stem}-${CRITICAL.subset}.woff2?url`);
    expect(layout).toMatch(/<link rel="preload" href=\{\w+\} as="font" type="font\/woff2" crossorigin/);
  });

  it('unicode-range joins runs of code points', () => {
    expect(unicodeRange([0x623, 0x621, 0x622, 0x6a9, 0x20])).toBe('U+20, U+621-623, U+6A9');
    expect(inRanges([[0x621, 0x64a]], 0x64b)).toBe(false);
  });
});
