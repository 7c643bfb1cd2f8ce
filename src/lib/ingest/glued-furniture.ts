import { contentWords, overlapShare, type LeadIndex } from './lead-overlap';
import { isTopicTag } from './topic-tag';

// Page furniture a copy glued before the headline on one line, the line break lost: the post's
// clock time («10:32 HEADLINE»), a breadcrumb trail or a section label with its separators
// («الرئيسية › عربي ودولي › HEADLINE», «أخبار دولية | HEADLINE»), an interface word of the header
// («تسجيل الدخول HEADLINE»: an `exactLines` entry of content/boilerplate.yaml). The line either lost
// to the lead's first sentence (a breadcrumb is a menu line, a label opens it) or was kept whole.
// Only the shape is read here; headline.ts asks the evidence — the lead repeats the rest and not
// the prefix — before it scores the rest (twenty-fifth round, second wave).

/** A clock time, perhaps with its «ص»/«م» or AM/PM, then the headline. */
const CLOCK = /^[0-9٠-٩]{1,2}[:：][0-9٠-٩]{2}(?:\s*(?:ص|م|AM|PM|am|pm)(?=\s))?\s+(\S.*)$/u;
/** A trail's separator, spaced: «›», «»», «>», «/», «|». */
const TRAIL_SEPARATOR = /\s+[>»›/|｜]\s+/u;
/** A section label's spaced dash: «أخبار دولية - HEADLINE». */
const SECTION_DASH = /\s+[-–—]\s+/u;
/** A trail's or section label's entry: this many words at most, no digit, no sentence mark. */
const MAX_ENTRY_WORDS = 3;
const MAX_ENTRIES = 4;
/** The interface word: up to this many words of an `exactLines` entry. */
const MAX_INTERFACE_WORDS = 3;
/** The headline after the furniture: this many words at least. */
const MIN_HEADLINE_WORDS = 3;

export interface GluedFurniture {
  /** The furniture before the headline, as printed. */
  prefix: string;
  /** The headline after it. */
  rest: string;
  shape: 'clock time' | 'trail' | 'interface word' | 'section label' | 'topic tag';
}

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** The lexicon's words for furniture, as lexicon keys. */
export interface FurnitureWords {
  /** An interface line of its own («تسجيل الدخول»: `exactLines`). */
  isInterfaceLine: (text: string) => boolean;
  /** A call to action («شاهد», «استمع»: `interfaceWords.callsToAction`): «شاهد | …» is a teaser's label, not a section. */
  isCallToAction: (word: string) => boolean;
  /** A section's label («أخبار دولية», «دوليات»: `sectionLabels`, a section head and its nisba), never a place or a known name. */
  isSectionLabel?: (text: string) => boolean;
}

/**
 * The furniture glued before a headline and the headline after it, by shape, else undefined.
 */
export function gluedFurniture(text: string, words: FurnitureWords): GluedFurniture | undefined {
  const line = text.trim();
  const clock = CLOCK.exec(line);
  if (clock && wordCount(clock[1]) >= MIN_HEADLINE_WORDS) return { prefix: line.slice(0, line.length - clock[1].length).trim(), rest: clock[1].trim(), shape: 'clock time' };
  const parts = line.split(TRAIL_SEPARATOR);
  if (parts.length >= 2 && parts.length <= MAX_ENTRIES + 1) {
    const rest = parts[parts.length - 1].trim();
    const entries = parts.slice(0, -1);
    const entryShaped = (e: string) => wordCount(e) >= 1 && wordCount(e) <= MAX_ENTRY_WORDS && !/[0-9٠-٩.!؟?:：،,]/u.test(e);
    if (entries.every(entryShaped) && !words.isCallToAction(entries[0].trim().split(/\s+/)[0]) && wordCount(rest) >= MIN_HEADLINE_WORDS && wordCount(rest) > Math.max(...entries.map(wordCount))) {
      return { prefix: entries.join(' › '), rest, shape: 'trail' };
    }
  }
  // «أخبار عالمية - HEADLINE»: a section's label before a spaced dash. A place before it is a dateline's
  // («كييف - …»), a name the title bar's: isSectionLabel refuses both (thirty-first round, merged).
  const dashed = parts.length === 1 ? line.split(SECTION_DASH) : [];
  if (dashed.length === 2 && words.isSectionLabel) {
    const [label, rest] = dashed.map((p) => p.trim());
    if (wordCount(label) <= MAX_ENTRY_WORDS && !/[0-9٠-٩.!؟?:：،,]/u.test(label) && wordCount(rest) >= MIN_HEADLINE_WORDS && words.isSectionLabel(label)) {
      return { prefix: label, rest, shape: 'section label' };
    }
  }
  if (parts.length >= 2) return undefined; // a title bar «HEADLINE | NAME», a longer trail: not furniture before a headline
  const tokens = line.split(/\s+/);
  for (let n = Math.min(MAX_INTERFACE_WORDS, tokens.length - MIN_HEADLINE_WORDS); n >= 1; n--) {
    const prefix = tokens.slice(0, n).join(' ');
    if (words.isInterfaceLine(prefix)) return { prefix, rest: tokens.slice(n).join(' '), shape: 'interface word' };
  }
  return undefined;
}

/** As headline.ts asks of a plausible headline: two shared words, a quarter of its words. */
const MIN_SHARED_WORDS = 2;
const MIN_SHARED_SHARE = 0.25;

/** The lead may repeat a word of a trail by chance («عربي ودولي» and «جهد دولي»), under half of its words. */
const MAX_PREFIX_SHARE = 0.5;

/**
 * The furniture glued before a headline when the evidence agrees: the lead repeats the headline
 * after it (two words, a quarter of them) and under half of the prefix's words — a section the story
 * names («الأردن | …» over a lead about Jordan) is no furniture to cut.
 */
export function gluedBeforeHeadline(text: string, words: FurnitureWords, functionWords: Set<string>, lead: LeadIndex, leadText?: string): GluedFurniture | undefined {
  const found = gluedFurniture(text, words) ?? dashedTopicTag(text, functionWords, leadText);
  if (!found) return undefined;
  const rest = overlapShare(contentWords(found.rest, functionWords), lead);
  const prefix = overlapShare(contentWords(found.prefix, functionWords), lead);
  // «الأزمة الأوكرانية | HEADLINE»: one entry whose words the story tells is the story's topic tag — the lead repeating
  // them is the tag's evidence, not the headline's (topic-tag.ts; thirty-ninth round, at the merge).
  const topic = (found.shape === 'trail' || found.shape === 'topic tag') && !found.prefix.includes(' › ') && leadText !== undefined && isTopicTag(found.prefix, `${found.rest} ${leadText}`, functionWords);
  return rest.shared >= MIN_SHARED_WORDS && rest.share >= MIN_SHARED_SHARE && (prefix.share < MAX_PREFIX_SHARE || topic) ? found : undefined;
}

/**
 * «أزمة الحبوب – أزمة الحبوب تدفع …»: a topic tag set off by a spaced dash instead of a bar (forty-third round: the
 * bar's tag was cut, the dash's kept). Only a tag the story tells (topic-tag.ts) — a dateline's place or a section
 * label shares no two words with the story, and a section label is gluedFurniture's.
 */
function dashedTopicTag(text: string, functionWords: Set<string>, leadText?: string): GluedFurniture | undefined {
  if (leadText === undefined) return undefined;
  const dashed = text.trim().split(SECTION_DASH);
  if (dashed.length !== 2) return undefined;
  const [label, rest] = dashed.map((p) => p.trim());
  if (wordCount(label) > MAX_ENTRY_WORDS || /[0-9٠-٩.!؟?:：،,]/u.test(label) || wordCount(rest) < MIN_HEADLINE_WORDS) return undefined;
  return isTopicTag(label, `${rest} ${leadText}`, functionWords) ? { prefix: label, rest, shape: 'topic tag' } : undefined;
}
