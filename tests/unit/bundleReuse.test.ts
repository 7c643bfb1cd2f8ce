// The last build's bundles kept for an update of the same code (scripts/build/bundleReuse.mjs):
// Astro's internals through JSON and back, the record's key and checks — every doubt is a
// reason to bundle. The internals are made by Astro's own functions, shaped as a build of this
// site leaves them (a page with two stylesheets, a dynamic route's RegExp).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as astroInternals from '../../node_modules/astro/dist/core/build/internal.js';
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import * as devalue from 'devalue';
import { bundledFiles, bundleKey, commitBundle, contentLayerDigests, fileStamps, readBundle, restoreInternals, saveBundleFiles, serializeInternals } from '../../scripts/build/bundleReuse.mjs';

// Astro's internal types are stricter than the shapes built here (its page data's full route).
const createBuildInternals = astroInternals.createBuildInternals as () => any;
const trackPageData = astroInternals.trackPageData as (...args: any[]) => void;
const ROOT = pathToFileURL(path.resolve('.') + path.sep);
const COMPONENT = 'src/pages/articles/page/[n].astro';
const KEY = `/articles/page/[n]&${COMPONENT}`;

/** A build's pages as collectPagesData makes them: the route holds a RegExp. */
function allPages() {
  const route = { route: '/articles/page/[n]', component: COMPONENT, pattern: /^\/articles\/page\/([^/]+?)\/?$/, params: ['n'], type: 'page' };
  return { [KEY]: { key: KEY, component: COMPONENT, route, moduleSpecifier: '', styles: [] as unknown[] } };
}

/** Internals after bundling: each page tracked, its styles set by the CSS plugin, its chunk named. */
function bundled() {
  const internals = createBuildInternals();
  const pages = allPages();
  for (const p of Object.values(pages)) trackPageData(internals, p.component, p, `/${p.component}`, new URL(p.component, ROOT));
  pages[KEY].styles.push({ depth: 3, order: 3, sheet: { type: 'external', src: '_astro/index.Bkroaaju.css' } }, { depth: 3, order: 5, sheet: { type: 'inline', content: 'a{color:red}' } });
  internals.entrySpecifierToBundleMap.set('\0@astro-page:src/pages/articles/page/[n]@_@astro', 'pages/articles/page/_n_.astro.mjs');
  internals.componentMetadata.set(path.resolve(COMPONENT), { propagation: 'in-tree', containsHead: true });
  internals.manifestFileName = 'manifest_S698I5PR.mjs';
  internals.discoveredScripts.add('/src/components/SearchBox.astro?astro&type=script&index=0&lang.ts');
  return internals;
}

const astro = { createBuildInternals, trackPageData, prependForwardSlash: (s: string) => `/${s}`, root: ROOT };

describe('serializeInternals / restoreInternals', () => {
  it('gives generatePages the same pages, chunks, styles and metadata, on this build\'s route objects', () => {
    const before = bundled();
    const saved = serializeInternals(before, ['pages/articles/page/_n_.astro.mjs']);
    if (!('record' in saved)) throw new Error(saved.reason);
    const pages = allPages();
    const restored = restoreInternals(JSON.parse(JSON.stringify(saved.record)), pages, astro);
    if (!('internals' in restored)) throw new Error(restored.reason);
    const { internals } = restored;
    expect(internals.pagesByKeys.get(KEY)).toBe(pages[KEY]);
    expect(internals.pagesByKeys.get(KEY).route.pattern).toBeInstanceOf(RegExp);
    expect(internals.pagesByKeys.get(KEY).styles).toEqual(before.pagesByKeys.get(KEY).styles);
    expect(internals.pagesByKeys.get(KEY).moduleSpecifier).toBe(`/${COMPONENT}`);
    expect([...internals.pagesByViteID.keys()]).toEqual([...before.pagesByViteID.keys()]);
    expect(internals.entrySpecifierToBundleMap).toEqual(before.entrySpecifierToBundleMap);
    expect(internals.componentMetadata).toEqual(before.componentMetadata);
    expect(internals.manifestFileName).toBe('manifest_S698I5PR.mjs');
    expect(restored.ssrOutputChunkNames).toEqual(['pages/articles/page/_n_.astro.mjs']);
  });

  it('saves nothing from internals with a field it does not know (another Astro) or page data that is not plain', () => {
    const other = Object.assign(bundled(), { serverIslandMap: new Map() });
    expect(serializeInternals(other, [])).toEqual({ reason: expect.stringContaining('serverIslandMap') });
    const notPlain = bundled();
    notPlain.pagesByKeys.get(KEY)!.styles.push({ sheet: new URL('file:///x.css') });
    expect(serializeInternals(notPlain, [])).toEqual({ reason: expect.stringContaining('not plain') });
  });

  it('restores nothing when this build has other pages than the saved one', () => {
    const saved = serializeInternals(bundled(), []);
    if (!('record' in saved)) throw new Error(saved.reason);
    const pages = { ...allPages(), '/new&src/pages/new.astro': { key: '/new&src/pages/new.astro', component: 'src/pages/new.astro', route: {}, moduleSpecifier: '', styles: [] } };
    expect(restoreInternals(saved.record, pages, astro)).toEqual({ reason: expect.stringContaining('pages differ') });
  });
});

describe('the saved bundle', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A bundle saved from an output folder whose page chunk imports `imported` by file URL. */
  function saveOne(imported: string) {
    dir = mkdtempSync(path.join(tmpdir(), 'bundle-reuse-'));
    const out = path.join(dir, 'dist');
    mkdirSync(path.join(out, 'pages'), { recursive: true });
    mkdirSync(path.join(out, '_astro'), { recursive: true });
    writeFileSync(path.join(out, 'pages/articles.astro.mjs'), `import { x } from "${pathToFileURL(imported).href}";\nexport const page = () => x;\n`);
    writeFileSync(path.join(out, '_astro/SearchPage.C34tNMOK.js'), 'export {};\n');
    const saved = serializeInternals(bundled(), ['pages/articles.astro.mjs']);
    if (!('record' in saved)) throw new Error(saved.reason);
    const bundleDir = path.join(dir, 'bundle');
    commitBundle(saveBundleFiles(bundleDir, out), bundleDir, { key: 'k1', ...saved.record });
    return bundleDir;
  }

  it('is read back under its key, and not under another (code, settings or content layer changed)', () => {
    const lib = path.join(tmpdir(), `bundle-reuse-lib-${process.pid}.mjs`);
    writeFileSync(lib, 'export const x = 1;\n');
    try {
      const b = saveOne(lib);
      expect(readBundle(b, 'k1', {})).toHaveProperty('record');
      expect(readBundle(b, 'k2', {})).toEqual({ reason: expect.stringContaining('changed since it was saved') });
      writeFileSync(path.join(b, 'files/_astro/SearchPage.C34tNMOK.js'), 'export const touched = 1;\n');
      expect(readBundle(b, 'k1', {})).toEqual({ reason: expect.stringContaining('SearchPage.C34tNMOK.js changed or missing') });
    } finally {
      rmSync(lib, { force: true });
    }
  });

  it('is not used when a module its server chunks import by file URL is gone (the compiled pipeline cleared)', () => {
    const b = saveOne(path.join(tmpdir(), 'bundle-reuse-never-written.mjs'));
    expect(readBundle(b, 'k1', {})).toEqual({ reason: expect.stringContaining('bundle-reuse-never-written.mjs') });
  });

  // The output folder outside the working directory: Astro bundles into `.astro/`, where the
  // content layer's maps and types (and, until session 39, the build lock) were written first.
  it('from .astro/ holds what bundling wrote there and nothing written before it', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundle-reuse-'));
    const dotAstro = path.join(dir, '.astro');
    mkdirSync(path.join(dotAstro, 'collections'), { recursive: true });
    writeFileSync(path.join(dotAstro, 'content-modules.mjs'), 'export default new Map();\n');
    writeFileSync(path.join(dotAstro, 'collections/articleMarkup.schema.json'), '{}\n');
    const before = fileStamps(dotAstro);
    expect([...before.keys()]).toEqual(['collections/articleMarkup.schema.json', 'content-modules.mjs']);
    mkdirSync(path.join(dotAstro, 'pages'));
    mkdirSync(path.join(dotAstro, '_astro'));
    writeFileSync(path.join(dotAstro, 'pages/index.astro.mjs'), 'export const page = () => 1;\n');
    writeFileSync(path.join(dotAstro, '_astro/index.Bkroaaju.css'), 'a{color:red}\n');
    const files = bundledFiles(dotAstro, before);
    expect(files).toEqual(['_astro/index.Bkroaaju.css', 'pages/index.astro.mjs']);
    const bundleDir = path.join(dir, 'bundle');
    commitBundle(saveBundleFiles(bundleDir, dotAstro, files), bundleDir, { key: 'k1' });
    const saved = readBundle(bundleDir, 'k1', {});
    expect('record' in saved && Object.keys(saved.record.files).sort()).toEqual(files);
    expect(readdirSync(path.join(bundleDir, 'files')).sort()).toEqual(['_astro', 'pages']);
    expect(fileStamps(path.join(dir, 'absent')).size).toBe(0);
  });

  it('is absent until committed: a build stopped after bundling leaves no record', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundle-reuse-'));
    mkdirSync(path.join(dir, 'dist'));
    saveBundleFiles(path.join(dir, 'bundle'), path.join(dir, 'dist'));
    expect(readBundle(path.join(dir, 'bundle'), 'k1', {})).toEqual({ reason: 'no saved bundle' });
  });
});

// The content layer's files as Astro 5.18 writes them (its own MutableDataStore): the store of
// the articles a person edited, and the map of their MDX modules, entries in the order given.
async function writeContentLayer(dir: string, entries: [id: string, body: string][]): Promise<string[]> {
  const files = ['data-store.json', 'content-modules.mjs', 'content-assets.mjs'].map((f) => path.join(dir, f));
  for (const f of files) rmSync(f, { force: true });
  const store = await MutableDataStore.fromFile(pathToFileURL(files[0]));
  store.metaStore().set('astro-version', '5.18.2');
  for (const [id, body] of entries) {
    const filePath = `articles/${id}.mdx`;
    store.set('articleMarkup', id, { id, data: { title: `عنوان ${id}` }, body, filePath, digest: createHash('sha1').update(body).digest('hex').slice(0, 16), deferredRender: true });
    store.addModuleImport(filePath);
  }
  await store.writeToDisk();
  await store.writeModuleImports(pathToFileURL(files[1]));
  await store.writeAssetImports(pathToFileURL(files[2]));
  await store.waitUntilSaveComplete();
  return files;
}

describe('bundleKey', () => {
  const layerKey = (files: string[], global = 'g1', astro = '5.18.2') => bundleKey(global, contentLayerDigests(files, devalue.parse), astro);
  let d = '';
  afterEach(() => rmSync(d, { recursive: true, force: true }));

  it('changes with the global fingerprint, Astro\'s version, an entry\'s body, an entry added or a file gone', async () => {
    d = mkdtempSync(path.join(tmpdir(), 'bundle-key-'));
    const files = await writeContentLayer(d, [['a1', 'نص **أول**'], ['a2', 'نص ثان']]);
    const k = layerKey(files);
    expect(layerKey(files)).toBe(k);
    expect(layerKey(files, 'g2')).not.toBe(k);
    expect(layerKey(files, 'g1', '5.18.3')).not.toBe(k);
    await writeContentLayer(d, [['a1', 'نص **أول** معدل'], ['a2', 'نص ثان']]);
    expect(layerKey(files)).not.toBe(k);
    await writeContentLayer(d, [['a1', 'نص **أول**'], ['a2', 'نص ثان'], ['a3', '*ثالث*']]);
    expect(layerKey(files)).not.toBe(k);
    await writeContentLayer(d, [['a1', 'نص **أول**'], ['a2', 'نص ثان']]);
    expect(layerKey(files)).toBe(k);
    rmSync(files[1]);
    expect(layerKey(files)).not.toBe(k);
  });

  // Astro's glob loader stores the entries in the order its reads finish (ten at a time): the
  // same articles can be written in another order by the next build.
  it('is the same for the same entries written in another order', async () => {
    d = mkdtempSync(path.join(tmpdir(), 'bundle-key-'));
    const entries: [string, string][] = [['a1', 'نص **أول**'], ['a2', 'نص ثان'], ['a3', '*ثالث*']];
    const files = await writeContentLayer(d, entries);
    const bytes = files.map((f) => readFileSync(f, 'utf8'));
    const k = layerKey(files);
    await writeContentLayer(d, [entries[2], entries[0], entries[1]]);
    expect(files.map((f) => readFileSync(f, 'utf8'))).not.toEqual(bytes);
    expect(layerKey(files)).toBe(k);
  });

  it('takes a map file it does not read as its bytes (order then counts)', () => {
    d = mkdtempSync(path.join(tmpdir(), 'bundle-key-'));
    const map = path.join(d, 'content-modules.mjs');
    writeFileSync(map, 'export default new Map([["a", () => import("x")], ["b", () => import("y")]]); sideEffect();');
    const k = layerKey([map]);
    writeFileSync(map, 'export default new Map([["b", () => import("y")], ["a", () => import("x")]]); sideEffect();');
    expect(layerKey([map])).not.toBe(k);
  });
});

describe('a saved bundle under another content layer', () => {
  let d = '';
  afterEach(() => rmSync(d, { recursive: true, force: true }));

  it('names the content layer files that changed, and a reuse names those only reordered', async () => {
    d = mkdtempSync(path.join(tmpdir(), 'bundle-layer-'));
    const entries: [string, string][] = [['a1', 'نص **أول**'], ['a2', 'نص ثان'], ['a3', '*ثالث*']];
    const files = await writeContentLayer(d, entries);
    const layer = contentLayerDigests(files, devalue.parse);
    mkdirSync(path.join(d, 'dist'));
    const bundleDir = path.join(d, 'bundle');
    commitBundle(saveBundleFiles(bundleDir, path.join(d, 'dist')), bundleDir, { key: bundleKey('g1', layer, '5.18.2'), contentLayer: layer });
    const read = (global = 'g1') => {
      const now = contentLayerDigests(files, devalue.parse);
      return readBundle(bundleDir, bundleKey(global, now, '5.18.2'), now);
    };
    expect(read()).toMatchObject({ reordered: [] });
    await writeContentLayer(d, [entries[1], entries[2], entries[0]]);
    expect(read()).toMatchObject({ reordered: ['content-modules.mjs', 'data-store.json'] });
    await writeContentLayer(d, [entries[0], entries[1], ['a3', '*ثالث* معدل']]);
    expect(read()).toEqual({ reason: 'the content layer changed since it was saved: data-store.json' });
    await writeContentLayer(d, entries.slice(0, 2));
    expect(read()).toEqual({ reason: 'the content layer changed since it was saved: content-modules.mjs, data-store.json' });
    await writeContentLayer(d, entries);
    expect(read('g2')).toEqual({ reason: 'code, settings or Astro changed since it was saved' });
  });
});
