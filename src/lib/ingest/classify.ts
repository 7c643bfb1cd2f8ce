// Line classification: every cleaned line of a raw page gets a kind from signals that
// transfer between sites — length, terminal punctuation, label prefixes, the boilerplate
// lexicon (content/boilerplate.yaml), bullet/link-list shape and page-level repetition.
// extract.ts then reads the sequence of kinds to find the article(s).
import { isEmbedLine } from './embed-lines';
import { isCounterLine } from './foot-furniture';
import { hasArabic, normalizeArabic } from '../arabic/normalize';
import type { Lexicon } from './boilerplate';
import { collapseSpaces, keyOfCollapsed, lexKey } from './boilerplate';
import { isRelativeTime } from './dates';
import { dateByRole } from './date-roles';
import { containsAnyPhrase } from './phrase-index';
import { isLabelledNumber } from './not-a-name';
import { parseDateline, type Dateline } from './dateline';
import { releaseTagLength } from './typed-credits';
import { countWords } from '../arabic/tokenize';
import { countSentences, endsLikeSentence } from './text';
import { closedSentenceTail } from './closing-brackets';
import { datedLink } from './interface-names';
import { DATED_TEASER, PHOTO_CREDIT_END, endsWithBracket, isSpacedTagList, isTwoCrumbs, placeLike, slashedPhotoCredit, splitTags, titleBarShape } from './line-shapes';

// Other modules import endsWithBracket from here, where it was first written.
export { endsWithBracket };

/** A wire's tag closing a paragraph: «(بترا)», «(أ ف ب)». */
const WIRE_TAG = /\s*\([^()]{1,20}\)\s*$/u;

// A caption's archive tag after a dash or in brackets, the word «صورة» before it or not (forty-second round, at the
// merge: «سوق … - صورة أرشيفية» under a headline was read as «NAME - CREDIT», the site's own credit line).
const ARCHIVE_TAIL = /[(|\-–—ـ]\s*(?:(?:ال)?صوره\s+)?(?:من\s+)?(?:ال)?ارشيف(?:يه)?\s*\)?$/u;
const GLUED_LABELS = /ة[\u0621-\u064A]|[A-Za-z][\u0621-\u064A]|[\u0621-\u064A][A-Za-z]/u;

export type LineKind =
  | 'blank'
  | 'boilerplate' // interface text from the lexicon
  | 'marker' // «إقرأ أيضاً», «التعليقات» …: opens a related/comments zone
  | 'inline-link' // «اقرأ أيضا: <headline>» on one line
  | 'menu' // bullet/link-list item, its echo, or a breadcrumb
  | 'source' // «المصدر: …»
  | 'tags' // «كلمات دلالية: …»
  | 'hashtags' // «#روسيا»
  | 'date' // a line that states a date (and little else)
  | 'relative-time' // «منذ 30 دقائق»
  | 'agency' // a line that is just a wire agency name
  | 'dateline' // «موسكو - رويترز», «موسكو (وكالات)»
  | 'byline' // «كتب: …»
  | 'caption' // «(صورة: …)», «أرشيفية»
  | 'latin' // no Arabic at all (photo credits like «Sputnik», stray UI)
  | 'body' // sentence-like prose
  | 'heading' // headline-like: Arabic, ≥3 words, not a sentence
  | 'short'; // one or two Arabic words (site names, outlet labels, sub-headings)

export interface ClassifiedLine {
  index: number;
  /** Cleaned text (bullet glyph removed). */
  text: string;
  key: string;
  kind: LineKind;
  bullet: boolean;
  words: number;
  /** source/agency: the name; dateline: the agency it names; tags/hashtags: the tags; date: ISO date. */
  value?: string;
  /** dateline naming an outlet rather than an agency («موسكو - الجزيرة نت»): the outlet. */
  outlet?: string;
  /** dateline lines read by grammar (dateline.ts): place, date, credit. */
  dateline?: Dateline;
  /** A language's name under a Latin brand («العربية» under «KBS WORLD Radio»): the brand's Arabic service. */
  languageLabel?: boolean;
  values?: string[];
  /** date lines: 0 published, 1 unlabelled, 2 updated. */
  datePriority?: number;
  /** Number of lines on the page with the same key (not counting menu lines). */
  repeats: number;
}

/** A dateline has a separator, brackets or a date in it; other lines need not be parsed. */
const DATELINE_HINT = /[-–—ـ_/:(«0-9٠-٩]/u;
/** The bars a line may end with as layout («… |»). */
const SEPARATOR_BARS = new Set(['|', '│', '¦']);

/** The lexicon's section markers with what each line's test needs of them, made once per lexicon. */
const markerCache = new WeakMap<readonly string[], { marker: string; spaced: string; markerWords: number }[]>();
function markersOf(lex: Lexicon) {
  let markers = markerCache.get(lex.markers);
  if (!markers) markerCache.set(lex.markers, markers = lex.markers.map((marker) => ({ marker, spaced: `${marker} `, markerWords: marker.split(' ').length })));
  return markers;
}

// A list item: a bullet glyph, a dash and a space, or a dash glued to an Arabic word («-أردوغان يستقبل …»).
const BULLET = /^(?:[•·▪►◦‣∙●○■□➤✓✔]|[-–—*](?=\s)|-(?=[\u0621-\u064A]))\s*/u;
const LABEL = /^([^:：]{1,30}?)\s*[:：]\s*(.*)$/u;

// A line that is or holds a link: a scheme, «www.», or a domain followed by a path.
export const HOLDS_LINK = /https?:\/\/|www\.|(?:^|\s)[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i;

/** A dated part naming its role may say more around its date («نُشر لأول مرة في …»): six words, not four. */
const ROLE_PART_WORDS = 6;

/** True when a line is mostly a date (a date plus weekday/time words of the lexicon). */
function isDateOnly(text: string, wordCount: number, lex: Lexicon, maxOther = 4): boolean {
  // More than ten words (countWords) is never a date line: the dates are not looked for (most lines are prose).
  if (wordCount > 10) return false;
  // «https://site.net/2026/06/11/eu»: a link's dated path is the site's filing scheme, not a date
  // the page prints (seventeenth round).
  if (HOLDS_LINK.test(text)) return false;
  const dates = lex.dates.findDates(text);
  if (!dates.length) return false;
  // «… عام ألفين وسبعة وعشرين»: a year in words is the date's, no other word.
  const otherWords = lex.dates.withSpelledYear(text)
    .replace(/[\d:/.,،\-–—()]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !lex.dates.lineWords.has(w));
  // Month names (1–2 words each, possibly doubled «فبراير/ شباط») are allowed on top.
  return otherWords.length <= maxOther;
}

function agencyName(text: string, lex: Lexicon, key = lexKey(text)): string | undefined {
  const listed = lex.agencies.get(key) ?? lex.agencies.get(key.replace(/^وكاله\s+/, ''));
  if (listed) return listed;
  // Any agency of sources.yaml, by name, alias or abbreviation («أ ش أ», «AA», «وام»).
  if (text.length > 40) return undefined;
  const known = lex.names(text);
  // Latin-only names («Sputnik», «AA») under photos are credits; only the lexicon lists them as agencies.
  return known?.kind === 'agency' && hasArabic(text) ? known.name : undefined;
}

/** The date of a «| PUBLISHED-LABEL: DATE» part after a bar, if the line holds one. */
function publishedAfterBar(rest: string, lex: Lexicon): string | undefined {
  for (const part of rest.split(/[|│¦]/u).slice(1)) {
    const m = LABEL.exec(part.trim());
    if (m && lex.labels.published.has(lexKey(m[1]))) return lex.dates.parse(m[2]);
  }
  return undefined;
}

type LineClass = Omit<ClassifiedLine, 'index' | 'repeats'>;

// A site's menus, footers, date and credit lines repeat from page to page (the bench corpus: 79k
// short lines, 8.8k distinct). A line's class depends on its text and the lexicon only, so a short
// line is classified once per lexicon and the frozen result shared: callers copy it before
// changing a kind (classifyLines, markTickers). Long lines — prose, nearly all distinct — are not kept.
const CACHED_LINE_LENGTH = 160;
const CACHED_LINES = 50_000;
const lineClasses = new WeakMap<Lexicon, Map<string, LineClass>>();

/** Classifies one line on its own (page-level signals are added by classifyLines). */
export function classifyLine(line: string, lex: Lexicon): LineClass {
  if (line.length > CACHED_LINE_LENGTH) return classifyUncached(line, lex);
  let known = lineClasses.get(lex);
  if (!known) lineClasses.set(lex, known = new Map());
  let found = known.get(line);
  if (!found) {
    if (known.size >= CACHED_LINES) known.clear();
    found = classifyUncached(line, lex);
    if (found.values) Object.freeze(found.values);
    if (found.dateline) Object.freeze(found.dateline);
    known.set(line, Object.freeze(found));
  }
  return found;
}

function classifyUncached(line: string, lex: Lexicon): LineClass {
  // A leading or trailing separator bar is layout («|آخر تحديث: …»), not text.
  const trimmed = line.trim().replace(/^[|│¦]\s*/u, '');
  const raw = SEPARATOR_BARS.has(trimmed.at(-1)!) ? trimmed.replace(/\s*[|│¦]$/u, '') : trimmed;
  const bullet = BULLET.test(raw);
  const text = bullet ? raw.replace(BULLET, '').trim() : raw;
  // Normalised once: the key (lexKey) and the section markers' test read the same text.
  const norm = collapseSpaces(normalizeArabic(text));
  const key = keyOfCollapsed(norm);
  const words = countWords(text);
  const base = { text, key, bullet, words };
  if (!key) return { ...base, kind: text ? 'boilerplate' : 'blank' };

  // «# سيرغي لافروف # تركيا # أنقرة»: three signs or more, each before a tag of a few words and no
  // sentence's end — a tag list printed with a space after each sign, not prose (twenty-eighth round).
  if (isSpacedTagList(text)) return { ...base, kind: 'hashtags', values: text.split('#').map((t) => t.trim()).filter(Boolean) };
  // «# نص…»: a hashtag has no space after its sign, so this is prose that starts with one.
  if (/^#\s/u.test(text) && words >= 3 && hasArabic(text)) return { ...base, kind: 'body' };
  if (/^#[^\s#]/u.test(text) && !/[.!؟?]$/.test(text)) {
    return { ...base, kind: 'hashtags', values: text.split('#').map((t) => t.replace(/_/g, ' ').trim()).filter(Boolean) };
  }

  // «المصدر | الخليج الجديد + رويترز»: a pipe after the source label sets its value off as a colon does.
  const piped = /^([^|｜:]{2,20}?)\s*[|｜]\s*(\S.*)$/u.exec(text);
  if (piped && lex.labels.source.has(lexKey(piped[1]))) return { ...base, kind: 'source', value: piped[2].trim() };
  // A label needs its colon: a line without one (most prose) is not tried.
  const label = text.includes(':') || text.includes('：') ? LABEL.exec(text) : null;
  if (label) {
    const [, name, rest] = label;
    const nameKey = lexKey(name);
    // «المصدر:: NAME»: a notes app's property (Roam, Logseq) doubles the colon; the second is no part of the name.
    const value = rest.replace(/^[:：]\s*/u, '').trim();
    if (lex.labels.source.has(nameKey)) return value ? { ...base, kind: 'source', value } : { ...base, kind: 'boilerplate' };
    if (lex.labels.tag.has(nameKey)) return { ...base, kind: 'tags', values: splitTags(rest) };
    const published = lex.labels.published.has(nameKey);
    if (published || lex.labels.updated.has(nameKey)) {
      // «تم التحديث: 23/07 … | تاريخ النشر: 22/07 …»: updated printed first, published after a
      // bar on the same line — the published part is the line's date (nineteenth round, part D).
      const later = published ? undefined : publishedAfterBar(rest, lex);
      if (later) return { ...base, kind: 'date', value: later, datePriority: 0 };
      const iso = lex.dates.parse(rest);
      return iso ? { ...base, kind: 'date', value: iso, datePriority: published ? 0 : 2 } : { ...base, kind: 'boilerplate' };
    }
    if (lex.labels.byline.has(nameKey) && words <= 8) return { ...base, kind: 'byline', value: rest.trim() };
    if (/^\(?\s*(صوره|الصوره|تصوير|photo)$/.test(nameKey)) return { ...base, kind: 'caption' };
  }

  // «حُرّر بتاريخ: …», «آخر تعديل: …», «تم تحديثه في … / نُشر لأول مرة في …»: a role the line's own words name (date-roles.ts).
  const roled = words <= 24 && /[0-9٠-٩]/u.test(text) ? dateByRole(text, lex.dateRoles, (s) => lex.dates.parse(s), (s) => isDateOnly(s, countWords(s), lex, ROLE_PART_WORDS)) : undefined;
  if (roled) return { ...base, kind: 'date', value: roled.value, datePriority: lex.dates.unsure(text) ? 3 : roled.priority };
  // A byline without a colon («كتب أحمد جمعة»): the label word and a name of one to three
  // words, nothing that ends a sentence.
  if (words >= 2 && words <= 4 && !/[.!؟?،,:]/.test(text) && lex.bylines.has(key.slice(0, key.indexOf(' ')))) {
    return { ...base, kind: 'byline', value: text.slice(text.indexOf(' ') + 1).trim() };
  }
  // «د. خالد العبادي -» under a column's headline: a person's name (a `givenNames` word first, perhaps
  // after an abbreviated title «د.», «أ.») closed by a dash or colon with nothing after it is the
  // column's byline (twenty-fourth round, second wave).
  const signed = words >= 2 && words <= 5 ? /^(?:[\p{L}]{1,2}\.\s*)?([\p{L}\s]+?)\s*[-–—:：]$/u.exec(text.trim()) : null;
  if (signed && lex.givenNames.has(lexKey(signed[1].split(/\s+/)[0]))) {
    return { ...base, kind: 'byline', value: signed[1].trim() };
  }
  // Section markers: the whole line, or the marker followed by a colon and a headline.
  for (const { marker, spaced, markerWords } of markersOf(lex)) {
    if (key === marker) return { ...base, kind: 'marker' };
    // «اقرأ أيضاً من الأرشيف», «أخبار ذات صلة بالموضوع»: the marker and a few words, no colon, no sentence.
    if (key.startsWith(spaced) && words - markerWords <= 3 && !/[.!؟?:：]/.test(text)) return { ...base, kind: 'marker' };
    if (norm.startsWith(marker) && /^\s*[:：]\s*\S/u.test(norm.slice(marker.length))) return { ...base, kind: 'inline-link' };
  }
  if (lex.exact.has(key)) return { ...base, kind: 'boilerplate' };
  // «عرض هذا المنشور على X», «منشور بواسطة …»: an embedded post's furniture between the paragraphs (`embedLines`).
  if (words <= 12 && isEmbedLine(text, lex.embedLines)) return { ...base, kind: 'boilerplate' };
  // «3 تعليقات», «(12 مشاهدة)» alone between the paragraphs: a counter, never prose (foot-furniture.ts).
  if (words <= 4 && isCounterLine(text, lex.headlineFurniture.countWords, lexKey)) return { ...base, kind: 'boilerplate' };
  // «لسان حزب الاستقلال» under a print masthead: the paper's party line (`organLines`), short and no sentence.
  if (words <= 8 && !/[.!؟?:：]/u.test(text) && lex.organLines.some((p) => key === p || key.startsWith(`${p} `))) return { ...base, kind: 'boilerplate' };
  // «برعاية بنك …», «مقدّم من», «شريكنا الإعلامي: قنا»: a sponsor's or partner's line (the label may
  // take a colon), never a name of the site's own nor the story's credit.
  if (words <= 8 && lex.sponsors.some((s) => key === s || (key.startsWith(s) && /^\s*[:：]?\s/u.test(key.slice(s.length))))) return { ...base, kind: 'boilerplate' };
  // Copyright footers: «© 2025 …».
  if (/^\s*(?:©|\(c\)\s*\d{4})/iu.test(text) && words <= 40) return { ...base, kind: 'boilerplate' };
  if (text.length <= lex.data.maxPhraseLineLength && containsAnyPhrase(key, lex.contains)) return { ...base, kind: 'boilerplate' };
  // «رمز الخبر : 51234»: the article's own number under a label the lexicon lists (`articleNumberLabels`).
  if (words <= 6 && isLabelledNumber(text) && lex.articleNumberLabels.has(lexKey(text.replace(/[:：][\s\S]*$/u, '')))) return { ...base, kind: 'boilerplate' };
  if (isRelativeTime(text)) return { ...base, kind: 'relative-time' };
  if (words <= 6 && lex.readingTimes.some((r) => r.test(text))) return { ...base, kind: 'boilerplate' };
  // «الأخبار العاجلةحالة الطقس», «Gettyستانيسلاف …»: labels a copy glued together (a word never goes on
  // after its «ة», Latin letters never run into Arabic ones) — page furniture, never a headline or a
  // name (twenty-third round, real pages).
  if (words <= 6 && !/[.!؟?]/u.test(text) && GLUED_LABELS.test(text)) return { ...base, kind: 'menu' };
  // «… - أرشيفية», «… (صورة أرشيفية)», «… – صورة من الأرشيف»: an archive photo's caption (ARCHIVE_TAIL).
  // A photo credit: «صورة الأمم المتحدة/مانويل إلياس», «تصوير: …/رويترز» — never a name or a headline.
  const photoCredit = words <= 8 && /^(?:صوره|الصوره|تصوير|photo)\s[^.!؟?]{1,60}\/\s*[^.!؟?/]{1,40}$/iu.test(normalizeArabic(text));
  if (photoCredit || (text.startsWith('(') && /^\(\s*(صوره|الصوره|تصوير|photo)/.test(normalizeArabic(text))) || (key.includes('ارشيف') && ARCHIVE_TAIL.test(key))) {
    return { ...base, kind: 'caption' };
  }
  // «صوامع حبوب في ميناء أوديسا. © Reuters.»: a picture's description closed by its photo credit
  // (a © and a name, no year) is a caption, not the story's first sentences (eighteenth round).
  if (words <= 25 && text.includes('©') && PHOTO_CREDIT_END.test(text) && countWords(text.slice(0, text.lastIndexOf('©'))) >= 3) return { ...base, kind: 'caption' };
  // «احتفل مدونون عراقيون بارتفاع أسعار النفط (Getty)»: a picture's description closed by a stock-photo agency in
  // brackets (`stockPhotoAgencies`) is a caption, never the headline (forty-sixth round, real pages).
  const stock = words <= 25 ? STOCK_TAIL.exec(text) : null;
  if (stock && lex.stockPhotoAgencies.has(lexKey(stock[1])) && countWords(text.slice(0, stock.index)) >= 3) return { ...base, kind: 'caption' };
  // «… خلال مشاركته في القمة عبر الإنترنت / AA», «… إنهاء الحرب / صورة: AA (AA)»: a picture's description
  // closed by a slash and a Latin photo credit (or a «صورة:» label) with no sentence's end before it is a
  // caption — prose never closes on «/ AA» (twenty-eighth round, real pages).
  if (words <= 40 && slashedPhotoCredit(text)) return { ...base, kind: 'caption' };
  // Breadcrumbs: «الرئيسية > أخبار > دولية». A browser's title bar «HEADLINE | SECTION | SITE» opens
  // with a headline of ≥ 5 words where a breadcrumb opens with a short entry: no breadcrumb.
  if (words <= 16 && /^[^.!؟?]{1,200}$/.test(text) && (text.match(/\s[>»›/|]\s/g) ?? []).length >= 2 && !titleBarShape(text)) return { ...base, kind: 'menu' };
  // «الرئيسية / وطنية», «الصفحة الرئيسية » أخبار محلية»: two crumbs, the first a page's home or menu word
  // (`genericPageWords`), is a breadcrumb — not a dateline «PLACE / AGENCY» (forty-third round, merged).
  if (words <= 7 && isTwoCrumbs(text, lex)) return { ...base, kind: 'menu' };

  const agency = agencyName(text, lex, key);
  if (agency) return { ...base, kind: 'agency', value: agency };
  // «موسكو _ NAME اليوم», «الرباط __ NAME 24»: an underscore run separates as a dash does (parseDateline reads it so
  // inside the lead; on a line of its own too — forty-fifth round, 13o, a real page).
  const dateline = words <= 6 ? /^([\p{L} ]{2,30}?)\s*(?:(?:[-–—/]|_+)\s*(.+?)|\((.+?)\))\s*[:：\-–—]?$/u.exec(text) : null;
  if (dateline && placeLike(dateline[1], lex)) {
    const named = (dateline[2] ?? dateline[3]).trim();
    const name = agencyName(named, lex);
    // «رويترز/ أ ف ب», «Reuters/AFP»: two wires listed — the first listed is the agency (twenty-second round, part O).
    if (name) return { ...base, kind: 'dateline', value: agencyName(dateline[1].trim(), lex) ?? name };
    const outlet = lex.outlets.get(lexKey(named));
    // «إسطنبول – خاص», «بغداد – متابعة»: a credit word (or «وكالات») names no one — never an outlet.
    const nameless = lex.names(named)?.kind === 'generic';
    if (outlet || (!nameless && lex.places.has(lexKey(dateline[1])) && countWords(named) <= 4 && hasArabic(named))) {
      return { ...base, kind: 'dateline', outlet: outlet ?? named };
    }
  }
  // Datelines by grammar on a line of their own: «جدة 11 رمضان 1446 هـ الموافق 11 مارس 2025 م
  // واس», «عواصم: «الخليج»، وكالات», «هسبريس - أ ف ب».
  if (words <= 16 && DATELINE_HINT.test(text)) {
    const parsed = parseDateline(text, lex);
    if (parsed && parsed.end >= text.length) {
      const value = parsed.agency?.name ?? parsed.generic?.name;
      return { ...base, kind: 'dateline', dateline: parsed, ...(value ? { value } : {}), ...(parsed.outlet ? { outlet: parsed.outlet.name } : {}) };
    }
  }
  // «date 2025-10-21 https://…»: an export's date field glued to the page's own link dates the page (interface-names.ts).
  const dated = words <= 3 ? datedLink(text) : undefined;
  if (dated) return { ...base, kind: 'date', value: dated.iso, datePriority: 1 };
  if (isDateOnly(text, words, lex)) {
    const iso = lex.dates.parse(text);
    // «نُشر في 18 أغسطس 2025», «آخر تحديث 19 أغسطس 2025»: the label without its colon.
    const startsWith = (labels: string[]) => labels.some((l) => key.startsWith(`${lexKey(l)} `));
    const priority = startsWith(lex.data.publishedLabels) ? 0 : startsWith(lex.data.updatedLabels) ? 2 : 1;
    // «1404/10/03»: lunar Hijri or Persian solar — any other date on the page wins.
    if (iso) return { ...base, kind: 'date', value: iso, datePriority: lex.dates.unsure(text) ? 3 : priority };
  }
  if (!hasArabic(text)) return { ...base, kind: 'latin' };
  // «قال … إن العلاقات تشهد تطورًا... 18.11.2025»: a summary cut by an ellipsis, then a date (and the
  // site's name) — a card's teaser of the page, not the story's prose (twenty-eighth round, real pages).
  if (DATED_TEASER.test(text)) return { ...base, kind: 'boilerplate' };

  const sentences = countSentences(text);
  if ((words >= 6 && endsLikeSentence(text)) || words >= 20 || (sentences >= 2 && words >= 10)) return { ...base, kind: 'body' };
  // A paragraph closed by the wire's tag «… دائم. (بترا)»: a sentence, then the tag. Short
  // lines of this shape are photo captions («… في جنيف. (أ.ب)»), kept apart.
  const closedByBracket = words >= 12 && endsWithBracket(text);
  if (words >= 12 && endsLikeSentence(closedByBracket ? text.replace(WIRE_TAG, '') : text)) return { ...base, kind: 'body' };
  // «… يحتاج إلى ضمانات للتحقق من الالتزام به (رويترز)»: a long line closed by a known agency's tag
  // with no full stop before it is the story's last sentence too (a caption is shorter).
  const tag = words >= 14 && closedByBracket ? WIRE_TAG.exec(text) : null;
  if (tag && lex.names(tag[0].trim().slice(1, -1))?.kind === 'agency') return { ...base, kind: 'body' };
  // «وأضاف أن … الفنية. (الأناضول)», «… الأخيرة (وهو ما نفاه الكرملين)»: the story's own sentence (closing-brackets.ts).
  if (words >= 6 && endsWithBracket(text) && closedSentenceTail(text, words, lex)) return { ...base, kind: 'body' };
  // «(SeaPRwire) –   تفيد التقارير بأن …»: a press-release distributor's tag opens only a release's first paragraph, which
  // may lack its stop (a deck the release wrote); the tag makes it the story's, never a heading (typed-credits.ts).
  if (words >= 6 && releaseTagLength(text, lex) > 0) return { ...base, kind: 'body' };
  return { ...base, kind: words >= 3 ? 'heading' : 'short' };
}

/** A line's closing brackets holding one to four Latin words: a picture's credit when the words are a stock agency's. */
const STOCK_TAIL = /\(\s*([A-Za-z][A-Za-z ]{1,30}?)\s*\)\s*$/u;

/** The first non-blank line after line i. */
export function nextNonBlank(lines: ClassifiedLine[], i: number): ClassifiedLine | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].kind !== 'blank') return lines[j];
  return undefined;
}

/** The last non-blank line before line i. */
function prevNonBlank(lines: ClassifiedLine[], i: number): ClassifiedLine | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines[j].kind !== 'blank') return lines[j];
  return undefined;
}

/** Classifies every line and adds page-level signals: menu echoes and repetition counts. */
export function classifyLines(lines: string[], lex: Lexicon): ClassifiedLine[] {
  const out: ClassifiedLine[] = lines.map((l, index) => ({ ...classifyLine(l, lex), index, repeats: 1 }));
  // Bullets in a list (another bullet within two lines) that are not sentences are link-list
  // items; the same text elsewhere is their echo unless prose follows it (then it is a headline).
  const bulletNear = (i: number) => [i - 2, i - 1, i + 1, i + 2].some((j) => out[j]?.bullet);
  const menuKeys = new Set<string>();
  out.forEach((l, i) => {
    if (l.bullet && bulletNear(i) && (l.kind === 'heading' || l.kind === 'short' || l.kind === 'latin')) {
      l.kind = 'menu';
      menuKeys.add(l.key);
    }
  });
  // Ranked lists («الأكثر قراءة»: 1, headline, 2, headline …): a bare rank number makes the
  // next line a list item, whatever its punctuation — when another rank is near (a list has
  // two items at least); a lone number («12» above a print page's headline) is a page number.
  const bare = (l: ClassifiedLine | undefined) => !!l && /^[0-9٠-٩]{1,2}$/.test(l.text);
  out.forEach((l, i) => {
    if (!bare(l)) return;
    // Another rank, not the same number again (a print page's number at its head and foot).
    if (![-6, -5, -4, -3, -2, 2, 3, 4, 5, 6].some((d) => bare(out[i + d]) && out[i + d].text !== l.text)) return;
    l.kind = 'menu';
    const item = nextNonBlank(out, i);
    if (item && item.words <= 25 && ['heading', 'short', 'body', 'latin'].includes(item.kind)) item.kind = 'menu';
  });
  // A photo credit under a caption («صورة أرشيفية» then «AFP») is not the story's agency.
  out.forEach((l, i) => {
    if (l.kind !== 'agency' && l.kind !== 'latin') return;
    const prev = prevNonBlank(out, i);
    if (prev && (prev.kind === 'caption' || /صوره|ارشيف|تصوير|photo|getty/i.test(prev.key))) l.kind = 'caption';
  });
  out.forEach((l, i) => {
    if (!l.bullet && menuKeys.has(l.key) && (l.kind === 'heading' || l.kind === 'short') && nextNonBlank(out, i)?.kind !== 'body') l.kind = 'menu';
  });
  const counts = new Map<string, number>();
  for (const l of out) if (l.kind !== 'menu' && l.kind !== 'blank') counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  for (const l of out) l.repeats = counts.get(l.key) ?? 1;
  return out;
}
