import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Both projects share one pool of workers, so the unit files and the browser files (tests/site,
// each with its own Chromium, some with their own site build) run side by side rather than
// one project after the other; at least two workers, so a 2-core CI machine has both cores
// busy (vitest's default there, cores − 1, is one). The site files read the two sites the
// global setup builds (docs/architecture.md «Test suite time»).
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          setupFiles: ['tests/site/setup-browser.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
