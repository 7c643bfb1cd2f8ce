// Runs before each site test file: the file's Chromium (browser.ts) closes once its tests ran,
// and a context a test opened closes after that test even when the test failed before closing it.
import { afterAll, afterEach, beforeEach } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { closeContextsOpenedSince, closeSharedBrowser, openContexts } from './browser';

let before = new Set<BrowserContext>();
beforeEach(() => {
  before = openContexts();
});
afterEach(() => closeContextsOpenedSince(before));
afterAll(closeSharedBrowser);
