// Which of Astro's own runtime files the server bundle may leave to Node (src/astro/serverBundle.ts).
// Astro puts its package in the server bundle (Vite's `ssr.noExternal`), so Rollup reads, parses
// and tree-shakes its runtime (~120 modules, ~270 KB) on every build, though `astro build`
// already loads most of the same files in Node to render the pages. A file can be loaded by Node
// as it is when neither it nor anything it imports needs Vite: no `import.meta.env` (Vite writes
// the values in), no virtual `astro:` / `virtual:` modules, no `?raw`/`?url` imports. Bare
// imports of other packages are Node's to resolve, as for the modules Vite already leaves out.
// `process.env.NODE_ENV` (the runtime's island scripts test it) reads the same value either way:
// `astro build` sets it before Vite starts, and Vite writes in that value when it bundles.
import { readFileSync } from 'node:fs';
import path from 'node:path';

// `import.meta.glob(` as a call, not inside a template string: Astro's error messages quote it.
const NEEDS_VITE = /import\.meta\.(?:env|hot)\b|(?<![`\w.])import\.meta\.glob\s*\(|(?:from|import)\s*\(?\s*["'](?:astro|virtual):|(?:from|import)\s*\(?\s*["'][^"'\n]*\?(?:raw|url|inline|worker)["']/;
// Static imports and re-exports, `import "x"` and `import("x")` with a literal specifier.
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"'\n]+)["']/g;

/** Whether `code` itself needs Vite to run (the check above). */
export function needsVite(code: string): boolean {
  return NEEDS_VITE.test(code);
}

/** The relative specifiers `code` imports (statically, by re-export or by a literal import()). */
export function relativeImports(code: string): string[] {
  return [...code.matchAll(RELATIVE_IMPORT)].map((m) => m[1]);
}

/**
 * A memoised test: are the JavaScript file at `file` and every file it reaches by relative imports
 * free of what needs Vite? `read` reads a file (the disk by default; tests give their own); a file
 * that cannot be read, or is not JavaScript, fails.
 */
export function nodeLoadableTest(read: (file: string) => string | undefined = readOrUndefined): (file: string) => boolean {
  const scanned = new Map<string, { ok: boolean; imports: string[] }>();
  const scan = (file: string) => {
    let s = scanned.get(file);
    if (!s) {
      const code = /\.m?js$/.test(file) ? read(file) : undefined;
      s = code === undefined || needsVite(code) ? { ok: false, imports: [] } : { ok: true, imports: relativeImports(code).map((spec) => path.resolve(path.dirname(file), spec)) };
      scanned.set(file, s);
    }
    return s;
  };
  const answers = new Map<string, boolean>();
  return (start) => {
    const file = path.resolve(start);
    const known = answers.get(file);
    if (known !== undefined) return known;
    // The closure, walked once per file asked about (a runtime of ~100 files: cheap).
    const seen = new Set([file]);
    const queue = [file];
    let ok = true;
    while (ok && queue.length) {
      const s = scan(queue.pop()!);
      ok = s.ok;
      for (const next of s.imports) if (!seen.has(next)) { seen.add(next); queue.push(next); }
    }
    answers.set(file, ok);
    return ok;
  };
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
