import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compileModules, moduleFiles, resolveRelative, rewriteImports } from './compiledModules';

describe('resolveRelative', () => {
  const files = new Set(['corpus/build.ts', 'corpus/index.ts', 'site/views.ts', 'types.ts', 'data/load.mts']);
  it('finds a module as TypeScript does: extension left out, .js for .ts, a folder index', () => {
    expect(resolveRelative('site/views.ts', '../corpus/build', files)).toBe('corpus/build.ts');
    expect(resolveRelative('site/views.ts', '../corpus/build.js', files)).toBe('corpus/build.ts');
    expect(resolveRelative('site/views.ts', '../corpus', files)).toBe('corpus/index.ts');
    expect(resolveRelative('corpus/build.ts', '../types', files)).toBe('types.ts');
    expect(resolveRelative('types.ts', './data/load.mjs', files)).toBe('data/load.mts');
  });
  it('is undefined for a module that is not there', () => {
    expect(resolveRelative('types.ts', './corpus/missing', files)).toBeUndefined();
    expect(resolveRelative('types.ts', '../outside', files)).toBeUndefined();
  });
});

describe('rewriteImports', () => {
  it('renames the relative specifiers of imports, re-exports and import(), and nothing else', () => {
    const code = [
      'import { a } from "./a";',
      'import "../side";',
      'export { b } from "./b";',
      'export * from "./c";',
      'export * as d from "./d";',
      'import yaml from "yaml";',
      'const later = () => import("./e");',
      'const text = `import { x } from "./not-an-import"`;',
      'const s = "./a";',
    ].join('\n');
    const out = rewriteImports(code, (spec) => `${spec}.mjs`);
    expect(out.split('\n')).toEqual([
      'import { a } from "./a.mjs";',
      'import "../side.mjs";',
      'export { b } from "./b.mjs";',
      'export * from "./c.mjs";',
      'export * as d from "./d.mjs";',
      'import yaml from "yaml";',
      'const later = () => import("./e.mjs");',
      'const text = `import { x } from "./not-an-import"`;',
      'const s = "./a";',
    ]);
  });
  it('refuses an import() of a computed name, which it could not rename', () => {
    expect(() => rewriteImports('const m = (n) => import(`./parts/${n}`);', (s) => s)).toThrow(/computed name/);
  });
});

describe('compileModules', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function project(): { src: string; out: string; tsconfig: string } {
    dir = mkdtempSync(path.join(tmpdir(), 'compiled-modules-'));
    const src = path.join(dir, 'lib');
    mkdirSync(path.join(src, 'words'), { recursive: true });
    writeFileSync(path.join(src, 'main.ts'), [
      "import { normalise } from './words';",
      "import { join } from './join.js';",
      "import type { Word } from './types';",
      'export const count = (text: string): number => words(text).length;',
      "export const words = (text: string): Word[] => normalise(text).split(' ').filter(Boolean);",
      "export const joined = (text: string): string => join(words(text));",
    ].join('\n'));
    writeFileSync(path.join(src, 'join.ts'), "import path from 'node:path';\nexport const join = (w: string[]): string => path.posix.join(...w);\n");
    writeFileSync(path.join(src, 'types.ts'), 'export type Word = string;\n');
    writeFileSync(path.join(src, 'words', 'index.ts'), "export const normalise = (t: string): string => t.replace(/ـ/g, '').trim();\n");
    writeFileSync(path.join(src, 'main.test.ts'), "import { it } from 'vitest';\nit('is not compiled', () => {});\n");
    const tsconfig = path.join(dir, 'tsconfig.json');
    writeFileSync(tsconfig, JSON.stringify({ compilerOptions: { strict: true } }));
    return { src, out: path.join(dir, 'out'), tsconfig };
  }

  it('compiles every module but the tests into ES modules that Node imports and runs as the sources', async () => {
    const { src, out, tsconfig } = project();
    expect(moduleFiles(src)).toEqual(['join.ts', 'main.ts', 'types.ts', 'words/index.ts']);
    const first = await compileModules(src, out, tsconfig);
    expect(first.compiled).toBe(true);
    const main = first.compiledPath(path.join(src, 'main.ts'))!;
    expect(main).toBe(path.join(first.dir, 'main.mjs'));
    expect(first.compiledPath(path.join(src, 'main.test.ts'))).toBeUndefined();
    expect(first.compiledPath(path.join(dir, 'elsewhere.ts'))).toBeUndefined();
    expect(readFileSync(main, 'utf8')).toContain('"./words/index.mjs"');
    const mod = await import(pathToFileURL(main).href);
    expect(mod.count('مرحبا  بالعالم ')).toBe(2);
    expect(mod.joined('الدوحة ـاليوم')).toBe('الدوحة/اليوم');
  });

  it('reuses the folder of the same sources and compiles again, deleting the old one, when a source changes', async () => {
    const { src, out, tsconfig } = project();
    const first = await compileModules(src, out, tsconfig);
    const again = await compileModules(src, out, tsconfig);
    expect(again).toMatchObject({ dir: first.dir, compiled: false });
    writeFileSync(path.join(src, 'join.ts'), "export const join = (w: string[]): string => w.join('+');\n");
    const changed = await compileModules(src, out, tsconfig);
    expect(changed.compiled).toBe(true);
    expect(changed.dir).not.toBe(first.dir);
    expect(readdirSync(out)).toEqual([path.basename(changed.dir)]);
    const mod = await import(pathToFileURL(changed.compiledPath(path.join(src, 'main.ts'))!).href);
    expect(mod.joined('أ ب')).toBe('أ+ب');
  });

  it('names the file and the import when an import names no module of the folder, and leaves no folder', async () => {
    const { src, out, tsconfig } = project();
    writeFileSync(path.join(src, 'broken.ts'), "export { gone } from './gone';\n");
    await expect(compileModules(src, out, tsconfig)).rejects.toThrow(/broken\.ts: import '\.\/gone' names no module/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
