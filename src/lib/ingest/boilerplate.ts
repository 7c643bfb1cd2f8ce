// The boilerplate lexicon is DATA (content/boilerplate.yaml) so new sites can be handled by
// adding phrases, not code. The data layer (src/lib/data) reads and validates it; this module
// pre-normalises every phrase once.
import type { DateRoles } from './date-roles';
import type { ShareLineWords } from './share-line-headline';
import { normalizeArabic } from '../arabic/normalize';
import { sourceKey } from '../data/keys';
import type { BoilerplateData, Source } from '../data/schemas';
import type { OutletModelData } from '../data/schemas/outlet-model';
import { buildNameLookup, buildSameName, buildSourceAffixes, type NameLookup, type SourceAffixes } from './names';
import { buildDateReader, type DateReader } from './dates';
import { compileRights, type RightsPhrases } from './site-name';
import { compilePattern } from './copy-wrapper';
import { compileEmbedLines, type EmbedPattern } from './embed-lines';
import type { LatinCopyright } from './frame-names';
import type { HeadlineFurnitureWords } from './headline-furniture';
import type { TickerLabels } from './ticker-items';

/** The lexicon with matching keys pre-computed (normalised, punctuation-trimmed). */
export interface Lexicon {
  data: BoilerplateData;
  exact: Set<string>;
  contains: string[];
  /** Keys of a party line's openers (`organLines`): «لسان حزب …» under a print masthead. */
  organLines: string[];
  /** The rights line's words (`rightsPhrases`), compiled once: site-name.ts `copyrightName`. */
  rights: RightsPhrases;
  /** A Latin © line's weights and the platforms whose © line names no site (`frameBoxes`, thirtieth round). */
  latinCopyright: LatinCopyright;
  markers: string[];
  widgets: { start: string; end: string }[];
  agencies: Map<string, string>;
  outlets: Map<string, string>;
  places: Set<string>;
  /** People's given names (`givenNames`), normalised: a dateline's «PLACE: NAME» is a byline. */
  givenNames: Set<string>;
  /** A newsroom's signatures (`staffCredits`) and correspondents' words (`correspondentWords`), normalised. */
  staffCredits: Set<string>;
  correspondentWords: Set<string>;
  bylines: Set<string>;
  /** Label keys by what they introduce («المصدر» → source …), pre-normalised once. */
  labels: { source: Set<string>; tag: Set<string>; published: Set<string>; updated: Set<string>; byline: Set<string> };
  /** Keys of the stems naming a date's role (`dateRoles`, date-roles.ts). */
  dateRoles: DateRoles;
  /** Keys of a share line's words (`shareLines`, share-line-headline.ts). */
  shareLines: ShareLineWords;
  /** Outlets and agencies of content/sources.yaml (ids, kinds, domains). */
  sources: readonly Source[];
  /** The fitted outlet model (content/outlet-model.json) rating the rules' outlet: its probability, when lower, is the outlet's confidence in the review list; the rules still choose (outlet-model.ts `rateRulesOutlet`). */
  outletRating?: OutletModelData;
  /** Every outlet/agency name ingest knows: sources.yaml, plus the lexicon's own lists. */
  names: NameLookup;
  /** Normalised words that carry no content (headline scoring ignores them). */
  functionWords: Set<string>;
  /** Dates in every format and month series the data names (`dateWords`). */
  dates: DateReader;
  /** Normalised words a hard-wrapped line stops on mid-sentence. */
  lineContinuations: Set<string>;
  /** Normalised openers of a paragraph that continues a story. */
  storyContinuations: string[];
  /** Normalised openers of a sentence inside a story, never of a headline (`clauseOpeners`, cut-ending.ts). */
  clauseOpeners: string[];
  /** Whole-line patterns of a reading-time line (`readingTimes`): interface text, never a name. */
  readingTimes: RegExp[];
  /** Whole-line patterns of an embedded post's furniture (`embedLines`, embed-lines.ts): boilerplate. */
  embedLines: EmbedPattern[];
  /** lexKeys of an author box's heading (`authorBoxHeadings`, foot-furniture.ts). */
  authorBoxHeadings: Set<string>;
  /** lexKeys of a biography's first word (`authorBioOpeners`, foot-furniture.ts). */
  authorBioOpeners: Set<string>;
  /** lexKeys of a login account's role words and the newsroom's own signatures (`accountHandles`, `staffCredits`; account-lines.ts). */
  accountHandles: Set<string>;
  /** Normalised heads of a section's name before an adjective (`sectionHeads`): «أخبار» in «أخبار عالمية». */
  sectionHeads: Set<string>;
  /** Normalised words a section closes on after «و» (`coverageScopes`): «العالم» in «الخليج والعالم». */
  coverageScopes: Set<string>;
  /** Normalised adjectives after a section's head (`sectionAdjectives`): «خاصة» in «تقارير خاصة». */
  sectionAdjectives: Set<string>;
  /** lexKeys of stock-photo agencies (`stockPhotoAgencies`): «getty images» credits a picture, never a publisher. */
  stockPhotoAgencies: Set<string>;
  /** lexKeys of a masthead's staff roles (`staffRoles`): «رئيس التحرير» opens no site's name. */
  staffRoles: string[];
  /** lexKeys of particles a lead may open with (`leadParticles`): «لم» after «NAME- » opens the story. */
  leadParticles: Set<string>;
  /** lexKeys of the words a relative time opens with (`relativeTimeWords`): «منذ 2 شهور» is no name. */
  relativeTimeWords: Set<string>;
  /** Furniture glued to the headline's line (`headlineFurniture`, `exactLines`, `readingTimes`): headline-furniture.ts. */
  headlineFurniture: HeadlineFurnitureWords;
  /** lexKeys of a photo credit's labels (`photoCreditLabels`: «تصوير», «صورة»). */
  photoCreditLabels: Set<string>;
  /** lexKeys of feed tools (`feedTools`): «via IFTTT» names no origin. */
  feedTools: Set<string>;
  /** lexKeys of an article's own number's labels (`articleNumberLabels`): «رمز الخبر : 51234» alone is furniture. */
  articleNumberLabels: Set<string>;
  /** lexKeys of a follow prompt's openers and of its «where» words (`followPrompts`): such a line closes a story. */
  followPrompts: { openers: Set<string>; via: Set<string> };
  /** lexKeys of `interfaceWords`: a call to action's imperatives, a menu label's closing words, verbs of credit before a name. */
  /** A breaking-news bar's label alone on its line (`urgentBarLabels`: «عاجل»; not a live page's «مباشر»). */
  isUrgentBar: (text: string) => boolean;
  /** A ticker's labels over its items on lines of their own (`urgentBarLabels`, `tickerItemLabels`; ticker-items.ts). */
  tickerItemLabels: TickerLabels;
  interfaceWords: { callsToAction: Set<string>; moreWords: Set<string>; creditVerbs: string[]; groupCounts: Set<string>; languageSwitch: Set<string> };
  /** Source keys of the words that name a site's web edition («نت»). */
  siteSuffixes: string[];
  /** Source keys of the words that close a site's name: `siteSuffixes` and `sourceAffixes.after`. */
  siteWords: Set<string>;
  /** Source keys of the words a site prints before its own name («بوابة»): `sourceAffixes.before`. */
  sitePrefixes: string[];
  /** Source keys of the words that open a publishing house's name («مؤسسة», «شركة»). */
  publisherWords: Set<string>;
  /** «تصدر عن», «الصادرة عن»: a masthead's tagline naming its publisher (`publisherLineCues`), lexKey'd. */
  publisherLineCues: string[];
  /** Verbs a wire's lead opens with (`leadVerbs`), normalised. */
  leadVerbs: Set<string>;
  /** Words opening an institution's (longer) name: «مركز», «جامعة» (© lines). */
  institutionWords: Set<string>;
  /** Source keys of research fields («دراسات», «أبحاث»): a «مؤسسة …» name holding one is a research foundation. */
  researchWords: Set<string>;
  /** Keys of a site's section labels («تقارير», «وطنية»): evidence against an outlet candidate. */
  sectionLabels: Set<string>;
  /** Bare common nouns that name no publisher by themselves (`genericPageWords`), keyed once: outlet-candidates.ts. */
  genericPageWords: Set<string>;
  /** «الصفحة الرابعة», «صفحة 7»: a print page's label (`printPageLabels`, `printPageNumbers`), keyed once: credit-lines.ts. */
  printPageLabels: Set<string>;
  printPageNumbers: Set<string>;
  /** «السنة», «المجلد»: a print edition's volume label (`printVolumeLabels`), keyed once: outlet-head-masthead.ts. */
  printVolumeLabels: Set<string>;
  /** Keys of an Arabic service's desk labels (`arabicServiceLabels`: «القسم العربي»): service-names.ts. */
  serviceLabels: Set<string>;
  /** A ticker's label alone above the masthead (`tickerLabels`: «عاجل»): names no one (site-name.ts). */
  isTicker: (text: string) => boolean;
  /** A line opening with a sponsor's or partner's label («بالتعاون مع إذاعة …»): it names the partner, not the site. */
  isSponsorLine: (text: string) => boolean;
  /** Keys of an Arabic edition's labels (`editionLabels`: «النسخة العربية», «بالعربية»): service-names.ts. */
  editionLabels: Set<string>;
  /** Keys of the words opening an edition's part of a masthead (`editionWords`: «طبعة», «نسخة»): outlet-candidates.ts. */
  editionWords: Set<string>;
  /** A channel's owner or network (`ownerLines`), normalised: channel-owners.ts. */
  ownerLines: { stationWords: Set<string>; openers: Set<string>; endings: string[]; roleCues: string[]; roleOpeners: Set<string> };
  /** «برنامج», «زاوية» (`kickerLabels`), normalised: «LABEL: NAME» over a headline is a kicker. */
  kickerLabels: Set<string>;
  /** «فيديو», «مباشر», «عاجل» (`genreTags`), normalised: «TAG | HEADLINE» is a headline with its genre tag. */
  genreTags: Set<string>;
  /** `captionWords`, normalised: a line describing a picture. */
  captionWords: Set<string>;
  /** `captionOpeners`, lexicon keys: a stock picture's label a caption opens with («صورة تعبيرية»). */
  captionOpeners: string[];
  /** Normalised Latin abbreviations spelled in Arabic letters («تي في»): no function words at a name's end. */
  spelledAbbreviations: string[];
  /** Source keys of the words that describe a site after its name («الإخبارية», «اليومية»): `sourceAffixes.after`. */
  siteDescriptors: Set<string>;
  /** The Latin words outlets' names are made of (`transliteration.words` keys: «today», «online»): a Latin brand closed by one is site-shaped. */
  latinSiteWords: Set<string>;
  /** Keys of the labels that open a sponsor's or partner's line («برعاية», «مقدم من»). */
  sponsors: string[];
  /** Keys of the sponsor labels whose partner is the story's outlet («مقدم من»). */
  providers: string[];
  /** Generic words around a source's name («شبكة», «للأنباء», «نيوز»): `identityKey` drops them. */
  sourceAffixes: SourceAffixes;
  /** Keys of the phrases that open a credit line after the story («مع معلومات من»). */
  creditPhrases: string[];
  /** A Latin name and an Arabic one spell the same name («Sham FM» / «شام إف إم»). */
  sameName: (latin: string, arabic: string, whole?: boolean) => boolean;
  /** Normalised words a site's name never holds («في», «على»). */
  nameStopWords: Set<string>;
  /** Normalised words that open a state's name at the head of a letterhead («جمهورية», «مملكة»). */
  letterheadWords: Set<string>;
  /** Normalised words that open an office's name at the head of its page («سفارة», «وزارة»). */
  officeWords: Set<string>;
  /** Keys of the language names printed under a Latin brand («العربية», «عربي»). */
  languageLabels: Set<string>;
}

/** Normalised matching key: normalizeArabic, punctuation/bullets trimmed, spaces collapsed. */
export function lexKey(text: string): string {
  return keyOfCollapsed(collapseSpaces(normalizeArabic(text)));
}

// Per code unit, filled on first use: 1 a space (`\s`), 2 not.
const spaceUnit = new Uint8Array(0x10000);
const isSpace = (c: number) => (spaceUnit[c] ||= /\s/.test(String.fromCharCode(c)) ? 1 : 2) === 1;

/**
 * `text.replace(/\s+/g, ' ')`, but the text itself when it has nothing to collapse (one plain space
 * between words: most lines): the check is one loop, the pattern a replacement per space.
 */
export function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (c === 32 ? i + 1 < text.length && isSpace(text.charCodeAt(i + 1)) : isSpace(c)) return text.replace(/\s+/g, ' ');
  }
  return text;
}

// The punctuation, bullets and spaces a key is trimmed of, at its start and at its end (not the same
// sets: «>» opens a breadcrumb, «<» and «…» close a teaser).
const KEY_LEAD = /^[\s\-–—•·▪►*:.،,|>»«"'“”()[\]]$/;
const KEY_TRAIL = /^[\s\-–—•·▪►*:.،,|<»«"'“”()[\]…]$/;
// Per code unit, filled on first use from the two classes above: 1 trimmed at the start, 2 at the
// end, 4 known. A loop from each end instead of a pattern tried at every position of the line.
const keyTrim = new Uint8Array(0x10000);
function trimUnit(c: number): number {
  if (!keyTrim[c]) {
    const ch = String.fromCharCode(c);
    keyTrim[c] = 4 | (KEY_LEAD.test(ch) ? 1 : 0) | (KEY_TRAIL.test(ch) ? 2 : 0);
  }
  return keyTrim[c];
}

/** lexKey of a text already normalised, its spaces collapsed to one (a caller that needs that text too normalises once). */
export function keyOfCollapsed(collapsed: string): string {
  let start = 0;
  let end = collapsed.length;
  while (start < end && trimUnit(collapsed.charCodeAt(start)) & 1) start++;
  while (end > start && trimUnit(collapsed.charCodeAt(end - 1)) & 2) end--;
  return (start === 0 && end === collapsed.length ? collapsed : collapsed.slice(start, end)).trim();
}

/** Compiles the lexicon; `sources` (content/sources.yaml) teaches it every outlet and agency name. */
function headlineFurnitureWords(data: BoilerplateData): HeadlineFurnitureWords {
  const exact = new Set(data.exactLines.map(lexKey));
  const f = data.headlineFurniture;
  const keys = (xs: readonly string[]) => new Set(xs.map(lexKey));
  return {
    isInterfaceLine: (text) => exact.has(lexKey(text)), readingTimes: data.readingTimes.map(compilePattern), key: lexKey,
    relativeWords: keys(data.relativeTimeWords), pairedAccountWords: keys(f.pairedAccountWords), countWords: keys(f.countWords),
    timeUnits: keys(f.timeUnits), tickerWords: keys(f.tickerWords), meridiems: keys(f.meridiems), clockLabels: keys(f.clockLabels), countLabels: keys(f.countLabels),
    issueLabels: keys(f.issueLabels), badgeWords: keys(f.badgeWords), seriesLabels: keys(f.seriesLabels), seriesOf: keys(f.seriesOf), pagerWords: keys(f.pagerWords), updateMarks: keys(f.updateMarks), sectionLabels: keys(data.sectionLabels),
    sinceComplements: keys(data.sinceComplements ?? []),
    edgeWords: keys([...data.relativeTimeWords, ...Object.values(f).flat(), ...data.exactLines, ...data.readingTimes.map((p) => p.replace(/\{[nt*w]\}/gu, ' '))]
      .flatMap((phrase) => phrase.split(/\s+/).map((word) => word.replace(/[:：،,]+$/u, '')).filter(Boolean))),
  };
}

export function buildLexicon(data: BoilerplateData, sources: readonly Source[] = [], outletRating?: OutletModelData): Lexicon {
  const keyed = (xs: string[]) => new Map(xs.map((x) => [lexKey(x), x] as const));
  return {
    data,
    // An aggregator's «read it at the source» button (`sourceButtons`) alone on its line is interface text too (forty-fifth round, at the merge).
    exact: new Set([...data.exactLines, ...(data.sourceButtons ?? [])].map(lexKey)),
    contains: data.containsPhrases.map(lexKey),
    organLines: data.organLines.map(lexKey),
    rights: compileRights(data.rightsPhrases),
    latinCopyright: {
      confidence: data.frameBoxes?.latinCopyrightConfidence ?? 0.45,
      ...(data.frameBoxes?.latinRightsConfidence !== undefined ? { rightsConfidence: data.frameBoxes.latinRightsConfidence } : {}),
      platforms: new Set((data.frameBoxes?.platformNames ?? []).map(lexKey)),
      isPerson: latinPerson(data),
    },
    markers: data.sectionMarkers.map(lexKey),
    widgets: data.inlineWidgets.map((w) => ({ start: lexKey(w.start), end: lexKey(w.end) })),
    agencies: keyed(data.agencies),
    outlets: keyed(data.outlets),
    // A newsroom desk («مركز الأخبار») opens a dateline where a place would.
    places: new Set([...data.datelinePlaces, ...data.datelineDesks, ...(data.datelineTowns ?? [])].map(lexKey)),
    givenNames: new Set(data.givenNames.map(lexKey)),
    staffCredits: new Set(data.staffCredits.map(lexKey)),
    correspondentWords: new Set(data.correspondentWords.map(lexKey)),
    bylines: new Set(data.bylineLabels.map(lexKey)),
    sponsors: data.sponsorLabels.map(lexKey),
    providers: data.providerLabels.map(lexKey),
    labels: {
      source: new Set(data.sourceLabels.map(lexKey)),
      tag: new Set(data.tagLabels.map(lexKey)),
      published: new Set(data.publishedLabels.map(lexKey)),
      updated: new Set(data.updatedLabels.map(lexKey)),
      byline: new Set(data.bylineLabels.map(lexKey)),
    },
    shareLines: { labels: data.shareLines.labels.map(lexKey), via: new Set(data.shareLines.via.map(lexKey)) },
    dateRoles: { published: new Set(data.dateRoles.published.map(lexKey)), updated: new Set(data.dateRoles.updated.map(lexKey)), other: new Set(data.dateRoles.other.map(lexKey)) },
    sources,
    ...(outletRating ? { outletRating } : {}),
    names: buildNameLookup(sources, data.agencies, data.outlets, { wires: data.genericWires, words: data.creditWords }, data.sourceAffixes.before),
    functionWords: new Set(data.functionWords.map(normalizeArabic)),
    dates: buildDateReader(data.dateWords),
    lineContinuations: new Set(data.lineContinuations.map(normalizeArabic)),
    storyContinuations: data.storyContinuations.map(normalizeArabic),
    clauseOpeners: data.clauseOpeners.map(normalizeArabic),
    readingTimes: data.readingTimes.map(compilePattern),
    embedLines: compileEmbedLines(data.embedLines, data.outletShape?.platforms ?? []),
    authorBoxHeadings: new Set(data.authorBoxHeadings.map(lexKey)),
    authorBioOpeners: new Set(data.authorBioOpeners.map(lexKey)),
    accountHandles: new Set([...data.accountHandles, ...data.staffCredits].map(lexKey)),
    sectionHeads: new Set(data.sectionHeads.map(sourceKey)),
    coverageScopes: new Set(data.coverageScopes.map(sourceKey)),
    sectionAdjectives: new Set((data.sectionAdjectives ?? []).map(sourceKey)),
    stockPhotoAgencies: new Set((data.stockPhotoAgencies ?? []).map(lexKey)),
    staffRoles: data.staffRoles.map(lexKey),
    leadParticles: new Set(data.leadParticles.map(lexKey)),
    relativeTimeWords: new Set(data.relativeTimeWords.map(lexKey)),
    headlineFurniture: headlineFurnitureWords(data),
    photoCreditLabels: new Set((data.photoCreditLabels ?? []).map(lexKey)),
    feedTools: new Set(data.feedTools.map(lexKey)),
    articleNumberLabels: new Set((data.articleNumberLabels ?? []).map(lexKey)),
    followPrompts: { openers: new Set(data.followPrompts.openers.map(lexKey)), via: new Set(data.followPrompts.via.map(lexKey)) },
    isUrgentBar: ((keys: Set<string>) => (text: string) => keys.has(lexKey(text)))(new Set((data.urgentBarLabels ?? []).map(lexKey))),
    tickerItemLabels: { key: lexKey, bars: new Set([...(data.urgentBarLabels ?? []), ...data.tickerItemLabels.barNames].map(lexKey)), lists: new Set(data.tickerItemLabels.listLabels.map(lexKey)) },
    interfaceWords: { callsToAction: new Set(data.interfaceWords.callsToAction.map(lexKey)), moreWords: new Set(data.interfaceWords.moreWords.map(lexKey)), creditVerbs: data.interfaceWords.creditVerbs.map(lexKey), groupCounts: new Set(data.interfaceWords.groupCounts.map(lexKey)), languageSwitch: new Set((data.interfaceWords.languageSwitch ?? []).map(lexKey)) },
    siteSuffixes: data.siteSuffixes.map(sourceKey),
    siteWords: new Set([...data.siteSuffixes, ...data.sourceAffixes.after].map(sourceKey)),
    // One list each (`sourceAffixes`): the words before a site's name, the words that describe it after.
    sitePrefixes: data.sourceAffixes.before.map(sourceKey),
    publisherWords: new Set(data.publisherWords.map(sourceKey)),
    publisherLineCues: data.publisherLineCues.map(lexKey),
    leadVerbs: new Set(data.leadVerbs.map(normalizeArabic)),
    institutionWords: new Set(data.institutionWords.map(sourceKey)),
    researchWords: new Set(data.researchWords.map(sourceKey)),
    sectionLabels: new Set(data.sectionLabels.map(lexKey)),
    genericPageWords: new Set((data.genericPageWords ?? []).map(lexKey)),
    printPageLabels: new Set((data.printPageLabels ?? []).map(lexKey)),
    printPageNumbers: new Set((data.printPageNumbers ?? []).map(lexKey)),
    printVolumeLabels: new Set((data.printVolumeLabels ?? []).map(lexKey)),
    serviceLabels: new Set((data.arabicServiceLabels ?? []).map(lexKey)),
    editionLabels: new Set(data.editionLabels.map(lexKey)),
    editionWords: new Set(data.editionWords.map(lexKey)),
    isTicker: ((keys: Set<string>) => (text: string) => keys.has(lexKey(text)))(new Set(data.tickerLabels.map(lexKey))),
    isSponsorLine: ((labels: string[]) => (text: string) => { const key = lexKey(text); return labels.some((p) => key.startsWith(`${p} `)); })(data.sponsorLabels.map(lexKey)),
    ownerLines: {
      stationWords: new Set(data.ownerLines.stationWords.map(lexKey)),
      openers: new Set(data.ownerLines.openers.map(lexKey)),
      endings: data.ownerLines.endings.map(lexKey),
      roleCues: data.ownerLines.roleCues.map(lexKey),
      roleOpeners: new Set(data.ownerLines.roleOpeners.map(lexKey)),
    },
    kickerLabels: new Set(data.kickerLabels.map(lexKey)),
    genreTags: new Set(data.genreTags.map(lexKey)),
    captionWords: new Set(data.captionWords.map((w) => normalizeArabic(w))),
    captionOpeners: data.captionOpeners.map(lexKey),
    spelledAbbreviations: data.spelledAbbreviations.map(normalizeArabic),
    siteDescriptors: new Set(data.sourceAffixes.after.map(sourceKey)),
    latinSiteWords: new Set(Object.keys(data.transliteration?.words ?? {})),
    sourceAffixes: buildSourceAffixes(data.sourceAffixes, data.nationalityWords),
    sameName: buildSameName(data.transliteration, buildSourceAffixes(data.sourceAffixes)),
    creditPhrases: data.creditPhrases.map(lexKey),
    nameStopWords: new Set(data.nameStopWords.map(normalizeArabic)),
    letterheadWords: new Set(data.letterheadWords.map(normalizeArabic)),
    officeWords: new Set(data.officeWords.map(normalizeArabic)),
    languageLabels: new Set(data.languageLabels.map(lexKey)),
  };
}

/**
 * «© 2027 Samir Louati»: a blogger's © line names a person, not a site. Two Latin words, the first a given name
 * of `latinGivenNames` («Samir», «Karim»), the second no site's word of `transliteration.words` («Karim Times» is
 * a site): a person (thirtieth round). A listed spelling, not a skeleton match: «Lebanon» reads as «لبنى».
 */
function latinPerson(data: BoilerplateData): (name: string) => boolean {
  const given = new Set((data.latinGivenNames ?? []).map((n) => n.toLowerCase()));
  const siteWords = new Set(Object.keys(data.transliteration?.words ?? {}));
  return (name) => {
    const words = name.trim().toLowerCase().split(/\s+/);
    return words.length === 2 && given.has(words[0]) && !siteWords.has(words[1]);
  };
}
