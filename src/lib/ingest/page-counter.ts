// A text browser's page counter on its first line: Lynx prints the page's title with «(p1 of 2)» at its right,
// w3m and ELinks «(1/1)» (content/boilerplate.yaml `pageCounters`). The counter is the browser's, never part of the
// site's name or the headline the title holds (thirtieth round; aside29 u2413, spent, took «NAME (1/1)» for the name).
const NUMBER = '[0-9٠-٩]{1,3}';

const compiled = new WeakMap<readonly string[], RegExp | null>();

function counterPattern(counters: readonly string[]): RegExp | null {
  let re = compiled.get(counters);
  if (re === undefined) {
    const alt = counters.map((c) => c.trim().split('{n}').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')).join(NUMBER));
    re = alt.length ? new RegExp(`\\s*(?:${alt.join('|')})\\s*$`, 'iu') : null;
    compiled.set(counters, re);
  }
  return re;
}

/** The page's lines with a counter closing its first non-blank line cut off (line numbers kept; one line looked at). */
export function withoutPageCounter(lines: string[], counters: readonly string[]): string[] {
  const re = counterPattern(counters);
  const first = re ? lines.findIndex((l) => l.trim() !== '') : -1;
  if (first < 0 || !re!.test(lines[first])) return lines;
  const name = lines[first].replace(re!, '').trim();
  if (!/\p{L}{2}/u.test(name)) return lines;
  const out = lines.slice();
  out[first] = name;
  return out;
}
