// A channel or a station and the body that owns it or the network it belongs to (twenty-first round,
// part O). A broadcaster's page often prints its owner's line by its masthead («مؤسسة دبي للإعلام» over
// «تلفزيون دبي», «الإذاعة التونسية» over «إذاعة المهدية»), in its © line or after the story («شبكة
// الإذاعات الجهوية»), or names it by a role's words («إحدى قنوات أبوظبي للإعلام», «محطة جهوية تابعة
// للشركة الوطنية …»). The page is the channel's — the more specific name — and an owner's or network's
// name is evidence against itself as the outlet, whichever rule proposed it. Words are data (`ownerLines`).
import type { Signal } from './credits';
import type { Lexicon } from './boilerplate';
import type { PageLine } from './site-name';
import { lexKey } from './boilerplate';

export interface ChannelOwners {
  /** The channel's own masthead: by its owner's line, or a station's name heading the page. */
  station?: PageLine;
  /** Keys (lexKey) of the owners and networks the page names. */
  owners: Set<string>;
}

type Line = PageLine & { key?: string };
const keyOf = (l: Line) => l.key ?? lexKey(l.text);

/** «مؤسسة عجمان للإعلام», «الإذاعة التونسية», «شبكة البرامج»: an owner's or network's name by its first or last words. */
export function isOwnerName(key: string, lex: Lexicon): boolean {
  const words = key.split(' ');
  const { openers, endings } = lex.ownerLines;
  return words.length >= 2 && words.length <= 8 && (openers.has(words[0]) || endings.some((e) => key.endsWith(` ${e}`)));
}

/** «إذاعة سطيف», «تلفزيون الشارقة», «قناة الظفرة»: a station's own name, its station word without the article. */
function isStationName(key: string, lex: Lexicon): boolean {
  const words = key.split(' ');
  return words.length >= 2 && words.length <= 4 && lex.ownerLines.stationWords.has(words[0]) && !isOwnerName(key, lex);
}

/** «إحدى قنوات أبوظبي للإعلام» → «ابوظبي للاعلام», «… تابعة للشركة الوطنية» → «الشركه الوطنيه»: the owner a role's words name. */
function cuedOwner(key: string, lex: Lexicon): { owner: string; before: string } | undefined {
  for (const cue of lex.ownerLines.roleCues) {
    const at = key.startsWith(cue) ? 0 : key.indexOf(` ${cue}`) + 1 || -1;
    if (at < 0) continue;
    let after = key.slice(at + cue.length);
    // «تابعة ل» + «للشركة» (ل + ال) or «لشركة»: the preposition glued to the name; «تابع لـ شركة»: spaced.
    if (cue.endsWith(' ل') && /^ل\S/u.test(after)) after = `ا${after}`;
    else if (!cue.endsWith(' ل') && after && !after.startsWith(' ')) continue;
    const owner = after.trim().split(/\s[-–—|]\s|[.،,]/u)[0].split(' ').filter(Boolean).slice(0, 6).join(' ');
    if (owner.length >= 3) return { owner, before: key.slice(0, at).trim() };
  }
  return undefined;
}

/**
 * «إحدى الإذاعات الجهوية التابعة لمؤسسة الإذاعة التونسية», «محطة جهوية تابعة لـ …»: a line that only says
 * whose the channel is — a role's words naming an owner, opening the line or after a role opener
 * (`roleOpeners`: «إحدى», «محطة») — is furniture, never a headline (twenty-first round, second wave).
 */
export function isOwnerRoleLine(text: string, lex: Lexicon): boolean {
  const key = lexKey(text);
  if (key.split(' ').length > 10) return false;
  const cue = cuedOwner(key, lex);
  return !!cue && (!cue.before || lex.ownerLines.roleOpeners.has(cue.before.split(' ')[0]));
}

/** The page's channel and the owners it names (lines before `start` are the page's header). */
export function channelOwners(lines: readonly Line[], start: number, titleIndex: number | undefined, lex: Lexicon): ChannelOwners {
  const owners = new Set<string>();
  if (!lex.ownerLines.stationWords.size) return { owners };
  const top = lines.filter((l) => l.index < start && l.kind !== 'blank' && l.kind !== 'date' && l.index !== titleIndex).slice(0, 4);
  let station: Line | undefined;
  top.forEach((l, i) => {
    if (station || l.words > 8) return;
    const key = keyOf(l);
    const cue = cuedOwner(key, lex);
    // The Arabic line above it: a Latin brand between them («إذاعة بنزرت» / «Radio Bizerte») is the same masthead.
    const above = top.slice(0, i).reverse().find((a) => /\p{Script=Arabic}/u.test(a.text));
    // «سما دبي» over «إحدى قنوات مؤسسة دبي للإعلام»: the line above the owner's role names the channel.
    if (cue && !cue.before && above && above.words <= 4 && !isOwnerName(keyOf(above), lex)) { station = above; owners.add(cue.owner); return; }
    if (!isOwnerName(key, lex)) return;
    // «مؤسسة دبي للإعلام» over «تلفزيون دبي», or under it: the channel next to its owner's line.
    const next = [top[i + 1], top[i - 1]].find((n) => n && isStationName(keyOf(n), lex));
    if (next) { station = next; owners.add(key); }
  });
  // «إذاعة الكاف» heading the page, its network named elsewhere («شبكة الإذاعات الجهوية» after the story).
  station ??= top[0] && isStationName(keyOf(top[0]), lex) ? top[0] : undefined;
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'body' || l.words > 14 || l.index === titleIndex) continue;
    const key = keyOf(l);
    const cue = cuedOwner(key, lex);
    if (cue) owners.add(cue.owner);
    else if (station && l !== station && l.words <= 6 && isOwnerName(key, lex)) owners.add(key);
  }
  return { station, owners };
}

/** Whether an outlet candidate is an owner's or a network's name the page gives (the channel's own name aside). */
export function namesAnOwner(value: string, found: ChannelOwners, lex: Lexicon): boolean {
  if (!found.owners.size && !found.station) return false;
  const key = lexKey(value);
  if (found.station && key === keyOf(found.station)) return false;
  return found.owners.has(key) || [...found.owners].some((o) => o.endsWith(` ${key}`) || key.endsWith(` ${o}`)) || (!!found.station && isOwnerName(key, lex));
}

/**
 * The channel's masthead by its owner's line 0.8 (as a known site's name at the top), and every outlet
 * signal naming an owner or a network down to 0.3 — under the abstention line, never the outlet.
 */
export function weighChannelOwners(signals: Signal[], found: ChannelOwners, lex: Lexicon): void {
  if (!found.owners.size && !found.station) return;
  let owned = found.owners.size > 0;
  for (const s of signals) {
    if (s.field === 'outlet' && !s.id && namesAnOwner(s.value, found, lex)) {
      s.confidence = Math.min(s.confidence, 0.3);
      s.rule += ', but it names the channel\'s owner or network';
      owned = true;
    }
  }
  const station = found.station;
  if (station && owned) signals.push({ field: 'outlet', value: station.text.trim(), confidence: 0.8, rule: 'a channel\'s masthead by its owner\'s or network\'s line', line: station.index + 1 });
}
