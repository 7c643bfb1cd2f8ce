// Runs before each site test file: the file's Chromium (browser.ts) closes once its tests ran.
import { afterAll } from 'vitest';
import { closeSharedBrowser } from './browser';

afterAll(closeSharedBrowser);
