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
          // A worker runs its unit files one after another in one module graph: the modules a file
          // imports (yaml, zod, the pipeline) are evaluated once per worker, not once per file,
          // ~0.9 s CPU a file (docs/architecture.md «Test suite time», session 24). A test that
          // needs a module loaded afresh (shardWorkers.test.ts) resets the modules itself.
          isolate: false,
          testTimeout: 20_000,
          // The indexer's files remove whole index folders after each test: on a loaded machine (a
          // build beside the tests) that took past the 10 s default, a failure of the load only.
          hookTimeout: 60_000,
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
