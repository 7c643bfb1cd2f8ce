// Shared by the /data/* endpoints: absolute URLs when SITE is set, base-relative otherwise.
import { href } from './href';

export function exportUrl(sitePath: string): string {
  const path = href(sitePath);
  return import.meta.env.SITE ? new URL(path, import.meta.env.SITE).href : path;
}

export function json(data: unknown): Response {
  // Compact: graph.json and articles.json reach tens of megabytes on large corpora.
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
