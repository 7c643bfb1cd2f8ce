// Reading a font's character map and cutting a subset: shared by the script and its test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { subsetCodePoints, type FontFace, type Subset } from './subsets';

export interface SourceFont { file: string; bytes: Buffer; codePoints: number[] }

/** Every code point a WOFF/WOFF2/TTF file maps to a glyph. */
export async function fontCodePoints(bytes: Buffer): Promise<number[]> {
  const sfnt = await fontverter.convert(bytes, 'sfnt');
  const face = new hb.Face(new hb.Blob(sfnt), 0);
  return [...face.collectUnicodes()].sort((a, b) => a - b);
}

export async function readSource(root: string, face: FontFace, source: Subset['source']): Promise<SourceFont> {
  const file = path.join(root, 'node_modules', face.pkg, 'files', face.sourceFile.replace('%s', source));
  let bytes: Buffer;
  try { bytes = readFileSync(file); } catch (e) { throw new Error(`${file}: cannot read the source font (${(e as Error).message}); is ${face.pkg} installed?`); }
  return { file, bytes, codePoints: await fontCodePoints(bytes) };
}

/** WOFF2 of the source cut to the subset, with every layout feature (Arabic shaping needs them). */
export async function makeSubset(source: SourceFont, subset: Subset): Promise<{ bytes: Buffer; codePoints: number[] }> {
  const codePoints = subsetCodePoints(subset, source.codePoints);
  if (!codePoints.length) throw new Error(`${source.file}: nothing of subset "${subset.name}" in this font`);
  const bytes = await subsetFont(source.bytes, String.fromCodePoint(...codePoints), { targetFormat: 'woff2' });
  return { bytes, codePoints };
}
