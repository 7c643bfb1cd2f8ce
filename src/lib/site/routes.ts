// Routes of an incremental build: where a route's page lands in dist/, and which routes a
// build must render given the fingerprints of the last build (docs/architecture.md «Builds»).

/** `/articles/[slug]/` + { slug: 'x' } → `/articles/x/`. Throws on a parameter the pattern lacks or misses. */
export function routePath(pattern: string, params: Record<string, string | number | undefined>): string {
  const used = new Set<string>();
  const out = pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`route ${pattern}: no value for [${name}]`);
    used.add(name);
    return String(v);
  });
  const extra = Object.keys(params).filter((k) => !used.has(k));
  if (extra.length) throw new Error(`route ${pattern}: params ${extra.join(', ')} are not in the pattern`);
  return out;
}

/** The file a route writes with `build.format: 'directory'`: `/a/b/` → `a/b/index.html`, `/rss.xml` → `rss.xml`. */
export function routeFile(route: string): string {
  const p = route.replace(/^\/+/, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}

/** Route → fingerprint, for one route pattern (what the hook of one page file saw). */
export interface PatternRoutes {
  pattern: string;
  routes: Record<string, string>;
  /** Routes this build rendered. */
  rendered: string[];
}

/** Routes whose fingerprint is new or differs from the last build's (all of them when there was none). */
export function changedRoutes(current: Record<string, string>, previous: Record<string, string> | undefined): Set<string> {
  return new Set(Object.keys(current).filter((r) => !previous || previous[r] !== current[r]));
}

/** Routes of the last build that this one no longer has: their files are to be deleted. */
export function removedRoutes(current: Record<string, string>, previous: Record<string, string>): string[] {
  return Object.keys(previous)
    .filter((r) => !(r in current))
    .sort();
}
