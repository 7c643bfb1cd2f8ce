// Raw page → articles. Reads the classified lines (classify.ts) as a sequence:
//   header zone (menus, site name, title, date/agency lines) →
//   main body (first substantial run of prose) → closing meta (source, tags) →
//   related zone (markers, headline lists, embedded full articles: headline + ≥2 sentences).
import type { ExtractedArticle } from '../types';
import { uniqueBy } from '../unique';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { unwrapLines } from './unwrap';
import { normalizeArabic } from '../arabic/normalize';
import { classifyLines, nextNonBlank, type ClassifiedLine } from './classify';
import { embeddedSlug, slugFromFileName } from './slug';
import { cleanLine, countSentences, limitTitle, splitLongParagraph, titleFromLead } from './text';
import { parseDateline, type Dateline } from './dateline';
import { identityKey, type NameLookup, type NamedSource } from './names';
import { arabicHalf, brandLines, copyrightName, siteNameLine } from './credits';
import { sourceKey } from '../data/keys';
import type { ArticleEvidence, FieldEvidence } from './evidence';
import { roundConfidence } from './evidence';
import { chooseHeadline, type HeadlineChoice } from './headline';
import { chooseMetadata } from './metadata';
import { logoAltNames, markLanguageLabels, mastheadForm, withoutFeedLabels, withoutLogoWords } from './page-furniture';
import { peelCopyWrapper, type CopyWrapper } from './copy-wrapper';
import { MAX_SUBHEADING_WORDS, MIN_EMBEDDED_SENTENCES, proseRunSentences, RelatedZone } from './related-zone';

/** A main body must have at least this much prose (drops lone cookie/teaser sentences). */
const MIN_MAIN_SENTENCES = 2;
const MIN_MAIN_CHARS = 120;
/** Non-prose lines tolerated inside a run of prose before the run ends. */
const MAX_GAP_LINES = 3;

const CLOSING_KINDS = new Set(['source', 'tags', 'hashtags', 'marker']);

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


/**
 * «الوساطة الخليجية.. ما الذي تغير منذ الجولة الأولى؟» over a date, a byline or a relative time: a question
 * of headline length whose next line is the page's header, not prose, is the headline — the story
 * starts after the header (seventeenth round: a question with ≥ 6 words reads as a sentence).
 */
function questionOverHeader(lines: ClassifiedLine[], i: number): boolean {
  const l = lines[i];
  if (l.words > 20 || !/[؟?]\s*["»”]?$/u.test(l.text)) return false;
  const next = lines.slice(i + 1).find((o) => o.kind !== 'blank');
  return !!next && ['date', 'byline', 'relative-time'].includes(next.kind);
}

/**
 * Index of the first line of the main body: the first substantial run of prose. A «read also»
 * marker and its headlines inside the run do not end it when the prose after them continues
 * the story («وأوضح …»): a one-sentence lead above them is the lead, not a teaser.
 */
export function findMainStart(lines: ClassifiedLine[], lex?: Lexicon): number {
  let firstBody = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'body' || lines[i].bullet) continue;
    if (firstBody < 0) firstBody = i;
    if (questionOverHeader(lines, i)) continue;
    let sentences = 0;
    let chars = 0;
    let gap = 0;
    for (let j = i; j < lines.length && gap <= MAX_GAP_LINES; j++) {
      const l = lines[j];
      const resume = l.kind === 'marker' && lex && sentences ? storyResumesAt(lines, j, lex) : undefined;
      if (resume !== undefined) { j = resume - 1; continue; }
      if (CLOSING_KINDS.has(l.kind) || l.kind === 'menu') break;
      if (l.kind === 'blank') continue;
      if (l.kind === 'body' && !l.bullet) {
        sentences += Math.max(1, countSentences(l.text));
        chars += l.text.length;
        gap = 0;
      } else gap++;
    }
    if (sentences >= MIN_MAIN_SENTENCES && chars >= MIN_MAIN_CHARS) return i;
  }
  return firstBody;
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
function leadLines(lines: ClassifiedLine[], start: number, n: number): ClassifiedLine[] {
  // A loop that stops at the n-th: no copy of the page's lines.
  const out: ClassifiedLine[] = [];
  for (let i = start; i < lines.length && out.length < n; i++) if (lines[i].kind === 'body' && !lines[i].bullet) out.push(lines[i]);
  return out;
}

function titleEvidence(choice: HeadlineChoice, title: string): FieldEvidence {
  const runnerUp = choice.runnerUp && choice.runnerUp !== choice.chosen
    ? { runnerUp: { value: choice.runnerUp.line.text, rule: choice.runnerUp.why.join('; '), line: choice.runnerUp.line.index + 1 } } : {};
  if (!choice.chosen) return { field: 'title', value: title, confidence: 0.4, rule: 'made from the lead', ...runnerUp };
  const margin = choice.runnerUp ? choice.chosen.score - choice.runnerUp.score : 1;
  const confidence = Math.min(0.99, 0.45 + choice.chosen.score / 2) - (margin < 0.15 ? 0.2 : 0);
  return { field: 'title', value: title, confidence: roundConfidence(confidence), rule: choice.chosen.why.join('; '), line: choice.chosen.line.index + 1, ...runnerUp };
}

interface MainBody {
  paragraphs: string[];
  /** Date, agency and dateline lines met inside the body. */
  meta: ClassifiedLine[];
  /** Index of the first line after the body (closing meta or the related zone). */
  end: number;
  /** Index of the line after the story's last paragraph (credits printed under it follow). */
  proseEnd: number;
}

/**
 * A lone short question under a dropped headline («اقرأ المزيد» / headline / «ماذا تريد أوروبا
 * من قمة ألاسكا؟»): the next item of a headline list, not the story's prose.
 */
function listedQuestion(lines: ClassifiedLine[], l: ClassifiedLine, kept: number): boolean {
  if (!kept || l.words > 12 || !/[؟?]$/.test(l.text) || countSentences(l.text) > 1) return false;
  let j = l.index - 1;
  while (j >= 0 && lines[j].kind === 'blank') j--;
  return j >= 0 && lines[j].kind === 'heading' && lines[j].words > MAX_SUBHEADING_WORDS;
}

/** Prose that continues a story: it opens with «و…»/«ف…» or a continuation of the lexicon («كما», «من جهته»…). */
function continuesStory(text: string, lex: Lexicon): boolean {
  const opening = normalizeArabic(text);
  return /^[وف]/.test(text) || lex.storyContinuations.some((w) => opening.startsWith(w));
}

/** After a marker: a headline, then prose whose first word does not continue a story. */
function opensNewStory(lines: ClassifiedLine[], marker: number, lex: Lexicon): boolean {
  const headline = nextNonBlank(lines, marker);
  if (!headline || headline.kind !== 'heading') return false;
  const prose = nextNonBlank(lines, headline.index);
  if (!prose || prose.kind !== 'body' || proseRunSentences(lines, prose.index) < MIN_EMBEDDED_SENTENCES) return false;
  return !continuesStory(prose.text, lex);
}

/** Lines a «read also» block between paragraphs holds: its headlines (list items or not). */
const MAX_LISTED_LINES = 8;

/**
 * After a marker mid-story («اقرأ أيضاً من الأرشيف» and a few headlines), prose that continues
 * the story («ودعا الرئيس …»): where the story resumes, else undefined.
 */
function storyResumesAt(lines: ClassifiedLine[], marker: number, lex: Lexicon): number | undefined {
  let j = marker + 1;
  while (j < lines.length && j - marker <= MAX_LISTED_LINES
    && (lines[j].kind === 'blank' || (['heading', 'short', 'menu'].includes(lines[j].kind) && lines[j].words <= 15))) j++;
  const prose = lines[j];
  return prose && prose.kind === 'body' && j - marker <= MAX_LISTED_LINES && continuesStory(prose.text, lex) ? j : undefined;
}

/** The main article's prose from `start` until its closing meta or a «read also» marker. */
const TRAILS_OFF = /(?:…|\.{3})\s*$/u;

function readMainBody(lines: ClassifiedLine[], start: number, titleKey: string | undefined, lex: Lexicon): MainBody {
  const main: string[] = [];
  const meta: ClassifiedLine[] = [];
  const laterMeta = (i: number) => lines.slice(i + 1).some((l) => l.kind === 'source' || l.kind === 'tags');
  let i = start;
  let proseEnd = start;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'marker') {
      const resume = main.length ? storyResumesAt(lines, i, lex) : undefined;
      if (resume !== undefined) {
        i = resume - 1;
        continue;
      }
      // «اقرأ أيضا» in the middle of a story (the story's own source/tags come later): skip the
      // marker and the linked headline, keep reading the story — unless the prose under that
      // headline opens a story of its own (an embedded article: its lead does not continue
      // with «و…»/«ف…» the way a story's later paragraphs do).
      if (main.length && laterMeta(i) && !opensNewStory(lines, i, lex)) {
        const next = nextNonBlank(lines, i);
        if (next && (next.kind === 'heading' || next.kind === 'short')) i = next.index;
        continue;
      }
      break;
    }
    if (CLOSING_KINDS.has(l.kind)) break;
    if (l.kind === 'date' || l.kind === 'agency' || l.kind === 'dateline') {
      meta.push(l);
      continue;
    }
    if (l.kind === 'body') {
      // Teasers of other stories cut with an ellipsis, two or more in a row after the story (an
      // AMP page's related block printed as prose): the story is over.
      if (main.length && TRAILS_OFF.test(l.text) && TRAILS_OFF.test(nextNonBlank(lines, i)?.text ?? '')) break;
      if (!listedQuestion(lines, l, main.length)) { main.push(l.text); proseEnd = i + 1; }
      continue;
    }
    if ((l.kind === 'heading' || l.kind === 'short') && l.key !== titleKey && l.words <= MAX_SUBHEADING_WORDS) {
      // A short heading between paragraphs is a sub-heading (kept: it structures the text).
      const next = nextNonBlank(lines, i);
      const isName = lex.outlets.has(l.key) || lex.agencies.has(l.key);
      if (next?.kind === 'body' && main.length && !isName) main.push(l.text);
    }
    // Everything else (stray headlines, captions, credits, boilerplate, menus) is dropped.
  }
  return { paragraphs: main, meta, end: i, proseEnd };
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
  if (!tickers.size) return lines;
  return lines.map((l) => (tickers.has(l.text) ? { ...l, kind: 'menu' } : l));
}

const SELF_AGENCY = /(?:^|\s)(?:ال)?وكال[ةه](?:\s|$)|للأنباء|news agency|press agency/iu;

/** A dateline at the start of the lead («موسكو في 4 أبريل /أ ش أ/ قال …»), if any. */
function leadDateline(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const d = parseDateline(text, lex, lookup);
  return d && d.end < text.length ? d : undefined;
}

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
  const site = siteNameLine(lines, lex.nameStopWords, lex.sameName, lex.letterheadWords, lex.siteWords, lex.spelledAbbreviations) ?? (channel ? { text: channel, index: copied!.channel!.index, kind: 'short', words: channel.split(/\s+/).length } as ClassifiedLine : undefined);
  if (site) own.set(sourceKey(arabicHalf(site.text, lex.sameName)), arabicHalf(site.text, lex.sameName));
  // «وكالة الصحافة الفلسطينية (صفا)»: the short name the masthead gives in parentheses.
  const short = site && /\(([^()]{2,20})\)\s*$/u.exec(site.text)?.[1].trim();
  if (short) own.set(sourceKey(short), short);
  // A site that calls itself an agency («وكالة فارس للأنباء», «North Press Agency») credits
  // itself as the agency when its dateline names it.
  const brand = brandLines(lines);
  const kind: NamedSource['kind'] = lines.some((l) => brand.has(l.index) && SELF_AGENCY.test(l.text)) || (!!channel && site?.text === channel && SELF_AGENCY.test(channel)) ? 'agency' : 'outlet';
  const siteWords = site ? sourceKey(site.text).split(' ') : [];
  for (const l of lines) {
    const name = l.kind === 'boilerplate' && l.words <= 12 ? copyrightName(l.text) : undefined;
    if (name && !own.has(sourceKey(name))) own.set(sourceKey(name), name);
  }
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
  const suffix = new RegExp(`\\s(?:${lex.siteSuffixes.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})$`);
  return (text) => {
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
    if (siteWords.length >= 2 && key && key === siteWords[0] && !lex.names(siteWords[0])) return { name: text.trim(), kind, own: true };
    // An Arabic name the page's Latin brand spells («الخرطوم: التغيير» under «Altaghyeer») or the
    // first word of a masthead that opens with a generic word (fifteenth round).
    const arabic = /^[\p{Script=Arabic}\s]+$/u.test(text.trim()) && text.trim().split(/\s+/).length <= 3;
    if (arabic && (latinBrands.some((l) => lex.sameName(l.text, text)) || (siteWords.length >= 3 && key === siteHead))) return { name: text.trim(), kind, own: true };
    return undefined;
  };
}

/**
 * A story starts at its dateline: a lone sentence-like line just above a lead that opens with a
 * dateline naming a known wire or outlet («… الإقليمية .» over «موسكو 19 ديسمبر 2025 ( وال ) -
 * استقبل …») is the headline, not the story's first paragraph.
 */
function storyStart(lines: ClassifiedLine[], start: number, datelineOf: (text: string) => Dateline | undefined): number {
  if (datelineOf(lines[start].text)) return start;
  let next: ClassifiedLine | undefined;
  let dateBetween = false;
  for (let i = start + 1; i < lines.length && !next; i++) {
    if (lines[i].kind === 'date') dateBetween = true;
    else if (lines[i].kind !== 'blank' && lines[i].kind !== 'boilerplate') next = lines[i];
  }
  if (!next || next.kind !== 'body' || countSentences(lines[start].text) > 1 || lines[start].words > 20) return start;
  const d = datelineOf(next.text);
  // A deck over the date line («… بعرقلة التسوية.» / «السبت 2025/12/27» / «موسكو - لوّحت …»): the
  // date line closes the header, so a known place alone vouches for the dateline (fifteenth round).
  return d && d.evidence === 'known' && (d.agency?.id || d.outlet?.id || (dateBetween && d.place)) ? next.index : start;
}

export function extractWithEvidence(rawText: string, fileName: string, lex: Lexicon): Extraction {
  const none: Extraction = { articles: [], evidence: [] };
  // A copying tool's furniture (cache notice, channel header, counters) goes first: line numbers kept.
  const peeled = peelCopyWrapper(rawText.split(/\r\n|\r|\n/), lex.data.copyWrappers);
  const split = peeled.lines;
  const cleaned = withoutFeedLabels(split.map((l) => removeInlineWidgets(cleanLine(l), lex)), lex);
  const logos = logoAltNames(cleaned, lex);
  const rawLines = unwrapLines(withoutLogoWords(cleaned, lex, logos), lex);
  const lines = markLanguageLabels(markTickers(classifyLines(rawLines, lex), split), lex);
  const found = findMainStart(lines, lex);
  if (found < 0) return none;
  const pageNames = pageNameLookup(lines, lex, peeled.wrapper);
  // The story's first line is parsed for a dateline here and again as the lead: once.
  const datelines = new Map<string, Dateline | undefined>();
  const datelineOf = (text: string) => {
    if (!datelines.has(text)) datelines.set(text, leadDateline(text, lex, pageNames));
    return datelines.get(text);
  };
  const start = storyStart(lines, found, datelineOf);
  // The lone line the story was found to start after is its headline, not prose.
  if (start !== found) lines[found] = { ...lines[found], kind: 'heading' };

  // The lead without its dateline is what the headline must echo.
  const lead = leadLines(lines, start, 3);
  const dateline = lead[0] ? datelineOf(lead[0].text) : undefined;
  const leadTexts = lead.map((l, n) => (n === 0 && dateline ? l.text.slice(dateline.end) : l.text));
  const headline = chooseHeadline(lines, start, leadTexts, { functionWords: lex.functionWords, lookup: lex.names, labelWords: labelWords(lex), key: lexKey, dates: lex.dates, masthead: mastheadForm(lines, lex, logos), sectionLabels: lex.sectionLabels });
  const titleLine = headline.chosen?.line;
  const body = readMainBody(lines, start, titleLine?.key, lex);
  if (dateline && lead[0] && body.paragraphs[0] === lead[0].text) body.paragraphs[0] = lead[0].text.slice(dateline.end).trim();
  const related = new RelatedZone(lines, lex).read(body.end);

  const hostSlug = slugFromFileName(fileName);
  const mainTitle = limitTitle(titleLine ? titleLine.text : titleFromLead(body.paragraphs[0] ?? ''));
  const paragraphs = finishParagraphs(body.paragraphs, titleLine ? mainTitle : '');
  if (!paragraphs.length || !mainTitle) return none;
  const meta = chooseMetadata({
    lines, start, meta: [...body.meta, ...related.mainDates],
    labelled: related.sources.map((value, n) => ({ value, index: related.sourceLines[n] })),
    leadDateline: dateline && lead[0] ? { dateline, index: lead[0].index } : undefined,
    titleIndex: titleLine?.index,
    bodyEnd: body.proseEnd,
    lastParagraph: body.paragraphs[body.paragraphs.length - 1],
    pageNames,
    copied: peeled.wrapper,
    logos,
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
