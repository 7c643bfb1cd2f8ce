// Completes package-lock.json with entries for other platforms' optional binaries
// (@rollup/rollup-darwin-arm64, @pagefind/windows-x64 …) when the registry used to write
// the lock did not serve those versions: without them `npm ci` refuses the lock as out of
// sync. Each added entry carries the package's os/cpu/libc, so npm skips it on other
// platforms and fetches it (from a full registry) only where it belongs.
// Usage: node scripts/complete-lockfile.mjs   (after `npm install` changed the lock)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const parentDir = path ? `${path}/` : '';
    const candidates = [`${parentDir}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((p) => packages[p])) continue;
    const version = range.replace(/^[\^~=]/, '');
    const meta = JSON.parse(execFileSync('npm', ['view', name, 'os', 'cpu', 'libc', '--json'], { encoding: 'utf8' }) || '{}');
    packages[`node_modules/${name}`] = {
      version,
      license: entry.license,
      optional: true,
      ...(meta.os ? { os: meta.os } : {}),
      ...(meta.cpu ? { cpu: meta.cpu } : {}),
      ...(meta.libc ? { libc: meta.libc } : {}),
    };
    added++;
    console.log(`added ${name}@${version} (${[meta.os, meta.cpu, meta.libc].flat().filter(Boolean).join(' ')})`);
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} platform entries added to ${LOCK}`);
