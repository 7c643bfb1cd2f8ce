// «كريمنشوك (بولتافا) - أعلنت …» (fortieth round, session 43): a region in brackets after its city, before a lead's
// verb, has the grammar of an unlisted wire («دكا (بي إس إس) - دعت …», bracket-wire.ts). The places data tells them
// apart only for regions it lists; the page itself often tells the rest — the story names the region again after a
// region word (`regionWords`: «وقال مسؤول في إدارة مقاطعة بولتافا …»). A wire is never printed so.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { ClassifiedLine } from './classify';

const patterns = new WeakMap<object, RegExp | null>();

function regionPattern(lex: Lexicon): RegExp | null {
  const data = lex.data as object;
  let re = patterns.get(data);
  if (re === undefined) {
    const words = (lex.data.regionWords ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // A region word, then one or two words (the region's name); «(?:ال)?» lets «ومقاطعة», «بمقاطعة» match too.
    re = words.length ? new RegExp(`(?:^|[\\s(«"])[وبل]?(?:${words.join('|')})\\s+([\\p{L}\\p{M}]{3,}(?:\\s[\\p{L}\\p{M}]{3,})?)`, 'gu') : null;
    patterns.set(data, re);
  }
  return re;
}

/** Keys of the names the page prints after a region word (each name alone and, for two words, both words). */
export function pageRegions(lines: readonly ClassifiedLine[], lex: Lexicon): Set<string> {
  const out = new Set<string>();
  const re = regionPattern(lex);
  if (!re) return out;
  for (const l of lines) {
    if (l.kind === 'blank' || l.words < 4) continue;
    for (const m of l.text.matchAll(re)) {
      const [first, second] = m[1].split(/\s+/);
      out.add(lexKey(first));
      if (second) out.add(lexKey(`${first} ${second}`));
    }
  }
  return out;
}
