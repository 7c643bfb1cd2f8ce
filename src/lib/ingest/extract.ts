// Raw page → articles. Reads the classified lines (classify.ts) as a sequence:
//   header zone (menus, site name, title, date/agency lines) →
//   main body (first substantial run of prose: main-body.ts) → closing meta (source, tags) →
//   related zone (markers, headline lists, embedded full articles: headline + ≥2 sentences).
import { framedHeadlines, markFramedLines } from './headline-frame';
import { deckOverRepeat } from './deck';
import type { ExtractedArticle } from '../types';
import { uniqueBy } from '../unique';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { unwrapLines } from './unwrap';
import { classifyLines, type ClassifiedLine } from './classify';
import { withoutFeedFooter } from './origin-lines';
import { embeddedSlug, slugFromFileName } from './slug';
import { cleanLine, limitTitle, splitLongParagraph, titleFromLead } from './text';
import { parseDateline, type Dateline } from './dateline';
import { stubDatelineOf } from './dateline-stub';
import type { NameLookup } from './names';
import type { ArticleEvidence, FieldEvidence } from './evidence';
import { roundConfidence } from './evidence';
import { bareCopyHeadline, columnHeadline } from './layout-headline';
import { chooseHeadline, type HeadlineChoice, type HeadlineContext } from './headline';
import { headlineBelowStart, periodHeadlineAtStart } from './headline-candidates';
import { chooseMetadata } from './metadata';
import { logoAltNames, markLanguageLabels, mastheadForm, withoutFeedLabels, withoutLogoWords } from './page-furniture';
import { publicationUnderHost } from './publication-names';
import { officeLetterhead } from './letterhead';
import { withoutPageCounter } from './page-counter';
import { peelCopyWrapper } from './copy-wrapper';
import { withoutCopyHeaderLabels } from './copy-header';
import { holdsRights } from './site-name';
import { withoutMarkdownMarkers, withoutOutlinerBullets } from './markdown-copy';
import { RelatedZone } from './related-zone';
import { findMainStart, isUnstoppedParagraph, readMainBody, storyStart } from './main-body';
import { pageNameLookup } from './page-names';
import { isOwnerRoleLine } from './channel-owners';
import { isUnstoppedLead } from './unstopped-lead';
import { sectionLabelReader } from './story-label';
import { isTickerRun } from './ticker-segment';
import { markAuthorBoxes } from './foot-furniture';
import { markSubjectLines } from './subject-line';
import { leadSubheading } from './lead-subheading';

export { findMainStart } from './main-body';
export { pageNameLookup } from './page-names';

/** Removes inline widgets glued to text (e.g. «أخبار ذات صلة … تابع التغطية كاملةذكرت …»). */
export function removeInlineWidgets(line: string, lex: Lexicon): string {
  for (const [n, w] of lex.data.inlineWidgets.entries()) {
    const start = line.indexOf(w.start);
    const startAlt = start >= 0 ? start : lexKey(line.slice(0, w.start.length + 4)).startsWith(lex.widgets[n].start) ? 0 : -1;
    if (startAlt < 0) continue;
    const end = line.indexOf(w.end, startAlt);
    if (end >= 0 && startAlt <= 2) return (line.slice(0, startAlt) + line.slice(end + w.end.length)).trim();
  }
  return line;
}

function pickSource(labelled: string[], lex: Lexicon, dateline?: string): string | undefined {
  const known = [...(dateline ? [dateline] : []), ...labelled].filter((s) => lex.outlets.has(lexKey(s)));
  return known[known.length - 1] ?? labelled[labelled.length - 1] ?? dateline;
}

function finishParagraphs(paragraphs: string[], title: string): string[] {
  const titleKey = lexKey(title);
  // Only a paragraph about as long as the title can repeat it (saves normalising every paragraph).
  const repeatsTitle = (p: string) => p.length <= title.length * 2 + 10 && lexKey(p) === titleKey;
  return paragraphs.filter((p) => !repeatsTitle(p)).flatMap((p) => splitLongParagraph(p));
}

const labelWordsOf = new WeakMap<Lexicon, Set<string>>();

/**
 * The labels a headline never opens with («شارك:», «كتب -», «المصدر:», «مصادر الخبر:»), once per
 * lexicon. A label of several words is kept whole: a headline may open with its first word
 * («مصادر: روسيا تسعى …», «تم الاتفاق …»).
 */
function labelWords(lex: Lexicon): Set<string> {
  const known = labelWordsOf.get(lex);
  if (known) return known;
  const d = lex.data;
  const words = new Set([...d.bylineLabels, ...d.sourceLabels, ...d.tagLabels, ...d.publishedLabels, ...d.updatedLabels].map((w) => lexKey(w))
    .concat([...lex.exact].filter((k) => !k.includes(' '))));
  labelWordsOf.set(lex, words);
  return words;
}

/** The first body lines from `start` (the lead the headline is compared with). */
function leadLines(lines: ClassifiedLine[], start: number, n: number, lex: Lexicon): ClassifiedLine[] {
  // A loop that stops at the n-th: no copy of the page's lines.
  const out: ClassifiedLine[] = [];
  for (let i = start; i < lines.length && out.length < n; i++) {
    if ((lines[i].kind === 'body' && !lines[i].bullet) || (out.length && isUnstoppedParagraph(lines, i, lex))) out.push(lines[i]);
  }
  return out;
}

function titleEvidence(choice: HeadlineChoice, title: string): FieldEvidence {
  const runnerUp = choice.runnerUp && choice.runnerUp !== choice.chosen
    ? { runnerUp: { value: choice.runnerUp.line.text, rule: choice.runnerUp.why.join('; '), line: choice.runnerUp.line.index + 1 } } : {};
  if (!choice.chosen) return { field: 'title', value: title, confidence: roundConfidence(choice.confidence ?? 0.4), rule: choice.why ? `made from the lead; ${choice.why}` : 'made from the lead', ...runnerUp };
  const margin = choice.runnerUp ? choice.chosen.score - choice.runnerUp.score : 1;
  // A fitted ranker's probability is the confidence (headline-model.ts); else the rules' score and margin.
  const confidence = choice.confidence ?? Math.min(0.99, 0.45 + choice.chosen.score / 2) - (margin < 0.15 ? 0.2 : 0);
  return { field: 'title', value: title, confidence: roundConfidence(confidence), rule: choice.chosen.why.join('; '), line: choice.chosen.line.index + 1, ...runnerUp };
}


/** The articles of one page, and how each main-article field was found. */
export interface Extraction {
  articles: ExtractedArticle[];
  /** Evidence for the main article (first) and each embedded one. */
  evidence: ArticleEvidence[];
}

/**
 * Extracts the main article and any embedded full articles from one raw page.
 * Returns [] when the page holds no article (only boilerplate/menus).
 */
export function extractArticles(rawText: string, fileName: string, lex: Lexicon): ExtractedArticle[] {
  return extractWithEvidence(rawText, fileName, lex).articles;
}

// Several headlines on one line, set apart by runs of spaces or tabs (a news ticker copied whole).
const TICKER = /\S(?: {3,}|\t+)\S.*\S(?: {3,}|\t+)\S/;

/** Ticker lines («… أمميا    ارتفاع أسعار …    الهلال …») are menus: never a headline, never prose. */
function markTickers(lines: ClassifiedLine[], raw: string[]): ClassifiedLine[] {
  const tickers = new Set(raw.filter((l) => l.length > 40 && (l.includes('   ') || l.includes('\t')) && TICKER.test(l)).map(cleanLine));
  // «عاجل | … | … | HEADLINE»: a bar's items run into the headline — a headline's line, never prose (ticker-segment.ts).
  const barred = (l: ClassifiedLine) => l.kind === 'body' && isTickerRun(l.text);
  if (!tickers.size && !lines.some(barred)) return lines;
  return lines.map((l) => (tickers.has(l.text) ? { ...l, kind: 'menu' } : barred(l) ? { ...l, kind: 'heading' } : l));
}

/** A dateline at the start of the lead («موسكو في 4 أبريل /أ ش أ/ قال …»), if any. */
function leadDateline(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const d = parseDateline(text, lex, lookup);
  return d && d.end < text.length ? d : undefined;
}

/**
 * The lead's dateline printed on a line of its own right over the lead (blank lines between only;
 * dateline-stub.ts). Read as the lead's opening, by the same grammar: a dateline that takes exactly the
 * stub is the lead's, its `end` 0 (the lead keeps all its words). An unknown name there is read by
 * grammar only (0.45 without a place), as on the lead's own line.
 */
function stubDateline(lines: readonly ClassifiedLine[], lead: ClassifiedLine, lex: Lexicon): Dateline | undefined {
  let i = lead.index - 1;
  while (i >= 0 && lines[i].kind === 'blank') i--;
  const stub = lines[i]?.text.trim();
  if (!stub) return undefined;
  // The lists' names only: the page's own names would find the stub itself and call it printed twice.
  const at = i;
  return stubDatelineOf(stub, lead.text, lex, lex.names, (text) => leadDateline(text, lex, lex.names), (text) => lines.some((l) => l.index !== at && l.text.trim() === text));
}

/** What a headline ranker sees: the classified lines, where the story starts, the headline context. */
export interface HeadlinePage { lines: readonly ClassifiedLine[]; end: number; ctx: HeadlineContext }

export interface ExtractOptions {
  /**
   * Re-ranks the rules' headline candidates (headline-model.ts), or only watches them (the fitting
   * script): called after each choice of the rules, its answer is the headline.
   */
  rankHeadline?: (choice: HeadlineChoice, page: HeadlinePage) => HeadlineChoice;
}

export function extractWithEvidence(rawText: string, fileName: string, lex: Lexicon, options: ExtractOptions = {}): Extraction {
  const none: Extraction = { articles: [], evidence: [] };
  // A copying tool's furniture (cache notice, channel header, counters) goes first: line numbers kept.
  const printed = rawText.split(/\r\n|\r|\n/);
  const peeled = peelCopyWrapper(withoutPageCounter(printed, lex.data.pageCounters), lex.data.copyWrappers);
  // A markdown copy's «# » and «**» markers, and an outliner's «- » on every line, are the copying tool's, not the page's (markdown-copy.ts).
  // A note or read-later tool's labelled header («title: …», «URL: …»): its headline field read bare (copy-header.ts).
  const split = withoutCopyHeaderLabels(withoutMarkdownMarkers(withoutOutlinerBullets(peeled.lines)));
  const cleaned = withoutFeedLabels(split.map((l) => removeInlineWidgets(cleanLine(l), lex)), lex);
  const logos = logoAltNames(cleaned, lex);
  // The lines that were a logo's alt text: the masthead, never a headline candidate.
  const logoLines = new Set(logos.keys());
  const rawLines = unwrapLines(withoutLogoWords(cleaned, lex, logos), lex);
  // An author box under the story (its heading and a short biography): furniture, never the story's last paragraph.
  // A mail's subject «LABEL: HEADLINE-OPENING» over the full headline: the mail's, never the headline (subject-line.ts).
  const marked = markSubjectLines(markAuthorBoxes(markLanguageLabels(markTickers(classifyLines(rawLines, lex), split), lex), lex.authorBoxHeadings, lex.authorBioOpeners, lexKey), lexKey);
  // An aggregator's frame «… تفاصيل خبر HEADLINE في المقال التالي»: its headline a candidate, the line never the story's (headline-frame.ts).
  const framed = framedHeadlines(marked, lex.data.headlineFrames);
  const lines = markFramedLines(marked, framed, lex.dates);
  const found = findMainStart(lines, lex);
  if (found < 0) return none;
  const pageNames = pageNameLookup(lines, lex, peeled.wrapper);
  // The story's first line is parsed for a dateline here and again as the lead: once.
  const datelines = new Map<string, Dateline | undefined>();
  const datelineOf = (text: string) => {
    if (!datelines.has(text)) datelines.set(text, leadDateline(text, lex, pageNames));
    return datelines.get(text);
  };
  let start = storyStart(lines, found, datelineOf, lex);
  // The lone line the story was found to start after is its headline, not prose.
  if (start !== found) lines[found] = { ...lines[found], kind: 'heading' };

  // An office's letterhead: never the headline (mastheadForm), the outlet (chooseMetadata) — found once.
  const letterhead = officeLetterhead(lines, lex) ?? null;
  // An institution's name over its publication's masthead is a masthead too, never the headline (publication-names.ts).
  const hostLine = letterhead ?? publicationUnderHost(lines, start, undefined, lex)?.host ?? null;
  const headlineContext = { functionWords: lex.functionWords, lookup: lex.names, labelWords: labelWords(lex), key: lexKey, dates: lex.dates, masthead: mastheadForm(lines, lex, logos, hostLine), sectionLabels: lex.sectionLabels, kickerLabels: lex.kickerLabels, logoLines, captionWords: lex.captionWords, captionOpeners: lex.captionOpeners, ownerRole: (text: string) => isOwnerRoleLine(text, lex), publisherCues: lex.publisherLineCues, genreTags: lex.genreTags, isUrgentBar: lex.isUrgentBar, tickerLabels: lex.tickerItemLabels, furnitureWords: { isInterfaceLine: (text: string) => lex.exact.has(lexKey(text)), isCallToAction: (word: string) => lex.interfaceWords.callsToAction.has(lexKey(word)), isSectionLabel: sectionLabelReader(lex) }, headlineFurniture: lex.headlineFurniture, leadVerbs: lex.leadVerbs, holdsRights: (text: string) => holdsRights(text, lex.rights), sponsorLabels: lex.sponsors, bylineLabels: lex.labels.byline, shareLines: lex.shareLines, staffCredits: lex.staffCredits, framedHeadlines: framed };
  // The lead without its dateline is what the headline must echo.
  const leadUnder = (from: number) => {
    const lead = leadLines(lines, from, 3, lex);
    const dateline = lead[0] ? datelineOf(lead[0].text) ?? stubDateline(lines, lead[0], lex) : undefined;
    return { lead, dateline, texts: lead.map((l, n) => (n === 0 && dateline ? l.text.slice(dateline.end) : l.text)) };
  };
  let { lead, dateline, texts: leadTexts } = leadUnder(start);
  const choose = (end: number) => {
    const choice = chooseHeadline(lines, end, leadTexts, headlineContext);
    return options.rankHeadline ? options.rankHeadline(choice, { lines, end, ctx: headlineContext }) : choice;
  };
  let headline = choose(start);
  // The chosen line is the story's unstopped lead (prose under it carries on from it): the story starts there.
  if (headline.chosen && isUnstoppedLead(lines, headline.chosen.line.index, start, lex)) {
    start = headline.chosen.line.index;
    lines[start] = { ...lines[start], kind: 'body' };
    ({ lead, dateline, texts: leadTexts } = leadUnder(start));
    headline = choose(start);
  }
  // «HEADLINE.» read as the story's first paragraph: its lead is the paragraph under it (headline-candidates.ts).
  const afterPeriodHeadline = headline.chosen ? undefined : periodHeadlineAtStart(lines, start, headlineContext);
  if (afterPeriodHeadline !== undefined) {
    lines[start] = { ...lines[start], kind: 'heading' };
    start = afterPeriodHeadline;
    ({ lead, dateline, texts: leadTexts } = leadUnder(start));
    headline = choose(start);
  }
  // A lead-in, a ticker or a notice read as the story's first paragraph over the headline (headline-candidates.ts).
  const afterStray = headline.chosen ? undefined : headlineBelowStart(lines, start, headlineContext);
  if (afterStray !== undefined) {
    start = afterStray;
    ({ lead, dateline, texts: leadTexts } = leadUnder(start));
    headline = choose(start);
  }
  // A column's figurative headline under its writer's name, over the date (layout-headline.ts).
  headline = bareCopyHeadline(columnHeadline(headline, lines, lex), lines, start, lex);
  const titleLine = headline.chosen?.line;
  const body = readMainBody(lines, start, titleLine?.key, lex);
  if (dateline && lead[0] && body.paragraphs[0] === lead[0].text) body.paragraphs[0] = lead[0].text.slice(dateline.end).trim();
  // The story's first sub-heading printed between the headline and the lead (lead-subheading.ts).
  const leadSub = leadSubheading(lines, start, titleLine?.key, body.subheadings, lex);
  if (leadSub) body.paragraphs.unshift(leadSub);
  const related = new RelatedZone(lines, lex).read(body.end);

  const hostSlug = slugFromFileName(fileName);
  const mainTitle = limitTitle(titleLine ? headline.chosen?.text ?? titleLine.text : titleFromLead(body.paragraphs[0] ?? ''));
  // A feed's footer glued after a cut teaser names the origin (origin-lines.ts), never the story's words.
  const paragraphs = finishParagraphs(body.paragraphs.map((p) => withoutFeedFooter(p, lines, lex)), titleLine ? mainTitle : '');
  // A deck between the headline and its repeat is the story's first paragraph (deck.ts, thirty-ninth round).
  const deck = deckOverRepeat(lines, titleLine, start, lex);
  if (deck && !paragraphs.includes(deck)) paragraphs.unshift(deck);
  if (!paragraphs.length || !mainTitle) return none;
  const meta = chooseMetadata({
    lines, start, meta: [...body.meta, ...related.mainDates],
    labelled: related.sources.map((value, n) => ({ value, index: related.sourceLines[n] })),
    leadDateline: dateline && lead[0] ? { dateline, index: lead[0].index } : undefined,
    titleIndex: titleLine?.index,
    titleText: headline.chosen?.text,
    bodyEnd: body.proseEnd,
    lastParagraph: body.paragraphs[body.paragraphs.length - 1],
    pageNames,
    copied: peeled.wrapper,
    printed,
    logos,
    letterhead,
    lex,
  });
  const tags = uniqueBy(related.tags, lexKey);
  const articles = [article({ slug: hostSlug, title: mainTitle, date: meta.date, source: meta.source, agency: meta.agency, tags, raw: fileName, paragraphs })];
  const evidence: ArticleEvidence[] = [{ slug: hostSlug, ...(meta.place ? { place: meta.place } : {}), fields: [titleEvidence(headline, mainTitle), ...meta.evidence] }];
  related.embedded.forEach((d, n) => {
    const title = limitTitle(d.title);
    const slug = embeddedSlug(hostSlug, n + 1);
    const source = pickSource(d.sources, lex) ?? d.outlet;
    articles.push(article({ slug, title, date: d.date, source, tags: [], raw: fileName, via: hostSlug, paragraphs: finishParagraphs(d.paragraphs, title) }));
    evidence.push({ slug, fields: [
      { field: 'title', value: title, confidence: 0.8, rule: 'headline above an embedded story' },
      { field: 'date', value: d.date ?? null, confidence: 0.8, rule: d.date ? 'its own date line' : 'no date line of its own' },
      { field: 'outlet', value: source ?? null, confidence: source ? 0.8 : 0.7, rule: d.sources.length ? '«المصدر:» under it' : source ? 'outlet label above it' : 'none named' },
    ] });
  });
  return { articles, evidence };
}

/** Drops undefined optional fields so objects compare and serialise cleanly. */
function article(a: ExtractedArticle): ExtractedArticle {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (v !== undefined) out[k] = v;
  return out as unknown as ExtractedArticle;
}
