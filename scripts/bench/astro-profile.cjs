// A CPU profile of the `astro build` process alone, for a build run by scripts/build.ts (Node 20
// refuses --cpu-prof in NODE_OPTIONS, which is how the build's children get their flags):
//   NODE_OPTIONS="--require $PWD/scripts/bench/astro-profile.cjs" ASTRO_PROFILE_DIR=/tmp/prof tsx scripts/build.ts
// writes astro-<pid>.cpuprofile there when the process exits; scripts/bench/profile-phases.ts
// sums it by phase (docs/scale.md «The fixed part of a daily update», session 14).
// `astro build`, or scripts/build/astro-build.mjs (how scripts/build.ts runs Astro since session 27).
const astroBuild = process.argv.some((a) => /astro(\.js|\.mjs)?$/.test(a)) && process.argv.includes('build');
if (process.env.ASTRO_PROFILE_DIR && (astroBuild || process.argv.some((a) => /scripts\/build\/astro-build\.mjs$/.test(a)))) {
  const inspector = require('node:inspector');
  const fs = require('node:fs');
  const path = require('node:path');
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  // The in-process session answers synchronously, so the profile is written before the exit.
  process.on('exit', () => {
    session.post('Profiler.stop', (err, r) => {
      if (err) return;
      fs.mkdirSync(process.env.ASTRO_PROFILE_DIR, { recursive: true });
      fs.writeFileSync(path.join(process.env.ASTRO_PROFILE_DIR, `astro-${process.pid}.cpuprofile`), JSON.stringify(r.profile));
    });
  });
}
