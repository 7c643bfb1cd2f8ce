// The page's own names (extract.ts): the names the lexicon knows plus the page's masthead, its
// short name, its © name and their other printed forms, as one lookup for datelines and credits.
// Split from extract.ts (session 20).
import { shapeSkipper } from './outlet-shape';
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import { identityKey, type NameLookup, type NamedSource } from './names';
import { arabicHalf, brandLines, copyrightName, siteNameLine } from './credits';
import { sourceKey } from '../data/keys';
import { lexKey } from './boilerplate';
import type { CopyWrapper } from './copy-wrapper';
import { endsAsWire } from './dateline-parts';
import { footWires } from './foot-wire';
import { pageRegions } from './page-regions';
import { spellsInitials } from './initials-code';

const SELF_AGENCY = /(?:^|\s)(?:ال)?وكال[ةه](?:\s|$)|للأنباء|news agency|press agency/iu;

// Three to six capitals (a two-letter line is as often a language switch, «EN»).
const ACRONYM = /^[A-Z]{3,6}$/;

/** A name's key with its words glued («عدن 24» = «عدن24», «المؤتمر نت» = «المؤتمرنت»). */
const spaceless = (key: string) => key.replace(/\s+/gu, '');

/**
 * The names lex knows, plus the page's own name as it prints it — a short first line (the
 * masthead; under a Latin-only brand, the Arabic line after it) or the name in its © line: «عمان- الغد» credits the outlet whose page it is even
 * when sources.yaml does not list it. Also the first word of a longer masthead («معا» of «وكالة
 * معا الاخبارية») and the name with its web edition's suffix («الحدث.نت» on a page headed «الحدث»).
 */
export function pageNameLookup(lines: ClassifiedLine[], lex: Lexicon, copied?: CopyWrapper): NameLookup {
  const own = new Map<string, string>();
  // A Telegram copy's channel header («وكالة المعلومة | Almaalomah») is blanked before
  // classification; it is still the page's own name («المعلومة/ بغداد..» credits it).
  const channel = copied?.channel ? arabicHalf(copied.channel.text, lex.sameName).trim() : '';
  const site = siteNameLine(lines, lex.nameStopWords, lex.sameName, lex.letterheadWords, lex.siteWords, lex.spelledAbbreviations, lex.isTicker, lex.isSponsorLine, shapeSkipper(lex)) ?? (channel ? { text: channel, index: copied!.channel!.index, kind: 'short', words: channel.split(/\s+/).length } as ClassifiedLine : undefined);
  if (site) own.set(sourceKey(arabicHalf(site.text, lex.sameName)), arabicHalf(site.text, lex.sameName));
  // «وكالة الصحافة الفلسطينية (صفا)»: the short name the masthead gives in parentheses.
  const short = site && /\(([^()]{2,20})\)\s*$/u.exec(site.text)?.[1].trim();
  if (short) own.set(sourceKey(short), short);
  // «إذاعة وتلفزيون جيبوتي» over «RTD», «صوت إندونيسيا» over «VOI»: a Latin acronym right under the
  // masthead is its short name — the station's own credit in «جيبوتي/RTD/», «جاكرتا، VOI –» (twentieth round, part B).
  const acronym = site ? lines.slice(site.index + 1).find((l) => l.kind !== 'blank') : undefined;
  if (site && acronym && ACRONYM.test(acronym.text.trim())) own.set(sourceKey(acronym.text), arabicHalf(site.text, lex.sameName));
  // A site that calls itself an agency («وكالة فارس للأنباء», «North Press Agency») credits
  // itself as the agency when its dateline names it.
  const brand = brandLines(lines);
  const kind: NamedSource['kind'] = lines.some((l) => brand.has(l.index) && SELF_AGENCY.test(l.text)) || (!!channel && site?.text === channel && SELF_AGENCY.test(channel))
    || agencyTagline(lines, brand, site, lex) ? 'agency' : 'outlet';
  const siteWords = site ? sourceKey(site.text).split(' ') : [];
  for (const l of lines) {
    const name = l.kind === 'boilerplate' && l.words <= 12 ? copyrightName(l.text, lex.rights) : undefined;
    if (name && !own.has(sourceKey(name))) own.set(sourceKey(name), name);
  }
  for (const name of signedAlone(lines, lex)) if (!own.has(sourceKey(name))) own.set(sourceKey(name), name);
  own.delete('');
  const ownGlued = new Map([...own].filter(([k]) => k.includes(' ')).map(([k, v]) => [spaceless(k), v] as const));
  // One source, many forms: a credit whose identity (its words less «شبكة», «للأنباء», «نيوز» …)
  // is the masthead's names the page's own source, shown as the masthead prints it
  // («رام الله - وطن:» under «وطن للأنباء», «طهران (فارس) -» under «وكالة فارس للأنباء»).
  const byIdentity = new Map<string, string>();
  if (site) byIdentity.set(identityKey(site.text, lex.sourceAffixes), site.text);
  // The Latin brand over it names the same source («ANF NEWS» over «وكالة فرات للأنباء»: «بروكسل - ANF»).
  const latinBrands = lines.filter((l) => brand.has(l.index) && l.kind === 'latin' && l.words <= 4);
  for (const l of latinBrands) byIdentity.set(identityKey(l.text, lex.sourceAffixes), site?.text ?? l.text);
  byIdentity.delete('');
  // The masthead's name less its generic opening word («صحيفة التغيير السودانية المستقلة»: «التغيير»).
  const siteHead = site ? identityKey(site.text, lex.sourceAffixes).split(' ')[0] : '';
  // The masthead's Arabic name of two words or more: the site's, or the brand line under a Latin one.
  const arabicMasthead = [site, ...lines.filter((l) => brand.has(l.index))].map((l) => l && arabicHalf(l.text, lex.sameName).trim())
    .find((t) => !!t && /^[\p{Script=Arabic}\s]+$/u.test(t) && t.split(/\s+/).length >= 2);
  // An unlisted wire printed as the closing credit and after a place at a line's head (foot-wire.ts) — on a page that
  // names its own site otherwise (its masthead or © line): with no name of its own, the credit may be the site's own sign-off.
  const wires = own.size ? footWires(lines, lex) : new Map<string, string>();
  for (const key of own.keys()) wires.delete(key);
  const suffix = new RegExp(`\\s(?:${lex.siteSuffixes.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})$`);
  const lookup: NameLookup = (text) => {
    const known = lex.names(text);
    if (known) return known;
    const key = sourceKey(text);
    // As the masthead spells it (a credit may quote it: «"القدس" دوت كوم»).
    if (own.has(key)) return { name: own.get(key)!, kind, own: true };
    const bare = key.replace(suffix, '');
    if (bare !== key && own.has(bare)) return { name: own.get(bare)!, kind, own: true };
    // «عدن24 | خاص» under «عدن 24», «المؤتمرنت - صنعاء -» under «المؤتمر نت»: the page's own name
    // with its words glued together is the same name (a number or a web suffix is often glued).
    const glued = key.length >= 4 ? ownGlued.get(spaceless(key)) : undefined;
    if (glued) return { name: glued, kind, own: true };
    const same = key && text.length <= 60 ? byIdentity.get(identityKey(text, lex.sourceAffixes)) : undefined;
    if (same) return { name: same, kind, own: true };
    // «أديس أبابا (بانا) -» under «بانا برس»: a wire's masthead is its short name and a wire's ending
    // (`wireNameEndings`); the name shown is the masthead's, the fuller one (twenty-first round, part O).
    if (siteWords.length >= 2 && key && key === siteWords[0] && !lex.names(siteWords[0])) return { name: siteWords.length === 2 && endsAsWire(site!.text, lex) ? site!.text.trim() : text.trim(), kind, own: true };
    // An Arabic name the page's Latin brand spells («الخرطوم: التغيير» under «Altaghyeer») or the
    // first word of a masthead that opens with a generic word (fifteenth round).
    const arabic = /^[\p{Script=Arabic}\s]+$/u.test(text.trim()) && text.trim().split(/\s+/).length <= 3;
    const spelledBy = arabic ? latinBrands.find((l) => lex.sameName(l.text, text)) : undefined;
    // «(آي بي إس)» under «IPS» over «وكالة إنتر بريس سيرفس»: a spelled acronym stands for the Arabic
    // masthead's full name, the name the page is credited to (twenty-first round, second wave).
    if (spelledBy && ACRONYM.test(spelledBy.text.trim()) && arabicMasthead) return { name: arabicMasthead, kind, own: true };
    if (arabic && (spelledBy || (siteWords.length >= 3 && key === siteHead))) return { name: text.trim(), kind, own: true };
    const wire = wires.size ? wires.get(key) : undefined;
    return wire ? { name: wire, kind: 'agency' } : undefined;
  };
  // «المكلا (وأح) -» under «وكالة أنباء حضرموت»: a code spelling the own name's initials (initials-code.ts).
  const ownName = site ? arabicHalf(site.text, lex.sameName).trim() : '';
  lookup.ownByInitials = (code) => (ownName && spellsInitials(code, ownName) ? ownName : undefined);
  // The page's regions are read only when a dateline asks (a bracket after a place: dateline.ts `regionInBrackets`).
  let regions: Set<string> | undefined;
  Object.defineProperty(lookup, 'regions', { get: () => (regions ??= pageRegions(lines, lex)) });
  return lookup;
}

/**
 * «بيلتا» / «BelTA» / «وكالة الأنباء البيلاروسية», «جهان» / «وكالة جهان للمعلومات»: the line right
 * under the brand that says the site is an agency (its tagline) — not a name the lists know (a
 * partner's), a short line of at most seven words opening with «وكالة»/«الوكالة» or holding
 * «news agency» (nineteenth round).
 */
function agencyTagline(lines: ClassifiedLine[], brand: Set<number>, site: ClassifiedLine | undefined, lex: Lexicon): boolean {
  const top = lines.filter((l) => l.kind !== 'blank');
  let at = Math.max(-1, ...top.filter((l) => brand.has(l.index) || l.index === site?.index).map((l) => top.indexOf(l))) + 1;
  // The brand in the other script under it («بيلتا» / «BelTA») is the brand's, not the tagline.
  if (at > 0 && top[at]?.kind === 'latin' && top[at].words <= 3) at++;
  const next = at > 0 ? top[at] : undefined;
  if (!next || next.words > 7 || /[:：|]/.test(next.text) || lex.names(next.text)) return false;
  // Opening with the word: «جريدة يومية تصدر عن وكالة جيبوتي للأنباء» is a paper an agency publishes.
  return /^(?:ال)?وكال[ةه]\s|news agency|press agency/iu.test(next.text.trim());
}

/**
 * «جي بي سي نيوز» on a line of its own (a sign-off under the story) and «جي بي سي نيوز :- وصل …»
 * opening the lead: a short name the page prints alone and again as a credit — closed by a colon,
 * a dash or a pipe before prose — is the page's own name wherever it is printed (twenty-fifth round,
 * real pages). Not a place, a label, a date line or a name the lists know (read as what it is).
 */
function signedAlone(lines: readonly ClassifiedLine[], lex: Lexicon): string[] {
  const alone = new Map<string, string>();
  for (const l of lines) {
    const text = l.text.trim();
    if ((l.kind !== 'short' && l.kind !== 'heading') || l.words > 4 || /[0-9٠-٩:|/.،,]/u.test(text)) continue;
    const key = lexKey(text);
    if (lex.places.has(key) || lex.exact.has(key) || lex.names(text) || lex.dates.lineWords.has(key)) continue;
    alone.set(sourceKey(text), text);
  }
  if (!alone.size) return [];
  const out: string[] = [];
  for (const l of lines) {
    const m = /^([\p{L}\p{M}0-9 ]{2,40}?)\s*(?::[-–—ـ]?|[-–—ـ|])\s+(?=[\p{L}"«“])/u.exec(l.text.trim());
    const name = m ? alone.get(sourceKey(m[1])) : undefined;
    // «ذي قار - واع تسلمت …»: a wire the lists know right after the separator makes the name before it the
    // dateline's place (a governorate alone in the menu), not the site signing (thirty-ninth round, at the merge).
    if (name && wireAfter(l.text.trim().slice(m![0].length), lex)) continue;
    if (name && l.words >= 8 && !out.includes(name)) out.push(name);
  }
  return out;
}

/** The text opens with a wire the lists know (one to three words), closed or followed by the story. */
function wireAfter(text: string, lex: Lexicon): boolean {
  const words = text.split(/\s+/);
  for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
    if (lex.names(words.slice(0, n).join(' ').replace(/[-–—ـ:,،]+$/u, ''))?.kind === 'agency') return true;
  }
  return false;
}
