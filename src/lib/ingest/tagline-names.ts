// The site named beside its tagline (twenty-ninth round). A tagline says what a site is — a type word and
// what describes it («موقع إخباري مستقل», «صحيفة إلكترونية أردنية شاملة») — and a site prints it by its own
// name: on the masthead's line or the line next to it, or in the footer («NAME – موقع إخباري مستقل» over
// «جميع الحقوق محفوظة»). Nothing here reads a position: the tagline is the evidence, wherever it sits, and
// the name is the one beside it. The tagline's words are data (`frameBoxes.taglines`); an indefinite nisba
// («يمنية», «ليبي») describes too. The tagline is never a name (outlet-candidates.ts `notAPublisher`).
// A staff box («رئيس التحرير / NAME», `staffRoles`) is the publisher's too: the name over its first role is
// the site that prints it (`staffBoxSignals`), never the people the box lists.
import type { Signal } from './credits';
import type { Lexicon } from './boilerplate';
import type { PageLine } from './site-name';
import { lexKey } from './boilerplate';
import { unlikeAName } from './site-name';
import { notAPublisher } from './outlet-candidates';
import { FRAME_BOX_RULE } from './frame-names';

type TaglineData = NonNullable<NonNullable<Lexicon['data']['frameBoxes']>['taglines']>;
const keyCache = new WeakMap<TaglineData, { nouns: Set<string>; words: Set<string>; slogans: Set<string> }>();
function keys(data: TaglineData) {
  let k = keyCache.get(data);
  if (!k) keyCache.set(data, k = { nouns: new Set(data.nouns.map(lexKey)), words: new Set(data.words.map(lexKey)), slogans: new Set((data.sloganOpeners ?? []).map(lexKey)) });
  return k;
}

/** Whether `text` is a slogan: two to five words opening with a `sloganOpeners` word («صوت الساحل الأيسر», «نافذتكم على الشمال»). */
export function isSlogan(text: string, lex: Pick<Lexicon, 'data'>): boolean {
  const data = lex.data.frameBoxes?.taglines;
  if (!data?.sloganOpeners?.length) return false;
  const words = lexKey(text.replace(/[.،,!]+$/u, '')).split(' ');
  return words.length >= 2 && words.length <= 5 && keys(data).slogans.has(words[0]) && /^[\u0600-\u06FF ]+$/u.test(text.replace(/[.،,!]+$/u, '').trim());
}

// An indefinite nisba: three letters or more closed by «ي» or «ية» (keyed: «يه»), no article.
const NISBA = /^(?!ال)\p{L}{2,}(?:ي|يه)$/u;

/** Whether `text` is a tagline: a type word (no article) and one to five describing words, one of them listed, nothing else. */
export function isTagline(text: string, lex: Pick<Lexicon, 'data'>): boolean {
  const data = lex.data.frameBoxes?.taglines;
  if (!data) return false;
  const words = lexKey(text.replace(/[.،,]+$/u, '')).split(' ');
  if (words.length < 2 || words.length > 6) return false;
  const { nouns, words: describing } = keys(data);
  // One listed word at least: a nisba alone may be a name's own word («جريدة حابي»).
  return nouns.has(words[0]) && words.slice(1).every((w) => describing.has(w) || NISBA.test(w)) && words.slice(1).some((w) => w !== 'و' && describing.has(w));
}

// «NAME – tagline», «NAME | tagline», «NAME: tagline»: the name, a separator, the rest.
// «NAME.. slogan»: two dots or more close the name too (thirty-second round).
const NAME_THEN_REST = /^(.{2,40}?)\s*(?:\s[-–—|]\s|[|:：]\s*|\.{2,}\s*)\s*(.+)$/u;
// One to four words of letters or digits (Arabic or Latin), no sentence punctuation.
const NAME_SHAPE = /^[\p{L}\p{M}0-9][\p{L}\p{M}0-9 .'&]{0,38}$/u;

function fitName(text: string, lex: Lexicon): string | undefined {
  const name = text.replace(/["«»“”]/gu, '').trim();
  const words = name.split(/\s+/);
  if (!name || words.length > 4 || !NAME_SHAPE.test(name) || !/\p{L}{2}/u.test(name)) return undefined;
  if (isTagline(name, lex) || unlikeAName(name, lex.nameStopWords) || lex.sectionLabels.has(lexKey(name)) || notAPublisher(name, lex)) return undefined;
  const known = lex.names(name);
  // A wire or «وكالات» beside a tagline is a partner's or a credit's name, not the page's site.
  if (known && known.kind !== 'outlet') return undefined;
  if (lex.staffRoles.some((r) => lexKey(name).startsWith(r))) return undefined;
  return name;
}

/** Outlet signals of names printed beside a tagline, on its line or the line next to it. */
export function taglineSignals(lines: readonly PageLine[], lex: Lexicon, titleIndex?: number): Signal[] {
  const data = lex.data.frameBoxes?.taglines;
  if (!data) return [];
  const seen = lines.filter((l) => l.kind !== 'blank' && l.index !== titleIndex);
  const out: Signal[] = [];
  const push = (name: string, index: number, how: string, confidence = data.confidence) => {
    const known = lex.names(name);
    out.push({ field: 'outlet', value: known?.name ?? name, ...(known?.id ? { id: known.id } : {}), confidence, rule: `${FRAME_BOX_RULE} (a name beside its tagline, ${how})`, line: index + 1 });
  };
  seen.forEach((l, i) => {
    if (l.words > 12 || l.kind === 'body') return;
    const text = l.text.trim();
    const split = NAME_THEN_REST.exec(text);
    if (split && isTagline(split[2], lex)) {
      const name = fitName(split[1], lex);
      if (name) push(name, l.index, 'on its line');
      return;
    }
    if (split && isSlogan(split[2], lex)) {
      const name = fitName(split[1], lex);
      if (name) push(name, l.index, 'a slogan on its line', data.sloganConfidence ?? data.confidence);
      return;
    }
    if (!isTagline(text, lex)) return;
    // The line over the tagline, else the one under it: the first that has a name's shape.
    for (const near of [seen[i - 1], seen[i + 1]]) {
      if (!near || near.kind === 'body' || near.kind === 'menu' || near.kind === 'boilerplate' || Math.abs(near.index - l.index) > 2) continue;
      const name = fitName(near.text, lex);
      if (name) { push(name, near.index, 'next to it'); return; }
    }
  });
  return out;
}

/** Whether a line opens with a staff role («رئيس التحرير», «المدير العام: NAME»). */
function staffRoleLine(text: string, lex: Lexicon): boolean {
  const key = lexKey(text.replace(/[:：]/gu, ' '));
  return lex.staffRoles.some((r) => key === r || key.startsWith(`${r} `));
}

/**
 * «كوم أمبو اليوم» over «رئيس مجلس الإدارة» / «NAME» / «رئيس التحرير» / «NAME»: the name-shaped line right over
 * a staff box's first role is the site the box belongs to (`staffBoxConfidence`, weaker than a tagline: a
 * section's label may sit there too, and it is dropped as the rules drop it). A line under a role is its
 * holder, never read.
 */
export function staffBoxSignals(lines: readonly PageLine[], lex: Lexicon, titleIndex?: number): Signal[] {
  const data = lex.data.frameBoxes?.taglines;
  if (!data || !lex.staffRoles.length) return [];
  const seen = lines.filter((l) => l.kind !== 'blank' && l.index !== titleIndex);
  const out: Signal[] = [];
  seen.forEach((l, i) => {
    if (l.words > 8 || !staffRoleLine(l.text, lex)) return;
    const above = seen[i - 1];
    if (!above || l.index - above.index > 2 || above.kind === 'body' || above.kind === 'menu' || staffRoleLine(above.text, lex)) return;
    // The line over it holds a role's name when a role opens the line over that (the box's second role).
    if (seen[i - 2] && staffRoleLine(seen[i - 2].text, lex)) return;
    const name = fitName(above.text, lex);
    if (!name) return;
    const known = lex.names(name);
    out.push({ field: 'outlet', value: known?.name ?? name, ...(known?.id ? { id: known.id } : {}), confidence: data.staffBoxConfidence ?? 0.6, rule: `${FRAME_BOX_RULE} (a name over its staff box)`, line: above.index + 1 });
  });
  return out;
}
