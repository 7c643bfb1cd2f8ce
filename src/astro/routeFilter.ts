// The one hook every getStaticPaths goes through, for incremental builds (scripts/build.ts,
// docs/architecture.md «Builds»):
//
//   return onlyChangedRoutes('/actors/[id]/', paths);
//
// It fingerprints each path's props (the page's view data, src/lib/site/pageViews.ts) and
// writes route → fingerprint to BUILD_ROUTES_DIR; when BUILD_ROUTES_PREVIOUS names the last
// build's fingerprints, it keeps only the routes that are new or changed. With neither set
// (a plain `astro build`) it returns the paths as they are.
import { getCollection } from 'astro:content';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getCorpus } from './corpus';
import { articleFingerprint, fingerprintOf, SharedHashes } from '../lib/site/fingerprint';
import { changedRoutes, routePath, type PatternRoutes } from '../lib/site/routes';

type StaticPath = { params: Record<string, string | number | undefined>; props?: object };

let shared: Promise<SharedHashes> | undefined;
let previous: Record<string, string> | undefined;

/**
 * Every article is hashed once (with the MDX source of a person's markup edit) and views that
 * list it stand for it by that hash.
 */
function sharedHashes(): Promise<SharedHashes> {
  shared ??= (async () => {
    const corpus = await getCorpus();
    // A person's MDX edit renders from its source (the articleMarkup collection), not from the paragraphs.
    const markup = new Map((await getCollection('articleMarkup')).map((e) => [e.id, e.body ?? '']));
    const t0 = Date.now();
    const hashes = new SharedHashes();
    for (const a of corpus.articles) hashes.set(a, articleFingerprint(a, a.markup ? (markup.get(a.slug) ?? '') : null, { content: corpus.contentKeys?.get(a.slug), results: corpus.resultKeys?.get(a.slug) }));
    console.log(`routes: ${corpus.articles.length} article hashes in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return hashes;
  })();
  return shared;
}

function previousRoutes(file: string): Record<string, string> {
  if (!previous) {
    try {
      previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch (err) {
      throw new Error(`${file}: cannot read the last build's route fingerprints (${(err as Error).message}); delete it for a full build`);
    }
  }
  return previous;
}

/** Writes this pattern's record (route → fingerprint, what was rendered) and returns the routes to render. */
function keepChanged(pattern: string, routes: Record<string, string>, dir: string, t0: number, what: string): Set<string> {
  const last = process.env.BUILD_ROUTES_PREVIOUS;
  const keep = changedRoutes(routes, last ? previousRoutes(last) : undefined);
  const record: PatternRoutes = { pattern, routes, rendered: [...keep].sort() };
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${pattern.replace(/[^a-z0-9]+/gi, '_')}.json`), JSON.stringify(record));
  // For the trace of a build (docs/scale.md «Incremental builds»): what fingerprinting cost.
  console.log(`routes: ${pattern} ${Object.keys(routes).length} paths, ${keep.size} to render, ${what} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return keep;
}

export async function onlyChangedRoutes<T extends StaticPath>(pattern: string, paths: T[]): Promise<T[]> {
  const dir = process.env.BUILD_ROUTES_DIR;
  if (!dir) return paths;
  const t0 = Date.now();
  const hashes = await sharedHashes();
  const routes: Record<string, string> = {};
  const byRoute = new Map<string, T>();
  for (const p of paths) {
    const route = routePath(pattern, p.params);
    routes[route] = fingerprintOf({ route, props: p.props ?? null }, hashes, route);
    byRoute.set(route, p);
  }
  const keep = keepChanged(pattern, routes, dir, t0, 'fingerprints');
  return [...keep].map((r) => byRoute.get(r)!);
}

/**
 * The same for routes with a key (src/lib/site/routeKeys.ts): the key, made from what the
 * view reads, is the route's fingerprint, and the props are made only for the routes to
 * render (all of them without BUILD_ROUTES_DIR). `key` must cover every input of `props`.
 */
export async function onlyChangedKeyedRoutes<I, P extends object>(
  pattern: string,
  items: I[],
  route: { params: (item: I) => StaticPath['params']; key: (item: I, route: string, hashes: SharedHashes) => string; props: (item: I) => P },
): Promise<{ params: StaticPath['params']; props: P }[]> {
  const dir = process.env.BUILD_ROUTES_DIR;
  if (!dir) return items.map((i) => ({ params: route.params(i), props: route.props(i) }));
  const t0 = Date.now();
  const hashes = await sharedHashes();
  const routes: Record<string, string> = {};
  const byRoute = new Map<string, I>();
  for (const item of items) {
    const r = routePath(pattern, route.params(item));
    routes[r] = route.key(item, r, hashes);
    byRoute.set(r, item);
  }
  const keep = keepChanged(pattern, routes, dir, t0, 'keys');
  return [...keep].map((r) => {
    const item = byRoute.get(r)!;
    return { params: route.params(item), props: route.props(item) };
  });
}
