// The outlet by agreement of independent places (thirty-first round). Every rule proposes a name with its
// own weight, and the strongest single one used to win alone; but a site's name is printed by several parts
// of its frame that no single rule reads with confidence (a follow line, a Latin © line, the page's own link,
// a share prompt, the lead quoting the site as its own). A name two independent places print gains — each
// other place adds its weight (`outletAgreement` in content/boilerplate.yaml) to the name's strongest signal —
// so a weak name the page confirms outranks a weak name nothing confirms, and passes the abstain line.
// Independent: another line, and not a wire's place (a dateline, a credit, «المصدر:» naming an agency, the
// story's own prose) — a wire printed twice is the agency twice, never the site's agreement.
import type { Signal } from './credits';
import type { ClassifiedLine } from './classify';
import type { Lexicon } from './boilerplate';
import { sourceKey } from '../data/keys';
import { ruleKind } from './outlet-features';

export interface AgreementPage {
  lines: readonly ClassifiedLine[];
  start: number;
  bodyEnd?: number;
  titleIndex?: number;
  /** Names the lead quotes as the site's own («قال … لـ"NAME"»: own-name-in-story.ts). */
  leadNames: readonly string[];
}

type Weights = NonNullable<Lexicon['data']['outletAgreement']>;

const ARABIC = /[\u0600-\u06FF]/u;
// Lines that name a story's wire, a person or the story itself: no place where a site prints its own name.
// A short prose-shaped line outside the story («شارك الخبر من NAME عبر:») is the frame's.
const NOT_FRAME = new Set(['dateline', 'source', 'agency', 'byline', 'caption', 'blank', 'date', 'relative-time', 'tags', 'hashtags']);
const FRAME_WORDS = 8;
// Rule kinds whose signal names the wire or the story's own words, not the frame (outlet-features.ts).
const NOT_AGREEING = new Set(['agencyText', 'sourceLabel', 'dateline', 'credit', 'inStory']);
// Agreement raises weak names only: a signal of this weight or more is already the rules' considered reading
// (most of them count a repeat of their own: «printed again», «spelled in Latin letters too»).
const WEAK = 0.6;
// A rule that lowered its own signal for a reason (a publishing house, a wire's ©, another site's link) is not undone.
const DEMOTED = /publishing house|wire|owner|network|, but /u;

/** Raises every outlet name independent places of the page print, in place; adds an unread Latin masthead that is agreed. */
export function agreeOnOutlet(signals: Signal[], page: AgreementPage, lex: Lexicon): void {
  const weights = lex.data.outletAgreement;
  if (!weights) return;
  const mine = signals.filter((s) => s.field === 'outlet');
  const masthead = latinMasthead(page, mine, weights.latinMasthead);
  if (masthead) mine.push(masthead);
  // Each line's key, read only when a weak name is looked for in the frame (most pages have none).
  const keys: string[] = [];
  const done = new Set<string>();
  for (const s of [...mine].sort((a, b) => b.confidence - a.confidence)) {
    const key = s.id ? `id:${s.id}` : `k:${sourceKey(s.value)}`;
    if (done.has(key)) continue;
    done.add(key);
    if (s.confidence >= WEAK || DEMOTED.test(s.rule) || wireName(s, lex)) continue;
    const group = mine.filter((o) => sameOutlet(o, s, lex));
    // One bonus a name: its other spellings are the same outlet, not rivals raised again.
    for (const o of group) done.add(o.id ? `id:${o.id}` : `k:${sourceKey(o.value)}`);
    // A spelling the rules already read with confidence is their considered reading: never lowered to a weak one's sum.
    if (group.some((o) => o.confidence >= WEAK)) continue;
    const bonus = agreement(s, group, mine, page, keys, weights, lex);
    if (!bonus.total) continue;
    // One name in two scripts is shown by its Arabic spelling (the README's naming rule): the Arabic member carries
    // the group's weight, so the Latin one is no rival to it.
    const carrier = ARABIC.test(s.value) ? s : group.filter((o) => ARABIC.test(o.value) && !o.id && !wireName(o, lex) && !DEMOTED.test(o.rule)).sort((a, b) => b.confidence - a.confidence)[0] ?? s;
    if (carrier === masthead) signals.push(masthead);
    carrier.confidence = Math.round(Math.min(0.99, s.confidence + bonus.total) * 100) / 100;
    carrier.agreedBy = bonus.places.join(', ');
  }
}

/** What the places agreeing with `best`'s name add, and which places they are. */
function agreement(best: Signal, group: Signal[], all: Signal[], page: AgreementPage, keys: string[], w: Weights, lex: Lexicon): { total: number; places: string[] } {
  const places: string[] = [];
  let total = 0;
  // The name's own line is no second place; its other spellings on other lines are («تنومة بوست» in a follow line,
  // «© 2027 Tanomah Post» at the foot: thirty-fourth round, merged).
  const used = new Set([best.line ?? -1]);
  // Another rule's signal on another line (a frame's place, not the wire's).
  for (const o of all) {
    if (o === best || !o.line || used.has(o.line) || NOT_AGREEING.has(ruleKind(o.rule)) || !(group.includes(o) || sameOutlet(o, best, lex))) continue;
    used.add(o.line);
    total += w.signal;
    places.push(`«${o.rule.split(/[;(]/)[0].trim()}» line ${o.line}`);
  }
  // A line of the frame (outside the story) that prints the name, in either script.
  const name = best.value;
  const latin = !ARABIC.test(name);
  const key = sourceKey(name);
  if (key.length >= 3 || latin) {
    for (const l of page.lines) {
      if (used.has(l.index + 1) || l.index === page.titleIndex || NOT_FRAME.has(l.kind) || (l.kind === 'body' && l.words > FRAME_WORDS)) continue;
      if (l.index >= page.start && (page.bodyEnd === undefined || l.index < page.bodyEnd)) continue;
      if (!(latin ? spells(name, l.text, lex) : (keys[l.index] ??= ` ${sourceKey(l.text)} `).includes(` ${key} `) || spelledInLatin(name, l.text, lex))) continue;
      used.add(l.index + 1);
      total += w.frame;
      places.push(`the frame's line ${l.index + 1}`);
    }
  }
  // The lead quoting the site as its own, beside a frame signal.
  const framed = group.some((s) => !NOT_AGREEING.has(ruleKind(s.rule)));
  if (framed && page.leadNames.some((n) => (latin ? lex.sameName(name, n) || lex.sameName(name, n, true) : sourceKey(n) === key))) {
    total += w.prose;
    places.push('the lead\'s «لـNAME»');
  }
  return { total: Math.min(w.cap, Math.round(total * 100) / 100), places };
}

/** One outlet: the same id, the same key, or one name in two scripts. */
function sameOutlet(a: Signal, b: Signal, lex: Lexicon): boolean {
  if (a.id || b.id) return a.id === b.id;
  if (sourceKey(a.value) === sourceKey(b.value)) return true;
  const [la, lb] = [ARABIC.test(a.value), ARABIC.test(b.value)];
  if (la === lb) return false;
  return la ? lex.sameName(b.value, a.value) : lex.sameName(a.value, b.value);
}

/** A wire's name or its text: never agreed for the site. */
function wireName(s: Signal, lex: Lexicon): boolean {
  const kind = ruleKind(s.rule);
  if (kind === 'agencyText' || kind === 'dateline' || kind === 'credit') return true;
  return !!s.id && lex.names(s.value)?.kind === 'agency';
}

/** A Latin name spelled on a line: itself (any case), or an Arabic run of one to three words the letters spell. */
function spells(latin: string, text: string, lex: Lexicon): boolean {
  if (text.toLowerCase().includes(latin.toLowerCase())) return true;
  if (latin.replace(/[^a-z]/gi, '').length < 4) return false;
  const words = text.split(/[\s|:\-–—«»"()]+/).filter((x) => /^\p{Script=Arabic}+$/u.test(x));
  for (let n = 3; n >= 1; n--) for (let i = 0; i + n <= words.length; i++) if (lex.sameName(latin, words.slice(i, i + n).join(' '), true)) return true;
  return false;
}

/** An Arabic name spelled by a Latin-only line's run of one to four words («© 2027 Awsaj Alyoum» for «عوسج اليوم»). */
function spelledInLatin(arabic: string, text: string, lex: Lexicon): boolean {
  if (ARABIC.test(text)) return false;
  const words = text.split(/[^A-Za-z'-]+/).filter((x) => x.length > 1);
  for (let n = Math.min(4, words.length); n >= 1; n--) for (let i = 0; i + n <= words.length; i++) if (lex.sameName(words.slice(i, i + n).join(' '), arabic, true)) return true;
  return false;
}

/**
 * «HAWDAJ» alone on the first line over an Arabic menu: a Latin masthead no rule reads. A candidate of its own,
 * weak (`latinMasthead`), kept only when another place agrees (agreeOnOutlet).
 */
function latinMasthead(page: AgreementPage, outlets: readonly Signal[], weight: number): Signal | undefined {
  const first = page.lines.find((l) => l.kind !== 'blank');
  if (!first || first.kind !== 'latin' || first.index === page.titleIndex || first.index >= page.start) return undefined;
  const text = first.text.trim();
  if (!/^[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,2}$/.test(text) || text.replace(/[^a-z]/gi, '').length < 4) return undefined;
  if (outlets.some((s) => s.line === first.index + 1)) return undefined;
  return { field: 'outlet', value: text, confidence: weight, rule: 'a Latin masthead no other rule reads', line: first.index + 1 };
}
