// `<link rel="modulepreload">` for the modules a page's scripts import. Astro names a page's
// bundled script in the HTML (`<script type="module" src="/_astro/SearchPage.<hash>.js">`) but not
// the chunks that script imports (the search engine, shared with the header box): the browser
// finds them only once the script is downloaded and parsed, one request deeper, while the page's
// main thread is busy laying the page out. Named in the head, they are fetched with the script.
// The hashed names exist only after the client build, so this runs on the built HTML
// (`astro:build:done`), for the pages named in astro.config.mjs.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

/** The static imports of a bundled module (`import … from "./x.js"`, `import "./x.js"`), as written. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  // Rollup writes a chunk's static imports first, one statement each; a dynamic import(…) is
  // not one of them (it is loaded when the code asks for it).
  const re = /(?:^|[;\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/**
 * The page's HTML with a modulepreload link, before `</head>`, for every module its module scripts
 * import, directly or not (each once, in the order found; none already preloaded or loaded by a
 * script tag). `read(url)` gives a module's code by its URL path (`/_astro/x.js`), or null.
 */
export async function withModulePreloads(html: string, read: (urlPath: string) => Promise<string | null>): Promise<string> {
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
  const known = new Set([...scripts, ...[...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1])]);
  const found: string[] = [];
  const visit = async (src: string, code: string): Promise<void> => {
    for (const spec of staticImports(code)) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const dep = new URL(spec, new URL(src, 'http://x')).pathname;
      if (known.has(dep)) continue;
      known.add(dep);
      const depCode = await read(dep);
      if (depCode === null) continue; // not a file of the site: nothing to preload
      found.push(dep);
      await visit(dep, depCode);
    }
  };
  for (const src of scripts) {
    const code = await read(src);
    if (code !== null) await visit(src, code);
  }
  if (!found.length || !html.includes('</head>')) return html;
  return html.replace('</head>', `${found.map((href) => `<link rel="modulepreload" href="${href}">`).join('')}</head>`);
}

/** Adds the modulepreload links to the built pages `pages` (site paths without the base: 'search/'). */
export function modulePreload(pages: string[], base: string): AstroIntegration {
  return {
    name: 'kb-module-preload',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const prefix = base.endsWith('/') ? base : `${base}/`;
        const read = (urlPath: string) =>
          urlPath.startsWith(prefix) ? readFile(path.join(root, urlPath.slice(prefix.length)), 'utf8').catch(() => null) : Promise.resolve(null);
        for (const page of pages) {
          const file = path.join(root, page, 'index.html');
          const html = await readFile(file, 'utf8').catch(() => null);
          if (html === null) continue; // not rendered by this build
          const next = await withModulePreloads(html, read);
          if (next !== html) await writeFile(file, next);
        }
      },
    },
  };
}
