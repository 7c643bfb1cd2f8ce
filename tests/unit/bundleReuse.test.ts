// The last build's bundles kept for an update of the same code (scripts/build/bundleReuse.mjs):
// Astro's internals through JSON and back, the record's key and checks — every doubt is a
// reason to bundle. The internals are made by Astro's own functions, shaped as a build of this
// site leaves them (a page with two stylesheets, a dynamic route's RegExp).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as astroInternals from '../../node_modules/astro/dist/core/build/internal.js';
import { bundleKey, commitBundle, readBundle, restoreInternals, saveBundleFiles, serializeInternals } from '../../scripts/build/bundleReuse.mjs';

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
      expect(readBundle(b, 'k1')).toHaveProperty('record');
      expect(readBundle(b, 'k2')).toEqual({ reason: expect.stringContaining('changed since it was saved') });
      writeFileSync(path.join(b, 'files/_astro/SearchPage.C34tNMOK.js'), 'export const touched = 1;\n');
      expect(readBundle(b, 'k1')).toEqual({ reason: expect.stringContaining('SearchPage.C34tNMOK.js changed or missing') });
    } finally {
      rmSync(lib, { force: true });
    }
  });

  it('is not used when a module its server chunks import by file URL is gone (the compiled pipeline cleared)', () => {
    const b = saveOne(path.join(tmpdir(), 'bundle-reuse-never-written.mjs'));
    expect(readBundle(b, 'k1')).toEqual({ reason: expect.stringContaining('bundle-reuse-never-written.mjs') });
  });

  it('is absent until committed: a build stopped after bundling leaves no record', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundle-reuse-'));
    mkdirSync(path.join(dir, 'dist'));
    saveBundleFiles(path.join(dir, 'bundle'), path.join(dir, 'dist'));
    expect(readBundle(path.join(dir, 'bundle'), 'k1')).toEqual({ reason: 'no saved bundle' });
  });
});

describe('bundleKey', () => {
  it('changes with the global fingerprint, a content layer file and Astro\'s version', () => {
    const d = mkdtempSync(path.join(tmpdir(), 'bundle-key-'));
    try {
      const store = path.join(d, 'data-store.json');
      writeFileSync(store, '{"articleMarkup":[]}');
      const k = bundleKey('g1', [store], '5.18.2');
      expect(bundleKey('g1', [store], '5.18.2')).toBe(k);
      expect(bundleKey('g2', [store], '5.18.2')).not.toBe(k);
      expect(bundleKey('g1', [store], '5.18.3')).not.toBe(k);
      writeFileSync(store, '{"articleMarkup":[["a1",{"digest":"x"}]]}');
      expect(bundleKey('g1', [store], '5.18.2')).not.toBe(k);
      rmSync(store);
      expect(bundleKey('g1', [store], '5.18.2')).not.toBe(k);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
