// Page furniture read before the story is: a feed item's field labels, a language label under a
// Latin brand, the masthead printed again in a longer form; and what the furniture says about the
// site (a slogan naming it, its Arabic spelling, a partner under «مقدّم من»). Pure: lines and the
// lexicon are passed in.
import { shapeSkipper } from './outlet-shape';
import { spellingOnPage } from './credit-lines';
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import type { Signal } from './credits';
import { siteNameLine } from './credits';
import { identityKey } from './names';
import { officeLetterhead } from './letterhead';
import { lexKey } from './boilerplate';
import { sourceKey } from '../data/keys';

/**
 * A feed item pasted as text: «title: …», «link: https://…», «pubDate: …» (boilerplate.yaml
 * `feedLabels`). With two or more labelled lines the page is one: each label is cut, its value
 * read as a line of its own (the headline, the page's URL, its date); a bare tag («<item>») is blank.
 */
export function withoutFeedLabels(lines: string[], lex: Lexicon): string[] {
  if (!lex.data.feedLabels.length) return lines;
  const labels = new Set(lex.data.feedLabels.map((l) => l.toLowerCase()));
  const label = (l: string) => /^([A-Za-z:]{3,20}?)\s*:\s*/.exec(l);
  const labelled = lines.filter((l) => { const m = label(l); return m && labels.has(m[1].toLowerCase()); });
  if (labelled.length < 2) return lines;
  // «author: عين اليوم»: a label that names the site (`siteProperties`) stays on its line, read by own-site.ts.
  const naming = new Set(lex.data.siteProperties.map((k) => k.toLowerCase()));
  return lines.map((l) => {
    const m = label(l);
    if (m && naming.has(m[1].toLowerCase()) && /[\u0600-\u06FF]/u.test(l.slice(m[0].length))) return l;
    if (m && labels.has(m[1].toLowerCase())) return l.slice(m[0].length);
    return /^<\/?[a-z]+>$/i.test(l.trim()) ? '' : l;
  });
}

/**
 * «KBS WORLD Radio» / «العربية»: a language's name right under a Latin brand at the top is the
 * brand's Arabic service — page furniture, not the site's name (and not Al Arabiya's).
 */
export function markLanguageLabels(lines: ClassifiedLine[], lex: Lexicon): ClassifiedLine[] {
  const top = lines.filter((l) => l.kind !== 'blank').slice(0, 2);
  if (top.length < 2 || top[0].kind !== 'latin' || !lex.languageLabels.has(top[1].key)) return lines;
  return lines.map((l) => (l === top[1] ? { ...l, kind: 'boilerplate', languageLabel: true } : l));
}

// «القطرية», «البحريني»: a nationality adjective (normalised: ة → ه).
const NISBA = /^ال\S{2,}(?:يه|ي)$/u;

/**
 * The masthead printed again in a longer form: the site's name with a prefix and a nationality
 * adjective («جريدة العرب القطرية», «صحيفة الأيام البحرينية» on a page headed «العرب», «الأيام»).
 */
export function mastheadForm(lines: ClassifiedLine[], lex: Lexicon, logos: ReadonlyMap<number, string> = new Map(), office: ClassifiedLine | null = officeLetterhead(lines, lex) ?? null): ((text: string) => boolean) | undefined {
  // A logo's alt text («شعار بلدية طرابلس المركز») is the masthead, never the headline, however
  // much of it the lead repeats (eighteenth round).
  const logoNames = new Set([...logos.values()].map((n) => n.trim()));
  const site = siteNameLine(lines, lex.nameStopWords, lex.sameName, lex.letterheadWords, lex.siteWords, lex.spelledAbbreviations, lex.isTicker, lex.isSponsorLine, shapeSkipper(lex));
  const name = site ? identityKey(site.text, lex.sourceAffixes) : '';
  // An office's letterhead («سفارة دولة قطر لدى الاتحاد الروسي» over «خبر صحفي»), nineteenth round;
  // extract.ts finds it once and passes it here and to the metadata.
  const letterhead = office?.text.trim();
  if ((!site || !name) && !logoNames.size && !letterhead) return undefined;
  return (text) => {
    if (logoNames.has(text.trim()) || text.trim() === letterhead) return true;
    if (!site || !name || text === site.text) return false;
    const words = identityKey(text, lex.sourceAffixes).split(' ');
    const size = name.split(' ').length;
    return words.length > size && words.length <= size + 1 && words.slice(0, size).join(' ') === name && words.slice(size).every((w) => NISBA.test(w));
  };
}

/**
 * «الهدهد: صحيفة اليكترونية عربية …»: a slogan at the top naming the site, then what it is in a
 * site's own word («صحيفة», «موقع», «شبكة» — `sourceAffixes.before`). The name before the colon
 * is the site's (one to three words).
 */
export function sloganName(lines: ClassifiedLine[], lex: Lexicon): { name: string; index: number } | undefined {
  for (const l of lines.filter((x) => x.kind !== 'blank').slice(0, 4)) {
    const m = /^([^:：\d]{2,30}?)\s*[:：]\s*(\S+)\s+\S/u.exec(l.text.trim());
    if (!m || m[1].trim().split(/\s+/).length > 3 || !lex.sitePrefixes.includes(sourceKey(m[2]))) continue;
    // «الكاتب: وكالة الأنباء الألمانية»: a byline's label names the writer, not the site (twenty-second round, part O).
    // «شريك إعلامي: إذاعة …»: a partner's label names the partner, not the site (twenty-fifth round, second wave).
    if (lex.names(m[1])?.kind === 'generic' || lex.exact.has(lexKey(m[1])) || lex.labels.source.has(lexKey(m[1])) || lex.bylines.has(lexKey(m[1])) || lex.sponsors.includes(lexKey(m[1]))) continue;
    return { name: m[1].trim(), index: l.index };
  }
  return undefined;
}

/**
 * «TelQuel عربي» chosen, «تيلكيل عربي» printed near the top: the outlet is shown as the page spells
 * it in Arabic letters (the frontmatter shows Arabic) when a short line spells the Latin name.
 */
export function arabicSpelling(name: string | undefined, lines: ClassifiedLine[], lex: Lexicon, leadNames: readonly string[] = []): string | undefined {
  // Latin letters with their accents («Dirbêsiyê News»: a Kurmanji masthead, thirty-first round, merged).
  const latin = name?.match(/\p{Script=Latin}[\p{Script=Latin}0-9 .&'-]*[\p{Script=Latin}0-9]/u)?.[0];
  if (!name || !latin || latin.length < 3) return name;
  const spelled = lines.slice(0, 12).find((l) => (l.kind === 'short' || l.kind === 'heading') && l.words <= 4 && !/[A-Za-z]/.test(l.text) && lex.sameName(latin, l.text));
  if (spelled) return spelled.text.trim();
  // One name in two scripts, the Arabic one printed only in the lead's own words («Bilbeis Today» over
  // «قال مصدر لـ«بلبيس اليوم»») or inside a longer line («تي في بريكس - النسخة العربية», «From: أكجوجت اليوم»):
  // the page's Arabic self-name is the label (README's naming rule; twenty-eighth round).
  const told = leadNames.find((n) => lex.sameName(latin, n) || lex.sameName(latin, n, true));
  if (told) return told;
  return spellingOnPage(latin, lines, (l, a) => lex.sameName(l, a, true), lex.siteSuffixes)?.text ?? name;
}

function nameShaped(text: string, line: ClassifiedLine | undefined): boolean {
  const words = text.trim().split(/\s+/).length;
  return words >= 1 && words <= 5 && !/[0-9٠-٩.!?؟:،,]/.test(text) && (!line || ['short', 'heading', 'latin', 'agency', 'outlet'].includes(line.kind));
}

/**
 * «مقدّم من» over «سكاي نيوز عربية» on a portal (MSN): a partner that sources.yaml knows as an
 * outlet wrote the story. A sponsor («برعاية بنك …») names no outlet: no signal.
 */
export function partnerSignals(lines: ClassifiedLine[], lex: Lexicon): Signal[] {
  const out: Signal[] = [];
  for (const l of lines) {
    if (l.kind !== 'boilerplate') continue;
    // Only a label that hands the story over («مقدم من»); «بالتعاون مع» names a partner, not the source.
    const label = lex.providers.find((s) => l.key === s || l.key.startsWith(`${s} `));
    if (!label) continue;
    const next = l.key === label ? lines.find((x) => x.index > l.index && x.kind !== 'blank') : undefined;
    const partner = next ? next.text : l.text.split(/\s+/).slice(label.split(' ').length).join(' ');
    const found = partner ? lex.names(partner) : undefined;
    if (found?.id && found.kind === 'outlet') out.push({ field: 'outlet', value: found.name, id: found.id, confidence: 0.88, rule: 'partner named under «مقدم من»', line: l.index + 1 });
    // A partner the data does not know is still the one the portal hands the story to: a name's
    // shape (one to five words, no date, no sentence, not the story) — twenty-third round.
    else if (!found && partner && nameShaped(partner, next)) out.push({ field: 'outlet', value: partner.trim(), confidence: 0.8, rule: 'partner named under «مقدم من» (name not in sources.yaml)', line: l.index + 1 });
  }
  return out;
}

/**
 * «شعار نبض الخليج», «Almersal logo»: a masthead's logo copied as its alt text, among the page's
 * first three lines: line index → the name, the logo word (`logoWords`) cut.
 */
export function logoAltNames(lines: readonly string[], lex: Lexicon): Map<number, string> {
  const words = lex.data.logoWords.map((w) => w.toLowerCase());
  const out = new Map<number, string>();
  if (!words.length) return out;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 3; i++) {
    const t = lines[i].trim();
    if (!t) continue;
    seen++;
    const parts = t.split(/\s+/);
    if (parts.length < 2 || parts.length > 6) continue;
    if (words.includes(parts[0].toLowerCase())) out.set(i, parts.slice(1).join(' '));
    else if (words.includes(parts[parts.length - 1].toLowerCase())) out.set(i, parts.slice(0, -1).join(' '));
  }
  return out;
}

/**
 * The page's lines with each logo's alt text read as the masthead it is: the logo word cut, the
 * name kept. Lines are not otherwise touched (their numbers neither).
 */
export function withoutLogoWords(lines: string[], lex: Lexicon, logos = logoAltNames(lines, lex)): string[] {
  return lines.map((l, i) => logos.get(i) ?? l);
}
