// The TypeScript modules of a folder compiled once to ES modules that Node imports as they are,
// kept under a key of their sources: the build's server bundle imports src/lib/ from here instead
// of bundling it again (src/astro/serverBundle.ts). Each file is compiled alone with Vite's own
// esbuild transform (the project's tsconfig, as Vite compiles it in the bundle), and its relative
// imports are written with the compiled file's name, which Node's ESM loader needs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAst, transformWithEsbuild, version as viteVersion } from 'vite';

/** Bumped when the compiled form changes for the same sources. */
const FORMAT = 1;

/** The module files of `dir`, relative to it, sorted: TypeScript sources but tests and declarations. */
export function moduleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (/\.(ts|mts)$/.test(e.name) && !/\.(test|d)\.(ts|mts)$/.test(e.name)) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** 'corpus/buildCorpus.ts' → 'corpus/buildCorpus.mjs'. */
export const compiledName = (rel: string): string => rel.replace(/\.m?ts$/, '.mjs');

/**
 * The module a relative import names, as TypeScript resolves it among `files` (paths relative to
 * the folder, '/'-separated): the file as written, with .ts or .mts, a .js written for its .ts,
 * or the folder's index. Undefined when it names none of them.
 */
export function resolveRelative(fromFile: string, spec: string, files: Set<string>): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  const candidates = [base, `${base}.ts`, `${base}.mts`, base.replace(/\.m?js$/, (x) => (x === '.mjs' ? '.mts' : '.ts')), `${base}/index.ts`, `${base}/index.mts`];
  return candidates.find((c) => files.has(c));
}

/** The code with each relative module specifier replaced by `rename(spec)`; static and dynamic imports, re-exports. */
export function rewriteImports(code: string, rename: (spec: string) => string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; source?: { type: string; value: unknown; start: number; end: number } };
    if ((n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ImportExpression') && n.source) {
      const s = n.source;
      if (s.type !== 'Literal' || typeof s.value !== 'string') {
        if (n.type === 'ImportExpression') throw new Error(`an import() of a computed name (${code.slice(s.start, s.end)}) cannot be compiled ahead`);
      } else if (s.value.startsWith('./') || s.value.startsWith('../')) {
        edits.push({ start: s.start, end: s.end, text: JSON.stringify(rename(s.value)) });
      }
    }
    for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
  };
  visit(parseAst(code));
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The key of a compiled folder: its sources, the compiler's version and the tsconfig it reads. */
export function sourcesKey(dir: string, files: string[], tsconfig: string): string {
  const h = createHash('sha1').update(`${FORMAT}\0${viteVersion}\0`);
  h.update(existsSync(tsconfig) ? readFileSync(tsconfig) : '').update('\0');
  for (const f of files) h.update(`${f}\0`).update(readFileSync(path.join(dir, f))).update('\0');
  return h.digest('hex').slice(0, 16);
}

export interface CompiledModules {
  /** The folder of the compiled modules (`<outRoot>/<key>`). */
  dir: string;
  /** Whether they were compiled by this call (false: an earlier build's, reused). */
  compiled: boolean;
  /** Absolute source path → absolute compiled path. */
  compiledPath: (source: string) => string | undefined;
}

/**
 * The modules of `srcDir` compiled into `<outRoot>/<key>/`, or the folder an earlier call left
 * for the same key. Written to a folder of its own and renamed into place, so builds side by side
 * never see half a folder; the folders of other keys are deleted.
 */
export async function compileModules(srcDir: string, outRoot: string, tsconfig: string): Promise<CompiledModules> {
  const files = moduleFiles(srcDir);
  const known = new Set(files);
  const key = sourcesKey(srcDir, files, tsconfig);
  const dir = path.join(outRoot, key);
  const compiledPath = (source: string) => {
    const rel = path.relative(srcDir, source).split(path.sep).join('/');
    return known.has(rel) ? path.join(dir, compiledName(rel)) : undefined;
  };
  if (existsSync(path.join(dir, '.complete'))) return { dir, compiled: false, compiledPath };
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  for (const rel of files) {
    const file = path.join(srcDir, rel);
    let code: string;
    try {
      const { code: js } = await transformWithEsbuild(readFileSync(file, 'utf8'), file, { target: 'esnext', format: 'esm', sourcemap: false });
      code = rewriteImports(js, (spec) => {
        const target = resolveRelative(rel, spec, known);
        if (!target) throw new Error(`import '${spec}' names no module of ${srcDir}`);
        const relPath = path.posix.relative(path.posix.dirname(rel), compiledName(target));
        return relPath.startsWith('.') ? relPath : `./${relPath}`;
      });
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(`${file}: ${(err as Error).message}`);
    }
    const out = path.join(tmp, compiledName(rel));
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, code);
  }
  writeFileSync(path.join(tmp, '.complete'), `${files.length} modules\n`);
  try {
    renameSync(tmp, dir);
  } catch {
    // Another build compiled the same sources meanwhile: theirs is the same.
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const e of readdirSync(outRoot)) if (e !== key && !e.endsWith('.tmp')) rmSync(path.join(outRoot, e), { recursive: true, force: true });
  return { dir, compiled: true, compiledPath };
}
