import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { needsVite, nodeLoadableTest, relativeImports } from './nodeLoadable';

describe('needsVite', () => {
  it('sees what only Vite gives a module', () => {
    expect(needsVite('if (import.meta.env.DEV) log();')).toBe(true);
    expect(needsVite('if (import.meta.env?.DEV) log();')).toBe(true);
    expect(needsVite('const pages = import.meta.glob("./pages/*.js");')).toBe(true);
    expect(needsVite('import.meta.hot?.accept();')).toBe(true);
    expect(needsVite('import { getImage } from "astro:assets";')).toBe(true);
    expect(needsVite('const m = await import("astro:asset-imports");')).toBe(true);
    expect(needsVite("import x from 'virtual:astro:manifest';")).toBe(true);
    expect(needsVite('import css from "./a.css?raw";')).toBe(true);
    expect(needsVite('import u from "./w.js?url";')).toBe(true);
  });
  it('does not take the words in a message for their use', () => {
    // Astro's own error messages (core/errors/errors-data.js, runtime/server/astro-global.js).
    expect(needsVite('message: (g) => `\\`Astro.glob(${g})\\` only in .astro files. \\`import.meta.glob(${g})\\` can be used instead.`')).toBe(false);
    expect(needsVite('throw new Error(`Astro.glob is gone. Use import.meta.glob instead: https://vitejs.dev`);')).toBe(false);
    expect(needsVite('hint: "If you are not relying on `astro:assets` to optimize images"')).toBe(false);
    expect(needsVite('import { escape } from "html-escaper";\nexport const url = import.meta.url;')).toBe(false);
  });
});

describe('relativeImports', () => {
  it('lists static imports, re-exports, side-effect imports and literal import() calls', () => {
    const code = [
      'import { a } from "./a.js";',
      "import '../b.js';",
      'export { c } from "./c/index.js";',
      'export * from "./d.js";',
      'const e = () => import("./e.js");',
      'import yaml from "yaml";',
    ].join('\n');
    expect(relativeImports(code)).toEqual(['./a.js', '../b.js', './c/index.js', './d.js', './e.js']);
  });
});

describe('nodeLoadableTest', () => {
  const files: Record<string, string> = {
    '/pkg/index.js': 'export * from "./render.js";\nexport { escape } from "./escape.js";',
    '/pkg/render.js': 'import { escape } from "./escape.js";\nimport { cycle } from "./cycle-a.js";\nexport const render = () => escape(cycle);',
    '/pkg/escape.js': 'import { escape as e } from "html-escaper";\nexport const escape = e;',
    '/pkg/cycle-a.js': 'import { b } from "./cycle-b.js";\nexport const cycle = b;',
    '/pkg/cycle-b.js': 'import { cycle } from "./cycle-a.js";\nexport const b = 1;',
    '/pkg/content.js': 'import { render } from "./render.js";\nconst m = await import("astro:content-module-imports");',
    '/pkg/uses-content.js': 'export { x } from "./deep/uses.js";',
    '/pkg/deep/uses.js': 'import "../content.js";\nexport const x = 1;',
    '/pkg/missing.js': 'import "./not-there.js";',
    '/pkg/Image.astro': '---\n---\n<img />',
  };
  const reads: string[] = [];
  const read = (f: string) => {
    reads.push(f);
    return files[f];
  };
  const loadable = nodeLoadableTest(read);
  it('is true for a file whose whole import closure runs in Node, cycles included', () => {
    expect(loadable('/pkg/index.js')).toBe(true);
    expect(loadable('/pkg/cycle-b.js')).toBe(true);
  });
  it('is false when anything the file reaches needs Vite, however deep', () => {
    expect(loadable('/pkg/content.js')).toBe(false);
    expect(loadable('/pkg/uses-content.js')).toBe(false);
  });
  it('is false for an import that cannot be read, and for a file that is not JavaScript', () => {
    expect(loadable('/pkg/missing.js')).toBe(false);
    expect(loadable('/pkg/Image.astro')).toBe(false);
  });
  it('reads each file once', () => {
    expect(reads.length).toBe(new Set(reads).size);
  });
  it('keeps Astro\'s server runtime loadable and its content runtime bundled (the installed astro)', () => {
    const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/astro/dist');
    const real = nodeLoadableTest();
    expect(real(path.join(dist, 'runtime/server/index.js'))).toBe(true);
    expect(real(path.join(dist, 'core/errors/index.js'))).toBe(true);
    expect(real(path.join(dist, 'content/runtime.js'))).toBe(false);
    expect(real(path.join(dist, 'assets/internal.js'))).toBe(false);
  });
});
