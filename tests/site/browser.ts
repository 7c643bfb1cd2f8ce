// Headless Debian Chromium driven by playwright-core: never a downloaded browser.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

// One Chromium per test file, launched at the first launchBrowser() and closed after the file
// (setup-browser.ts): a launch costs ~3 s of CPU, a new context a fraction of it.
let shared: Promise<Browser> | undefined;
// The contexts opened since closeContextsOpenedSince's mark: a test that fails before its own
// close() must not leave a page running into the next test (its requests would reach a server
// the next test counts: setup-browser.ts closes them after each test).
const opened = new Set<BrowserContext>();

/**
 * A fresh browser context: its own cache, cookies and storage, as a new browser profile has,
 * in this file's Chromium.
 */
export async function launchBrowser(options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  shared ??= chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const browser = await shared;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'ar',
  });
  opened.add(context);
  context.on('close', () => opened.delete(context));
  return context;
}

/** The contexts open now (setup-browser.ts marks them before each test). */
export function openContexts(): Set<BrowserContext> {
  return new Set(opened);
}

/** Closes every context opened after `before` was taken that is still open. */
export async function closeContextsOpenedSince(before: Set<BrowserContext>): Promise<void> {
  await Promise.all([...opened].filter((c) => !before.has(c)).map((c) => c.close().catch(() => undefined)));
}

/** Closes this file's Chromium, if it was launched (setup-browser.ts, after each file). */
export async function closeSharedBrowser(): Promise<void> {
  const browser = shared;
  shared = undefined;
  if (browser) await (await browser).close();
}

const AXE = path.resolve('node_modules/axe-core/axe.min.js');

/** Serious or critical axe-core violations on the page as it is now («rule: selectors»). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id}: ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`);
  });
}
