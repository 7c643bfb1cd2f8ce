// Prints one plain closing line, "N passed, N failed, N skipped", after vitest's own summary,
// so CI logs read the same whatever the runner. A setup that failed (a `beforeAll` that
// throws, an import error) is a failure here too: the tests it kept from running count as
// failed, not skipped, and a failed file or suite without tests counts once. Only tests
// written as skipped (`it.skip`, `it.todo`) are skipped.
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

export interface Summary { passed: number; failed: number; skipped: number }

/** True when the test, or a suite or file around it, has an error of its own (a failed hook). */
function setupFailed(test: TestCase): boolean {
  for (let p: TestSuite | TestModule = test.parent; ; p = p.parent) {
    if (p.errors().length) return true;
    if (p.type === 'module') return false;
  }
}

export function summarize(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown> = []): Summary {
  const s: Summary = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const mod of testModules) {
    const tests = [...mod.children.allTests()];
    const holders: (TestModule | TestSuite)[] = [mod, ...mod.children.allSuites()];
    // A file or suite whose setup failed with no test of its own under it still fails once.
    for (const h of holders) {
      const under = h.type === 'module' ? tests : [...h.children.allTests()];
      if ((h.errors().length || h.state() === 'failed') && !under.some((t) => t.result().state === 'failed' || setupFailed(t))) s.failed++;
    }
    for (const test of tests) {
      const state = test.result().state;
      if (state === 'passed') s.passed++;
      else if (state === 'failed') s.failed++;
      else if (test.options.mode !== 'skip' && test.options.mode !== 'todo' && setupFailed(test)) s.failed++;
      else s.skipped++;
    }
  }
  return s;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    const { passed, failed, skipped } = summarize(testModules, unhandledErrors);
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
