// The CPU time of a process's children, for the build's step lines and the benchmark's stages.
import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) of the children this process has waited for, with theirs (Linux:
 * /proc/self/stat); undefined elsewhere. On a shared machine a step's CPU is steadier than its
 * wall. A grandchild that its parent does not wait for (reaped by init) is not counted.
 */
export function childrenCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

/** A step line of scripts/build.ts: `build: <label> 12.3 s (CPU 15.6 s)`. */
export interface StepTime { wallMs: number; cpuMs?: number }

/** The step lines scripts/build.ts printed in a log, by label (`ingest`, `astro build (full)`, `search index` …). */
export function stepTimes(log: string): Record<string, StepTime> {
  const out: Record<string, StepTime> = {};
  for (const m of log.matchAll(/^build: (.+?) (\d+(?:\.\d+)?) s(?: \(CPU (\d+(?:\.\d+)?) s\))?$/gm)) {
    out[m[1]] = { wallMs: Math.round(Number(m[2]) * 1000), ...(m[3] !== undefined ? { cpuMs: Math.round(Number(m[3]) * 1000) } : {}) };
  }
  return out;
}
