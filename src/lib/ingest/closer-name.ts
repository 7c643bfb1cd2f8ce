// The last resort for an empty outlet (thirty-seventh round, 13c): where no rule proposed any outlet, a name of one to
// three words closed by a site's word (`outletShape.mastheadClosers`: «اليوم», «نيوز», «بوست», «إنفو», «نت» …) that the
// page prints framed as a name — a frame line that is the name, or opens on it before a separator («NAME.. tagline»,
// «NAME | links»), or a contact or sender line («للتواصل مع NAME:», «من: NAME»). Not read alone, by earlier rounds'
// guards: a photo credit (it may name a team or a partner: «تصوير: فريق NAME», thirty-second round), the lead's
// «قال … لـ"NAME"» (another outlet a source spoke to: thirty-first round), a call to action («شاهد البث المباشر الآن»). Measured by a prototype before it was written
// (scripts/calibrate-ingest.ts, docs/ingest.md «Thirty-seventh round»): on the pages where no rule proposed an outlet,
// as shipped, right 8 / wrong 0 / label null 1 on the labelled sets now, 13 / 0 / 0 of 25 on the blind sets as first scored.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { ClassifiedLine } from './classify';
import type { Signal } from './credits';

export const CLOSER_NAME_RULE = 'a name closed by a site\'s word, printed framed (no other outlet evidence)';

// «NAME.. tagline», «NAME | links», «NAME - …», «NAME [date]», «NAME (12)», «NAME <address>»: the name is the line's opening.
const OPENING = /^\s*([^|[(\-–—.:<]+?)\s*(?:$|\.\.|\||\[|\(|[-–—]\s|<)/u;

/** The name if `span` is one to three Arabic words closed by a site's word, none of them a function word or a non-name. */
function closedName(span: string, closers: ReadonlySet<string>, lex: Lexicon, notNames: ReadonlySet<string>): string | undefined {
  const words = span.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4 || !closers.has(lexKey(words[words.length - 1]))) return undefined;
  const name = words.slice(0, -1);
  if (!name.every((w) => /^\p{Script=Arabic}{2,}$/u.test(w) && !lex.functionWords.has(lexKey(w)) && !notNames.has(lexKey(w)))) return undefined;
  return words.join(' ');
}

/** Outlet signals (at most one) for the name a page prints framed with a site's closing word. */
export function closerNameLastResort(lines: readonly ClassifiedLine[], titleIndex: number | undefined, lex: Lexicon): Signal[] {
  const data = lex.data.closerName;
  const closers = new Set((lex.data.outletShape?.mastheadClosers ?? []).map(lexKey));
  if (!data || !closers.size) return [];
  // A platform's word is no site's name: «جوجل نيوز» in a follow bar (`outletShape.platforms`, forty-sixth round).
  const notNames = new Set([...data.notNames, ...(lex.data.interfaceWords?.callsToAction ?? []), ...(lex.data.outletShape?.platforms ?? [])].map(lexKey));
  const senders = [...data.senders, ...(lex.data.latinAgreement?.contactLabels ?? [])];
  const found = new Map<string, { name: string; line: number; count: number }>();
  const add = (span: string | undefined, line: number) => {
    const name = span && closedName(span, closers, lex, notNames);
    if (!name) return;
    const key = lexKey(name);
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { name, line, count: 1 });
  };
  for (const l of lines) {
    if (l.kind === 'blank') continue;
    // The story's prose «… صباح اليوم» is no name, nor is a headline «… اليوم».
    if (l.kind === 'body' || l.index === titleIndex) continue;
    const text = l.text.trim();
    add(OPENING.exec(text)?.[1], l.index);
    for (const s of senders) if (text.startsWith(`${s} `)) add(OPENING.exec(text.slice(s.length))?.[1], l.index);
  }
  // The name printed most often, then the first printed.
  const best = [...found.values()].sort((a, b) => b.count - a.count || a.line - b.line)[0];
  return best ? [{ field: 'outlet', value: best.name, confidence: data.confidence, rule: CLOSER_NAME_RULE, line: best.line + 1 }] : [];
}
