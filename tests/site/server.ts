// A tiny static file server for the built site, mounted under a base path like a real
// host would (GitHub Pages, a sub-folder on S3). Only for tests; binds to 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isFile(), () => false);
}

/** Resolves a request path to a file in root, or null (404). */
export async function resolveFile(root: string, base: string, urlPath: string): Promise<string | null> {
  let p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  if (!p.startsWith(base)) return null;
  p = '/' + p.slice(base.length);
  const absRoot = path.resolve(root);
  const file = path.join(absRoot, p);
  if (!file.startsWith(absRoot)) return null;
  if (await isFile(file)) return file;
  if (await isFile(path.join(file, 'index.html'))) return path.join(file, 'index.html');
  return null;
}

export function serveStatic(root: string, base: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const file = await resolveFile(root, base, req.url ?? '/');
    if (!file) {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(await readFile(notFound).catch(() => 'Not found'));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}${base}` });
    });
  });
}
