// The page's own site, read from where every page and every copying tool prints it, whatever the
// template or the tool (sixteenth round): the link a tool keeps on a line of its own («Saved from
// azulpress.ma», «Clipped from: https://…», «source: https://…», a bare «najah.edu»), and the
// browser's title bar «HEADLINE | NAME». One rule per place the site's identity sits, not one data
// entry per tool: a link names its domain, and the page's Arabic spelling of the domain names the
// site; a title bar names the site after the headline. Pure: classified lines in, signals out.
import { regionTag } from './region-tag';
import { isTopicTag } from './topic-tag';
import { isLabelledNumber, isUpdateMark, namePartBesideDate } from './not-a-name';
import { isFurnitureOnly } from './headline-furniture';
import { isSideFurniture } from './headline-sides';
import { afterCreditVerb } from './outlet-candidates';
import { sectionLabelReader } from './story-label';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { normalizeArabic } from '../arabic/normalize';
import type { ClassifiedLine } from './classify';
import { HOSTS, spellingOnPage, type Signal } from './credits';
import { sourceForHost, sourceForUrl } from './names';
import { arabicHalf, copyrightName } from './site-name';
import { sourceKey } from '../data/keys';
import { isMediaFileName } from './text';
import { linkPart } from './interface-names';

/**
 * A link alone on a line, or after a tool's Latin label of one to four words («Saved from»,
 * «Clipped from:», «source:», a note's property «source::») or a site's Arabic label closed by a
 * colon («الرابط المختصر:»).
 */
const LINK_LINE = /^(?:([A-Za-z][A-Za-z_ ]{0,30}?):{0,2}\s+|([\u0600-\u06FF][\u0600-\u06FF ]{1,30}):\s*)?(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/?#]\S*)?$/i;
const ARABIC = /[\u0600-\u06FF]/u;

/** The rule of the bare domain: shown only when no other name on the page is a candidate (metadata.ts), never a rival to one. */
export const LINK_DOMAIN_ONLY = 'domain of the page\'s own link (no name on the page)';

export interface OwnLink { domain: string; index: number; labelled: boolean }

/**
 * The page's own link: a link line outside the story (above its first line or after its end), on
 * a host that names a publisher (not t.me, x.com, YouTube…). Undefined when there is none, or
 * when the page's link lines name more than one site (a list of links names no one page).
 */
export function ownLink(lines: readonly ClassifiedLine[], start: number, bodyEnd: number | undefined): OwnLink | undefined {
  const found: OwnLink[] = [];
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'body' || (l.index >= start && (bodyEnd === undefined || l.index < bodyEnd))) continue;
    const text = linkPart(l.text.trim()); // an export's date field glued before it aside (interface-names.ts)
    if (text.includes('@') || isMediaFileName(text)) continue;
    const m = LINK_LINE.exec(text);
    if (!m) continue;
    const label = (m[1] ?? m[2])?.trim();
    if (label && label.split(/\s+/).length > 4) continue;
    const domain = m[3].toLowerCase();
    if (HOSTS.test(domain)) continue;
    found.push({ domain, index: l.index, labelled: !!label });
  }
  const sites = new Set(found.map((f) => siteOf(f.domain)));
  return sites.size === 1 ? found[0] : undefined;
}

/** «www.3alyoum.com», «3alyoum.com» → «3alyoum» (the name part of a domain). */
function siteOf(domain: string): string {
  return domain.replace(/^www\./, '').split('.')[0];
}

/**
 * What the page's own link says about the outlet: the source sources.yaml maps its domain to
 * (0.75, a labelled link only: a bare one is read by credits.ts already); else the short Arabic
 * line next to it that spells the domain (0.75: «جامعة النجاح الوطنية» under «najah.edu»); else
 * the page's Arabic spelling of the domain anywhere (0.7); else the domain itself, barely over the
 * abstention line (0.44): where nothing else names the site, the domain does, and a masthead or a
 * © line outweighs it.
 */
export function ownLinkSignals(link: OwnLink | undefined, lines: readonly ClassifiedLine[], titleIndex: number | undefined, lex: Lexicon): Signal[] {
  if (!link) return [];
  const line = link.index + 1;
  const known = sourceForUrl(link.domain, lex.sources);
  if (known) return link.labelled ? [{ field: 'outlet', value: known.name, id: known.id, confidence: 0.75, rule: 'the page\'s own link (its domain)', line }] : [];
  // «https://p.dw.com/p/481jb» under a DW story: a known site's short link, its edition's path dropped — that site, at the
  // bare domain's weight (it speaks only when nothing else names a site: metadata.ts), never the host as a name.
  const shortOf = sourceForHost(link.domain, lex.sources);
  if (shortOf) return [{ field: 'outlet', value: shortOf.name, id: shortOf.id, confidence: 0.44, rule: LINK_DOMAIN_ONLY, line }];
  const label = siteOf(link.domain);
  for (const l of [-1, 1].map((d) => neighbour(lines, link.index, d))) {
    if (!l || l.index === titleIndex || l.kind === 'body' || l.words > 6 || !ARABIC.test(l.text)) continue;
    // A name never opens or closes on a function word: «تابعوا المنبر الحر على فيسبوك» spells the
    // domain by «المنبر الحر», never by «المنبر الحر على» (twenty-third round).
    const functionWord = (w: string) => lex.nameStopWords.has(normalizeArabic(w));
    // Where the bare label spells a gram, the host whole read word by word may spell a fuller one («sheikhbadrtoday.sy»:
    // «الشيخ بدر اليوم», not the prefix a channel's noun opens, «قناة الشيخ بدر»; thirty-eighth round, at the merge).
    const byLabel = spells(label, l.text, lex.sameName, functionWord);
    const gram = byLabel && (spells(link.domain.replace(/^www\./, ''), l.text, lex.sameName, functionWord, true) ?? byLabel);
    if (!gram) continue;
    // «جامعة النجاح الوطنية» (a name's shape: the whole line), «تابعوا الوسيط المغاربي على فيسبوك»
    // (a prompt: a word no name holds, `nameStopWords`; the spelling words only); a print view's
    // footer «طبع من موقع القنطرة © 2025» (a ©, a year: no name's shape either).
    const prompt = l.text.split(/\s+/).some(functionWord) || /©|\b(?:19|20)\d\d\b/.test(l.text);
    // «site:: السبئي نت»: a note's property next to the link — its value, not its key.
    const property = PROPERTY.exec(l.text.trim());
    // «قناة حنبعل Hannibal TV»: a name printed in both scripts is shown by its Arabic half.
    const named = property && !ARABIC.test(property[1]) ? property[2].trim() : arabicHalf(l.text.trim(), lex.sameName);
    // «بارق اليوم · 8 ديسمبر 2027» (a copy's site line, thirty-fifth round, merged): the year is the date's, after a
    // separator — the part holding the spelling is the name whole, as a masthead prints it.
    const part = prompt && !l.text.split(/\s+/).some(functionWord) ? namePartBesideDate(l.text, gram, functionWord) : undefined;
    return [{ field: 'outlet', value: part ?? (prompt ? gram : named), confidence: 0.75, rule: 'name next to the page\'s own link, spelling its domain', line: l.index + 1 }];
  }
  // The host whole, not its bare label: «sakhnintoday.com» is read word by word («سخنين اليوم»), the bare
  // «sakhnintoday» only as a prefix («سخنين») (thirty-seventh round, at the merge).
  // The spelling whole first («kafrsousatoday.sy» / «كفر سوسة اليوم» inside «تابعوا قناة كفر سوسة اليوم على واتساب»), then by a prefix.
  const pageLines = lines.filter((l) => l.index !== titleIndex);
  const host = link.domain.replace(/^www\./, '');
  const spelled = spellingOnPage(host, pageLines, (a, b) => lex.sameName(a, b, true), lex.siteSuffixes) ?? spellingOnPage(host, pageLines, lex.sameName, lex.siteSuffixes);
  // «© 2026 مركز تريندز للبحوث والاستشارات» under «trendsresearch.org»: the domain spells one word of
  // an institution's name (`institutionWords`); the © line holds the whole name (nineteenth round, part O).
  const held = spelled ? copyrightName(lines.find((l) => l.index === spelled.index)?.text ?? '', lex.rights) : undefined;
  const whole = held && held.split(/\s+/).length > spelled!.text.split(/\s+/).length && lex.institutionWords.has(sourceKey(held.split(/\s+/)[0])) && ` ${held} `.includes(` ${spelled!.text} `) ? held : undefined;
  // «نشره كفر الشيخ اليوم» by a pin of «kafrelsheikhtoday.com»: a sharing site's verb of credit before the
  // name; the line after the verb is the name the domain spells (twenty-fourth round, second wave).
  const credited = spelled && !whole ? afterCreditVerb(lines.find((l) => l.index === spelled.index)?.text ?? '', lex) : undefined;
  if (credited && credited.split(/\s+/).length <= 5) return [{ field: 'outlet', value: credited, confidence: 0.7, rule: 'the page\'s spelling of its own link\'s domain, after a verb of credit', line: spelled!.index + 1 }];
  if (spelled) return [{ field: 'outlet', value: whole ?? spelled.text, confidence: 0.7, rule: whole ? 'the © name around the page\'s spelling of its own link\'s domain' : 'the page\'s spelling of its own link\'s domain', line: spelled.index + 1 }];
  return [{ field: 'outlet', value: link.domain.replace(/^www\./, ''), confidence: 0.44, rule: LINK_DOMAIN_ONLY, line }];
}

/** The one to three Arabic words of `text` (longest first) that spell `label`, with or without their article («najah» = «النجاح»: a domain drops it). */
function spells(label: string, text: string, sameName: Lexicon['sameName'], functionWord: (word: string) => boolean = () => false, whole = false): string | undefined {
  const words = text.split(/[\s|:\-–—]+/).filter((w) => /^[\p{Script=Arabic}0-9]+$/u.test(w));
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const gram = words.slice(i, i + n);
      if (functionWord(gram[0]) || functionWord(gram[n - 1])) continue;
      // A domain keeps the name's first article at most: «alwasitmaghreb» = «الوسيط المغاربي».
      const bare = gram.map((w) => w.replace(/^ال(?=\p{L}{2})/u, ''));
      if ([gram, bare, [gram[0], ...bare.slice(1)]].some((g) => sameName(label, g.join(' '), whole))) return gram.join(' ');
    }
  }
  return undefined;
}

function neighbour(lines: readonly ClassifiedLine[], at: number, step: number): ClassifiedLine | undefined {
  for (let i = at + step; i >= 0 && i < lines.length; i += step) if (lines[i].kind !== 'blank') return lines[i];
  return undefined;
}

/** A Latin brand the page's own link does not spell («Kindle» over a copy whose link is «najah.edu») is the copying tool's name. */
export function linkDisowns(brand: string, link: OwnLink | undefined): boolean {
  if (!link || !/^[\x20-\x7e]+$/.test(brand)) return false;
  const site = siteOf(link.domain).replace(/[^a-z0-9]/g, '');
  const words = brand.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 2);
  const glued = words.join('');
  return !(site.includes(glued) || glued.includes(site) || words.some((w) => w.length >= 3 && site.includes(w)));
}

/** The headline's line and the two lines under it: the story a tag over it would name. */
function storyOf(lines: readonly ClassifiedLine[], titleIndex: number): string {
  return lines.slice(titleIndex, titleIndex + 6).filter((l) => l.kind !== 'blank').slice(0, 3).map((l) => l.text).join(' ');
}

const SEPARATOR = /\s+(?:[|｜\-–—:·•]|::)\s+/gu;

/**
 * The browser's title bar: a line among the page's first or last three that is the chosen
 * headline, a spaced separator and one to six words (or those words first, then the headline):
 * the words are the site's name (0.78; evidence against a name — a section, a date — is weighed
 * in outlet-candidates.ts as for every candidate).
 */
export function titleBarSignals(lines: readonly ClassifiedLine[], titleIndex: number | undefined, lex: Lexicon, titleText?: string): Signal[] {
  if (titleIndex === undefined) return [];
  // The headline cut out of the title bar it was printed in alone (headline.ts): that bar is the one to read.
  const cut = titleText !== undefined && lexKey(titleText) !== lines[titleIndex].key;
  const title = cut ? lexKey(titleText) : lines[titleIndex].key;
  const filled = lines.filter((l) => l.kind !== 'blank' && l.index !== titleIndex);
  // A bar on top may print the cut headline too («HEADLINE - NAME» over «10:45 HEADLINE»: thirty-fifth round).
  for (const l of cut ? [lines[titleIndex], ...filled.slice(0, 3)] : [...filled.slice(0, 3), ...filled.slice(-3)]) {
    for (const m of l.text.matchAll(SEPARATOR)) {
      const left = l.text.slice(0, m.index).trim();
      const right = l.text.slice(m.index! + m[0].length).trim();
      // A bar the headline was cut out of may hold a section too («HEADLINE | سياسة | NAME»): the site's
      // name is then the part farthest from the headline.
      const name = lexKey(left) === title ? right.split(SEPARATOR)[cut ? right.split(SEPARATOR).length - 1 : 0] : lexKey(right) === title ? (cut ? left.split(SEPARATOR)[0] : left.split(SEPARATOR).pop()!) : undefined;
      if (!name || name.split(/\s+/).length > 6 || !/\p{L}{2,}/u.test(name)) continue;
      // «TOPIC | HEADLINE»: a tag before the headline whose words the story tells is its topic (topic-tag.ts).
      if (lexKey(right) === title && isTopicTag(name, storyOf(lines, titleIndex), lex.functionWords)) continue;
      // «السعودية | HEADLINE», «اخبار سوريا : HEADLINE»: a region tag or a regional section (region-tag.ts).
      if (lexKey(right) === title && regionTag(name, lex)) continue;
      // «دخول | تسجيل HEADLINE», «875 مشاهدة | HEADLINE»: furniture the headline was cut from is no site's name.
      // «أخبار عالمية - HEADLINE»: a section's label cut from it neither (thirty-first round, merged).
      if (isFurnitureOnly(name, lex.headlineFurniture) || sectionLabelReader(lex)(name)) continue;
      // «📌 مثبت — HEADLINE», «HEADLINE | برعاية …»: a side span cut by its shape neither (headline-sides.ts).
      if (isSideFurniture(name, lex.sponsors, lexKey, lex.labels.byline)) continue;
      // «رقم الخبر: 48213 :: HEADLINE», «HEADLINE — مُحدَّث 14:20»: a labelled number or an update mark neither (not-a-name.ts).
      if (isLabelledNumber(name) || isUpdateMark(name, lex.headlineFurniture.updateMarks, lexKey)) continue;
      // «الإثنين، 12 يوليو 2027 • 10:40 ص • HEADLINE»: a date cut with the furniture is no name either.
      if (/[0-9٠-٩]/u.test(name) && lex.dates.findDates(name).length) continue;
      const known = lex.names(name);
      if (known?.kind === 'generic') continue;
      // An agency's own site names itself there too: the outlet, as its masthead would.
      return [{ field: 'outlet', value: known?.name ?? name.trim(), ...(known?.id ? { id: known.id } : {}), confidence: 0.78, rule: 'site name in the title bar, after the headline', line: l.index + 1 }];
    }
  }
  return [];
}

/**
 * «المرسال > أخبار عالمية > روسيا»: a breadcrumb among the page's first lines opens with the site's
 * name where most open with «الرئيسية» (0.6). A UI word, a section, a place or a date opening it
 * names no one.
 */
export function breadcrumbSiteName(lines: readonly ClassifiedLine[], lex: Lexicon): Signal[] {
  for (const l of lines.filter((x) => x.kind !== 'blank').slice(0, 5)) {
    const crumbs = l.text.split(/\s+[>»›]\s+/u);
    if (crumbs.length < 3) continue;
    const first = crumbs[0].trim();
    const key = lexKey(first);
    if (!ARABIC.test(first) || first.split(/\s+/).length > 4 || lex.exact.has(key) || lex.sectionLabels.has(key) || lex.places.has(key) || /[0-9٠-٩]/u.test(first)) return [];
    const known = lex.names(first);
    if (known?.kind === 'generic') return [];
    return [{ field: 'outlet', value: known?.name ?? first, ...(known?.id ? { id: known.id } : {}), confidence: 0.6, rule: 'site name opening the breadcrumb', line: l.index + 1 }];
  }
  return [];
}

/** A publisher's link: its domain (lower case), unless it is a host of everyone's links (t.me, x.com …). */
const LINK = String.raw`(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/?#]\S*)?`;
/** «[الحوار الجزائرية](https://…)»: a Markdown link whose text is a name. */
const MARKDOWN_LINK = new RegExp(String.raw`^\[([^\]]{2,60})\]\(${LINK}\)$`, 'iu');
/** «الثائر - https://…», «https://… | الثائر»: a name and the link on one line, set off by a spaced separator. */
const NAME_THEN_LINK = new RegExp(String.raw`^([\u0600-\u06FF][\u0600-\u06FF0-9 ]{1,40}?)\s+[-–—|·•]\s+${LINK}$`, 'iu');
const LINK_THEN_NAME = new RegExp(String.raw`^${LINK}\s+[-–—|·•]\s+([\u0600-\u06FF][\u0600-\u06FF0-9 ]{1,40})$`, 'iu');

/**
 * The name printed with a link on the same line, outside the story — a note app's Markdown link
 * «[الحوار الجزائرية](https://…)», a copy's «الثائر - https://…»: the link's own text names the
 * site it points to (0.75, as a name next to the page's own link; seventeenth round). A mapped
 * domain names its source; a host of everyone's links, a prompt or a long line names no one.
 */
export function linkedName(lines: readonly ClassifiedLine[], start: number, bodyEnd: number | undefined, titleIndex: number | undefined, lex: Lexicon): Signal[] {
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'body' || l.index === titleIndex || (l.index >= start && (bodyEnd === undefined || l.index < bodyEnd))) continue;
    const text = l.text.trim();
    const md = MARKDOWN_LINK.exec(text);
    const before = md ? undefined : NAME_THEN_LINK.exec(text);
    const after = md || before ? undefined : LINK_THEN_NAME.exec(text);
    const [name, domain] = md ? [md[1], md[2]] : before ? [before[1], before[2]] : after ? [after[2], after[1]] : [];
    if (!name || !domain || HOSTS.test(domain.toLowerCase()) || !ARABIC.test(name)) continue;
    const words = name.trim().split(/\s+/);
    if (words.length > 6 || words.some((w) => lex.nameStopWords.has(normalizeArabic(w)))) continue;
    const known = sourceForUrl(domain, lex.sources) ?? lex.names(name);
    if (known?.kind === 'generic') continue;
    return [{ field: 'outlet', value: known?.name ?? name.trim(), ...(known?.id ? { id: known.id } : {}), confidence: 0.75, rule: 'name printed with a link on its line', line: l.index + 1 }];
  }
  return [];
}

/** «site:: السبئي نت», «Website Title: …», «author: عين اليوم»: a Latin property name, one or two colons, its value. */
const PROPERTY = /^([A-Za-z][A-Za-z _-]{1,24}?)\s*:{1,2}\s*(\S.*)$/u;

/**
 * A note's or a reference manager's property naming the site (`siteProperties` in
 * content/boilerplate.yaml: «site», «Website Title», «publisher», «author» …): Obsidian, Logseq,
 * Zotero and their kind keep the page's metadata as «key: value» lines, and the value of such a
 * key is the site's name (0.72) — a person there is weighed out as any candidate is
 * (outlet-candidates.ts). One rule for every tool that writes properties (seventeenth round).
 */
export function propertySiteName(lines: readonly ClassifiedLine[], start: number, bodyEnd: number | undefined, lex: Lexicon): Signal[] {
  const keys = new Set(lex.data.siteProperties.map((k) => k.toLowerCase()));
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'body' || (l.index >= start && (bodyEnd === undefined || l.index < bodyEnd))) continue;
    const m = PROPERTY.exec(l.text.trim());
    if (!m || !keys.has(m[1].trim().toLowerCase().replace(/[_-]+/g, ' '))) continue;
    const value = m[2].replace(/^["'«“]+|["'»”]+$/gu, '').trim();
    if (!ARABIC.test(value) || value.split(/\s+/).length > 6 || /https?:|www\./.test(value)) continue;
    const known = lex.names(value);
    if (known?.kind === 'generic') continue;
    return [{ field: 'outlet', value: known?.name ?? value, ...(known?.id ? { id: known.id } : {}), confidence: 0.72, rule: 'a note\'s property naming the site («site:: …»)', line: l.index + 1 }];
  }
  return [];
}
