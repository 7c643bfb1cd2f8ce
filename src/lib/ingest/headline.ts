// The headline by evidence. Every headline-shaped line above the body is a candidate; its
// score is mostly how many of its content words the lead repeats (a breadcrumb, a channel
// brand, a date or a call to action share none), plus repetition elsewhere on the page (title
// bar, share text) and small shape terms. When no line convinces, the title is made from the
// lead (see text.ts titleFromLead) and marked as made.
import type { DateReader } from './dates';
import type { ClassifiedLine } from './classify';
import { isCreditWord, type NameLookup } from './names';
import { normalizeArabic } from '../arabic/normalize';
import { contentWords, leadIndex, overlapShare, type LeadIndex } from './lead-overlap';
import { titleBarOf, withoutSiteName } from './title-bar';
import { HEADER_KINDS, navEntry, neighbour, nextLines, onHeader, sameCaption } from './headline-neighbours';
import { headlineOverDeck, shortLabelUnderHeadline } from './headline-deck';
import { gluedBeforeHeadline, type FurnitureWords } from './glued-furniture';
import { furnitureSegment, headlineSegment, ownClosingDate } from './headline-segments';
import { isTickerCut, tickerSegment } from './ticker-segment';
import type { HeadlineFurnitureWords } from './headline-furniture';
import { headlineUnderStory, periodClosedHeadline, PERIOD_PENALTY } from './headline-candidates';
import { namesTheStory } from './weak-guess';
import { opensAsCaption, printedWholeInLead } from './caption-lines';
import { sideFurniture, withSides } from './headline-sides';
import { siteLinesYield } from './headline-site-line';
import { headlineInShareLine, type ShareLineWords } from './share-line-headline';
import { isUnrepeatedTickerItem, tickerItemLines, type TickerLabels } from './ticker-items';

export interface HeadlineCandidate {
  line: ClassifiedLine;
  score: number;
  /** Share of the line's content words found in the lead. */
  overlap: number;
  /** How many of its content words the lead repeats. */
  shared?: number;
  /** It shares enough of the lead's words to be the headline. */
  plausible: boolean;
  why: string[];
  /** The headline when it is only part of the line: a title bar less the site's name. */
  text?: string;
}

export interface HeadlineChoice {
  chosen?: HeadlineCandidate;
  runnerUp?: HeadlineCandidate;
  /** Every candidate scored, best first (what a fitted ranker re-orders: headline-model.ts). */
  candidates?: HeadlineCandidate[];
  /** A fitted ranker's probability for its pick, and why («model p=0.93: …»). */
  confidence?: number;
  why?: string;
}

/** Below this a line is not convincing: the title is made from the lead. */
export const MIN_HEADLINE_SCORE = 0.45;
/** A line sharing at least this share of its words with the lead may be the headline. */
const PLAUSIBLE_OVERLAP = 0.25;
const MIN_SHARED_WORDS = 2;
const MAX_OVERLAP_CREDIT = 0.75;
/** An aggregator's frame saying «تفاصيل خبر HEADLINE» is the page's own word for its headline (headline-frame.ts). */
const FRAMED_CREDIT = 0.3;
/** Kinds of the entries of a menu run under the masthead («أخبار», «تقارير», «Makan»). */
const MENU_RUN_KINDS = new Set(['short', 'menu', 'boilerplate', 'latin', 'heading']);
/** Excluded kinds whose line may still hold the headline with the part that made its kind cut off. */
const SEGMENTED_KINDS = new Set(['menu', 'date']);
/** A line all furniture but the headline may be classified as any of these (a clock time: a date line). */
const FURNITURE_KINDS = new Set(['menu', 'date', 'boilerplate']);
const FIRST_SHARED = 'first line that shares the lead\'s words';
const AFTER_MENUS = 'first after the menus';
const EXCLUDED_KINDS = new Set(['menu', 'boilerplate', 'marker', 'inline-link', 'source', 'tags', 'hashtags', 'date',
  'relative-time', 'agency', 'dateline', 'byline', 'caption', 'latin', 'blank']);

export interface HeadlineContext {
  functionWords: Set<string>;
  /** A share line's words (`shareLines`): its label's share words, the «عبر @…» after its link (share-line-headline.ts). */
  shareLines?: ShareLineWords;
  lookup: NameLookup;
  /** Lexicon keys of UI/label words («شارك», «كتب», «المصدر»): a line opening with one is not a headline. */
  labelWords: Set<string>;
  key: (s: string) => string;
  dates: DateReader;
  /** The site's masthead in another form («جريدة العرب القطرية» on a page headed «العرب»). */
  masthead?: (text: string) => boolean;
  /** Lexicon keys of section labels («دولي», «محليات»: `sectionLabels`), menu entries of their own. */
  sectionLabels?: ReadonlySet<string>;
  /** Lexicon keys of programme, column and series labels («برنامج», «زاوية»: `kickerLabels`). */
  kickerLabels?: ReadonlySet<string>;
  /** Indexes of lines printed as a logo's alt text («شعار بلدية …»: the masthead, never the headline). */
  logoLines?: ReadonlySet<number>;
  /** Normalised words a photo caption describes its picture with («خلال», «أثناء», «أرشيفية»: `captionWords`). */
  captionWords?: ReadonlySet<string>;
  /** Lexicon keys of a stock picture's labels a caption opens with («صورة تعبيرية»: `captionOpeners`). */
  captionOpeners?: readonly string[];
  /** A line only saying whose the channel is («إحدى الإذاعات … التابعة لـ …»: channel-owners.ts). */
  ownerRole?: (text: string) => boolean;
  /** Lexicon keys of the words a masthead's tagline names its publisher by («تصدر عن»: `publisherLineCues`). */
  publisherCues?: readonly string[];
  /** Lexicon keys of genre tags a headline may open with («فيديو», «مباشر», «عاجل»: `genreTags`). */
  genreTags?: ReadonlySet<string>;
  /** A breaking-news bar's label alone on its line («عاجل»: `urgentBarLabels`); the line under it may be the bar's item. */
  isUrgentBar?: (text: string) => boolean;
  /** The lexicon's interface lines and calls to action, for furniture glued before a headline (glued-furniture.ts). */
  furnitureWords?: FurnitureWords;
  /** Account words, clock and relative times, counts, tickers glued at either end of the headline (headline-furniture.ts). */
  headlineFurniture?: HeadlineFurnitureWords;
  /** Lexicon keys of a sponsor's labels («برعاية», `sponsorLabels`): a span opening so is furniture beside a headline. */
  sponsorLabels?: readonly string[];
  /** «بقلم», «كتب»: a byline's labels — «— بقلم: NAME» glued after a column's headline is the byline (thirty-fifth round). */
  bylineLabels?: ReadonlySet<string>;
  /** A rights line («جميع الحقوق محفوظة © NAME»: `rightsPhrases`): a short line it prints whole is the site's name. */
  holdsRights?: (text: string) => boolean;
  /** Normalised verbs a wire's lead opens with («أعلن», «قال»: `leadVerbs`): a «.»-closed line opening so is a sentence. */
  leadVerbs?: ReadonlySet<string>;
  /** A newsroom's signatures («فريق التحرير», «هيئة التحرير»: `staffCredits`, lexKeys): «NAME ـ فريق التحرير» is a credit line. */
  staffCredits?: ReadonlySet<string>;
  /** A ticker's labels over its items on lines of their own (`urgentBarLabels`, `tickerItemLabels`: ticker-items.ts). */
  tickerLabels?: TickerLabels;
  /** The headline each aggregator's frame on the page holds, by line index (headline-frame.ts). */
  framedHeadlines?: ReadonlyMap<number, string>;
}

// A market ticker's quote: an up/down arrow, or a short name, a value and a change in percent.
const MARKET_QUOTE = /[▲▼△▽↑↓🔺🔻]|^[^\d]{1,25}\s[\d.,٠-٩]+\s+[+\-−]?[\d.,٠-٩]+\s*[%٪]$/u;

/** A site's name a rights line prints is short. */
const MAX_RIGHTS_NAME_WORDS = 5;

/** Scores the candidates in lines[0 … end) against the lead paragraphs. */
const AGENCY_NAME = /^(?:ال)?وكال[ةه]\s.*(?:للأنباء|للانباء|الإخبارية|الاخبارية|الأنباء|الانباء)(?:\s(?:الدولية|الرسمية))?$/u;

export function chooseHeadline(lines: ClassifiedLine[], end: number, lead: string[], ctx: HeadlineContext): HeadlineChoice {
  const leadWords = leadIndex(contentWords(lead.join(' '), ctx.functionWords));
  const leadText = lead.join(' ');
  let lastClutter = -1;
  for (let i = 0; i < end; i++) if (['menu', 'boilerplate', 'marker', 'inline-link'].includes(lines[i].kind) || lines[i].bullet) lastClutter = i;
  const keys = lines.filter((l) => l.kind !== 'blank').map((l) => l.key);
  const topLines = lines.filter((l) => l.kind !== 'blank').slice(0, 3).map((l) => l.index);
  const scored: HeadlineCandidate[] = [];
  // «عاجل | ITEM» / «ITEM» / DATE: a ticker's items on lines of their own (ticker-items.ts).
  const tickerItems = ctx.tickerLabels ? tickerItemLines(lines, end, ctx.tickerLabels) : undefined;
  // «نعرض لكم … تفاصيل خبر HEADLINE في المقال التالي», over the story or under it: the frame says which words are the headline.
  for (const [index, title] of ctx.framedHeadlines ?? []) {
    const framed = framedCandidate(lines[index], title, leadWords, ctx);
    if (framed) scored.push(framed);
  }
  for (let i = 0; i < end; i++) {
    const l = lines[i];
    // «10:32 HEADLINE», «الرئيسية › عربي ودولي › HEADLINE», «تسجيل الدخول HEADLINE»: furniture glued
    // before the headline is cut and the rest scored (glued-furniture.ts; a breadcrumb is a menu line).
    // A date, or a trail whose entries the page prints elsewhere, glued to the headline (headline-segments.ts).
    // «دخول | تسجيل HEADLINE», «HEADLINE 1,245 مشاهدة»: furniture at either end by the lexicon's words (headline-furniture.ts).
    // «أخبار عالمية - HEADLINE»: a section's label is cut whole, before «أخبار» alone is read as an interface word.
    const before = l.bullet || !ctx.furnitureWords ? undefined : gluedBeforeHeadline(l.text, ctx.furnitureWords, ctx.functionWords, leadWords, leadText);
    // «عاجل | … | … | HEADLINE»: a ticker's bar run into the headline's line, the part the lead repeats kept (ticker-segment.ts).
    const listed = l.bullet || !ctx.furnitureWords ? undefined : (l.words >= 5 && l.words <= 30 ? tickerSegment(l.text, leadWords, ctx.functionWords) : undefined)
      ?? (before?.shape === 'section label' ? before : undefined)
      ?? (l.words >= 3 && l.words <= 30 ? furnitureSegment(l.text, leadWords, { ...ctx, furnitureWords: ctx.furnitureWords }) : undefined)
      ?? before
      ?? (l.words >= 3 && l.words <= 30 && (!EXCLUDED_KINDS.has(l.kind) || SEGMENTED_KINDS.has(l.kind)) ? headlineSegment(l, lines, leadWords, { ...ctx, furnitureWords: ctx.furnitureWords }) : undefined);
    // «HEADLINE ⏱ 3 د», «📌 مثبت — HEADLINE», «HEADLINE | برعاية …»: side spans no list names, cut by the evidence (headline-sides.ts).
    const glued = l.bullet || l.words < 5 || l.words > 30 || (EXCLUDED_KINDS.has(l.kind) && !FURNITURE_KINDS.has(l.kind)) ? listed
      : withSides(listed, sideFurniture(l, listed?.rest ?? l.text, lines, leadWords, leadText, ctx));
    if ((EXCLUDED_KINDS.has(l.kind) && !((l.kind === 'menu' && glued?.shape === 'trail') || (l.kind === 'date' && glued?.shape === 'date') || (FURNITURE_KINDS.has(l.kind) && glued?.shape === 'furniture'))) || l.bullet || l.words < 3 || l.words > 30) continue;
    // A sentence, not a headline — unless it is short, apart and echoed by the lead (headline-candidates.ts).
    const periodClosed = l.kind === 'body' && !/[؟?!]$/.test(l.text) && /[.]$/.test(l.text);
    if (periodClosed && !periodClosedHeadline(l, lines, leadWords, ctx)) continue;
    if (/https?:\/\/|www\.|\.(?:com|net|org)\b/i.test(l.text) || ctx.lookup(l.text) || ctx.masthead?.(l.text)) continue;
    if (MARKET_QUOTE.test(l.text)) continue; // «برنت 74.12 ▲ 1.1%»: a ticker's quote
    if (ownCreditLine(l.text, lines, ctx)) continue;
    // «شعار بلدية طرابلس المركز»: a logo's alt text is the masthead, whatever the lead repeats of it.
    if (ctx.logoLines?.has(l.index)) continue;
    // «صورة تعبيرية ترمز …»: a stock picture's caption, never the headline (caption-lines.ts).
    if (ctx.captionOpeners && opensAsCaption(l.text, ctx.captionOpeners)) continue;
    if (ctx.ownerRole?.(l.text)) continue;
    // «عقلة الصقور اليوم» on top and again in «جميع الحقوق محفوظة © عقلة الصقور اليوم» after the story: the site's name,
    // never the headline, however much of it the lead repeats (thirty-eighth round, at the merge; aside38 u3544, spent).
    if (l.words <= MAX_RIGHTS_NAME_WORDS && ctx.holdsRights && lines.slice(end).some((o) => o.index !== l.index && o.text.includes(l.text.trim()) && ctx.holdsRights!(o.text))) continue;
    // «مجلة أسبوعية مصورة تصدر عن دار الهلال منذ عام 1924» under the masthead: its tagline, never the headline.
    if (topLines.includes(i) && l.words <= 14 && ctx.publisherCues?.some((c) => ` ${l.key} `.includes(` ${c} `))) continue;
    const why: string[] = periodClosed ? ['closed by «.»'] : [];
    // «فيديو | لافروف يرد …», «مباشر | اليوم الثاني من …»: a genre tag glued to the headline says
    // what the page is; the words after it are measured, and the tag is no UI label's line.
    // «📸 3 / 7 — صور: HEADLINE»: furniture cut before a genre tag leaves the tagged headline (thirty-fifth round).
    // A ticker's label («عاجل |») opens the bar cut off the headline, not a genre tag of the whole line.
    const taggedWhole = isTickerCut(glued) ? undefined : genreTagged(l.text, ctx);
    const cut = taggedWhole ? undefined : glued;
    const tagged = taggedWhole ?? (cut && !('after' in cut && cut.after) ? genreTagged(cut.rest, ctx) : undefined);
    if (tagged) why.push('opens with a genre tag');
    if (cut) why.push(`${cut.shape} glued ${'after' in cut && cut.after ? 'after' : 'before'} it, cut`, ...('evidence' in cut && cut.evidence ? [cut.shape === 'furniture' ? `its words: ${cut.evidence}` : `its entries ${cut.evidence}`] : []));
    const head = cut?.rest ?? l.text;
    const { share: overlap, shared } = overlapShare(contentWords(tagged ?? head, ctx.functionWords), leadWords);
    // A ticker's item, under a lone «عاجل» or in a ticker's run: the lead repeats less than half of it (ticker-items.ts).
    if (isUnrepeatedTickerItem(l, lines, overlap, tickerItems, leadWords, ctx)) continue;
    // Past three quarters, more shared words do not make a line more of a headline (a deck or a
    // caption can repeat the lead word for word); position and shape decide then.
    let score = Math.min(overlap, MAX_OVERLAP_CREDIT) - (periodClosed ? PERIOD_PENALTY : 0);
    why.push(`lead repeats ${Math.round(overlap * 100)}% of its words`);
    // One shared word is chance («شاهد جميع النشرات» and a lead «… لجميع الأطراف»); a headline shares several.
    const plausible = overlap >= PLAUSIBLE_OVERLAP && shared >= MIN_SHARED_WORDS;
    if (plausible && !scored.some((c) => c.plausible)) { score += 0.15; why.push(FIRST_SHARED); }
    // The headline is often printed again (title bar, share text «شارك: …»).
    // A line printed twice back to back is a photo's alt text and caption, not a headline's echo.
    // The caption may carry the photo's credit after it («زيلينسكي وبوتين،» / «زيلينسكي وبوتين، فيتو»).
    const twin = [i - 1, i + 1].some((j) => !!lines[j] && sameCaption(lines[j].key, l.key));
    // A browser's title bar prints it with the site's name after it («X | راديو نوا», sixteenth round).
    const echoes = twin ? 0 : keys.filter((k) => k !== l.key && (k.endsWith(l.key) || titleBarOf(k, l.key))).length + (l.repeats - 1);
    if (echoes > 0) { score += 0.3; why.push(`printed ${echoes + 1}×`); }
    // …and a caption is no headline: under another headline-shaped line it yields to it
    // («الأمم المتحدة: …» over «حرب روسيا وأوكرانيا» twice; twenty-third round, real pages).
    else if (twin && scored.some((c) => c.line.index < i - 1)) { score -= 0.3; why.push('printed twice back to back: a photo\'s alt text and caption'); }
    // The title bar itself: another line is this one less a name after a separator.
    // «date 2025-08-29 HEADLINE - NAME»: what is left after a cut may be the title bar.
    const headKey = cut ? ctx.key(head) : l.key;
    if (keys.some((k) => k !== l.key && k.length >= 12 && titleBarOf(headKey, k))) { score -= 0.5; why.push('a title bar: the headline and a name after it'); }
    if (i > lastClutter || (cut && i === lastClutter)) { score += 0.1; why.push(AFTER_MENUS); }
    const opening = head.split(/[:：\-–]/)[0].trim().split(/\s+/);
    if (!tagged && [1, 2, 3].some((n) => n <= opening.length && ctx.labelWords.has(ctx.key(opening.slice(0, n).join(' '))))) { score -= 0.6; why.push('opens with a label'); }
    if (/[0-9٠-٩]/.test(head) && ctx.dates.findDates(head).length && !ownClosingDate(head, ctx.dates, ctx.functionWords)) { score -= 0.5; why.push('holds a date'); }
    // «برنامج: حوار الأسبوع» over the episode's headline: a programme's, column's or series' label
    // names where the story comes from (a lead naming the programme repeats it; eighteenth round).
    const kicker = /^([^:：]{2,30})[:：]/u.exec(l.text)?.[1].trim();
    if (kicker && l.words <= 5 && ctx.kickerLabels?.has(ctx.key(kicker))) { score -= 0.6; why.push('a programme or column label'); }
    // «وكالة تسنيم الدولية للأنباء»: an agency's name (its words recur in a lead that quotes it).
    if (l.words <= 6 && AGENCY_NAME.test(l.text)) { score -= 0.6; why.push('an agency\'s name'); }
    // A photo caption: a sentence closed by the photo agency's tag («… في جنيف. (أ.ب)»).
    // «… في أوسلو (فيديو)», «… (تحديث مستمر)»: a genre or status tag closing a headline is no photo credit.
    // «… (23 تعليقا)»: a count cut as furniture is no credit; the rest is what is measured.
    const closing = /\(([^()]{1,20})\)$/.exec(head);
    if (closing && !ctx.genreTags?.has(ctx.key(closing[1]))) { score -= 0.4; why.push('caption shape'); }
    else if (/[^.][.!؟?]\s+\S/.test(l.text.replace(/\.{2,}/g, '…'))) { score -= 0.2; why.push('two sentences'); }
    // A cut part's Latin («date 2027-02-01 HEADLINE»: the field's label) is not the headline's.
    if (/[A-Za-z]{2,}/.test(head)) { score -= 0.2; why.push('Latin letters'); }
    // «وزير الخارجية النرويجي:» over «"مستعدون …"», «بعد قمة أنقرة:» over the headline: a line that
    // ends on a colon leads into the line below it (a speaker, a kicker); a headline never ends so.
    if (/[:：]\s*$/u.test(l.text)) { score -= 0.4; why.push('ends on a colon: a lead-in to the line below'); }
    // «ماكرون وشولتس وميلوني» over the headline: names joined by «و», each a word of the story's opening
    // but not the phrase, are the picture's alt text (weak-guess.ts; thirty-second session, 13p).
    if (l.words <= 4 && namesTheStory(l, lines, end)) { score -= 0.6; why.push('names the story\'s people joined by «و»: a picture\'s alt text'); }
    // «الرئيس الروسي فلاديمير بوتين» over a lead that prints it word for word: the picture's caption (caption-lines.ts).
    else if (printedWholeInLead(l.text, lead[0], ctx.functionWords)) { score -= 0.6; why.push('the lead prints it whole: a picture\'s caption'); }
    // «حكومة إقليم كوردستان» at the top, «رئيس حكومة إقليم كوردستان يستقبل …» below it: a short
    // line among the first ones whose words a longer line below holds whole is the masthead the
    // headline names, not the headline.
    if (l.words <= 4 && topLines.includes(i) && lines.slice(i + 1, end).some((o) => o.words > l.words + 2 && ` ${o.key} `.includes(` ${l.key} `))) {
      score -= 0.3; why.push('a masthead a longer line below repeats');
    }
    // «قرارات مجلس الوزراء» over «مجلس الوزراء يجدد دعم …»: a short line whose words the lead repeats, every
    // one of them printed again in a longer line below that the lead repeats as much, is the section or kicker
    // naming the headline's subject — the lead's repetition is the headline's (twenty-third round, second wave).
    else if (l.words <= 4 && shared >= 2 && kickerOfLineBelow(l, i, lines, end, overlap, leadWords, ctx)) {
      score -= 0.3; why.push('a section or kicker line a longer line below repeats');
    }
    // «سوريا على طول» over «Syria Direct»: a short first line over its brand in Latin letters is
    // a bilingual masthead (its words recur in a story that names the site).
    // The brand may sit one line lower, under the body's own sub-line («جامعة الدول العربية» /
    // «الأمانة العامة» / «League of Arab States»: twenty-first round, second wave).
    const underTwo = lines.slice(i + 1).filter((o) => o.kind !== 'blank').slice(0, 2);
    const under = underTwo[0]?.kind === 'latin' || underTwo[1]?.kind !== 'latin' || underTwo[0].words > 3 || underTwo[1].words > 4 ? underTwo[0] : underTwo[1];
    // Its Latin acronym alone («المرصد السوري لحقوق الإنسان» / «SOHR») is a brand too (nineteenth round, part O).
    const acronym = under?.kind === 'latin' && under.words === 1 && /^[A-Z]{2,6}$/.test(under.text.trim()) && l.words >= 2;
    if (l.words <= 4 && i === topLines[0] && under?.kind === 'latin' && ((under.words >= 2 && under.words <= (under === underTwo[0] ? 3 : 4)) || acronym)) {
      score -= 0.6; why.push('a masthead over its Latin brand');
    }
    // «المؤتمر نت» / «صوت المؤتمر الشعبي العام» / «أخبار» / «تقارير»: a short line among the first
    // ones that sits on a run of menu entries is the masthead's tagline or its other script, however
    // many of its words a story about the site's own party repeats (nineteenth round).
    if (l.words <= 4 && topLines.includes(i)) {
      const after = nextLines(lines, i, 2);
      if (after.length === 2 && after.every((o) => o.words <= 2 && MENU_RUN_KINDS.has(o.kind))) {
        score -= 0.4; why.push('over a run of menu entries at the top');
      }
    }
    // «الرئيسية» / «جهة سوس ماسة» / «دولي»: a short line between two menu entries is one of them,
    // whatever words of the lead it names (a region, a country, a file's name; seventeenth round).
    if (l.words <= 4 && navEntry(neighbour(lines, i, -1), ctx) && navEntry(neighbour(lines, i, 1), ctx)) {
      score -= 0.4; why.push('between two menu entries');
    }
    scored.push({ line: l, score, overlap, shared, plausible, why, ...(cut ? { text: cut.rest } : {}) });
  }
  captionOverHeadline(scored, lines, ctx);
  siteLinesYield(scored, lines, end, lead[0] ?? '', ctx.functionWords, FIRST_SHARED, AFTER_MENUS);
  shortLabelUnderHeadline(scored);
  headlineOverDeck(scored, lines, end, leadWords, ctx, (s) => !EXCLUDED_KINDS.has(s.kind) && !s.bullet && s.repeats === 1 && !topLines.includes(s.index)
    && !ctx.lookup(s.text) && !ctx.masthead?.(s.text) && !ctx.sectionLabels?.has(s.key) && !/[:：|]/u.test(s.text));
  // Best score; ties go to the earlier line (headlines come before decks and captions).
  scored.sort((a, b) => b.score - a.score || a.line.index - b.line.index);
  const [best, second] = scored;
  if (best && best.score >= MIN_HEADLINE_SCORE) return { chosen: withoutSiteName(best, lines, leadWords, ctx), runnerUp: second, candidates: scored };
  // A headline that paraphrases its story («خبراء: التقارب … يعيد رسم التوازنات» over «يرى
  // محللون أن الاتصالات …») shares few words with the lead: a heading of headline length, the
  // first line after the menus, sharing at least a word and with no close rival, is taken on its
  // position and shape.
  // A question of headline length over the header («ما الذي يعنيه السلام …؟» over its date) reads
  // as a sentence: it is headline-shaped too (seventeenth round).
  const headlineShaped = best && (best.line.kind === 'heading' || (best.line.kind === 'body' && /[؟?]\s*["»”]?$/u.test(best.line.text)));
  // A column's headline sitting on its author's byline («د. NAME -») may be shorter (twenty-fourth round, second wave).
  const minWords = best && onHeader(lines, best.line.index) && neighbour(lines, best.line.index, 1)?.kind === 'byline' ? 3 : 6;
  if (best && (!second || second.score < best.score - 0.1) && headlineShaped && best.line.words >= minWords && best.line.words <= 20
    && best.overlap > 0 && best.why.includes('first after the menus') && best.why.length === 2) {
    return { chosen: { ...best, why: [...best.why, 'only headline-shaped line after the menus'] }, candidates: scored };
  }
  // No line above the story convinces: the headline may be printed under it (headline-candidates.ts).
  const under = headlineUnderStory(lines, end, ctx);
  if (under && under.score >= MIN_HEADLINE_SCORE) return { chosen: under, runnerUp: best, candidates: [under, ...scored] };
  // Nor under it: the page's share text may print it beside the page's link (share-line-headline.ts).
  const shared = headlineInShareLine(lines, lead, ctx.shareLines, ctx);
  if (shared && shared.score >= MIN_HEADLINE_SCORE) return { chosen: shared, runnerUp: best, candidates: [shared, ...scored] };
  return { runnerUp: best, candidates: scored };
}

/** The frame names its headline: scored by what the lead repeats of it, and the frame's word (a lead sharing none of it is another story's). */
function framedCandidate(line: ClassifiedLine, title: string, leadWords: LeadIndex, ctx: HeadlineContext): HeadlineCandidate | undefined {
  const { share: overlap, shared } = overlapShare(contentWords(title, ctx.functionWords), leadWords);
  if (!shared) return undefined;
  const plausible = overlap >= PLAUSIBLE_OVERLAP && shared >= MIN_SHARED_WORDS;
  const score = Math.min(overlap, MAX_OVERLAP_CREDIT) + FRAMED_CREDIT;
  return { line, score, overlap, shared, plausible, text: title, why: ['an aggregator\'s frame names it the headline', `lead repeats ${Math.round(overlap * 100)}% of its words`] };
}

/**
 * «وزير الطاقة الروسي خلال منتدى اقتصادي في موسكو» / «موسكو تبدي استعدادا …» / «الأحد 21 يونيو 2026»:
 * a line describing a picture (a `captionWords` word: «خلال», «أثناء», «أرشيفية») printed right
 * above a headline-shaped line that sits on the page's header (its date or byline) and describes
 * nothing is the photo's caption over the headline — it may repeat the lead word for word. It loses
 * the first line's credit to the line under it and takes the caption's penalty (eighteenth round).
 */
function captionOverHeadline(scored: HeadlineCandidate[], lines: readonly ClassifiedLine[], ctx: HeadlineContext): void {
  if (!ctx.captionWords?.size) return;
  const describes = (text: string) => normalizeArabic(text).split(/[^\p{L}\p{N}]+/u).some((w) => ctx.captionWords!.has(w));
  for (const caption of scored) {
    if (!caption.plausible) continue;
    const under = neighbour(lines, caption.line.index, 1);
    const headline = under && scored.find((c) => c.line === under);
    if (!headline || !headline.plausible || describes(headline.line.text)) continue;
    // A clip's description or an interview's teaser over the headline describes nothing in
    // captionWords' terms, but runs long: ≥ 15 words and half as long again as the line under it
    // (twenty-second round, part H).
    if (!describes(caption.line.text) && !(caption.line.words >= 15 && caption.line.words >= 1.5 * headline.line.words)) continue;
    if (!onHeader(lines, headline.line.index)) continue;
    caption.score -= 0.4;
    caption.why.push('a caption over the headline');
    if (caption.why.includes(FIRST_SHARED)) {
      caption.score -= 0.15;
      caption.why.splice(caption.why.indexOf(FIRST_SHARED), 1);
      headline.score += 0.15;
      headline.why.push(FIRST_SHARED);
    }
  }
}

/**
 * «خاص | زاجل نيوز», «متابعات - NAME»: a credit word (`creditWords`) and a name the lists or the page
 * know, set off by a spaced separator, says who gathered the story — a credit line, never the
 * headline, however much of it a lead naming the site repeats (twenty-third round, second wave).
 */
function ownCreditLine(text: string, lines: readonly ClassifiedLine[], ctx: HeadlineContext): boolean {
  const parts = text.split(/\s+(?:[|｜\-–—/]|ـ+)\s+/u).map((p) => p.trim());
  if (parts.length !== 2) return false;
  // «NAME ـ فريق التحرير», «NAME | هيئة التحرير»: a short name and the newsroom's signature (`staffCredits`) — the site
  // signing its story, whatever the name, however much of it a lead quoting the site repeats (forty-fourth round, real pages).
  const signature = (p: string) => !!ctx.staffCredits?.has(ctx.key(p));
  const shortName = (p: string) => p.split(/\s+/).length <= 3 && /^[\p{L}\p{M}0-9 ]+$/u.test(p) && !ctx.functionWords.has(ctx.key(p.split(/\s+/)[0]));
  if ((signature(parts[1]) && shortName(parts[0])) || (signature(parts[0]) && shortName(parts[1]))) return true;
  // Known to the lists, a form of the masthead, or printed alone on a line of the page (the masthead itself).
  const named = (p: string) => !!ctx.lookup(p) || !!ctx.masthead?.(p) || lines.some((o) => o.text.trim() === p);
  const credit = (p: string) => p.split(/\s+/).length === 1 && isCreditWord(p, ctx.lookup);
  return (credit(parts[0]) && named(parts[1])) || (named(parts[0]) && credit(parts[1]));
}

/** A longer line below `l` (before the story) holding every word of `l` the lead repeats, repeated by the lead as much. */
function kickerOfLineBelow(l: ClassifiedLine, i: number, lines: readonly ClassifiedLine[], end: number, overlap: number, leadWords: LeadIndex, ctx: HeadlineContext): boolean {
  const words = contentWords(l.text, ctx.functionWords);
  const inLeadCount = overlapShare(words, leadWords).shared;
  return lines.slice(i + 1, end).some((o) => {
    if (o.words < l.words + 3 || o.words > 30 || EXCLUDED_KINDS.has(o.kind)) return false;
    const below = contentWords(o.text, ctx.functionWords);
    return overlapShare(words, leadIndex(below)).shared >= inLeadCount && overlapShare(below, leadWords).share >= overlap;
  });
}

/** «فيديو | HEADLINE», «عاجل: HEADLINE»: the headline after a `genreTags` tag and a bar or colon (≥ 3 words), else undefined. */
function genreTagged(text: string, ctx: HeadlineContext): string | undefined {
  if (!ctx.genreTags?.size) return undefined;
  const m = /^([^|｜:：]{2,30}?)\s*(?:[|｜:：]|\.\.+)\s*(\S.*)$/u.exec(text);
  if (!m || !ctx.genreTags.has(ctx.key(m[1].trim())) || m[2].split(/\s+/).length < 3) return undefined;
  return m[2];
}

