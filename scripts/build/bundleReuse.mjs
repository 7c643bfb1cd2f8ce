// @ts-check
// The last build's bundles, kept for the next update of the same code (docs/scale.md «The Astro
// step's fixed part reused», session 27). Astro's `viteBuild` bundles the server and client code
// and returns `internals` (what each page's server chunk is, its styles and scripts); its
// `generatePages` imports the server chunks from the output folder. A build of scripts/build.ts
// saves both after bundling (the output folder's files as they are then, `internals` as JSON);
// an update whose key matches restores them instead of bundling. Plain JavaScript: it runs in
// the Astro process, which Node starts without tsx's loader (its hooks cost ~2 s a build,
// docs/scale.md «Bundling in every build»).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

/** Bump when what is saved changes: an older record is not used. */
export const BUNDLE_RECORD_VERSION = 2;

/**
 * The fields of Astro 5.18's build internals. What `generatePages` and the cleaning after it read
 * is saved (SAVED); the others are the bundlers' working state, empty or unread once bundling is
 * done. A field not named here (another Astro) means the record is not saved: no reuse.
 */
const SAVED = ['pagesByKeys', 'entrySpecifierToBundleMap', 'inlinedScripts', 'componentMetadata', 'staticFiles', 'middlewareEntryPoint', 'astroActionsEntryPoint', 'manifestFileName'];
const UNREAD = ['cssModuleToChunkIdMap', 'pagesByViteID', 'pagesByClientOnly', 'pagesByScriptId', 'pagesByHydratedComponent', 'propagatedStylesMap', 'discoveredHydratedComponents', 'discoveredClientOnlyComponents', 'discoveredScripts', 'entryPoints', 'prerenderOnlyChunks', 'clientChunksAndAssets', 'ssrEntryChunk', 'manifestEntryChunk'];

const sha1 = (/** @type {string | Buffer} */ data) => createHash('sha1').update(data).digest('hex');

/** The files of the content layer that the server bundle is made from (the data store, the MDX modules' map, the assets' map). */
export function contentLayerFiles(/** @type {URL} */ cacheDir, /** @type {URL} */ dotAstroDir) {
  return [new URL('data-store.json', cacheDir), new URL('content-modules.mjs', dotAstroDir), new URL('content-assets.mjs', dotAstroDir)].map((u) => fileURLToPath(u));
}

/** A value with every Map, Set and object in one order (sorted), as JSON: equal content, equal text. */
function canonical(/** @type {unknown} */ v) {
  /** @returns {unknown} */
  const walk = (/** @type {unknown} */ x) => {
    if (x instanceof Map) return ['Map', [...x].map(([k, y]) => [walk(k), walk(y)]).map((e) => JSON.stringify(e)).sort()];
    if (x instanceof Set) return ['Set', [...x].map((y) => JSON.stringify(walk(y))).sort()];
    if (x instanceof Date) return ['Date', x.toISOString()];
    if (x instanceof URL) return ['URL', x.href];
    if (Array.isArray(x)) return x.map(walk);
    if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x).sort().map((k) => [k, walk(/** @type {any} */ (x)[k])]));
    return x === undefined ? ['undefined'] : x;
  };
  return JSON.stringify(walk(v));
}

const JS_STRING = String.raw`"(?:[^"\\]|\\.)*"`;
/**
 * The parts of Astro's generated maps (content-modules.mjs: `[file, () => import(specifier)]`;
 * content-assets.mjs: `import name from "id";` and `[id, name]`), and the text around them,
 * which must be the known frame: anything else is read as its bytes.
 */
const MAP_PARTS = new RegExp(String.raw`\[${JS_STRING}, \(\) => import\(${JS_STRING}\)\]|import \w+ from ${JS_STRING};|\[${JS_STRING}, \w+\]`, 'g');
const MAP_FRAMES = ['exportdefaultnewMap([]);', 'exportdefaultnewMap();'];

/**
 * A content layer file in a form that does not depend on the order Astro wrote it in. Astro's
 * glob loader reads the entries ten at a time (p-limit) and stores them in the order the reads
 * finish, and rewrites the data store and the modules' map on every sync: with two or more
 * entries, builds of the same files write them in different orders (session 28: the reuse missed
 * after a person's edits for this alone). The server bundle embeds these files as they are (the
 * store as `_astro_data-layer-content`, the map as `content-modules`, each module compiled), so
 * a bundle made from one order holds the same entries, the same data and the same modules as
 * one made from another; the pages look entries up by id (getEntry, getCollection into a Map or
 * Set: src/astro/corpus.ts, routeFilter.ts, pages/articles/[slug].astro), and no page can
 * depend on an order Astro itself does not keep. A file that does not read as expected is taken
 * as its bytes (a mismatch: it bundles).
 */
export function normalContentLayerFile(/** @type {string} */ file, /** @type {Buffer} */ bytes, /** @type {(text: string) => unknown} */ parseStore) {
  const text = bytes.toString('utf8');
  if (file.endsWith('.json')) {
    try {
      return `store ${canonical(parseStore(text))}`;
    } catch {
      return bytes;
    }
  }
  const parts = text.match(MAP_PARTS) ?? [];
  const frame = text.replace(MAP_PARTS, '').replace(/[\s,]/g, '');
  return MAP_FRAMES.includes(frame) ? `map ${JSON.stringify(parts.sort())}` : bytes;
}

/**
 * Each content layer file's digest, of its bytes and of its order-free form (by file name; an
 * absent file is `absent`): the key is made of the second, the first says when Astro wrote the
 * same content in another order (the log's reason for a reuse or a miss).
 */
export function contentLayerDigests(/** @type {string[]} */ files, /** @type {(text: string) => unknown} */ parseStore) {
  /** @type {Record<string, { bytes: string, content: string }>} */
  const out = {};
  for (const f of files) {
    const bytes = existsSync(f) ? readFileSync(f) : undefined;
    out[path.basename(f)] = bytes ? { bytes: sha1(bytes), content: sha1(normalContentLayerFile(f, bytes, parseStore)) } : { bytes: 'absent', content: 'absent' };
  }
  return out;
}

/**
 * The key a record is kept under: the build's global fingerprint (code, data, packages and
 * settings: scripts/build/incremental.ts), the content layer's files in their order-free form
 * (an article a person edited with MDX is embedded in the server bundle: its data in the store,
 * its body compiled as a module: contentLayerDigests), and Astro's version.
 */
export function bundleKey(/** @type {string} */ global, /** @type {Record<string, { content: string }>} */ layer, /** @type {string} */ astroVersion) {
  const h = createHash('sha1').update(`record ${BUNDLE_RECORD_VERSION}\nastro ${astroVersion}\nglobal ${global}\n`);
  for (const name of Object.keys(layer).sort()) h.update(`${name}\0${layer[name].content}\0`);
  return h.digest('hex');
}

/** A value that JSON keeps as it is (plain data: no Map, Set, URL, RegExp or function inside). */
const plain = (/** @type {unknown} */ v) => v === undefined || isDeepStrictEqual(JSON.parse(JSON.stringify(v)), v);

/**
 * `internals` after bundling as JSON, or why it cannot be: a field this code does not know, or
 * a page's data that is not plain. Each page's data is kept but its route, which the next build
 * makes again from the same pages (and which holds RegExps).
 */
export function serializeInternals(/** @type {Record<string, any>} */ internals, /** @type {string[]} */ ssrOutputChunkNames) {
  const unknown = Object.keys(internals).filter((k) => !SAVED.includes(k) && !UNREAD.includes(k));
  if (unknown.length) return { reason: `Astro's build internals have fields this reuse does not know: ${unknown.join(', ')}` };
  if (internals.prerenderOnlyChunks?.length) return { reason: 'prerender-only chunks (a server build)' };
  /** @type {Record<string, unknown>} */
  const pages = {};
  for (const [key, pageData] of internals.pagesByKeys) {
    const { route: _route, ...rest } = pageData;
    if (!plain(rest)) return { reason: `the page data of ${key} is not plain data` };
    pages[key] = rest;
  }
  const record = {
    pages,
    entrySpecifierToBundleMap: [...internals.entrySpecifierToBundleMap],
    inlinedScripts: [...internals.inlinedScripts],
    componentMetadata: [...internals.componentMetadata],
    staticFiles: [...internals.staticFiles],
    middlewareEntryPoint: internals.middlewareEntryPoint?.href ?? null,
    astroActionsEntryPoint: internals.astroActionsEntryPoint?.href ?? null,
    manifestFileName: internals.manifestFileName ?? null,
    ssrOutputChunkNames,
  };
  if (!plain(record.entrySpecifierToBundleMap) || !plain(record.inlinedScripts) || !plain(record.componentMetadata) || !plain(record.staticFiles)) {
    return { reason: 'the internals hold data that is not plain' };
  }
  return { record };
}

/**
 * `internals` for `generatePages`, from a record and this build's pages (`allPages`, tracked
 * as `viteBuild` tracks them, with the route objects Astro's router holds), or why not.
 */
export function restoreInternals(/** @type {any} */ record, /** @type {Record<string, any>} */ allPages, /** @type {any} */ astro) {
  const keys = Object.keys(allPages).sort();
  const saved = Object.keys(record.pages).sort();
  if (!isDeepStrictEqual(keys, saved)) return { reason: 'the pages differ from the saved bundle\'s' };
  const internals = astro.createBuildInternals();
  for (const pageData of Object.values(allPages)) {
    const s = record.pages[pageData.key];
    if (s.component !== pageData.component) return { reason: `${pageData.key}: another component` };
    const moduleURL = new URL('./' + pageData.component, astro.root);
    astro.trackPageData(internals, pageData.component, pageData, astro.prependForwardSlash(pageData.component), moduleURL);
    Object.assign(pageData, s);
  }
  for (const [k, v] of record.entrySpecifierToBundleMap) internals.entrySpecifierToBundleMap.set(k, v);
  for (const [k, v] of record.inlinedScripts) internals.inlinedScripts.set(k, v);
  for (const [k, v] of record.componentMetadata) internals.componentMetadata.set(k, v);
  for (const f of record.staticFiles) internals.staticFiles.add(f);
  if (record.middlewareEntryPoint) internals.middlewareEntryPoint = new URL(record.middlewareEntryPoint);
  if (record.astroActionsEntryPoint) internals.astroActionsEntryPoint = new URL(record.astroActionsEntryPoint);
  if (record.manifestFileName) internals.manifestFileName = record.manifestFileName;
  return { internals, ssrOutputChunkNames: /** @type {string[]} */ (record.ssrOutputChunkNames) };
}

function listFiles(/** @type {string} */ dir, prefix = '') {
  /** @type {string[]} */
  const out = [];
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

/** Where a record and its files are kept: one per output folder's build records (scripts/build.ts). */
export const recordFile = (/** @type {string} */ dir) => path.join(dir, 'record.json');

/** Each file under `dir` (its path in it) with its modification time and size; none when `dir` is absent. */
export function fileStamps(/** @type {string} */ dir) {
  if (!existsSync(dir)) return new Map();
  return new Map(listFiles(dir).map((f) => {
    const st = statSync(path.join(dir, f));
    return [f, `${st.mtimeMs}:${st.size}`];
  }));
}

/**
 * The files under `dir` that bundling wrote: absent from `before` (fileStamps before bundling)
 * or rewritten since. When the output folder is outside the working directory Astro bundles into
 * `.astro/`, beside the content layer's maps and types written before: those are not the bundle.
 */
export function bundledFiles(/** @type {string} */ dir, /** @type {Map<string, string>} */ before) {
  return [...fileStamps(dir)].filter(([f, stamp]) => before.get(f) !== stamp).map(([f]) => f);
}

/**
 * Saves the output folder as bundling left it (or only `files` of it: bundledFiles) and the
 * record, under `dir` (written beside and renamed into place: a build stopped half-way leaves no
 * record). The record is written last, by `commitBundle`, once the pages were generated.
 */
export function saveBundleFiles(/** @type {string} */ dir, /** @type {string} */ outDir, /** @type {string[] | undefined} */ files = undefined) {
  const next = `${dir}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  if (!files) cpSync(outDir, path.join(next, 'files'), { recursive: true });
  else {
    mkdirSync(path.join(next, 'files'));
    for (const f of files) cpSync(path.join(outDir, f), path.join(next, 'files', f), { recursive: true });
  }
  return next;
}

export function commitBundle(/** @type {string} */ next, /** @type {string} */ dir, /** @type {object} */ record) {
  const files = listFiles(path.join(next, 'files'));
  const digests = Object.fromEntries(files.map((f) => [f, sha1(readFileSync(path.join(next, 'files', f)))]));
  writeFileSync(recordFile(next), JSON.stringify({ version: BUNDLE_RECORD_VERSION, ...record, files: digests }));
  rmSync(dir, { recursive: true, force: true });
  renameSync(next, dir);
}

/** The saved record if its key is `key` and its files are whole, or why not (`layer`: this build's contentLayerDigests). */
export function readBundle(/** @type {string} */ dir, /** @type {string} */ key, /** @type {Record<string, { bytes: string, content: string }>} */ layer) {
  let record;
  try {
    record = JSON.parse(readFileSync(recordFile(dir), 'utf8'));
  } catch (err) {
    return { reason: existsSync(recordFile(dir)) ? `record unreadable (${/** @type {Error} */ (err).message})` : 'no saved bundle' };
  }
  if (record.version !== BUNDLE_RECORD_VERSION) return { reason: 'record of another version' };
  if (record.key !== key) {
    const changed = Object.keys({ ...layer, ...record.contentLayer }).filter((f) => layer[f]?.content !== record.contentLayer?.[f]?.content).sort();
    return { reason: changed.length ? `the content layer changed since it was saved: ${changed.join(', ')}` : 'code, settings or Astro changed since it was saved' };
  }
  // Said when Astro wrote a file of the same content in another order (a reuse the key's
  // order-free form allows).
  const reordered = Object.keys(layer).filter((f) => layer[f].bytes !== record.contentLayer?.[f]?.bytes).sort();
  for (const [f, digest] of Object.entries(record.files)) {
    const file = path.join(dir, 'files', f);
    if (!existsSync(file) || sha1(readFileSync(file)) !== digest) return { reason: `${f} changed or missing` };
  }
  // The server chunks import the compiled pipeline and Astro's runtime by file URL
  // (src/astro/serverBundle.ts): all must still be there.
  for (const f of Object.keys(record.files).filter((f) => f.endsWith('.mjs'))) {
    for (const m of readFileSync(path.join(dir, 'files', f), 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*["'](file:\/\/\/[^"']+)["']/g)) {
      if (!existsSync(fileURLToPath(m[1]))) return { reason: `${fileURLToPath(m[1])}, which ${f} imports, is gone` };
    }
  }
  return { record, reordered };
}

/** Puts the saved files into the (emptied) output folder. */
export function restoreBundleFiles(/** @type {string} */ dir, /** @type {string} */ outDir) {
  cpSync(path.join(dir, 'files'), outDir, { recursive: true });
}
