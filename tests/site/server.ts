// A tiny static file server for the built site, mounted under a base path like a real
// host would (GitHub Pages, a sub-folder on S3). Only for tests; binds to 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

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

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.csv', '.txt']);

/**
 * `hostLike` answers as a typical static host does (GitHub Pages: gzip for text, a
 * 10-minute Cache-Control, Last-Modified), for measuring what a reader really downloads.
 * Tests use the plain server: no caching, so every request sees the files as they are.
 */
export function serveStatic(root: string, base: string, opts: { hostLike?: boolean } = {}): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const file = await resolveFile(root, base, req.url ?? '/');
    if (!file) {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(await readFile(notFound).catch(() => 'Not found'));
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    let body = await readFile(file);
    if (opts.hostLike) {
      headers['cache-control'] = 'public, max-age=600';
      headers['last-modified'] = (await stat(file)).mtime.toUTCString();
      if (COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}${base}` });
    });
  });
}
