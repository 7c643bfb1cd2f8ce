// The pipeline's modules (src/lib/: reading, linking, topics, relations, stories, the views) are
// left out of Astro's server bundle: they are compiled once per change of their sources to plain
// ES modules (src/astro/compiledModules.ts) and the bundle imports those, which Node loads as they
// are. Bundled, they were half of the server bundle's source (505 of 946 KB) and Rollup parsed and
// tree-shook them and esbuild compiled them again on every build, an update with nothing changed
// too (docs/scale.md «Bundling in every build»). Nothing in src/lib needs Vite: no
// import.meta.env, no virtual `astro:` modules, no `?raw`/`?url` imports; src/astro/ (which has
// them) stays bundled, and every import of a src/lib module, from any bundled file, is the one
// compiled module, so each module has one instance as in the bundle. Only the server build: the
// client bundle and `astro dev` are as before.
// Astro's own runtime files are left out too when Node can load them as they are
// (src/astro/nodeLoadable.ts): `astro build` loads most of them itself to render the pages, so the
// bundle shares those instances instead of parsing and tree-shaking a copy on every build.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { compileModules } from './compiledModules';
import { nodeLoadableTest } from './nodeLoadable';

type External = (source: string, importer: string | undefined, isResolved: boolean) => boolean | null | undefined | void;

/** An external of Rollup's options (a function, a name, a pattern or a list) as a function. */
function externalFunction(before: unknown): External {
  if (typeof before === 'function') return before as External;
  const list = before === undefined ? [] : ([before].flat() as (string | RegExp)[]);
  return (source) => list.some((e) => (typeof e === 'string' ? e === source : e.test(source)));
}

/** The folder of Astro's built runtime (`node_modules/astro/dist/`) as Rollup names its modules, or undefined. */
function astroDist(root: string): string | undefined {
  try {
    return realpathSync(path.join(root, 'node_modules/astro/dist')) + path.sep;
  } catch {
    return undefined;
  }
}

/**
 * Leaves the modules of `dir` (relative to the project root) out of the server bundle, and the
 * files of Astro's runtime that Node can load as they are (one integration: Rollup's `external`
 * and `output.paths` are single functions, which a second integration's would replace).
 */
export function outsideServerBundle(dir: string): AstroIntegration {
  let root = '';
  return {
    name: 'kb-outside-server-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:setup': async ({ vite, target, updateConfig, logger }) => {
        if (target !== 'server') return;
        const srcDir = path.resolve(root, dir);
        let compiled;
        try {
          compiled = await compileModules(srcDir, path.join(root, 'node_modules/.cache/kb-server-modules'), path.join(root, 'tsconfig.json'));
        } catch (err) {
          // The build goes on as before, bundling them, and says why.
          logger.warn(`${dir} bundled: it could not be compiled ahead: ${(err as Error).message}`);
          return;
        }
        const { compiledPath } = compiled;
        const runtimeDir = astroDist(root);
        const loadable = nodeLoadableTest();
        const astroRuntime = (id: string) => runtimeDir !== undefined && id.startsWith(runtimeDir) && loadable(id);
        const before = externalFunction(vite.build?.rollupOptions?.external);
        const external: External = (source, importer, isResolved) => {
          if (isResolved && (compiledPath(source) !== undefined || astroRuntime(source))) return true;
          return before(source, importer, isResolved);
        };
        // Imported by file URL, as written (not made relative to the chunk).
        const paths = (id: string) => {
          const file = compiledPath(id) ?? (astroRuntime(id) ? id : undefined);
          return file ? pathToFileURL(file).href : id;
        };
        updateConfig({ build: { rollupOptions: { external, makeAbsoluteExternalsRelative: false, output: { paths } } } });
        logger.info(`${dir}: ${compiled.compiled ? 'compiled' : 'compiled modules reused'} (${path.relative(root, compiled.dir)}), imported by the server bundle`);
      },
    },
  };
}
