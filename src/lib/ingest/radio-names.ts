// A station's Arabic name agreed by two places of its own page (thirty-ninth round, 13t; the «Left» lists of the
// thirty-seventh and thirty-eighth rounds):
// - a Latin masthead naming it in short against its full Arabic name on another line: «Radio Hajeb FM 98.7» /
//   «حاجب العيون أف أم – إذاعة القرب». The Latin core (less «Radio», «FM» and a frequency) spells the first words of
//   an Arabic name closed by a spelled «FM» (`spelledAbbreviations`), with or without the article: the Arabic name.
// - a name printed only in the lead, glued to «لـ» («في تصريح للنخيل أف أم», «لمراسل الواحة أف أم»), and as the
//   page's own hashtag («#النخيل_اف_ام»), or a hashtag agreeing in both scripts («#DiwanFM» / «#الديوان_اف_ام»).
//   An unquoted «لـNAME» alone is any noun, a hashtag alone any topic: two that agree are the site's own name.
// Names closed by a site's word (`spelledAbbreviations`, `outletShape.mastheadClosers`) only, as data says.
import type { ClassifiedLine } from './classify';
import { lexKey, type Lexicon } from './boilerplate';
import type { Signal } from './credits';
import { normalizeArabic } from '../arabic/normalize';

export const LATIN_SHORT_RULE = 'a Latin masthead naming the station in short, its Arabic name in full on another line';
export const HASHTAG_RULE = 'the site\'s own hashtag, agreed by the lead\'s «لـNAME» or by its Latin hashtag';

type Lex = Pick<Lexicon, 'sameName' | 'data' | 'names' | 'places'>;

// «Radio», «FM», a frequency «98.7»: the Latin masthead's furniture around the station's own word(s).
const LATIN_FURNITURE = /^(?:radio|fm|\d{2,3}(?:[.,]\d)?)$/iu;
const SPACED_DASH = /\s+[-–—|]\s+/u;

/** The closers of a station's or a site's name, as lexicon keys: «أف أم» and its spellings, «نيوز», «اليوم» … */
function closers(lex: Lex): string[] {
  return [...(lex.data.spelledAbbreviations ?? []), ...(lex.data.outletShape?.mastheadClosers ?? [])].map(lexKey).sort((a, b) => b.length - a.length);
}

/** The words before the closer, when the name ends with one («تالة الجبلية أف أم» → «تالة الجبلية»). */
function nameBeforeCloser(name: string, lex: Lex): string | undefined {
  const key = lexKey(name);
  const closer = closers(lex).find((c) => key.endsWith(` ${c}`));
  return closer ? key.slice(0, key.length - closer.length).trim() : undefined;
}

/** A Latin core spelling the first words of an Arabic one, the article read off or not («Jerid» / «الجريد الجنوبي»). */
function spellsStart(core: string, arabic: string, lex: Lex): boolean {
  const words = arabic.split(' ');
  for (let k = 1; k <= words.length; k++) {
    const head = words.slice(0, k).join(' ');
    if (lex.sameName(core, head, true) || (/^ال\p{L}{2}/u.test(head) && lex.sameName(core, head.slice(2), true))) return true;
  }
  return false;
}

/** «Radio Tala FM 104.6» over the page, «تالة الجبلية أف أم – إذاعة الجهة» on another line: the Arabic name. */
export function latinShortStation(lines: readonly ClassifiedLine[], titleIndex: number | undefined, lex: Lex): Signal[] {
  const top = lines.find((l) => l.kind !== 'blank');
  if (!top || top.kind !== 'latin' || top.words > 6) return [];
  const words = top.text.trim().split(/\s+/);
  const core = words.filter((w) => !LATIN_FURNITURE.test(w)).join(' ');
  // A station's masthead: «FM» or «Radio» beside one or two words of its own.
  if (core.split(' ').length > 2 || !core || core.length === words.join(' ').length || !/^[A-Za-z' -]+$/u.test(core)) return [];
  for (const l of lines) {
    if (l.index === top.index || l.index === titleIndex || l.kind === 'body' || l.kind === 'latin' || l.words > 12) continue;
    const name = l.text.split(SPACED_DASH)[0].trim();
    // The name opens the line (a label «شريكنا: NAME» names another station).
    if (/[:：]/u.test(name) || name.split(/\s+/).length > 5) continue;
    const before = nameBeforeCloser(name, lex);
    if (before && spellsStart(core, before, lex)) return [{ field: 'outlet', value: name, confidence: 0.75, rule: LATIN_SHORT_RULE, line: l.index + 1 }];
  }
  return [];
}

/** The hashtags of the page's hashtag lines, «_» read as a space. */
function hashtagsOf(lines: readonly ClassifiedLine[]): string[] {
  return lines.filter((l) => l.kind === 'hashtags').flatMap((l) => (l.text.match(/#[\p{L}\p{N}_]+/gu) ?? []).map((h) => h.slice(1).replace(/_/g, ' ').trim()));
}

/** «NakhilFM», «Diwan_FM» → «Nakhil FM». */
const splitCamel = (tag: string) => tag.replace(/([a-z])([A-Z])/gu, '$1 $2').replace(/\s+/g, ' ');

/** The site's own hashtag agreed by the lead's glued «لـNAME» or its Latin hashtag (see above); only where no site is named. */
export function hashtagStation(lines: readonly ClassifiedLine[], start: number, bodyEnd: number | undefined, lex: Lex): Signal[] {
  const tags = hashtagsOf(lines);
  if (!tags.length) return [];
  const latin = tags.filter((t) => /^[A-Za-z][A-Za-z0-9 ]+$/u.test(t)).map(splitCamel);
  const lead = lines.slice(start, bodyEnd ?? lines.length).filter((l) => l.kind === 'body').slice(0, 2).map((l) => ` ${lexKey(l.text)} `).join(' ');
  for (const tag of tags) {
    if (!/\p{Script=Arabic}/u.test(tag)) continue;
    const key = lexKey(tag);
    const words = key.split(' ');
    const before = nameBeforeCloser(tag, lex);
    if (words.length < 2 || words.length > 5 || !before || lex.places.has(key)) continue;
    // «للنخيل اف ام» (لـ and the article), «لالنخيل»-less «لتالة اف ام», «لمراسل الواحة اف ام» (a word glued to لـ before it).
    const glued = key.startsWith('ال') ? `لل${key.slice(2)}` : `ل${key}`;
    const inLead = lead.includes(` ${glued} `) || new RegExp(`\\sل\\p{L}+ ${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `, 'u').test(lead);
    const bare = normalizeArabic(before).replace(/^ال(?=\p{L}{2})/u, '');
    const agreed = latin.some((t) => lex.sameName(t, `${bare} ${words.slice(before.split(' ').length).join(' ')}`, true) || lex.sameName(t, tag, true));
    if (!inLead && !agreed) continue;
    return [{ field: 'outlet', value: tag, confidence: inLead && agreed ? 0.62 : 0.55, rule: `${HASHTAG_RULE}${inLead ? ' (the lead)' : ''}${agreed ? ' (a Latin hashtag)' : ''}`, line: lines.find((l) => l.kind === 'hashtags')!.index + 1 }];
  }
  return [];
}
