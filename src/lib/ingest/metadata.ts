// The main article's date, outlet and agency, each chosen from every signal on the page with
// a confidence and its evidence (evidence.ts). Signals and their weights:
//   outlet — «المصدر:» naming a known outlet 0.9, the dateline's known outlet 0.85, an unknown
//            name after «المصدر:» 0.82, the site's name at the top 0.8, a © line 0.75, a URL of a
//            known domain 0.75, a «NAME – SECTION» line above the story 0.72, an unknown first
//            line (≤ 4 words) printed again on the page 0.7 (else 0.5, or 0.45 for 3–4 words),
//            an unknown dateline outlet 0.6, a Latin-only brand's domain or the brand printed
//            again (or its domain under it) 0.6, a © line naming the dateline's own wire 0.45;
//            a Latin site name at the top 0.82, an e-mail on a known domain 0.7, a credit line
//            after the story «24 - أبوظبي» 0.65, «موقع 24» after it 0.6, a © line naming an
//            unknown site 0.6, a weak name the lead's own words agree with («لـ"NAME"») 0.62, a mail's
//            sender its own address spells 0.8. A wire named by «المصدر:» stands for the outlet (0.78) only when
//            the page names no site of its own or the wire's dateline opens the lead (else 0.4);
//   agency — a dateline's known agency 0.9, an agency line above the body 0.85 (not the site's
//            brand, not a menu entry), «المصدر:» /
//            «مصادر الخبر:» naming an agency 0.85, a credit line «ع.ش (أ ف ب، رويترز)» 0.7,
//            an unknown credit read by grammar 0.6, generic «وكالات» 0.5 (shown, names no one);
//   date   — published label 0.95, a date line 0.85, a masthead line holding a date among other
//            words 0.7, the date of a dateline 0.7, an updated label alone 0.6.
import { nameLength } from './station-name-length';
import { closedMastheadSignals, dropEchoedHead, frameNamesSite, shortBrandSignals } from './outlet-head-masthead';
import { corroborateByLead, leadOwnNames, ownNameInStory } from './own-name-in-story';
import { claimsOwnRights } from './rights-holder';
import { abstainedEvidence, OUTLET_ABSTAIN } from './abstain';
import { closerNameLastResort } from './closer-name';
import { latinAgreedName } from './latin-agreement';
import { frameBoxSignals, latinCopyrightSignals } from './frame-names';
import { nameWithDomain } from './name-and-domain';
import { findOriginLines, originSignals } from './origin-lines';
import { ownCreditLines } from './self-credit';
import type { ClassifiedLine } from './classify';
import { presentedByLead } from './presents-following';
import { translatedByLead } from './translated-by';
import { nameUnderLink, toolFrameName } from './tool-frame';
import { brandLines, creditLineAbove, creditLinesAfter, creditNames, creditSignals, inMenuRun, latinBrand, nameUnderHeadline, pickSignal, siteSignals, type Signal } from './credits';
import { colonNameUnderLatinMasthead } from './credit-lines';
import { labelShaped, labelWords } from './story-label';
import { closingOutletCredit } from './closing-credit';
import { creditBarName } from './credit-bars';
import { selfNamingSignals } from './self-naming';
import { staffBoxSignals, taglineSignals } from './tagline-names';
import type { NameLookup } from './names';
import { parseDateline, type Dateline } from './dateline';
import { datelineSignals, onlySignedAsWire, printedElsewhere } from './dateline-signals';
import { roundConfidence, type FieldEvidence } from './evidence';
import { type Lexicon } from './boilerplate';
import { sourceKey } from '../data/keys';
import { normalizeArabic } from '../arabic/normalize';
import { sameSiteAsDateline } from './dateline-stub';
import { skipLinkSite } from './skip-links';
import { wrapperSignals, type CopyWrapper } from './copy-wrapper';
import { arabicSpelling, partnerSignals, sloganName } from './page-furniture';
import { weighOutletCandidates } from './outlet-candidates';
import { decideOutlet } from './outlet-model';
import { agreeOnOutlet } from './outlet-agreement';
import { weighWireOwnSite } from './wire-own-site';
import { dropSectionOrigins, outletShapeSignals } from './outlet-shape';
import { publicationUnderHost, weighPublication } from './publication-names';
import { footerNameSignals, mailSenderSignals } from './outlet-mail-footer';
import { cutGluedFurniture, frameEvidenceSignals } from './outlet-frame-evidence';
import { ownPhotoCredits } from './photo-credit';
import { bylineCredit } from './credit-tails';
import { fullerSiteName, mastheadOverMenu, nameInBothScripts, withoutLink } from './masthead';
import { chooseDate } from './date-choice';
import { demoteWireAsOutlet } from './wire-source-only';
import { AGENCY_TEXT, AGENCY_WORD, creditedName, storyCreditSignals, unknownCredit } from './metadata-credits';
import { siteAtTop } from './site-at-top';
import { hashtagStation, latinShortStation } from './radio-names';
import { officeLetterhead } from './letterhead';
import { editionLineSignals, providerLineSignals, serviceLineSignals } from './service-names';
import { channelOwners, weighChannelOwners } from './channel-owners';
import { breadcrumbSiteName, LINK_DOMAIN_ONLY, linkDisowns, linkedName, ownLink, ownLinkSignals, propertySiteName, titleBarSignals } from './own-site';
import { siteShapedName } from './prose-credit';

export interface MetaInput {
  lines: ClassifiedLine[];
  /** First line of the main body. */
  start: number;
  /** Date/agency/dateline lines inside the body and dates after it that belong to the main article. */
  meta: ClassifiedLine[];
  /** «المصدر:» values of the main article, with their lines. */
  labelled: { value: string; index: number }[];
  /** The dateline cut off the lead, with the lead's line. */
  leadDateline?: { dateline: Dateline; index: number };
  /** The page's lines as printed, a copy tool's peeled ones too (their times and links are date anchors). */
  printed?: readonly string[];
  /** The chosen headline's line (never the site's name). */
  titleIndex?: number;
  /** The headline when it is only part of its line (a title bar less the site's name). */
  titleText?: string;
  /** Index of the first line after the main story (its closing credits may follow). */
  bodyEnd?: number;
  /** The main story's last paragraph (it may close with the wire's tag «… (أ ش أ)»). */
  lastParagraph?: string;
  /** The names lex knows plus the page's own name (page-names.ts `pageNameLookup`). */
  pageNames?: NameLookup;
  /** The office's letterhead at the top (letterhead.ts), found once by extract.ts; null: none. Left out, it is looked for here. */
  letterhead?: ClassifiedLine | null;
  /** The copying tool the page came through (copy-wrapper.ts), and what it said about the page. */
  copied?: CopyWrapper;
  /** A logo's alt text among the first lines (page-furniture.ts `logoAltNames`): line → the name. */
  logos?: ReadonlyMap<number, string>;
  lex: Lexicon;
}

export interface MetaChoice {
  date?: string;
  source?: string;
  agency?: string;
  place?: string;
  evidence: FieldEvidence[];
}

function evidenceOf(field: FieldEvidence['field'], pick: ReturnType<typeof pickSignal>, value: string | undefined): FieldEvidence {
  if (!pick.chosen) return { field, value: null, confidence: 0.8, rule: 'no signal on the page' };
  return {
    field,
    value: value ?? pick.chosen.value,
    confidence: roundConfidence(pick.confidence),
    rule: pick.chosen.agreedBy ? `${pick.chosen.rule}; agreed by ${pick.chosen.agreedBy}` : pick.chosen.rule,
    ...(pick.chosen.line ? { line: pick.chosen.line } : {}),
    ...(pick.runnerUp ? { runnerUp: { value: pick.runnerUp.value, rule: pick.runnerUp.rule, ...(pick.runnerUp.line ? { line: pick.runnerUp.line } : {}) } } : {}),
  };
}

/** The fullest Arabic printed form among the signals that agree with the chosen one («الجزيرة نت» over «الجزيرة»). */
function shownName(chosen: Signal | undefined, all: Signal[]): string | undefined {
  if (!chosen) return undefined;
  if (!chosen.id) return chosen.value;
  // Arabic as the page writes it first (the frontmatter shows Arabic), then the longest.
  const rank = (v: string) => (/[\u0600-\u06FF]/.test(v) ? 1000 : 0) + v.length;
  return all.filter((s) => s.field === chosen.field && s.id === chosen.id && !/^https?:/.test(s.value))
    .reduce((best, s) => (rank(s.value) > rank(best) ? s.value : best), chosen.value);
}


export function chooseMetadata(input: MetaInput): MetaChoice {
  const { lines, start, meta, labelled, leadDateline, lex } = input;
  const colonName = colonNameUnderLatinMasthead(lines, leadDateline?.dateline, leadDateline?.index, lex.sameName);
  const header = lines.slice(0, start);
  const signals: Signal[] = [];
  let generic: string | undefined;
  const brands = brandLines(lines);
  const pageNames = input.pageNames ?? lex.names;
  // The brand's spelling of an agency («وكالة الأناضول») still names it when a credit agrees.
  const spellings: Signal[] = [];

  const firstShown = lines.find((l) => l.kind !== 'blank')?.index;
  // Agency and outlet named by the lines above the body and the body's own meta lines.
  for (const l of [...header, ...meta]) {
    if (l.index === input.titleIndex) continue;
    if (l.kind === 'dateline') {
      // A dateline on its own line, read again with the page's own names («ستيب الإخبارية - خاص»
      // under «وكالة ستيب الإخبارية»: the page's agency, not a place).
      if (l.dateline) {
        const before = signals.length;
        datelineSignals(parseDateline(l.text, lex, pageNames) ?? l.dateline, l.index + 1, signals);
        // «بوجدور 24 | أخبار الصحراء والعالم» on the page's first line: a title bar's name and tagline, not a dateline's
        // place and outlet — a label-shaped «outlet» there is the tagline (a text browser's title, thirtieth round).
        if (l.index === firstShown) for (let i = signals.length - 1; i >= before; i--) if (signals[i].field === 'outlet' && !signals[i].id && labelShaped(signals[i].value, labelWords(lex))) signals.splice(i, 1);
      } else {
        const found = l.value ? lex.names(l.value) : undefined;
        if (l.value && found?.kind !== 'generic') signals.push({ field: 'agency', value: l.value, ...(found?.id ? { id: found.id } : {}), confidence: 0.9, rule: 'dateline', line: l.index + 1 });
        if (l.outlet) {
          const o = lex.names(l.outlet);
          // «دبي - الحدث.نت» on a page headed «الحدث»: the page's own name, as the masthead prints it.
          const value = o ? l.outlet : pageNames(l.outlet)?.name ?? l.outlet;
          signals.push({ field: 'outlet', value, ...(o?.id ? { id: o.id } : {}), confidence: o ? 0.85 : 0.6, rule: 'dateline', line: l.index + 1 });
        }
      }
      if (l.value && lex.names(l.value)?.wires) generic ??= l.value;
      if (l.dateline?.generic?.wires) generic ??= l.dateline.generic.name;
    } else if (l.kind === 'agency' && l.value) {
      // An agency's name as the site's brand names the outlet (siteSignals), not the story's
      // wire; a menu entry that happens to be an abbreviation («وطنية») names no one.
      const found = lex.names(l.value);
      if (brands.has(l.index) && found?.id) spellings.push({ field: 'agency', value: l.value, id: found.id, confidence: 0, rule: 'brand' });
      if (brands.has(l.index) || inMenuRun(lines, l.index, lex.names)) continue;
      if (found?.kind === 'generic') { if (found.wires) generic ??= l.value; }
      else signals.push({ field: 'agency', value: l.value, ...(found?.id ? { id: found.id } : {}), confidence: 0.85, rule: 'agency line', line: l.index + 1 });
    } else if (l.kind === 'source' && l.index < start && l.value) {
      // «المصدر: NAME - https://…»: a clip's source line with the page's link after the name — the name is the value (forty-fifth
      // round, at the merge; aside45 u4549, spent); a link alone stays the page's own link's business (below).
      const value = l.value.replace(/\s+[-–—|·]\s+(?:https?:\/\/|www\.)\S+\s*$/u, '').trim() || l.value;
      const known = creditSignals(value, lex.names, '«المصدر:» above the story', l.index + 1, 0.85);
      // «المصدر: رؤيا» under an aggregator's headline names the origin whether or not the data
      // knows it, as the same line after the story does (twenty-third round).
      // A link or a domain as the value («source:: https://…», a reader view's host) is the page's own
      // link's business; an institution or an office («المصدر: المرصد العربي لحقوق الإنسان» over its
      // report) is the statement's author, not the site it was copied from.
      const link = /https?:|www\.|^[\w.-]+\.[a-z]{2,}(?:\/\S*)?$/i.test(value);
      const first = normalizeArabic(value.split(/\s+/)[0] ?? '');
      const author = lex.officeWords.has(first) || lex.institutionWords.has(sourceKey(first.replace(/^ال(?=\p{L}{2})/u, '')));
      signals.push(...(known.length || link || author ? known : unknownCredit(creditedName(withoutLink(value), lex), l.index + 1, 0.8, '«المصدر:» above the story', lex)));
    }
  }
  if (leadDateline) {
    // «الكويت (NAME تايمز) -»: a bracketed name closed by a site's word is the site's own, printed elsewhere or not (prose-credit.ts).
    datelineSignals(leadDateline.dateline, leadDateline.index + 1, signals, (name) => (siteShapedName(name, lex) || printedElsewhere(name, lines, leadDateline.index))
      && !onlySignedAsWire(name, lines, leadDateline.index, lex.data.wireSignOffWords ?? []));
    if (colonName) signals.push(colonName);
    if (leadDateline.dateline.generic?.wires) generic ??= leadDateline.dateline.generic.name;
  }
  signals.push(...storyCreditSignals(input, brands, pageNames));
  signals.push(...siteSignals(lines.filter((l) => l.index !== input.titleIndex), lex.names, lex.sources, lex.rights, lex.publisherWords, lex.sectionLabels, lex.institutionWords, lex.researchWords, (name) => nameLength(name, lex)));
  signals.push(...outletShapeSignals(lines, start, input.bodyEnd, input.titleIndex, lex), ...frameBoxSignals(lines, lex, input.titleIndex), ...taglineSignals(lines, lex, input.titleIndex), ...staffBoxSignals(lines, lex, input.titleIndex), ...latinCopyrightSignals(lines, lex.latinCopyright, lex.rights));
  // «© 2025 وكالة فرانس برس» under a «(أ ف ب)» dateline is the wire's copyright, not the site's.
  const wires = new Set(signals.filter((s) => s.field === 'agency' && s.rule === 'dateline' && s.id).map((s) => s.id));
  for (const s of signals) if (s.rule === '© line' && s.id && wires.has(s.id)) { s.confidence = 0.45; s.rule = '© line of the dateline\'s wire'; }
  signals.push(...closedMastheadSignals(lines, start, input.titleIndex, lex, input.printed), ...shortBrandSignals(lines, start, signals, lex), ...creditLineAbove(lines, start, input.titleIndex, lex), ...nameUnderHeadline(lines, start, input.titleIndex, lex), ...nameUnderLink(lines, input.titleIndex, lex), ...ownCreditLines(lines, start, lex));
  signals.push(...latinBrand(lines, input.titleIndex, lex.sources, lex.sameName, lex.siteDescriptors, lex.latinSiteWords, lex), ...toolFrameName(lines, input.titleIndex, input.bodyEnd, lex));
  signals.push(...latinShortStation(lines, input.titleIndex, lex)); // «Radio NAME FM» / «NAME … أف أم – …» (radio-names.ts)
  const site = siteAtTop(lines, start, input.titleIndex, lex, signals);
  // «حماك||REPORTER», «وكالات: NAME» right over the lead: the site's own credit line (credit-bars.ts).
  const barCredit = creditBarName(lines, start, lex);
  if (barCredit) signals.push({ field: 'outlet', value: barCredit.value, confidence: 0.6, rule: barCredit.rule, line: barCredit.line });
  const long = site ? undefined : mastheadOverMenu(lines, start, input.titleIndex, lex);
  if (long && !lex.names(long.text)) signals.push({ field: 'outlet', value: long.text.trim(), confidence: 0.5, rule: 'a long name over the site\'s menu (an institution\'s masthead)', line: long.index + 1 });
  // «سفارة دولة قطر لدى الاتحاد الروسي» over «خبر صحفي» and the headline: an office's letterhead (nineteenth round).
  const office = input.letterhead !== undefined ? input.letterhead ?? undefined : officeLetterhead(lines, lex);
  if (office && office.index !== input.titleIndex && !lex.names(office.text)) signals.push({ field: 'outlet', value: office.text.trim(), confidence: 0.7, rule: 'an office\'s letterhead at the top («سفارة …», «وزارة …»)', line: office.index + 1 });

  const after = creditLinesAfter(lines, input.bodyEnd, lex);
  // «صحيفة التغيير» as the first line after an aggregator's story (no «المصدر:»): the origin it
  // copied, stronger than its own masthead — unless it is the page's own name.
  const firstAfter = input.bodyEnd === undefined ? undefined : lines.slice(input.bodyEnd).find((l) => l.kind !== 'blank');
  const datelineSite = leadDateline?.dateline.outlet?.name;
  for (const s of after) {
    // «موقع المنبر» under a story whose dateline printed «المنبر 24»: the site's own name again, in its fuller form.
    if (s.rule.startsWith('site name after the story') && sameSiteAsDateline(s.value, datelineSite, lex.data.sourceAffixes.before)) {
      s.value = datelineSite!;
      s.rule = 'site name after the story, as the dateline prints it';
    } else if (s.rule.startsWith('site name after the story') && s.line === (firstAfter?.index ?? -2) + 1 && !s.id && !pageNames(s.value)?.own) {
      s.confidence = 0.86;
      s.rule = 'origin named right after the story';
    }
  }
  signals.push(...after, ...closingOutletCredit(lines, input.bodyEnd, lex), ...selfNamingSignals(lines, lex));
  signals.push(...partnerSignals(lines, lex), ...wrapperSignals(input.copied, lines, lex), ...nameWithDomain(lines, lex.sources), ...mailSenderSignals(input.printed ?? lines.map((l) => l.text), lex), ...footerNameSignals(lines, input.bodyEnd, lex));
  // The page's own link and its title bar name the site whatever tool or template shows them;
  // a Latin brand the link does not spell is the copying tool's («Kindle» over «najah.edu»).
  const link = ownLink(lines, start, input.bodyEnd);
  signals.push(...ownLinkSignals(link, lines, input.titleIndex, lex), ...titleBarSignals(lines, input.titleIndex, lex, input.titleText), ...breadcrumbSiteName(lines, lex));
  signals.push(...linkedName(lines, start, input.bodyEnd, input.titleIndex, lex), ...propertySiteName(lines, start, input.bodyEnd, lex));
  const bilingual = nameInBothScripts(lines, start, input.titleIndex, lex);
  if (bilingual) signals.push(bilingual);
  for (const s of signals) {
    if (s.field === 'outlet' && s.rule.startsWith('Latin brand at the top') && linkDisowns(s.value, link)) { s.confidence = 0.3; s.rule += ', but the page\'s own link names another site'; }
  }
  const origins = findOriginLines(lines, lex);
  // «نقلا عن الوكالة الموريتانية للأنباء»: an origin that is a wire is the agency's text, as «المصدر:» naming one is.
  for (const s of originSignals(origins, lex)) {
    const wire = s.id ? lex.names(s.value)?.kind === 'agency' : AGENCY_WORD.test(s.value);
    signals.push(wire ? { ...s, confidence: 0.78, rule: AGENCY_TEXT } : s);
  }
  dropSectionOrigins(signals, lines, start, lex); // «اقرأ المزيد من أخبار كندا»: a section (outlet-shape.ts)
  // A station's name over its Arabic desk; an aggregator's provider line agreeing with its origin line (twentieth round, part B).
  signals.push(...serviceLineSignals(lines, lex, input.titleIndex), ...editionLineSignals(lines, lex, input.titleIndex), ...providerLineSignals(lines, origins, start, input.titleIndex, lex));
  // «شعار بلدية طرابلس المركز»: the logo's alt text names the site whose masthead it is (eighteenth round).
  for (const [index, name] of input.logos ?? []) {
    const known = lex.names(name);
    if (index !== input.titleIndex && known?.kind !== 'generic') signals.push({ field: 'outlet', value: known?.name ?? name, ...(known?.id ? { id: known.id } : {}), confidence: 0.7, rule: 'the masthead logo\'s alt text («شعار NAME»)', line: index + 1 });
  }
  const slogan = sloganName(lines, lex);
  if (slogan) signals.push({ field: 'outlet', value: slogan.name, confidence: 0.7, rule: 'slogan naming the site («NAME: صحيفة …»)', line: slogan.index + 1 });
  // Evidence against a candidate, whichever position proposed it: a reporter, the newsroom, a
  // date, a channel label is no publisher; a correspondent's credit names the outlet he files for.
  dropEchoedHead(signals); // a head masthead another reader took already (outlet-head-masthead.ts)
  cutGluedFurniture(signals, lex); // «NAME — الموقع الرسمي» (outlet-frame-evidence.ts)
  signals.splice(0, signals.length, ...weighOutletCandidates(signals, lex));
  signals.push(...frameEvidenceSignals({ lines, start, bodyEnd: input.bodyEnd, titleIndex: input.titleIndex }, signals, lex)); // where no candidate stands (outlet-frame-evidence.ts)
  // An institution's name over its publication's masthead: the publication prints the page (publication-names.ts).
  weighPublication(signals, publicationUnderHost(lines, start, input.titleIndex, lex), lex);
  // A channel's owner or network is not its outlet; the channel by its owner's line is (twenty-first round, part O).
  weighChannelOwners(signals, channelOwners(lines, start, input.titleIndex, lex), lex);
  const leadNames = leadOwnNames(lines, start, input.bodyEnd, lex);
  corroborateByLead(signals, leadNames);
  signals.push(...ownPhotoCredits(lines, leadNames, lex));
  // Where nothing names a site: a weak frame name its Latin form agrees with (latin-agreement.ts, thirty-sixth round, at the merge).
  // A skip link at the top naming the site's pages («تخطي إلى المزيد من صفحات DW»): the site's own frame (skip-links.ts).
  if (!signals.some((s) => s.field === 'outlet' && s.confidence >= OUTLET_ABSTAIN)) signals.push(...skipLinkSite(lines, lex));
  if (!signals.some((s) => s.field === 'outlet')) signals.push(...latinAgreedName(lines, lex));
  // Where nothing names a site: the lead presenting what follows under the site's name (presents-following.ts, thirty-eighth round).
  if (!signals.some((s) => s.field === 'outlet')) signals.push(...presentedByLead(lines, start, input.bodyEnd, lex));
  if (!signals.some((s) => s.field === 'outlet')) signals.push(...translatedByLead(lines, start, input.bodyEnd, lex));
  // Where no site is named: the site's own hashtag agreed by the lead's «لـNAME» or a Latin hashtag (radio-names.ts, thirty-ninth round).
  if (!signals.some((s) => s.field === 'outlet' && s.confidence >= OUTLET_ABSTAIN)) signals.push(...hashtagStation(lines, start, input.bodyEnd, lex));
  // The last resort: a name closed by a site's word, printed framed (closer-name.ts, thirty-seventh round).
  if (!signals.some((s) => s.field === 'outlet')) signals.push(...closerNameLastResort(lines, input.titleIndex, lex));
  // A name independent places of the page print agrees with itself and gains (outlet-agreement.ts, thirty-first round).
  agreeOnOutlet(signals, { lines, start, bodyEnd: input.bodyEnd, titleIndex: input.titleIndex, leadNames }, lex);
  weighWireOwnSite(signals, lex); // the dateline's wire named by the frame's follow line: the agency's own site (wire-own-site.ts)
  // The bare domain of the page's own link speaks only when nothing else names a site.
  const domainOnly = signals.findIndex((s) => s.rule === LINK_DOMAIN_ONLY);
  if (domainOnly >= 0 && signals.some((s) => s.field === 'outlet' && s.rule !== LINK_DOMAIN_ONLY && s.confidence >= OUTLET_ABSTAIN)) signals.splice(domainOnly, 1);
  // A wire named as the source («المصدر: سبوتنيك») stands for the outlet on an aggregator's
  // copy; on a page whose own site signs the story — its name in the byline («كتب: القاهرة 24»)
  // or its dateline («إسطنبول/ يني شفق») — the site is the outlet and the wire the agency.
  const signed = [...header, ...meta].some((l) => {
    const by = l.kind !== 'body' && l.words <= 10 ? bylineCredit(l, lex) : undefined;
    return !!by && creditNames(by).some((n) => pageNames(n)?.kind === 'outlet');
  });
  // A page that only prints its own name (masthead, © line, domain) is the outlet too — unless
  // the wire also signs the lead (its dateline): then the text is the wire's, copied.
  const named = signals.some((s) => s.field === 'outlet' && s.confidence >= 0.45 && s.rule !== AGENCY_TEXT && !s.rule.startsWith('«المصدر:»'));
  const wireSigns = signals.some((w) => w.field === 'agency' && w.rule === 'dateline' && w.id && signals.some((s) => s.rule === AGENCY_TEXT && s.id === w.id));
  // …unless the page claims the rights to its pages: a © line naming the site (rights-holder.ts).
  const ownSite = signed || (named && (!wireSigns || claimsOwnRights(signals, labelled) || frameNamesSite(signals, AGENCY_TEXT, labelled))); // …or its frame names it (outlet-head-masthead.ts)
  if (ownSite) for (const s of signals) if (s.rule === AGENCY_TEXT) { s.confidence = 0.4; s.rule = `${AGENCY_TEXT}, but the page names its own site`; }
  // A page naming no site of its own copies the wire's text but is not the wire's site: the wire is the agency only
  // (fixtures README, the fortieth round's convention; wire-source-only.ts).
  if (!ownSite && !named) demoteWireAsOutlet(signals, AGENCY_TEXT);

  // The site's name inside its own story speaks only where nothing else names a site (own-name-in-story.ts).
  if (!signals.some((s) => s.field === 'outlet' && s.confidence >= OUTLET_ABSTAIN)) signals.push(...ownNameInStory(lines, start, input.bodyEnd, lex));
  const outletPick = pickSignal('outlet', signals);
  const agencyPick = pickSignal('agency', signals);
  const shown = shownName(outletPick.chosen, signals);
  const fuller = fullerSiteName(lines, start, outletPick.chosen, shown, lex);
  // A name sources.yaml knows is shown as it lists it; an unknown Latin one as the page spells it in Arabic.
  // A wrong outlet is worse than none: under OUTLET_ABSTAIN the page's outlet is left empty and
  // the best guess goes to the review list as the runner-up.
  // A masthead that extends the chosen short name («الوطن» → «الوطن أونلاين») corroborates it.
  const corroborated = fuller !== undefined && fuller !== shown;
  const abstained = !!outletPick.chosen && outletPick.confidence < OUTLET_ABSTAIN && !corroborated;
  const spell = (s: Signal, full: string | undefined) => (s.id ? full : arabicSpelling(full, lines, lex, leadNames));
  const spelt = (s: Signal) => spell(s, fullerSiteName(lines, start, s, shownName(s, signals), lex));
  // The rules' pick is spelt from `fuller`, found above: not looked up a second time.
  const rulesSource = abstained || !outletPick.chosen ? undefined : spell(outletPick.chosen, fuller);
  // The fitted chooser (outlet-model.ts), when a model is loaded, picks among the same candidates.
  const decided = decideOutlet(signals, { lines, start, bodyEnd: input.bodyEnd, titleIndex: input.titleIndex }, { chosen: outletPick.chosen, abstained, source: rulesSource }, lex, spelt);
  const source = decided.source;
  let agency = shownName(agencyPick.chosen, [...signals, ...spellings]);
  const ruled = decided.evidence ?? (abstained ? abstainedEvidence(outletPick) : undefined) ?? evidenceOf('outlet', outletPick, source);
  // The fitted model rates the rules' outlet (twenty-seventh round): the lower of its probability and the rules' own
  // confidence is the review list's — it only adds doubts (on real pages alone it hid most wrong outlets). The value stays the rules'.
  const rated = decided.rating ? { ...ruled, confidence: Math.min(ruled.confidence, decided.rating.confidence), rule: `${ruled.rule}; ${decided.rating.why}`, ...(ruled.runnerUp ?? decided.rating.alternative ? { runnerUp: ruled.runnerUp ?? decided.rating.alternative } : {}) } : ruled;
  const evidence = [rated, evidenceOf('agency', agencyPick, agency)];
  if (!agency && generic) {
    agency = generic;
    evidence[1] = { field: 'agency', value: generic, confidence: 0.5, rule: 'generic wires («وكالات») — names no agency' };
  }
  const dateChoice = chooseDate(header, meta, lex, leadDateline, input.titleIndex, origins, lines[start]?.kind === 'body' ? lines[start] : undefined, { lines, start, printed: input.printed });
  return {
    date: dateChoice.value ?? undefined,
    source,
    agency,
    place: colonName ? undefined : leadDateline?.dateline.place || [...header, ...meta].find((l) => l.dateline?.place)?.dateline?.place,
    evidence: [dateChoice, ...evidence],
  };
}
