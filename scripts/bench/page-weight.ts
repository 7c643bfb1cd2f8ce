// What a reader downloads: an article page on a first visit (empty cache, fonts included)
// and a second article page right after (cache warm). Bytes are the ones on the wire,
// headers included, as Chromium counts them (CDP Network.loadingFinished.encodedDataLength),
// against the site served like a static host (tests/site/server.ts hostLike: gzip, 10 min
// Cache-Control), so what the cache answers costs nothing.
import type { BrowserContext, Page } from 'playwright-core';

export interface VisitWeight {
  url: string;
  /** Requests that went to the network. */
  requests: number;
  /** Bytes on the wire (compressed bodies + headers). */
  bytes: number;
  /** Answered by the browser's cache: no bytes. */
  fromCache: number;
  byType: Record<string, { requests: number; bytes: number }>;
  /** Font files fetched, by name. */
  fonts: string[];
}

export interface PageWeight { first: VisitWeight; next: VisitWeight }

async function visit(page: Page, url: string): Promise<VisitWeight> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const out: VisitWeight = { url, requests: 0, bytes: 0, fromCache: 0, byType: {}, fonts: [] };
  const meta = new Map<string, { type: string; url: string; cached: boolean }>();
  cdp.on('Network.responseReceived', (e) => {
    meta.set(e.requestId, { type: e.type, url: e.response.url, cached: Boolean(e.response.fromDiskCache) });
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const m = meta.get(e.requestId);
    if (m) m.cached = true; else meta.set(e.requestId, { type: 'Other', url: '', cached: true });
  });
  const finished: { id: string; bytes: number }[] = [];
  cdp.on('Network.loadingFinished', (e) => finished.push({ id: e.requestId, bytes: e.encodedDataLength }));
  await page.goto(url, { waitUntil: 'networkidle' });
  // Fonts load on first use: wait for them, then a moment for late requests.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  for (const f of finished) {
    const m = meta.get(f.id);
    if (!m) continue;
    if (m.cached || f.bytes === 0) { out.fromCache++; continue; }
    const t = (out.byType[m.type.toLowerCase()] ??= { requests: 0, bytes: 0 });
    t.requests++; t.bytes += f.bytes;
    out.requests++; out.bytes += f.bytes;
    if (m.type === 'Font') out.fonts.push(m.url.split('/').pop()!);
  }
  await cdp.detach();
  return out;
}

/** An article page with an empty cache, then another article page in the same browser. */
export async function measurePageWeight(context: BrowserContext, firstUrl: string, nextUrl: string): Promise<PageWeight> {
  const page = await context.newPage();
  try {
    const first = await visit(page, firstUrl);
    const next = await visit(page, nextUrl);
    return { first, next };
  } finally {
    await page.close();
  }
}
