// Outlet and agency names as ingest recognises them: every name, alias and abbreviation in
// content/sources.yaml (kind tells an agency from an outlet), the lexicon's own lists, and
// the generic credits («وكالات») that name no one.
import { cutGluedLabel, plainLatin } from './name-words';
import type { Source } from '../data/schemas';
import { matchKey, sourceKey } from '../data/keys';
import { normalizeArabic } from '../arabic/normalize';

export interface NamedSource {
  /** The name to show: the lexicon's spelling, else the text as printed on the page. */
  name: string;
  kind: 'agency' | 'outlet' | 'generic';
  /** sources.yaml id, when known. */
  id?: string;
  /** A generic credit that stands for unnamed wires («وكالات»): shown, as the agency, when nothing better is named. */
  wires?: boolean;
  /** The page's own name (its masthead or © line), not a name the lexicon knows. */
  own?: boolean;
}

export type NameLookup = ((text: string) => NamedSource | undefined) & {
  /** Keys (`lexKey`) of names the page prints as an administrative region («مقاطعة NAME»: page-regions.ts). */
  regions?: ReadonlySet<string>;
  /** The page's own name when a code spells its initials («وجا» on «وكالة جيبوتي للأنباء»: initials-code.ts). */
  ownByInitials?: (code: string) => string | undefined;
};

/** A word that only says how a story was gathered («خاص», «متابعة»: `creditWords`, generic and no wire). */
export const isCreditWord = (word: string, lookup: NameLookup): boolean => {
  const found = lookup(word);
  return !!found && found.kind === 'generic' && !found.wires;
};

const MAX_NAME_LENGTH = 60;

/** Credits that name no one (boilerplate.yaml `genericWires`, `creditWords`). */
export interface GenericCredits { wires: string[]; words: string[] }

/**
 * Builds the lookup. `lexAgencies`/`lexOutlets` (boilerplate.yaml) keep their spelling as the
 * shown name, so pages already ingested keep their frontmatter byte for byte.
 */
export function buildNameLookup(sources: readonly Source[], lexAgencies: string[], lexOutlets: string[], generic: GenericCredits, sitePrefixes: string[] = []): NameLookup {
  const index = new Map<string, { kind: NamedSource['kind']; id?: string; display?: string; wires?: boolean }>();
  const put = (text: string, entry: { kind: NamedSource['kind']; id?: string; display?: string; wires?: boolean }) => {
    const k = sourceKey(text);
    if (k && !index.has(k)) index.set(k, entry);
  };
  for (const g of generic.wires) put(g, { kind: 'generic', display: g, wires: true });
  for (const g of generic.words) put(g, { kind: 'generic', display: g });
  const byKey = new Map<string, Source>();
  for (const s of sources) for (const t of [s.name, s.en, ...s.aliases]) if (sourceKey(t)) byKey.set(sourceKey(t), s);
  for (const a of lexAgencies) put(a, { kind: 'agency', id: byKey.get(sourceKey(a))?.id, display: a });
  for (const o of lexOutlets) put(o, { kind: 'outlet', id: byKey.get(sourceKey(o))?.id, display: o });
  for (const s of sources) for (const t of [s.name, s.en, ...s.aliases]) put(t, { kind: s.kind, id: s.id });
  const prefixes = sitePrefixes.map(sourceKey).filter(Boolean);
  // Menus and footers repeat across pages: remember recent answers (bounded).
  const memo = new Map<string, NamedSource | undefined>();
  return (text: string) => {
    if (memo.has(text)) return memo.get(text);
    const cleaned = text.replace(/^©\s*/, '').trim();
    // Names are short; a long line is never one (and need not be normalised to find out).
    const key = cleaned.length <= MAX_NAME_LENGTH ? sourceKey(cleaned) : '';
    // «بوابة الأهرام»: the words a site prints before its own name are not part of it.
    const hit = key ? index.get(key) ?? index.get(withoutPrefix(key, prefixes)) : undefined;
    const found: NamedSource | undefined = hit ? { name: hit.display ?? cleaned, kind: hit.kind, ...(hit.id ? { id: hit.id } : {}), ...(hit.wires ? { wires: true } : {}) } : undefined;
    if (memo.size > 20_000) memo.clear();
    memo.set(text, found);
    return found;
  };
}

/** A source key without the site prefix it opens with («بوابه الوفد» → «الوفد»), if any. */
export function withoutPrefix(key: string, prefixes: readonly string[]): string {
  for (const p of prefixes) if (key.startsWith(`${p} `) && key.length > p.length + 1) return key.slice(p.length + 1);
  return key;
}

/** The source whose domain a URL or bare domain names («arabic.news.cn/…»), if any. */
export function sourceForUrl(text: string, sources: readonly Source[]): Source | undefined {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(\/[^\s]*)?$/i.exec(text.trim());
  if (!m) return undefined;
  const host = m[1].toLowerCase();
  const pathPart = (m[2] ?? '').toLowerCase();
  return sources.find((s) => (s.domains ?? []).some((d) => {
    const [dHost, ...dPath] = d.toLowerCase().split('/');
    const prefix = dPath.length ? `/${dPath.join('/')}` : '';
    return (host === dHost || host.endsWith(`.${dHost}`)) && pathPart.startsWith(prefix);
  }));
}

/**
 * «p.dw.com/p/481jb»: a host under the host of one source's domain whose path is not that source's edition — a site's
 * short link (a short link drops the edition's path). The one source whose domain's host the host is or ends with; none
 * when two sources share the host.
 */
export function sourceForHost(text: string, sources: readonly Source[]): Source | undefined {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(?:\/[^\s]*)?$/i.exec(text.trim());
  if (!m) return undefined;
  const host = m[1].toLowerCase();
  const found = sources.filter((s) => (s.domains ?? []).some((d) => {
    const dHost = d.toLowerCase().split('/')[0];
    return host === dHost || host.endsWith(`.${dHost}`);
  }));
  return found.length === 1 ? found[0] : undefined;
}

/** Generic words around a source's name (boilerplate.yaml `sourceAffixes`), as matchKey keys. */
export interface SourceAffixes {
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
  /** A nationality closing a name («الوطن العمانية»): part of the name for ingest, off for the scorer's comparison. */
  nationality?: ReadonlySet<string>;
}

export function buildSourceAffixes(data: { before: string[]; after: string[] }, nationality: readonly string[] = []): SourceAffixes {
  return { before: new Set(data.before.map(matchKey)), after: new Set(data.after.map(matchKey)), nationality: new Set(nationality.map(matchKey)) };
}

/**
 * A source's identity: its name's words without the generic affixes that open or close it
 * («شبكة قدس الإخبارية», «قدس الإخبارية» and «شبكة قدس» are all «قدس»; «وكالة فارس للأنباء» is
 * «فارس»). The last word always stays, so a name made only of affixes keeps one.
 */
export function identityKey(text: string, affixes: SourceAffixes): string {
  const words = matchKey(text).split(' ').filter(Boolean);
  let a = 0;
  let b = words.length;
  while (b - a > 1 && affixes.before.has(words[a])) a++;
  while (b - a > 1 && affixes.after.has(words[b - 1])) b--;
  return words.slice(a, b).join(' ');
}

/** The lexicon's letter tables (boilerplate.yaml `transliteration`). */
export interface Transliteration { arabic: Record<string, string>; latin: Record<string, string>; silent: string; letterNames?: Record<string, string[]>; words?: Record<string, string[]>; links?: string[] }

/**
 * True when a Latin name (a brand, a domain) and an Arabic one spell the same name («Sham FM» /
 * «شام إف إم», «sewt.info» / «صوت»): equal consonant skeletons once the generic affixes are off
 * («قناة النبأ» / «Alnabaa TV»), or the Latin one extending the Arabic one by a suffix («…news»);
 * or a Latin abbreviation spelled letter by letter («OTV Lebanon» / «أو تي في», `letterNames`).
 */
export function buildSameName(t: Transliteration, affixes: SourceAffixes): (latin: string, arabic: string, whole?: boolean) => boolean {
  const letters = new Map(Object.entries(t.arabic));
  const rules = Object.entries(t.latin).sort((a, b) => b[0].length - a[0].length);
  const silent = new Set(t.silent);
  const squeeze = (s: string) => s.replace(/(.)\1+/g, '$1');
  // `whole`: the names with their affixes, compared whole (no Latin name extending the Arabic one): a
  // name found anywhere on the page must be all of it, not the town a site is named after («ElMinya News» / «المنيا»).
  const fromArabic = (text: string, whole = false) => squeeze([...(whole ? matchKey(text).replace(/\s+/g, '') : identityKey(text, affixes))].map((c) => letters.get(c) ?? (/[0-9]/.test(c) ? c : '')).join(''));
  const fromLatin = (text: string, whole = false) => {
    // «sewt.info», «www.almajlis.co»: a domain's first label is the name.
    const domain = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)(?:\.[a-z]{2,})+\/?$/i.exec(text.trim());
    let s = plainLatin(domain ? domain[1] : whole ? text : identityKey(text, affixes));
    for (const [from, to] of rules) s = s.split(from).join(to);
    return squeeze([...s].filter((c) => !silent.has(c)).join(''));
  };
  const letterNames = new Map(Object.entries(t.letterNames ?? {}).map(([k, v]) => [k, new Set(v.map(normalizeArabic))]));
  // «OTV» / «أو تي في»: the brand's first word, an abbreviation of 2–5 capitals, read letter by letter.
  const spelledOut = (latin: string, arabic: string) => {
    const abbreviation = /^([A-Z]{2,5})(?![a-z])/.exec(latin.trim())?.[1];
    const words = arabic.trim().split(/\s+/).map(normalizeArabic);
    return !!abbreviation && words.length === abbreviation.length
      && [...abbreviation.toLowerCase()].every((c, i) => letterNames.get(c)?.has(words[i]) ?? false);
  };
  const byWords = wordByWord(t, squeeze, letters, rules, silent, letterNames);
  return (latin, arabic, whole = false) => {
    if (!/[a-z]/i.test(latin) || /[a-z]/i.test(arabic)) return false;
    if (letterNames.size && spelledOut(latin, arabic)) return true;
    const a = fromArabic(arabic, whole);
    const l = fromLatin(latin, whole);
    // Word by word, a word without letters spells nothing and was passed over: «© 2028 أمزميز بريس» spelled
    // «amizmiz-press.ma» with its year. A year is no word of a name (forty-first round, at the merge); «الحوز 24»
    // keeps its figure, and a name holding a year in its Latin form too («vision2030») still meets by skeleton above.
    return (a.length >= 2 && (a === l || (!whole && a.length >= 3 && l.startsWith(a)))) || (!holdsYear(arabic) && byWords(latin, arabic));
  };
}

/** «2028», «٢٠٢٨» as a word of its own: a year of the calendars pages print (1900–2099). */
function holdsYear(text: string): boolean {
  return text.split(/\s+/u).some((w) => /^(?:19|20)[0-9]{2}$/u.test(w.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660))));
}

// Marks a Latin word of two or three capitals («FM», «TV») among the lower-cased words: it may be read letter by letter.
const CAPITALS = '^';
// «Al Sharq»: the Latin article written apart from its word.
const LATIN_ARTICLE = new Set(['al', 'el']);
// «Voice of the Nation» / «صوت الأمة»: the construct Arabic writes without a word of its own.
const LATIN_LINKS = new Set(['of', 'the']);

/**
 * One name in two scripts read word by word (twenty-eighth round): «Bilbeis Today» / «بلبيس اليوم»,
 * «akjoujt-today.mr» / «أكجوجت اليوم», «Al Sharq Today» / «الشرق اليوم». Each Latin word meets the Arabic
 * word in the same order as a translation (`words`) or by its skeleton; at least one word — the name's own — must meet by its skeleton (of three letters, or of a Latin word of four), so
 * two common words («Latest News» / «آخر الأخبار») never make a name. A Latin «g» may be any of the
 * letters Arabic writes it with (ج، غ، ق، ك: «Aleg» / «ألاك»).
 */
function wordByWord(t: Transliteration, squeeze: (s: string) => string,
  letters: ReadonlyMap<string, string>, rules: [string, string][], silent: ReadonlySet<string>, letterNames: ReadonlyMap<string, ReadonlySet<string>> = new Map()): (latin: string, arabic: string) => boolean {
  const forms = new Map(Object.entries(t.words ?? {}).map(([k, v]) => [k, new Set(v.map(normalizeArabic))]));
  if (!forms.size) return () => false;
  const links = new Set([...LATIN_LINKS, ...(t.links ?? [])]);
  const tableWords = new Set(forms.keys());
  const arabicSkeleton = (w: string, squeezed = true) => (squeezed ? squeeze : (x: string) => x)([...w].map((c) => letters.get(c) ?? '').join(''));
  const latinSkeletons = (w: string, squeezed = true) => {
    const out = new Set<string>();
    // A German «w» is the Arabic «ف» («Wetzlar» / «فيتسلار»; thirty-fourth round), elsewhere a vowel.
    // A Kurmanji «x» is the Arabic «خ» («Derbendîxan» / «دربندخان»; thirty-sixth round, at the merge).
    // A Kurdish, Turkish or Persian «ch» is «چ», which Arabic pages write «ج» («Choman» / «جومان»; thirty-seventh round, at the merge).
    const variants = [w, ...(w.includes('g') ? [w.replace(/g/g, 'k')] : []), ...(w.includes('w') ? [w.replace(/w/g, 'v')] : []), ...(w.includes('x') ? [w.replace(/x/g, 'kh')] : []), ...(w.includes('ch') ? [w.replace(/ch/g, 'j')] : [])];
    for (const variant of variants) {
      let s = variant;
      for (const [from, to] of rules) s = s.split(from).join(to);
      const skeleton = [...s].filter((c) => !silent.has(c)).join('');
      out.add(squeezed ? squeeze(skeleton) : skeleton);
    }
    return out;
  };
  // Returns the count of words met by their skeletons, or -1 when the two do not align.
  const align = (lw: readonly string[], aw: readonly string[]): number => {
    if (!lw.length || !aw.length) return lw.length || aw.length ? -1 : 0;
    let best = -1;
    const [w, ...rest] = lw;
    // «Radio Hammamet FM» / «إذاعة الحمامات إف إم»: a word of capitals read letter by letter (thirty-first round, merged).
    if (w.startsWith(CAPITALS)) {
      const caps = w.slice(CAPITALS.length);
      return [...caps].every((c, i) => letterNames.get(c)?.has(aw[i] ?? '')) ? align(rest, aw.slice(caps.length)) : -1;
    }
    if (forms.get(w)?.has(aw[0])) best = Math.max(best, align(rest, aw.slice(1)));
    const joined = LATIN_ARTICLE.has(w) && rest.length ? `al${rest[0]}` : undefined;
    // «Kasserine» / «القصرين»: a Latin name often drops the Arabic article.
    const bare = aw[0].length > 4 && aw[0].startsWith('ال') && !LATIN_ARTICLE.has(w) && !/^[ae]l/.test(w) ? aw[0].slice(2) : aw[0];
    for (const [latinWord, left] of [[w, rest], ...(joined ? [[joined, rest.slice(1)]] : [])] as [string, string[]][]) {
      const a = arabicSkeleton(latinWord === w ? bare : aw[0]);
      // «Tata» / «طاطا»: a name of one consonant said twice squeezes to one letter; its two letters unsqueezed meet (thirty-fifth round, merged).
      const twice = a.length === 1 && latinWord.length >= 4 && arabicSkeleton(latinWord === w ? bare : aw[0], false).length >= 2
        && latinSkeletons(latinWord, false).has(arabicSkeleton(latinWord === w ? bare : aw[0], false));
      if ((a.length >= 2 && latinSkeletons(latinWord).has(a)) || twice) {
        const n = align(left, aw.slice(1));
        if (n >= 0) best = Math.max(best, n + (a.length >= 3 || latinWord.length >= 4 ? 1 : 0));
      }
    }
    // «sheikhbadrtoday.sy» / «الشيخ بدر اليوم»: a domain glues a two-word name into one word, the article dropped
    // (thirty-eighth round, at the merge; aside38 u3559, spent). Long words only: two short words glued meet by chance.
    // A name opening on a head word the table spells («abudistoday.ps» / «أبو ديس اليوم»: «abu» is «أبو») may be shorter:
    // the head is met as a word, not by chance (forty-sixth round, at the merge; aside46 u4732, spent).
    const headed = [...forms].some(([k, v]) => k.length >= 3 && w.startsWith(k) && w.length - k.length >= 3 && v.has(aw[0]));
    if (aw.length >= 2 && (w.length >= 7 || headed) && !LATIN_ARTICLE.has(w)) {
      const two = arabicSkeleton(bare + aw[1].replace(/^ال(?=\p{L}{2})/u, ''));
      if ((two.length >= 4 || (headed && two.length >= 3)) && latinSkeletons(w).has(two)) {
        const n = align(rest, aw.slice(2));
        if (n >= 0) best = Math.max(best, n + 1);
      }
    }
    return best;
  };
  // «alegtoday»: a domain's label glued of a name and a name's word at its end.
  // «arabesdesantiago», «noticiasdemendoza» (name-words.ts; thirty-fourth round).
  const gluedWords = (parts: string[]): string[] => parts.flatMap((p) => {
    const tail = p.length >= 7 ? [...forms.keys()].find((k) => k.length >= 3 && p.endsWith(k) && p.length - k.length >= 3) : undefined;
    if (tail) return [p.slice(0, -tail.length), tail];
    return p.length >= 8 ? cutGluedLabel(p, tableWords, links) : [p];
  });
  // The Latin name's words, or none when it holds no name's word (read once per name: a page's lines are
  // tried against the same one).
  let last: { latin: string; words: string[] } | undefined;
  const latinWords = (latin: string): string[] => {
    if (last?.latin === latin) return last.words;
    const domain = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)(?:\.[a-z]{2,})+\/?$/i.exec(latin.trim());
    const raw = (domain ? gluedWords(domain[1].split('-')) : latin.trim().split(/[\s\-_–—|]+/u)).filter((w) => /[a-z0-9]/i.test(w) && !links.has(plainLatin(w)));
    const lw = raw.map((w) => (/^[A-Z]{2,3}$/.test(w) && letterNames.size ? CAPITALS : '') + plainLatin(w));
    const words = raw.length >= 2 && raw.length <= 5 && lw.some((w) => forms.has(w)) ? lw : [];
    last = { latin, words };
    return words;
  };
  return (latin, arabic) => {
    const lw = latinWords(latin);
    if (!lw.length) return false;
    const aw = arabic.trim().split(/\s+/).map(normalizeArabic).filter(Boolean);
    if (aw.length > 8) return false;
    // «Toledo Arabs» / «عرب توليدو», «ramthanews» / «أخبار الرمثا»: English puts the name's own word first.
    // «Radio Tata FM» / «إذاعة طاطا»: a station's name opening on its kind's word may leave its band's capitals unsaid (thirty-fifth round, merged).
    const band = lw.length >= 3 && lw[lw.length - 1].startsWith(CAPITALS) && forms.has(lw[0]) && align(lw.slice(0, -1), aw) >= 1;
    return align(lw, aw) >= 1 || (lw.length === 2 && align([lw[1], lw[0]], aw) >= 1) || band;
  };
}
