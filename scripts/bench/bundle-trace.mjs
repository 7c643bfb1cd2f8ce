// Measurement only (docs/scale.md «Bundling in every build», session 16): the process's CPU (all
// its threads) and its children's (esbuild's service) at Astro's build hooks and at the bundles'
// Rollup hooks, and each bundle's modules with their source and rendered sizes. Used through a
// config beside astro.config.mjs that adds it, e.g. astro.trace.config.mjs:
//   import base from './astro.config.mjs';
//   import { bundleTrace } from './scripts/bench/bundle-trace.mjs';
//   export default { ...base, integrations: [...base.integrations, bundleTrace('/tmp/trace.json')] };
// then `astro build --config astro.trace.config.mjs`. Each mark's `hr` (µs, monotonic) matches a
// CPU profile's clock (scripts/bench/astro-profile.cjs), to cut the profile by phase.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
const childCpu = () => {
  let s = 0;
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const kids = readFileSync(`/proc/self/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      for (const k of kids) {
        try { const st = readFileSync(`/proc/${k}/stat`, 'utf8'); const f = st.slice(st.lastIndexOf(')') + 2).split(' '); s += (Number(f[11]) + Number(f[12])) / 100; } catch {}
      }
    }
  } catch {}
  return s;
};
export function bundleTrace(file) {
  const marks = [];
  const modules = {};
  const mark = (label) => { const u = process.cpuUsage(); marks.push({ label, hr: Number(process.hrtime.bigint() / 1000n), wall: performance.now() / 1000, cpu: (u.user + u.system) / 1e6, children: childCpu() }); };
  const plugin = (target) => {
    let n = 0;
    return {
      name: 'bundle-trace', enforce: 'post',
      buildStart() { mark(`${target}: rollup buildStart`); },
      moduleParsed() { n++; },
      buildEnd() { mark(`${target}: rollup buildEnd (${n} modules)`); },
      renderStart() { mark(`${target}: renderStart`); },
      generateBundle(_o, bundle) {
        mark(`${target}: generateBundle`);
        const rows = [];
        for (const c of Object.values(bundle)) {
          if (c.type !== 'chunk') { rows.push({ chunk: c.fileName, asset: true, size: typeof c.source === 'string' ? c.source.length : c.source.byteLength }); continue; }
          rows.push({ chunk: c.fileName, size: c.code.length, modules: Object.entries(c.modules).map(([id, m]) => [id, m.originalLength, m.renderedLength]) });
        }
        modules[target] = rows;
      },
      closeBundle() { mark(`${target}: closeBundle`); },
    };
  };
  mark('trace loaded');
  return {
    name: 'bundle-trace',
    hooks: {
      'astro:config:setup': () => mark('config:setup'),
      'astro:config:done': () => mark('config:done'),
      'astro:build:start': () => mark('build:start'),
      'astro:build:setup': ({ target, updateConfig }) => {
        mark(`build:setup ${target}`);
        updateConfig({ plugins: [plugin(target)] });
      },
      'astro:build:ssr': () => {
        mark('build:ssr');
        // Each page file's generation starts with a log line (`▶ src/pages/…` or `λ …`): a mark
        // there cuts page generation by page file.
        const write = process.stdout.write.bind(process.stdout);
        process.stdout.write = (chunk, ...rest) => {
          const m = /[▶λ] (src\/pages\/\S+)/.exec(String(chunk));
          if (m) mark(`page ${m[1]}`);
          return write(chunk, ...rest);
        };
      },
      'astro:build:generated': () => mark('build:generated'),
      'astro:build:done': () => { mark('build:done'); writeFileSync(file, JSON.stringify({ marks, modules })); },
    },
  };
}
