// Runs one benchmark stage as a child process and measures it: wall time, peak memory
// of the whole process tree (polled from /proc, because `astro build` and `npx` spawn
// children and /usr/bin/time may be missing), exit status, and the tail of its output.
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { childrenCpu } from '../build/cpu';

export type StageStatus = 'ok' | 'failed' | 'oom' | 'timeout' | 'skipped';

export interface StageResult {
  name: string;
  status: StageStatus;
  command?: string;
  exitCode?: number | null;
  signal?: string | null;
  wallMs?: number;
  /** CPU (user + system) of the stage's processes that were waited for (Linux; scripts/build/cpu.ts). */
  cpuMs?: number;
  /** Largest sum of RSS over the process tree seen while polling. */
  peakRssBytes?: number;
  /** Largest RSS of a single process in the tree (what a heap limit applies to). */
  peakProcessRssBytes?: number;
  /** Last lines of stderr (and stdout when stderr is empty) for failed stages. */
  tail?: string;
  log?: string;
  note?: string;
}

const PAGE_SIZE = 4096;

/** pid → ppid for every process visible in /proc. */
function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(+entry, +fields[1]);
    } catch {
      // The process exited between readdir and read.
    }
  }
  return table;
}

function rssOf(pid: number): number {
  try {
    return +readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1] * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** Sum and max RSS of `root` and all its descendants. */
export function treeRss(root: number): { total: number; max: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of table) {
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  let total = 0;
  let max = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const rss = rssOf(pid);
    total += rss;
    max = Math.max(max, rss);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, max };
}

const OOM = /JavaScript heap out of memory|Reached heap limit|Allocation failed|ERR_WORKER_OUT_OF_MEMORY|ENOMEM/;

export interface StageSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
  timeoutMs: number;
  logDir: string;
}

/** Keeps the last `max` characters written to it. */
class Tail {
  text = '';
  constructor(private max = 64_000) {}
  push(chunk: string) {
    this.text = (this.text + chunk).slice(-this.max);
  }
  lines(n: number): string {
    return this.text.trimEnd().split('\n').slice(-n).join('\n');
  }
}

export async function runStage(spec: StageSpec): Promise<StageResult> {
  await mkdir(spec.logDir, { recursive: true });
  const log = path.join(spec.logDir, `${spec.name}.log`);
  const out = createWriteStream(log);
  const command = [spec.command, ...spec.args].join(' ');
  out.write(`$ ${command}\n`);
  const started = performance.now();
  const cpu0 = childrenCpu();
  // Own process group, so a timeout can stop the whole tree this stage started (and nothing else).
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stderr = new Tail();
  const stdout = new Tail();
  child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout.push(c); out.write(c); });
  child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr.push(c); out.write(c); });
  let peak = 0;
  let peakOne = 0;
  const poll = () => {
    if (!child.pid) return;
    const { total, max } = treeRss(child.pid);
    peak = Math.max(peak, total);
    peakOne = Math.max(peakOne, max);
  };
  const poller = setInterval(poll, 250);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
  }, spec.timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('error', (err) => { stderr.push(`${err.message}\n`); resolve({ code: -1, signal: null }); });
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  });
  clearInterval(poller);
  clearTimeout(timer);
  const wallMs = Math.round(performance.now() - started);
  const cpu1 = childrenCpu();
  await new Promise((r) => out.end(r));
  const all = stderr.text + stdout.text;
  const status: StageStatus = timedOut ? 'timeout' : code === 0 ? 'ok' : OOM.test(all) ? 'oom' : 'failed';
  const result: StageResult = {
    name: spec.name, status, command, exitCode: code, signal, wallMs,
    ...(cpu0 !== undefined && cpu1 !== undefined ? { cpuMs: Math.round((cpu1 - cpu0) * 1000) } : {}),
    peakRssBytes: peak, peakProcessRssBytes: peakOne, log,
  };
  if (status !== 'ok') result.tail = (stderr.text.trim() ? stderr : stdout).lines(25);
  return result;
}

export function skipped(name: string, note: string): StageResult {
  return { name, status: 'skipped', note };
}
