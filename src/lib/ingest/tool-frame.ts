// A copy made by a tool no `copyWrappers` entry lists (a read-later app, a news app, a chat's link
// preview, a channel viewer) is framed by the tool's own lines: Latin-only lines on top (the
// tool's name, a poster and a time, the shared URL) and Latin-only lines at the foot («Open in
// browser», «Archive · Move · Share», «(edited)», a view counter). The page's own text sits in
// the frame, and the site's name is where such a copy prints it: a short Arabic line between the
// tool's header and the headline (a channel's or a preview's site name), or between the story
// and the tool's footer (the app's source line). Evidence from the frame's shape, not a tool's
// name: both ends must be the tool's. Pure: lines in, signals out.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { HOSTS, isUrl, type Signal } from './credits';
import { normalizeArabic } from '../arabic/normalize';

type PageLine = { text: string; index: number; kind: string; words: number };

const ARABIC = /[\u0600-\u06FF]/u;
const MAX_NAME_WORDS = 4;

/** The framed site name, 0.62 (over a bare short first line, 0.5, and an unmapped domain, 0.6). */
export function toolFrameName(lines: readonly PageLine[], titleIndex: number | undefined, bodyEnd: number | undefined, lex: Lexicon): Signal[] {
  const shown = lines.filter((l) => l.kind !== 'blank');
  if (titleIndex === undefined || shown.length < 4) return [];
  const latin = (l: PageLine) => !ARABIC.test(l.text);
  // Both ends of the page are the tool's: its first and its last line have no Arabic letter, and
  // the last is no © line (a site's own footer: «© 2025 TV-Novosti»).
  const end = shown[shown.length - 1];
  if (!latin(shown[0]) || !latin(end) || /©|copyright/i.test(end.text)) return [];
  const out: Signal[] = [];
  const title = shown.findIndex((l) => l.index === titleIndex);
  // On top: every line above the one right over the headline is the tool's.
  // A brand over its own domain («MTV Lebanon» / «mtv.com.lb») is the site's header, not a tool's.
  // The tool's short Latin lines between the name and the headline («5 min», a reading time) are
  // the frame's too (a Readwise Reader copy, fourteenth round, second half).
  let at = title - 1;
  while (at > 1 && latin(shown[at]) && shown[at].words <= 3) at--;
  if (at >= 1 && shown.slice(0, at).every(latin) && !brandAndDomain(shown.slice(0, at))) {
    const name = shown[at];
    if (nameShaped(name, lex)) out.push(frameSignal(name, 'site name between a copying tool\'s header and the headline'));
  }
  // At the foot: after the story, the last Arabic line, only the tool's lines below it.
  let last = shown.length - 1;
  while (last > 0 && latin(shown[last])) last--;
  const foot = shown[last];
  if (bodyEnd !== undefined && foot.index >= bodyEnd && foot.index > titleIndex && nameShaped(foot, lex)) {
    out.push(frameSignal(foot, 'site name between the story and a copying tool\'s footer'));
  }
  return out;
}

/** Header lines that agree: a Latin brand and a domain whose first label spells it («MTV Lebanon» / «mtv.com.lb», «Nahar Plus» / «naharplus.…»). */
function brandAndDomain(header: readonly PageLine[]): boolean {
  const labels = header.map((l) => /(?:^|\s|\/\/)(?:www\.)?([a-z0-9-]+)\.[a-z]{2,}/i.exec(l.text)?.[1]?.toLowerCase().replace(/-/g, '')).filter((d): d is string => !!d);
  const brands = header.filter((l) => !/\.[a-z]{2,}/i.test(l.text)).map((l) => l.text.toLowerCase().split(/\s+/).filter(Boolean));
  return labels.some((d) => brands.some((w) => w.length > 0 && (d === w.join('').replace(/[^a-z0-9]/g, '') || d === w[0].replace(/[^a-z0-9]/g, ''))));
}

function frameSignal(l: PageLine, rule: string): Signal {
  return { field: 'outlet', value: l.text.trim(), confidence: 0.62, rule, line: l.index + 1 };
}

/** One to four Arabic words, no sentence or label punctuation; not a byline, date, place, UI line, prompt or a generic credit. */
function nameShaped(l: PageLine, lex: Lexicon): boolean {
  if ((l.kind !== 'short' && l.kind !== 'heading') || l.words > MAX_NAME_WORDS) return false;
  const text = l.text.trim();
  if (!/^[\u0600-\u06FF]/u.test(text) || /[.!؟?:،,«»"()/|#@]/u.test(text)) return false;
  const key = lexKey(text);
  const first = lexKey(text.split(/\s+/)[0]);
  if (lex.bylines.has(first) || lex.givenNames.has(first) || lex.dates.lineWords.has(first) || lex.dates.isMonthName(first)) return false;
  if (lex.places.has(key) || lex.exact.has(key) || lex.functionWords.has(first)) return false;
  // «اشترك في نشرتنا»: a word no name holds (`nameStopWords`) makes it a prompt.
  if (text.split(/\s+/).some((w) => lex.nameStopWords.has(normalizeArabic(w)))) return false;
  return lex.names(text)?.kind !== 'generic';
}

/**
 * A link preview (a chat's unfurled card: Slack, Discord, a messenger): the link, the site's name
 * on a short line of its own, then the headline — «https://3ayin.com/…» / «عاين» / headline
 * (aside12 u571, aside13 u631; fourteenth round). One to four words of a name's shape between a
 * URL line and the headline name the site that the link leads to.
 */
export function nameUnderLink(lines: readonly PageLine[], titleIndex: number | undefined, lex: Lexicon): Signal[] {
  if (titleIndex === undefined) return [];
  const above = lines.slice(0, titleIndex).filter((l) => l.kind !== 'blank');
  const [link, name] = above.slice(-2);
  // «شاركت رابطا من موقع دمشق الآن» / «دمشق الآن» / headline: a chat's share line naming the site,
  // then the card's site name alone — the card names the site, not the chat's team or group
  // (a Teams or Messenger copy; twenty-first round, second wave).
  const shareLine = !!link && !!name && link.words > name.words && link.words <= 10 && !/[.!؟?]$/u.test(link.text.trim()) && link.text.trim().endsWith(` ${name.text.trim()}`);
  // A shared link leads to a story (a path after the host); a bare domain over a section label
  // («mtv.com.lb» / «أخبار دولية») is the site's own header.
  if (!link || !name) return [];
  if (shareLine && nameShaped(name, lex)) return [{ field: 'outlet', value: name.text.trim(), confidence: 0.62, rule: 'site name a share line names, over the headline (link card)', line: name.index + 1 }];
  if (!isUrl(link.text) || !/^(?:https?:\/\/)?[^/\s]+\/[^\s/]+/i.test(link.text.trim()) || HOSTS.test(/^(?:https?:\/\/)?(?:www\.)?([^/\s]+)/i.exec(link.text.trim())?.[1] ?? '')) return [];
  const text = name.text.trim();
  if ((name.kind !== 'short' && name.kind !== 'heading') || name.words > 4 || !/^[\u0600-\u06FF]/u.test(text) || /[.!؟?:،,]/u.test(text)) return [];
  const key = lexKey(text);
  if (lex.places.has(key) || lex.exact.has(key) || lex.names(text)?.kind === 'generic' || lex.givenNames.has(lexKey(text.split(/\s+/)[0]))) return [];
  const found = lex.names(text);
  return [{ field: 'outlet', value: found?.name ?? text, ...(found?.id ? { id: found.id } : {}), confidence: 0.6, rule: 'site name between a link and the headline (link preview)', line: name.index + 1 }];
}
