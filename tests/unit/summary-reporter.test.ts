// The closing line CI reads («N passed, N failed, N skipped») must count a failed setup as a
// failure: run vitest on files whose beforeAll or import fails and read the line it prints.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function summaryOf(...files: string[]): string {
  const r = spawnSync('npx', ['vitest', 'run', '--config', 'tests/fixtures/reporter/vitest.config.ts', ...files], {
    encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' },
  });
  const line = /^\d+ passed, \d+ failed, \d+ skipped$/m.exec(r.stdout ?? '');
  if (!line) throw new Error(`no summary line in:\n${r.stdout}\n${r.stderr}`);
  expect(r.status, 'vitest exits non-zero').not.toBe(0);
  return line[0];
}

// Each case starts a vitest run of its own: slow on a loaded machine, hence the 60 s limits.
describe('summary reporter', () => {
  it('counts the tests a failed file-level beforeAll kept from running as failed', () => {
    expect(summaryOf('setup-fails')).toBe('0 passed, 2 failed, 1 skipped');
  }, 60_000);

  it('counts a failed suite setup as failed beside passing and skipped tests', () => {
    expect(summaryOf('mixed')).toBe('1 passed, 1 failed, 1 skipped');
  }, 60_000);

  it('counts a file that cannot be imported as one failure', () => {
    expect(summaryOf('import-fails')).toBe('0 passed, 1 failed, 0 skipped');
  }, 60_000);
});
