// @ts-check
// `astro build` as scripts/build.ts runs it: Astro 5.18's own build (node_modules/astro/dist/core/
// build/index.js, `build` and `AstroBuilder`, the same calls in the same order for a static site),
// with one difference: an update of the same code reuses the last build's bundles instead of
// bundling again (scripts/build/bundleReuse.mjs; docs/scale.md «The Astro step's fixed part
// reused», session 27). Any doubt — no record, another key, a file changed, internals this code
// does not know — and it bundles as `astro build` does, saying why.
// Usage: node scripts/build/astro-build.mjs <project root>
// Environment: BUILD_BUNDLE_DIR, where the bundle of this output folder is kept (none: no reuse,
// nothing saved); BUILD_BUNDLE_KEY, the build's global fingerprint; BUILD_BUNDLE_REUSE=1 lets
// this build reuse a saved bundle (an update), otherwise it bundles and saves.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledFiles, bundleKey, commitBundle, contentLayerDigests, contentLayerFiles, fileStamps, readBundle, restoreBundleFiles, restoreInternals, saveBundleFiles, serializeInternals } from './bundleReuse.mjs';

const root = path.resolve(process.argv[2] ?? '.');
const astroDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json'));
const astroVersion = JSON.parse(fs.readFileSync(path.join(astroDir, 'package.json'), 'utf8')).version;
/** One of Astro's modules, by its file (the package exports none of these). */
const astro = (/** @type {string} */ file) => import(pathToFileURL(path.join(astroDir, 'dist', file)).href);

const [hooks, config, logging, settingsMod, createViteMod, encryption, polyfill, routing, util, pageData, staticBuildMod, internalMod, pathMod, buildUtil, colorsMod] = await Promise.all([
  astro('integrations/hooks.js'),
  astro('core/config/config.js'),
  astro('core/config/logging.js'),
  astro('core/config/settings.js'),
  astro('core/create-vite.js'),
  astro('core/encryption.js'),
  astro('core/polyfill.js'),
  astro('core/routing/index.js'),
  astro('core/util.js'),
  astro('core/build/page-data.js'),
  astro('core/build/static-build.js'),
  astro('core/build/internal.js'),
  astro('core/path.js'),
  astro('core/build/util.js'),
  import('piccolore'),
]);
const { getOutDirWithinCwd } = await astro('core/build/common.js');
const { createDevelopmentManifest } = await astro('vite-plugin-astro-server/plugin.js');
const colors = colorsMod.default;
// How Astro writes its data store (devalue), to read it back for the bundle's key.
const devalue = await import(pathToFileURL(createRequire(path.join(astroDir, 'package.json')).resolve('devalue')).href);

const mayReuse = process.env.BUILD_BUNDLE_REUSE === '1';

async function build() {
  util.ensureProcessNodeEnv('production');
  polyfill.apply();
  const inlineConfig = { root };
  const logger = logging.createNodeLogger(inlineConfig);
  const { astroConfig } = await config.resolveConfig(inlineConfig, 'build');
  let settings = await settingsMod.createSettings(astroConfig, fileURLToPath(astroConfig.root));
  const timerInit = performance.now();

  // AstroBuilder.setup()
  settings = await hooks.runHookConfigSetup({ settings, command: 'build', logger });
  const manifest = createDevelopmentManifest(settings);
  const routesList = await routing.createRoutesList({ settings }, logger);
  await hooks.runHookConfigDone({ settings, logger, command: 'build' });
  if (settings.buildOutput !== 'static') throw new Error('scripts/build/astro-build.mjs builds static sites only');
  const viteConfig = await createViteMod.createVite({ server: { hmr: false, middlewareMode: true } }, { settings, logger, mode: 'production', command: 'build', sync: false, routesList, manifest });
  const { syncInternal } = await astro('core/sync/index.js');
  await syncInternal({ mode: 'production', settings, logger, fs, routesList, command: 'build', manifest });

  // AstroBuilder.build()
  await hooks.runHookBuildStart({ config: settings.config, logger });
  if (settings.config.outDir.toString() === settings.config.root.toString()) throw new Error('the outDir cannot be the root folder. Please build to a folder such as dist.');
  logger.info('build', `output: ${colors.blue('"' + settings.config.output + '"')}`);
  logger.info('build', `mode: ${colors.blue('"' + settings.buildOutput + '"')}`);
  logger.info('build', `directory: ${colors.blue(fileURLToPath(settings.config.outDir))}`);
  logger.info('build', 'Collecting build info...');
  const { assets, allPages } = pageData.collectPagesData({ settings, logger, manifest: routesList });
  logger.info('build', colors.green(`\u2713 Completed in ${buildUtil.getTimeStat(timerInit, performance.now())}.`));
  const keyPromise = encryption.hasEnvironmentKey() ? encryption.getEnvironmentKey() : encryption.createKey();
  const opts = { allPages, settings, logger, routesList, runtimeMode: 'production', origin: settings.config.site ? new URL(settings.config.site).origin : `http://localhost:${settings.config.server.port}`, pageNames: /** @type {string[]} */ ([]), teardownCompiler: true, viteConfig, key: keyPromise };

  // The content layer after this build's sync (the lock of src/astro/buildLock.ts keeps another
  // article folder's build from rewriting .astro/ until this one is done), as the bundle embeds it.
  const layer = contentLayerDigests(contentLayerFiles(settings.config.cacheDir, settings.dotAstroDir), devalue.parse);
  const key = bundleKey(process.env.BUILD_BUNDLE_KEY ?? '', layer, astroVersion);
  // Where bundling writes (the output folder, or .astro/ of the working directory when the output
  // folder is outside it), which static generation then copies, whole, to the output folder.
  // In .astro/ the content layer's maps and types were written before bundling: they are not
  // the bundle (not saved), and are removed before static generation so that they never reach
  // the site (Astro deletes .astro/ after copying it anyway). The build lock is kept elsewhere
  // (src/astro/buildLock.ts).
  const bundleOut = fileURLToPath(getOutDirWithinCwd(settings.config.outDir));
  const before = bundleOut === fileURLToPath(settings.config.outDir) ? undefined : fileStamps(bundleOut);
  const bundleDir = process.env.BUILD_BUNDLE_DIR;
  /** @type {{ internals: any, ssrOutputChunkNames: string[] } | undefined} */
  let reused;
  if (bundleDir && mayReuse) {
    const saved = readBundle(bundleDir, key, layer);
    const restored = 'record' in saved ? restoreInternals(saved.record, allPages, { ...internalMod, prependForwardSlash: pathMod.prependForwardSlash, root: settings.config.root }) : saved;
    if ('internals' in restored) {
      if (settings.config?.vite?.build?.emptyOutDir !== false) (await astro('core/fs/index.js')).emptyDir(settings.config.outDir, new Set('.git'));
      restoreBundleFiles(/** @type {string} */ (bundleDir), bundleOut);
      reused = /** @type {{ internals: any, ssrOutputChunkNames: string[] }} */ (restored);
      const reordered = 'reordered' in saved && saved.reordered?.length ? `; ${saved.reordered.join(', ')} written in another order, same content` : '';
      console.log(`build: bundles reused (${path.relative(process.cwd(), /** @type {string} */ (bundleDir))}${reordered})`);
    } else {
      console.log(`build: bundled (${restored.reason})`);
    }
  }
  let pending;
  if (!reused) {
    const built = await staticBuildMod.viteBuild(opts);
    reused = built;
    if (bundleDir) {
      const saved = serializeInternals(built.internals, built.ssrOutputChunkNames);
      if ('record' in saved) pending = { next: saveBundleFiles(bundleDir, bundleOut, before && bundledFiles(bundleOut, before)), record: { key, contentLayer: layer, ...saved.record } };
      else console.log(`build: bundles not saved (${saved.reason})`);
    }
  }
  const { internals, ssrOutputChunkNames } = /** @type {{ internals: any, ssrOutputChunkNames: string[] }} */ (reused);
  if (settings.serverIslandNameMap.size > 0) throw new Error('server islands need an adapter');
  if (before) for (const [f, stamp] of fileStamps(bundleOut)) if (before.get(f) === stamp) fs.rmSync(path.join(bundleOut, f), { force: true });
  await staticBuildMod.staticBuild(opts, internals, ssrOutputChunkNames);
  for (const k of Object.keys(assets)) {
    if (!assets[k]) continue;
    const filePath = new URL(`file://${k}`);
    fs.mkdirSync(new URL('./', filePath), { recursive: true });
    fs.writeFileSync(filePath, assets[k], 'utf8');
  }
  // Images generated from the pages are made in page generation and nowhere recorded: a build
  // that made any keeps no bundle (this site makes none).
  const images = /** @type {any} */ (globalThis).astroAsset?.staticImages?.size ?? 0;
  if (pending && !images) commitBundle(pending.next, /** @type {string} */ (bundleDir), pending.record);
  else if (pending) fs.rmSync(pending.next, { recursive: true, force: true });
  await hooks.runHookBuildDone({ settings, pages: opts.pageNames, routes: Object.values(allPages).flat().map((p) => p.route), logger });
  logger.info('build', `${opts.pageNames.length} page(s) built in ${colors.bold(buildUtil.getTimeStat(timerInit, performance.now()))}`);
  logger.info('build', `${colors.bold('Complete!')}`);
}

build().catch((err) => {
  console.error(err);
  process.exit(1);
});
