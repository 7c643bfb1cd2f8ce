// A page copied by a tool — a search engine's cache, the Wayback Machine, a Telegram preview, a
// browser's reader view — carries the tool's furniture on top of the site's: a cache notice with
// the page's URL, capture counts, a channel header with subscriber and view counts, a reading
// time. Read as the site's, that furniture becomes the headline, the story's start or the outlet.
// This stage recognises the tool (content/boilerplate.yaml `copyWrappers`) and peels its lines
// before classification; what the tool says about the page (a channel's name, the domain a
// reader view shows) is kept as evidence for the outlet. Pure: lines and the lexicon in, lines out.
import type { BoilerplateData } from '../data/schemas/boilerplate';
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import { arabicHalf, spellingOnPage, type Signal } from './credits';
import { sourceForUrl } from './names';
import { namePartBesideDate } from './not-a-name';
import { gatedTest, requiredWord, type GatedPattern } from './literal-gate';
import { normalizeArabic } from '../arabic/normalize';

export interface CopyWrapper {
  tool: string;
  /** The channel's name a Telegram header prints above its counts («الخارجية الروسية | MFA Russia»), or a VK community's under the network's name. */
  channel?: { text: string; index: number };
  /** The bare domain a reader view prints first («lebanonfiles.com»). */
  domain?: { text: string; index: number };
  /** A mail's sender not printed again («From: ألاك اليوم <newsletter@alegtoday.mr>»), with the domains the mail's head names. */
  sender?: { text: string; index: number; domains: string[] };
}

type WrapperData = BoilerplateData['copyWrappers'][number];
interface CompiledWrapper { data: WrapperData; markers: GatedPattern[]; furniture: GatedPattern[] }

/** Lines a tool's marker is looked for in (its header sits on top). */
const HEAD_LINES = 10;
const PLACEHOLDERS: Record<string, string> = {
  '{n}': '[0-9٠-٩][0-9٠-٩.,٬]*\\s?(?:[KkMm]|ألف|مليون)?',
  '{t}': '[0-9٠-٩]{1,2}:[0-9٠-٩]{2}(?:\\s?(?:[AaPp][Mm]|ص|م))?',
  '{w}': '[A-Za-z]+',
  '{*}': '.*',
};
// Bidi marks and the like a copy leaves around counts and times.
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;
// A line opening with a numeric date («6/9/2027, 11:40 AM», «2027-06-09»).
const NUMERIC_DATE = /^[0-9٠-٩]{1,4}[/.-][0-9٠-٩]{1,2}[/.-][0-9٠-٩]{1,4}\b/u;
const BARE_DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?$/i;

/** A data pattern to a whole-line regex: literal text escaped, placeholders expanded (no data becomes code). */
export function compilePattern(pattern: string): RegExp {
  const parts = pattern.trim().split(/(\{[nt*w]\})/);
  const body = parts.map((p) => PLACEHOLDERS[p] ?? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('');
  return new RegExp(`^${body}$`, 'iu');
}

/** compilePattern with the Arabic word a line must hold to match (literal-gate.ts): most head lines are tried against every tool's. */
export function compileGated(pattern: string): GatedPattern {
  return { re: compilePattern(pattern), word: requiredWord(pattern.trim().split(/\{[nt*w]\}/)) };
}

const compiled = new WeakMap<BoilerplateData['copyWrappers'], CompiledWrapper[]>();

function compile(wrappers: BoilerplateData['copyWrappers']): CompiledWrapper[] {
  let out = compiled.get(wrappers);
  if (!out) {
    out = wrappers.map((data) => ({ data, markers: data.markers.map(compileGated), furniture: data.furniture.map(compileGated) }));
    compiled.set(wrappers, out);
  }
  return out;
}

const norm = (line: string) => line.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

// A tab or folder of the tool with its unread count after it («كل العناصر (58)», «All items (7)», «غير المقروءة (99+)»):
// the count is the tool's, so the label is tried with it and without it (forty-fourth round, at the merge).
const TAB_COUNT = /\s*\((?:[0-9٠-٩]{1,5}|[0-9٠-٩]{1,3}\+)\)$/u;

/** The line is one of the patterns, as it is or less a tab's count after it. */
export function isToolLine(patterns: readonly GatedPattern[], t: string): boolean {
  if (patterns.some((p) => gatedTest(p, t))) return true;
  const bare = TAB_COUNT.test(t) ? t.replace(TAB_COUNT, '') : '';
  return bare !== '' && patterns.some((p) => gatedTest(p, bare));
}

/**
 * The page's lines with the copying tool's furniture blanked (line numbers kept), and the tool
 * with what it said about the page; the lines unchanged when no tool is recognised.
 */
export function peelCopyWrapper(lines: string[], wrappers: BoilerplateData['copyWrappers']): { lines: string[]; wrapper?: CopyWrapper } {
  if (!wrappers.length) return { lines };
  // The head lines' normal form, made once: every tool's markers are tried on them (ingest's hot path).
  const head: number[] = [];
  const headText = new Map<number, string>();
  for (let i = 0; i < lines.length && head.length < HEAD_LINES; i++) {
    const t = norm(lines[i]);
    if (!t) continue;
    head.push(i);
    headText.set(i, t);
  }
  const text = (i: number) => headText.get(i) ?? norm(lines[i]);
  for (const w of compile(wrappers)) {
    const first = head.find((i) => isToolLine(w.markers, text(i)));
    if (first === undefined) continue;
    if (w.data.domainFirst && !(head[0] < first && BARE_DOMAIN.test(text(head[0])))) continue;
    const wrapper: CopyWrapper = { tool: w.data.tool };
    const out = lines.map((l) => {
      const t = norm(l);
      return t && (isToolLine(w.markers, t) || isToolLine(w.furniture, t)) ? '' : l;
    });
    if (w.data.nameAbove) {
      // «WhatsApp Channel» between the name and the count is the tool's, not the name.
      const above = head.filter((i) => i < first && !w.furniture.some((p) => gatedTest(p, text(i)))).pop();
      if (above !== undefined) { wrapper.channel = { text: text(above), index: above }; out[above] = ''; }
    }
    if (w.data.nameBelow) {
      // The item's date under the reader's buttons («5/14/2027, 9:12:40 AM») is no feed's title (thirty-second round).
      const below = head.find((i) => i > first && !isToolLine(w.furniture, text(i)) && !NUMERIC_DATE.test(text(i)));
      // A feed's title is a short line; its tagline after a spaced dash is no part of the name, nor
      // its unread count in brackets («نواذيبو إنفو (12)»: Tiny Tiny RSS; twenty-fifth round, second wave).
      const name = below === undefined ? '' : w.data.feedTitle ? text(below).split(/\s[-–—]\s/u)[0].replace(/\s*\([0-9٠-٩]{1,5}\)$/u, '').trim() : text(below);
      const repeated = !w.data.nameRepeated || head.some((j) => j !== below && text(j).includes(name));
      if (below !== undefined && repeated && (!w.data.feedTitle || name.split(/\s+/).length <= 5)) { wrapper.channel = { text: name, index: below }; out[below] = ''; }
    }
    if (w.data.senderLabels.length) {
      // «من: نادي فالداي للحوار <news@…>» over the masthead «نادي فالداي للحوار»: a sender the page names
      // again is the newsletter's publisher (a person forwarding a story is not), and that masthead line
      // is the channel's, not a headline.
      const sender = head.map((i) => ({ i, name: senderName(text(i), w.data.senderLabels) })).find((s) => s.name);
      const again = sender && head.find((i) => i > sender.i && text(i) === sender.name);
      if (sender?.name && again !== undefined) {
        wrapper.channel = { text: sender.name, index: sender.i };
        out[again] = '';
      } else {
        // Printed once, the sender is the publisher only when its address or the mail's link spells its
        // name (wrapperSignals; twenty-eighth round): a person forwarding a story spells no site.
        const bare = head.map((i) => ({ i, name: senderName(text(i), w.data.senderLabels, false) })).find((s) => s.name);
        const domains = head.flatMap((i) => [...text(i).matchAll(DOMAIN_IN), ...text(i).matchAll(MAIL_DOMAIN)].map((m) => m[1].toLowerCase()));
        if (bare?.name && domains.length) wrapper.sender = { text: bare.name, index: bare.i, domains: [...new Set(domains)] };
      }
    }
    if (w.data.domainFirst) { wrapper.domain = { text: text(head[0]).replace(/^www\./i, '').replace(/\/$/, ''), index: head[0] }; out[head[0]] = ''; }
    return { lines: out, wrapper };
  }
  return toolHeader(lines, head, text) ?? feedSourceLine(lines, head, text) ?? { lines };
}

const ARABIC = /[\u0600-\u06FF]/u;
const MAIL_ADDRESS = /\s*<[^<>\s@]+@[^<>\s]+>\s*$/u;
// «<news@atartoday.mr>»: the address's domain.
const MAIL_DOMAIN = /@((?:[a-z0-9-]+\.)+[a-z]{2,})/gi;

/** «من: NAME <address>» (a label of `senderLabels`, then a name and an e-mail address): the name. */
function senderName(line: string, labels: readonly string[], withAddress = true): string | undefined {
  const colon = line.indexOf(':');
  if (colon < 0 || (withAddress && !MAIL_ADDRESS.test(line)) || !labels.some((l) => norm(l) === line.slice(0, colon).trim())) return undefined;
  const name = line.slice(colon + 1).replace(MAIL_ADDRESS, '').trim();
  return name && /\p{L}{2}/u.test(name) ? name : undefined;
}
const DOMAIN_IN = /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[\/\s]|$)/gi;

/**
 * A tool no entry lists: three or more lines without an Arabic letter on top of the page, one
 * of them naming a domain («archive.today webpage capture» / «Saved from https://paltoday.ps/…» /
 * «All snapshots from host paltoday.ps», «Pocket» / «aljoumhouria.com» / «View Original» / «4 min
 * read»). A site's own Latin furniture is a brand and its domain, two lines at most. The run is
 * blanked (the site's masthead under it is then the page's first line) and the domain it names
 * most often, below the tool's own name on the run's first line, is the page's domain, as a
 * reader view's is.
 */
function toolHeader(lines: string[], head: number[], text: (i: number) => string): { lines: string[]; wrapper: CopyWrapper } | undefined {
  let run = 0;
  while (run < head.length && !ARABIC.test(lines[head[run]])) run++;
  if (run < 3 || run === head.length) return undefined;
  const counts = new Map<string, { n: number; index: number }>();
  for (const i of head.slice(0, run)) {
    for (const m of text(i).matchAll(DOMAIN_IN)) {
      const d = m[1].toLowerCase();
      const c = counts.get(d) ?? { n: 0, index: i };
      c.n++;
      counts.set(d, c);
    }
  }
  if (!counts.size) return undefined;
  // The run's first line is the tool's own name, a domain too at times («Raindrop.io» over
  // «assafirarabic.com»): a domain further down names the page (sixteenth round).
  const own = (c: { index: number }) => (c.index === head[0] ? 1 : 0);
  const [domain, at] = [...counts].sort((a, b) => own(a[1]) - own(b[1]) || b[1].n - a[1].n || a[1].index - b[1].index)[0];
  const out = lines.slice();
  for (const i of head.slice(0, run)) out[i] = '';
  return { lines: out, wrapper: { tool: 'unlisted tool (Latin header)', domain: { text: domain, index: at.index } } };
}

// «2 days ago», «3h», «5 min», «منذ ساعتين»: how old a feed's item is.
// «4 ساعات», «3 د» (Opera News, fourteenth round): the Arabic age without «منذ».
const ITEM_AGE = /^(?:\d{1,3}\s?(?:[smhdw]|mins?|minutes?|hours?|days?|weeks?)(?:\s+ago)?|yesterday|just now|منذ\s+[\u0600-\u06FF0-9 ]{2,20}|\d{1,3}\s?(?:ثانية|ثوان|ثواني|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسابيع|ث|د|س|ي))$/iu;
const SOURCE_DOMAIN = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?\s*[·•|/]\s*(.+)$/iu;
const FROM_FEED = /^(?:from|via|من|عبر)\s+([\u0600-\u06FF][^·•|]{1,40}?)\s*[·•|]\s*(.+)$/iu;
const SOURCE_NAME = /^([\u0600-\u06FF][^·•|]{1,40}?)\s*[·•]\s*(.+)$/u;

/**
 * A feed app's source line over the item, its origin and the item's age: «lebanonalhadath.net · 2
 * days ago» (Flipboard, Feedly: the domain, as a reader view's) or «البلاد اليوم · 3h» (Squid:
 * the name, as a channel's). Any tool prints it so; no entry needed.
 */
function feedSourceLine(lines: string[], head: number[], text: (i: number) => string): { lines: string[]; wrapper: CopyWrapper } | undefined {
  for (const i of head.slice(0, 5)) {
    const t = text(i);
    // «from بوابة نزوى · May 16, 2027» (Feedly's item line): the feed's name, then the item's date — the
    // line stays for the date reader (thirty-second round).
    const from = FROM_FEED.exec(t);
    if (from && (ITEM_AGE.test(from[2].trim()) || /\d{4}/.test(from[2]))) return { lines, wrapper: { tool: 'feed item line', channel: { text: from[1].trim(), index: i } } };
    const byDomain = SOURCE_DOMAIN.exec(t);
    const byName = byDomain ? undefined : SOURCE_NAME.exec(t);
    const m = byDomain ?? byName;
    if (!m || !ITEM_AGE.test(m[2].trim())) continue;
    const out = lines.slice();
    out[i] = '';
    const wrapper: CopyWrapper = byDomain
      ? { tool: 'feed source line', domain: { text: byDomain[1].toLowerCase(), index: i } }
      : { tool: 'feed source line', channel: { text: m[1].trim(), index: i } };
    return { lines: out, wrapper };
  }
  return undefined;
}

/** Emoji, flags and other symbols a channel's name carries around it («… 🇷🇺»). */
const SYMBOLS = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F]/gu;

/**
 * What the copying tool says about the page, as outlet signals: a Telegram channel's name (its
 * Arabic half), 0.8; a reader view's domain — the source sources.yaml maps it to (0.78), else a
 * short line near the top that spells it in Arabic letters (0.8: «ليبانون فايلز» under
 * «lebanonfiles.com»), else the domain itself (0.6: an unmapped domain shows as the domain).
 */
export function wrapperSignals(wrapper: CopyWrapper | undefined, lines: ClassifiedLine[], lex: Lexicon): Signal[] {
  if (!wrapper) return [];
  const out: Signal[] = [];
  if (wrapper.channel) {
    const name = arabicHalf(wrapper.channel.text.replace(SYMBOLS, '').trim(), lex.sameName).trim();
    const known = lex.names(name);
    if (name) out.push({ field: 'outlet', value: known?.name ?? name, ...(known?.id ? { id: known.id } : {}), confidence: 0.8, rule: `channel named by the copying tool (${wrapper.tool})`, line: wrapper.channel.index + 1 });
  }
  if (wrapper.sender) {
    const name = wrapper.sender.text.replace(SYMBOLS, '').trim();
    const spelled = /[\u0600-\u06FF]/u.test(name) && !lex.names(name) && wrapper.sender.domains.some((d) => lex.sameName(d.replace(/^www\./, ''), name));
    if (spelled) out.push({ field: 'outlet', value: name, confidence: 0.8, rule: `sender spelled by the mail's own address or link (${wrapper.tool})`, line: wrapper.sender.index + 1 });
  }
  if (wrapper.domain) {
    const line = wrapper.domain.index + 1;
    const known = sourceForUrl(wrapper.domain.text, lex.sources);
    const label = wrapper.domain.text.split('.')[0];
    const spelled = known ? undefined : lines.slice(0, 12).find((l) => (l.kind === 'short' || l.kind === 'heading' || l.kind === 'byline') && l.words <= 4 && /[\u0600-\u06FF]/u.test(l.text) && lex.sameName(label, l.text));
    if (known) out.push({ field: 'outlet', value: known.name, id: known.id, confidence: 0.78, rule: `domain shown by the copying tool (${wrapper.tool})`, line });
    else if (spelled) out.push({ field: 'outlet', value: spelled.text, confidence: 0.8, rule: `name spelling the domain shown by the copying tool (${wrapper.tool})`, line: spelled.index + 1 });
    else {
      // Spelled further down («تابعوا نون بوست على تلغرام» at the foot): the name, not the domain.
      // «kabushiyatoday.sd» over «author: كبوشية اليوم»: the name whole first, read from the whole host (its label glued of
      // the town and «today»), as own-site.ts reads its link — the label alone meets the town's prefix «كبوشية» first
      // (forty-seventh round, at the merge: aside47 u4932, spent).
      const host = wrapper.domain.text.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '').split('/')[0];
      const far = spellingOnPage(host, lines, (a, b) => lex.sameName(a, b, true), lex.siteSuffixes) ?? spellingOnPage(label, lines, lex.sameName, lex.siteSuffixes);
      // «assafirarabic.com» over «السفير العربي»: a short Arabic name right under the domain is the
      // site's, as under a Latin brand's domain (sixteenth round).
      const under = lines.slice(wrapper.domain.index + 1).find((l) => l.kind !== 'blank');
      const named = under && (under.kind === 'short' || under.kind === 'heading') && under.words <= 4 && /[\u0600-\u06FF]/u.test(under.text) && !lex.names(under.text) ? under : undefined;
      // «درنة اليوم — 12/01/2028» (a copy's site line with its date): the name whole, as the line prints it (not-a-name.ts).
      const whole = far ? namePartBesideDate(lines.find((l) => l.index === far.index)?.text ?? '', far.text, (w) => lex.nameStopWords.has(normalizeArabic(w))) : undefined;
      if (far) out.push({ field: 'outlet', value: whole ?? far.text, confidence: 0.75, rule: `the page's spelling of the domain shown by the copying tool (${wrapper.tool})`, line: far.index + 1 });
      else if (named) out.push({ field: 'outlet', value: named.text.trim(), confidence: 0.62, rule: `name under the domain shown by the copying tool (${wrapper.tool})`, line: named.index + 1 });
      else out.push({ field: 'outlet', value: wrapper.domain.text, confidence: 0.6, rule: `domain shown by the copying tool (${wrapper.tool})`, line });
    }
  }
  return out;
}
