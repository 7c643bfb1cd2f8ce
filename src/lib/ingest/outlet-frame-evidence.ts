// The outlet by the frame's own evidence (thirty-sixth round). Each earlier round read the site's name from the places
// its own pages printed it — a © line, a follow line, a footer under a logo — and the next blind set printed it in
// another place of the same kind. Three readers here ask for evidence any template gives instead of a place's words:
// * *recurrence*: a site prints its name in its header and again in its footer, each time inside other furniture
//   («NAME على App Store» … «عن NAME | اتصل بنا», «استمع إلى بودكاست NAME» … «NAME، صحيفة …»). A run of two to four
//   words that a head line and a foot line share, which the story and the headline do not hold, names the site —
//   whatever words sit around it;
// * *the line over the menu*: furniture on top (a widget, a ticker, a banner and its button) pushes the masthead off the
//   first line; the name-shaped line right over the menu, under lines no name has, is the masthead;
// * *a name and its glued furniture*: «NAME — الموقع الرسمي», «NAME | منذ 3 ساعات»: a piece after a separator that holds
//   a number, opens on a common page word or an interface label is no part of the name.
// Weights are data (`frameEvidence` in content/boilerplate.yaml); the words are the lexicon's existing lists.
import type { Signal } from './credits';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { notANameByShape } from './outlet-shape';
import { isSlogan } from './tagline-names';
import { OUTLET_ABSTAIN } from './abstain';
import { notAPublisher } from './outlet-candidates';

type Line = { text: string; index: number; kind: string; words: number };
interface Page { lines: readonly Line[]; start: number; bodyEnd?: number; titleIndex?: number }

// Lines naming a wire, a person, a date or the story: never a place the site prints its own name (as outlet-agreement.ts).
const NOT_FRAME = new Set(['dateline', 'source', 'agency', 'byline', 'caption', 'blank', 'date', 'relative-time', 'tags', 'hashtags']);
// A frame line is furniture, not a related story's headline: longer lines are read as prose.
const FRAME_WORDS = 9;
// What splits a line into the pieces a name never crosses: bars, bullets, commas, colons, brackets, quotes, a spaced
// dash, a pictograph, ©.
const PIECES = /[|•·،,:：©®™()«»"“”[\]{}!?؟/\\]|\s[-–—]+\s|\p{Extended_Pictographic}|\uFE0F/u;
const ARABIC_WORD = /^\p{Script=Arabic}+$/u;
const DIGIT = /[0-9٠-٩]/u;
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A word's key and its key without a glued «ل» / «و» / «ب» («لبريد» → «بريد», «للأخبار» → «الأخبار»). */
function wordKeys(word: string): string[] {
  const k = lexKey(word);
  const out = [k];
  if (/^لل/u.test(k) && k.length >= 5) out.push(`ا${k.slice(1)}`);
  else if (/^[لوب]/u.test(k) && k.length >= 4) out.push(k.slice(1));
  return out;
}

interface Piece { words: string[]; keys: string[][]; whole: boolean }

/** A line's Arabic runs, each with the words as printed and their keys; `whole`: the run is all its piece holds. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const part of text.split(PIECES)) {
    // «الوادي…», «NAME.»: marks at a word's edges are no part of it.
    const tokens = part.trim().split(/\s+/).map((t) => t.replace(EDGE_MARKS, '')).filter(Boolean);
    let run: string[] = [];
    const flush = (whole: boolean) => { if (run.length) out.push({ words: run, keys: run.map(wordKeys), whole }); run = []; };
    for (const t of tokens) {
      if (ARABIC_WORD.test(t)) run.push(t);
      else flush(false);
    }
    flush(run.length === tokens.length);
  }
  return out;
}

const same = (a: string[], b: string[]) => a.some((x) => b.includes(x));

/** The longest run of words two pieces share (keys matched with a glued clitic allowed), as printed in `a`. */
function sharedRun(a: Piece, b: Piece): { words: string[]; wholeA: boolean; wholeB: boolean } | undefined {
  let best: { i: number; j: number; n: number } | undefined;
  for (let i = 0; i < a.words.length; i++) {
    for (let j = 0; j < b.words.length; j++) {
      let n = 0;
      while (i + n < a.words.length && j + n < b.words.length && same(a.keys[i + n], b.keys[j + n])) n++;
      if (n && (!best || n > best.n)) best = { i, j, n };
    }
  }
  if (!best) return undefined;
  return { words: a.words.slice(best.i, best.i + best.n), wholeA: a.whole && best.n === a.words.length, wholeB: b.whole && best.n === b.words.length };
}

/** Function words at either edge are no part of a name («NAME على …» shares «على»); a masthead's closer («اليوم») is. */
function trimEdges(words: string[], lex: Lexicon): string[] {
  const closers = new Set((lex.data.outletShape?.mastheadClosers ?? []).map(lexKey));
  const edge = (w: string) => lex.functionWords.has(lexKey(w)) && !closers.has(lexKey(w));
  let s = 0;
  let e = words.length;
  while (s < e && edge(words[s])) s++;
  while (e > s && edge(words[e - 1])) e--;
  return words.slice(s, e);
}

/** Words that name no one alone: common page nouns, section labels and words, interface labels. */
function commonWord(w: string, lex: Lexicon): boolean {
  const k = lexKey(w);
  const shape = lex.data.outletShape;
  // A header's account links («تسجيل الدخول»), with or without the article.
  const account = (lex.data.headlineFurniture?.pairedAccountWords ?? []).map(lexKey);
  if (account.includes(k) || account.includes(k.replace(/^ال/u, ''))) return true;
  return lex.genericPageWords.has(k) || lex.sectionLabels.has(k) || lex.functionWords.has(k)
    || (shape?.sectionWords ?? []).some((x) => lexKey(x) === k) || (shape?.uiLabels ?? []).some((x) => lexKey(x) === k);
}

/** Is `words` a name's shape: two to four words, not all common words, no shape a name never has, no wire's or generic name. */
function nameShaped(words: string[], lex: Lexicon): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (words.every((w) => commonWord(w, lex))) return false;
  // A person's name (a given name first: `givenNames`) beside a date or in an author box is a byline, not a site.
  if (lex.givenNames.has(lexKey(words[0]))) return false;
  const text = words.join(' ');
  if (notANameByShape(text, lex) || isSlogan(text, lex)) return false;
  const known = lex.names(text);
  return !known || known.kind === 'outlet';
}

/**
 * A run of two to four words printed by a head line (above the story) and a foot line (under it), each time inside
 * other furniture at least once, and held neither by the headline nor by the story: the site's name.
 */
export function recurringFrameName(page: Page, lex: Lexicon): Signal | undefined {
  const weights = lex.data.frameEvidence;
  if (!weights || page.bodyEnd === undefined) return undefined;
  // A sponsor's or partner's line names the partner, printed at the head and the foot alike.
  const frame = (l: Line) => !NOT_FRAME.has(l.kind) && l.index !== page.titleIndex && l.words <= FRAME_WORDS && !lex.isSponsorLine(l.text);
  const head = page.lines.filter((l) => l.index < page.start && frame(l));
  const foot = page.lines.filter((l) => l.index >= page.bodyEnd! && frame(l));
  if (!head.length || !foot.length) return undefined;
  // The story's and the headline's text: a run they hold is the story's subject, not the site. Keyed only when a
  // shared run is name-shaped (most pages have none): the story is the page's longest text.
  let story: string | undefined;
  const storyText = () => story ??= ` ${page.lines.filter((l) => l.index === page.titleIndex || (l.index >= page.start && l.index < page.bodyEnd!)).map((l) => lexKey(l.text)).join(' ')} `;
  const found: { words: string[]; line: number }[] = [];
  const footPieces = foot.map((l) => ({ p: pieces(l.text), key: lexKey(l.text) }));
  let inMenu = false;
  for (const h of head) {
    const headKey = lexKey(h.text);
    // An entry of the menu under its home entry («البث المباشر» after «الرئيسية») is a section the footer links again.
    inMenu = menuEntry(h) && (inMenu || lex.genericPageWords.has(headKey));
    for (const hp of pieces(h.text)) {
      if (inMenu && hp.whole) continue;
      for (const { p, key: footKey } of footPieces) {
        if (footKey === headKey) continue; // a menu or a line printed again whole: the readers of repeats have it
        for (const fp of p) {
          const run = sharedRun(hp, fp);
          if (!run || (run.wholeA && run.wholeB)) continue;
          const words = trimEdges(run.words, lex);
          if (!nameShaped(words, lex)) continue;
          const key = lexKey(words.join(' '));
          if (storyText().includes(` ${key} `) || words.some((w) => DIGIT.test(w))) continue;
          found.push({ words, line: h.index + 1 });
        }
      }
    }
  }
  if (!found.length) return undefined;
  // The longest shared run; two different names shared by the frame are no evidence for either.
  const names = new Set(found.map((f) => lexKey(f.words.join(' '))));
  const longest = found.sort((a, b) => b.words.length - a.words.length)[0];
  if ([...names].some((n) => !lexKey(longest.words.join(' ')).includes(n))) return undefined;
  const known = lex.names(longest.words.join(' '));
  return { field: 'outlet', value: known?.name ?? longest.words.join(' '), ...(known?.id ? { id: known.id } : {}), confidence: weights.recurrence, rule: 'a name the head and the foot of the frame both print, inside other furniture', line: longest.line };
}

/** A line no name has: a number, a sentence, an interface label, a line holding a function word. */
function furnitureLine(l: Line, lex: Lexicon): boolean {
  const words = l.text.trim().split(/\s+/);
  return DIGIT.test(l.text) || words.length >= 5 || !!notANameByShape(l.text, lex) || lex.isTicker(l.text)
    || words.slice(1, -1).some((w) => lex.functionWords.has(lexKey(w)));
}

/** A menu's entry: one to three words, no number, no sentence. */
const menuEntry = (l: Line | undefined) => !!l && l.words >= 1 && l.words <= 3 && !DIGIT.test(l.text) && ['short', 'menu', 'boilerplate', 'heading'].includes(l.kind);

/**
 * The masthead under furniture: the name-shaped line right over two menu entries, every line above it furniture (a
 * widget's line, a ticker, a banner sentence and its one-word button). Only when no reader took a head line already.
 */
export function mastheadOverMenu(page: Page, signals: readonly Signal[], lex: Lexicon): Signal | undefined {
  const weights = lex.data.frameEvidence;
  if (!weights) return undefined;
  const head = page.lines.filter((l) => l.kind !== 'blank' && l.index < page.start && l.index !== page.titleIndex).slice(0, 8);
  for (let i = 1; i < Math.min(head.length - 2, 5); i++) {
    const l = head[i];
    const words = l.text.trim().split(/\s+/);
    if (!words.every((w) => ARABIC_WORD.test(w)) || !nameShaped(words, lex) || trimEdges(words, lex).length !== words.length) continue;
    // The menu opens on its home entry («الرئيسية»): two short lines alone are as often a top bar («بحث», «تسجيل الدخول»).
    if (!menuEntry(head[i + 1]) || !menuEntry(head[i + 2]) || !lex.genericPageWords.has(lexKey(head[i + 1].text))) continue;
    // Every line above: furniture; a one-word line only as the button under a banner's sentence.
    const above = head.slice(0, i);
    const ok = above.every((a, j) => furnitureLine(a, lex) || isSlogan(a.text, lex) || (a.words === 1 && j > 0 && above[j - 1].text.trim().split(/\s+/).length >= 5));
    if (!ok) return undefined;
    const known = lex.names(l.text);
    return { field: 'outlet', value: known?.name ?? l.text.trim(), ...(known?.id ? { id: known.id } : {}), confidence: weights.overMenu, rule: 'the name-shaped line over the menu, under furniture', line: l.index + 1 };
  }
  return undefined;
}

/** A piece glued after a name that is furniture: a number, a common page word opening it, an interface label, no letters. */
function gluedFurniture(piece: string, lex: Lexicon): boolean {
  const t = piece.trim();
  if (!/\p{L}/u.test(t) || DIGIT.test(t)) return true;
  const first = t.split(/\s+/)[0];
  return lex.genericPageWords.has(lexKey(first)) || lex.genericPageWords.has(lexKey(t)) || !!notANameByShape(t, lex) || lex.relativeTimeWords.has(lexKey(first));
}

/** «NAME — الموقع الرسمي», «NAME | منذ 3 ساعات»: an outlet value cut to its name when every other piece is furniture. In place. */
export function cutGluedFurniture(signals: Signal[], lex: Lexicon): void {
  for (const s of signals) {
    if (s.field !== 'outlet' || s.id || !/[\u0600-\u06FF]/u.test(s.value)) continue;
    const parts = s.value.split(/\s[-–—|•·]\s|\s*\p{Extended_Pictographic}\uFE0F?\s*/u).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2) continue;
    const words = parts[0].split(/\s+/);
    if (words.length > 4 || !words.every((w) => ARABIC_WORD.test(w)) || !parts.slice(1).every((p) => gluedFurniture(p, lex))) continue;
    if (words.length === 1 ? commonWord(words[0], lex) : !nameShaped(words, lex)) continue;
    s.value = parts[0];
    s.rule += ', its glued furniture cut';
  }
}

/**
 * «NAME • منذ 3 ساعات • 4 دقائق قراءة» (a copy's site line), «NAME ✔️» over its handle «@name» (a channel's post): a
 * name-shaped piece at the head whose every other piece is furniture holding a number or a relative time — or, glued to
 * a badge, a name the next line's handle spells. The name stands beside the page's own furniture, as a masthead does.
 */
export function nameBesideFurniture(page: Page, lex: Lexicon): Signal | undefined {
  const weights = lex.data.frameEvidence;
  if (!weights) return undefined;
  const head = page.lines.filter((l) => l.kind !== 'blank' && l.index < page.start && l.index !== page.titleIndex).slice(0, 6);
  for (const [k, l] of head.entries()) {
    if (NOT_FRAME.has(l.kind) && l.kind !== 'relative-time' && l.kind !== 'date') continue;
    const raw = l.text.trim();
    const badge = /\p{Extended_Pictographic}/u.test(raw);
    const parts = raw.split(/\s[-–—|•·]\s|\s*\p{Extended_Pictographic}\uFE0F?\s*/u).map((p) => p.trim()).filter(Boolean);
    if (!parts.length || (parts.length < 2 && !badge)) continue;
    const words = parts[0].split(/\s+/);
    if (!words.every((w) => ARABIC_WORD.test(w)) || !nameShaped(words, lex) || trimEdges(words, lex).length !== words.length) continue;
    const rest = parts.slice(1);
    const timed = rest.length > 0 && rest.every((p) => gluedFurniture(p, lex)) && rest.some((p) => DIGIT.test(p));
    const next = head[k + 1]?.text.trim() ?? '';
    const handle = badge && /^@[A-Za-z][A-Za-z0-9_.]{2,}$/u.test(next) && lex.sameName(next.slice(1).replace(/[_.]+/gu, ' '), parts[0]);
    if (!timed && !handle) continue;
    const known = lex.names(parts[0]);
    return { field: 'outlet', value: known?.name ?? parts[0], ...(known?.id ? { id: known.id } : {}), confidence: weights.recurrence, rule: handle ? 'a name with its badge over the handle that spells it' : 'a name beside its line\'s furniture (a time, a count)', line: l.index + 1 };
  }
  return undefined;
}

/**
 * The signals of the frame's own evidence, only where no reader named a site over the abstain line: they fill an empty
 * outlet, never contest a reading (a run the frame shares is often a part of the masthead the readers took whole —
 * «كفر الزيات» of «كفر الزيات اليوم» — or a region the menu and the footer both list).
 */
export function frameEvidenceSignals(page: Page, signals: Signal[], lex: Lexicon): Signal[] {
  const standing = () => signals.filter((s) => s.field === 'outlet' && s.confidence >= OUTLET_ABSTAIN);
  const demote = (s: Signal, why: string) => { s.confidence = DEMOTED; s.rule += `, but ${why}`; };
  // The line over the menu: readings of the furniture above it (a banner's button read as a short first line) are
  // furniture by the same evidence; a reading under it or a strong one stands.
  const over = mastheadOverMenu(page, signals, lex);
  if (over && standing().every((s) => s.confidence < STRONG && s.line !== undefined && s.line < over.line!)) {
    for (const s of standing()) demote(s, 'furniture over the masthead');
  }
  const recurring = recurringFrameName(page, lex);
  // A weak reading that holds the name the frame prints twice, with a function word beside it («أهلا بكم في NAME»): the
  // shared run is the name, the rest the line's furniture. A closer beside it («NAME اليوم») is the masthead's own.
  if (recurring) {
    const key = lexKey(recurring.value);
    const wider = standing();
    if (wider.length && wider.every((s) => s.confidence < STRONG && lexKey(s.value).includes(key) && extraWords(s.value, recurring.value).some((w) => lex.functionWords.has(lexKey(w)) && !closer(w, lex)))) {
      for (const s of wider) demote(s, 'the frame prints only a part of it twice');
    }
  }
  if (standing().length) return [];
  const out: Signal[] = [];
  const proposed = signals.filter((s) => s.field === 'outlet').map((s) => lexKey(s.value));
  for (const s of [recurring, over, nameBesideFurniture(page, lex)]) {
    const key = s && lexKey(s.value);
    // The frame's readings come after the candidates were weighed: the evidence against a publisher's name is asked here too
    // («السنة الرابعة - العدد 203»: a year label beside an issue's count; forty-fifth round, at the merge).
    if (s && key && !proposed.includes(key) && !out.some((o) => lexKey(o.value) === key) && !notAPublisher(s.value, lex)) out.push(s);
  }
  return out;
}

// A reading at this weight is a rule's considered one (as outlet-agreement.ts's WEAK); a demoted one falls under the abstain line.
const STRONG = 0.6;
const DEMOTED = 0.3;

const closer = (w: string, lex: Lexicon) => (lex.data.outletShape?.mastheadClosers ?? []).some((c) => lexKey(c) === lexKey(w));

/** The words of `wide` outside the run `part` (by key). */
function extraWords(wide: string, part: string): string[] {
  const inner = new Set(lexKey(part).split(' '));
  return wide.trim().split(/\s+/).filter((w) => !inner.has(lexKey(w)));
}
