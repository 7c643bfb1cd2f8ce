// What the site's fonts are cut to (scripts/subset-fonts.ts makes the files, the test in
// tests/unit/font-subsets.test.ts checks them). Each face is cut from two @fontsource files
// (its Arabic and its Latin part) into four; a browser downloads one only when the page has
// a character in its unicode-range:
//   arabic     — the letters, marks, digits and punctuation of Arabic news text, the Persian
//                letters that scraped text often carries (ی ک from Persian keyboards, ڤ پ
//                چ گ ژ in transcribed names) and the presentation forms B some pages paste;
//   arabic-ext — the rest of the source's Arabic (Urdu, Sindhi, Quranic marks, ligatures);
//   latin      — Latin digits and letters and the punctuation used with Arabic («», –, …);
//                no space in its range: a space alone must not fetch the Latin file;
//   latin-ext  — the rest of the Latin part (accented letters, symbols).
// The -ext files keep every glyph the site had before, but an ordinary article never needs them.

export interface FontFace {
  /** File stem under src/styles/fonts/ (`<stem>-<subset>.woff2`). */
  stem: string;
  family: string;
  weight: 400 | 700;
  /** @fontsource package whose per-script WOFF2 files are the source. */
  pkg: string;
  /** The source file name for a subset of the source, `%s` the fontsource subset name. */
  sourceFile: string;
}

export const FACES: FontFace[] = [
  { stem: 'naskh-400', family: 'Noto Naskh Arabic', weight: 400, pkg: '@fontsource/noto-naskh-arabic', sourceFile: 'noto-naskh-arabic-%s-400-normal.woff2' },
  { stem: 'naskh-700', family: 'Noto Naskh Arabic', weight: 700, pkg: '@fontsource/noto-naskh-arabic', sourceFile: 'noto-naskh-arabic-%s-700-normal.woff2' },
  { stem: 'kufi-700', family: 'Noto Kufi Arabic', weight: 700, pkg: '@fontsource/noto-kufi-arabic', sourceFile: 'noto-kufi-arabic-%s-700-normal.woff2' },
];

/** The face every page's body text uses first: preloaded by the layout. */
export const CRITICAL = { stem: 'naskh-400', subset: 'arabic' } as const;

/** Inclusive code point ranges. */
export type Ranges = [number, number][];

export interface Subset {
  name: 'arabic' | 'arabic-ext' | 'latin' | 'latin-ext';
  /** The fontsource file it is cut from. */
  source: 'arabic' | 'latin';
  /** What it keeps (intersected with what the source has). */
  ranges: Ranges;
  /** Keeps the rest of the source instead: what the core subset of the same source leaves. */
  restOf?: Ranges;
}

const ARABIC: Ranges = [
  [0x20, 0x20], [0xa0, 0xa0],
  [0x60c, 0x60c], [0x61b, 0x61b], [0x61f, 0x61f],
  [0x621, 0x65f], // letters, tatweel, harakat
  [0x660, 0x66d], // Arabic-Indic digits, decimal and thousands separators, ٪
  [0x670, 0x671], // superscript alef, alef wasla
  [0x67e, 0x67e], [0x686, 0x686], [0x698, 0x698], [0x6a4, 0x6a4], [0x6a9, 0x6a9], [0x6af, 0x6af], [0x6cc, 0x6cc],
  [0x200c, 0x200f], // ZWNJ, ZWJ, LRM, RLM
  [0xfe70, 0xfe74], [0xfe76, 0xfefc], // presentation forms B
];

const LATIN: Ranges = [
  // ¶ is every paragraph's anchor; « » quote most Arabic articles.
  [0x21, 0x7e], [0xa9, 0xa9], [0xab, 0xab], [0xb0, 0xb0], [0xb6, 0xb7], [0xbb, 0xbb], [0xd7, 0xd7],
  [0x2013, 0x2014], [0x2018, 0x201a], [0x201c, 0x201e], [0x2022, 0x2022], [0x2026, 0x2026],
  [0x2039, 0x203a], [0x2212, 0x2212],
];

export const SUBSETS: Subset[] = [
  { name: 'arabic', source: 'arabic', ranges: ARABIC },
  { name: 'arabic-ext', source: 'arabic', ranges: [], restOf: ARABIC },
  { name: 'latin', source: 'latin', ranges: LATIN },
  { name: 'latin-ext', source: 'latin', ranges: [], restOf: [[0x20, 0x20], [0xa0, 0xa0], ...LATIN] },
];

export const inRanges = (ranges: Ranges, cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** The code points a subset keeps, given everything its source file maps. */
export function subsetCodePoints(subset: Subset, sourceCodePoints: number[]): number[] {
  // Controls (NUL, CR) and U+FEFF (a byte-order mark) are in fontsource's cmaps but never
  // drawn; left out so that no two files' ranges overlap.
  const text = sourceCodePoints.filter((cp) => cp >= 0x20 && cp !== 0xfeff);
  if (subset.restOf) return text.filter((cp) => !inRanges(subset.restOf!, cp));
  return text.filter((cp) => inRanges(subset.ranges, cp));
}

/** Sorted code points → CSS `unicode-range` value (`U+621-65F, U+6A9`). */
export function unicodeRange(codePoints: number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(sorted[i])}` : `U+${hex(sorted[i])}-${hex(sorted[j])}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export interface FaceFile { face: FontFace; subset: Subset['name']; file: string; codePoints: number[] }

/** The generated stylesheet: one @font-face per file (the ranges never overlap). */
export function fontsCss(files: FaceFile[]): string {
  const head = '/* Generated by scripts/subset-fonts.ts (npm run fonts) from @fontsource files: do not edit.\n'
    + '   Each face is cut in four files (scripts/fonts/subsets.ts); unicode-range makes a browser\n'
    + '   fetch a file only when the page has one of its characters. */\n';
  return head + files.map(({ face, file, codePoints }) => `@font-face {
  font-family: '${face.family}';
  font-style: normal;
  font-weight: ${face.weight};
  font-display: swap;
  src: url(./fonts/${file}) format('woff2');
  unicode-range: ${unicodeRange(codePoints)};
}
`).join('');
}
