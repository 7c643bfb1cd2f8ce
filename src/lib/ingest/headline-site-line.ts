// A line that is the site's, not the article's (thirty-fourth round): a diaspora site's community line («صوت الجالية
// العربية في …», «نافذة العرب في …», «أخبار العرب في …») shares words with a story about that community, so the lead's
// later paragraphs repeat it and the footer prints it again beside the site's name. The story's own first paragraph
// does not: it retells the headline. A short line of the site's frame — above the menus, or printed again after the
// story beside the site's name — whose words that paragraph repeats at most once yields to another candidate whose
// words it repeats (two, and at least two fifths of them): it loses the first-shared credit to it and its echo in the
// frame counts for nothing. A headline that paraphrases its lead stands under the menus and is echoed by a title bar.
import type { ClassifiedLine } from './classify';
import type { HeadlineCandidate } from './headline';
import { contentWords, leadIndex, overlapShare } from './lead-overlap';

/** A site's line is short: a tagline, a community line («منبر الجالية العربية في جنوب أستراليا»). */
const MAX_SITE_LINE_WORDS = 7;
/** The first paragraph repeats at most this many of its words. */
const MAX_FIRST_SHARED = 1;
/** The rival the first paragraph does repeat: two words, two fifths of them. */
const MIN_RIVAL_SHARED = 2;
const MIN_RIVAL_SHARE = 0.4;
const SITE_LINE_PENALTY = 0.3;
const ECHO = /^printed \d+×$/;

/** «أديلايد العربية - منبر الجالية العربية في …» after the story: the line printed again beside a name the page opens with. */
function printedInFrame(c: HeadlineCandidate, lines: readonly ClassifiedLine[], end: number): boolean {
  const top = lines.filter((l) => l.kind !== 'blank' && l.index !== c.line.index).slice(0, 3).map((l) => l.text.trim());
  const text = c.line.text.trim();
  return lines.slice(end).some((o) => o.text.includes(text) && top.some((t) => t.length >= 3 && o.text.replace(text, '').includes(t)));
}

/** Kinds of the short entries of a menu run («Home», «Community», «الرئيسية»): one in another script too. */
const MENU_ENTRY_KINDS = new Set(['menu', 'boilerplate', 'latin', 'short']);
const MIN_MENU_RUN = 2;

/** A run of menu entries (≤ 2 words each) stands between the line and the candidate below it: the line is the header's. */
function menuRunBetween(c: HeadlineCandidate, below: HeadlineCandidate, lines: readonly ClassifiedLine[]): boolean {
  if (below.line.index <= c.line.index) return false;
  return lines.slice(c.line.index + 1, below.line.index).filter((l) => l.words <= 2 && MENU_ENTRY_KINDS.has(l.kind)).length >= MIN_MENU_RUN;
}

export function siteLinesYield(scored: HeadlineCandidate[], lines: readonly ClassifiedLine[], end: number, firstParagraph: string, functionWords: Set<string>, firstShared: string, afterMenus: string): void {
  if (scored.length < 2 || !firstParagraph) return;
  // A short plausible line without digits first (most pages have none beside the headline): the hot path.
  if (!scored.some((c) => c.plausible && c.line.words <= MAX_SITE_LINE_WORDS && !/[0-9٠-٩]/u.test(c.line.text))) return;
  const first = leadIndex(contentWords(firstParagraph, functionWords));
  const repeated = (c: HeadlineCandidate) => overlapShare(contentWords(c.text ?? c.line.text, functionWords), first);
  const byFirst = new Map(scored.map((c) => [c, repeated(c)]));
  for (const line of scored) {
    if (!line.plausible || line.line.words > MAX_SITE_LINE_WORDS || /[0-9٠-٩]/u.test(line.line.text)) continue;
    if (byFirst.get(line)!.shared > MAX_FIRST_SHARED) continue;
    const rival = scored.find((c) => c !== line && c.plausible && byFirst.get(c)!.shared >= MIN_RIVAL_SHARED && byFirst.get(c)!.share >= MIN_RIVAL_SHARE);
    if (!rival) continue;
    if (line.why.includes(afterMenus) && !menuRunBetween(line, rival, lines) && !printedInFrame(line, lines, end)) continue;
    line.score -= SITE_LINE_PENALTY;
    line.why.push('the first paragraph repeats none of it, another line\'s words it repeats: a site\'s line');
    const echo = line.why.findIndex((w) => ECHO.test(w));
    if (echo >= 0) { line.score -= 0.3; line.why.splice(echo, 1); }
    if (line.why.includes(firstShared)) {
      line.score -= 0.15;
      line.why.splice(line.why.indexOf(firstShared), 1);
      if (!rival.why.includes(firstShared)) { rival.score += 0.15; rival.why.push(firstShared); }
    }
  }
}
