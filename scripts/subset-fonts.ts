// npm run fonts — cuts the site's fonts from the @fontsource files to the subsets of
// scripts/fonts/subsets.ts and writes src/styles/fonts/*.woff2 and src/styles/fonts.css.
// Deterministic; the output is committed (about 130 KB), so a build needs neither this
// script nor its WebAssembly subsetter. Run it again after changing the subsets or the
// @fontsource version: tests/unit/font-subsets.test.ts fails while the files are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACES, SUBSETS, fontsCss, type FaceFile } from './fonts/subsets';
import { makeSubset, readSource } from './fonts/subset-file';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/styles/fonts');

async function main() {
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.woff2')) rmSync(path.join(OUT, f));
  const files: FaceFile[] = [];
  for (const face of FACES) {
    for (const subset of SUBSETS) {
      const source = await readSource(ROOT, face, subset.source);
      const { bytes, codePoints } = await makeSubset(source, subset);
      const file = `${face.stem}-${subset.name}.woff2`;
      writeFileSync(path.join(OUT, file), bytes);
      files.push({ face, subset: subset.name, file, codePoints });
      console.log(`${file}: ${codePoints.length} code points, ${bytes.length} bytes`);
    }
  }
  writeFileSync(path.join(ROOT, 'src/styles/fonts.css'), fontsCss(files));
}

main().catch((e) => { console.error(e); process.exit(1); });
