// Outlet and agency by evidence. Every honest signal on the page proposes a value with a
// confidence: a «المصدر:» / «مصادر الخبر:» label, the dateline, the site's name at the top,
// a «©» footer, a URL of a known domain. A section label inside the menus is never a signal
// (it is not at the top), a bare URL is never a name (only its domain, mapped through
// sources.yaml), and «وكالات» names no agency.
// The site's name at the top lives in site-name.ts, the lines around the story that name a
// source in credit-lines.ts (split in session 19); both are re-exported here for the importers.
import type { Source } from '../data/schemas';
import type { FieldEvidence } from './evidence';
import type { NamedSource, NameLookup } from './names';
import { lexKey } from './boilerplate';
import { sourceForUrl } from './names';
import { copyrightName, inMenuRun, lookupNameAndShort, type PageLine, type RightsPhrases } from './site-name';
import { sourceKey } from '../data/keys';
import { linkPart } from './interface-names';

export { arabicHalf, brandLines, copyrightName, inMenuRun, lookupNameAndShort, siteNameLine, unlikeAName } from './site-name';
export { creditLineAbove, creditLinesAfter, latinBrand, nameUnderHeadline, spellingOnPage } from './credit-lines';

export interface Signal {
  field: 'outlet' | 'agency';
  value: string;
  id?: string;
  confidence: number;
  rule: string;
  /** 1-based line of the raw page. */
  line?: number;
  /** The other places of the page that print the same name (outlet-agreement.ts): shown in the evidence, never matched on. */
  agreedBy?: string;
}

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i;
/** Sites that host everyone's links: their URLs name no outlet. */
export const HOSTS = /(?:^|\.)(?:t\.me|x\.com|twitter\.com|youtube\.com|youtu\.be|facebook\.com|instagram\.com|tiktok\.com|whatsapp\.com)$/i;

export function isUrl(text: string): boolean {
  return URL_LINE.test(text.trim());
}

/** Splits a credit («النهار - أ ف ب», «الميادين نت + وكالات», «(أ ف ب، رويترز)», «يورونيوز مع أ ف ب») into names. */
// «المصدر: NAME · 25 فبراير 2028»: a notes app's spaced middle dot parts a name from a date as a dash does (thirty-seventh round, at the merge).
export function creditNames(text: string): string[] {
  return text
    .replace(/^[(«"]+|[)»".]+$/g, '')
    .split(/\s+[-–—ـ+·•]\s+|\s+مع\s+|\s*[،,+/]\s*|\s*[()]\s*/u)
    .map((p) => p.replace(/^©\s*/, '').replace(/^مع\s+/u, '').trim()) // «(مع و م ع)»: «with MAP»
    .filter(Boolean);
}

/** Signals from one credit (label value, credit line): known outlets and agencies in it. */
export function creditSignals(text: string, lookup: NameLookup, rule: string, line: number | undefined, confidence: number): Signal[] {
  const out: Signal[] = [];
  for (const name of creditNames(text)) {
    const found = lookup(name);
    if (found && found.kind !== 'generic') out.push(signal(found, rule, line, confidence));
    // «رويترز وأ ف ب»: two names joined by «و», each one known (seventeenth round).
    else if (!found) for (const part of joinedByAnd(name, lookup)) out.push(signal(part, rule, line, confidence));
  }
  return out;
}

/** «رويترز وأ ف ب» → both names, when the text splits at a « و» into names the lookup knows. */
function joinedByAnd(text: string, lookup: NameLookup): NamedSource[] {
  for (const m of text.matchAll(/\sو(?=\S)/gu)) {
    const first = lookup(text.slice(0, m.index));
    const second = lookup(text.slice(m.index! + 2));
    if (first && second && first.kind !== 'generic' && second.kind !== 'generic') return [first, second];
  }
  return [];
}

function signal(found: NamedSource, rule: string, line: number | undefined, confidence: number, field?: Signal['field']): Signal {
  return { field: field ?? (found.kind === 'agency' ? 'agency' : 'outlet'), value: found.name, ...(found.id ? { id: found.id } : {}), confidence, rule, ...(line ? { line } : {}) };
}

/** The site as named at the top (first lines, skip links aside) or the © footer, or a known domain. */
export function siteSignals(lines: PageLine[], lookup: NameLookup, sources: readonly Source[], rights: RightsPhrases, publisherWords: ReadonlySet<string> = new Set(), sectionLabels: ReadonlySet<string> = new Set(), institutionWords: ReadonlySet<string> = new Set(), researchWords: ReadonlySet<string> = new Set(), nameLength: (name: string) => number = (name) => name.split(/\s+/).length): Signal[] {
  const out: Signal[] = [];
  const top = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'boilerplate').slice(0, 3);
  for (const l of top) {
    if (inMenuRun(lines, lines.indexOf(l), lookup)) continue;
    // «Tuniscope» / «tuniscope.com» / «وطنية»: a section label under the page's first line is the
    // section's, even when a wire's short name spells it (NNA's «وطنية»).
    if (l !== top[0] && sectionLabels.has(lexKey(l.text))) continue;
    const found = lookup(l.text) ?? lookupNameAndShort(l.text, lookup);
    // «وام-», «كونا -», «نوفا-» alone over the lead: a wire's name closed by a separator is the lead's
    // credit (dateline-stub.ts), the story's agency — never the name of the site that copied it
    // (forty-fifth round, real pages).
    if (found?.kind === 'agency' && /\s*[-–—ـ:]+$/u.test(l.text.trim())) continue;
    // «(رويترز)», «(أ ف ب)»: a wire's name in brackets alone is a credit, never a masthead — on a page without headline
    // it closes a two-paragraph story within the first three lines (forty-sixth round, a real page's wire read as the site).
    if (found?.kind === 'agency' && /^\(.*\)$/u.test(l.text.trim())) continue;
    // A Latin brand («Al-sharq») names one outlet where a short Arabic name («الشرق») may be
    // shared by several: it counts a little more.
    if (found && found.kind !== 'generic') out.push(signal(found, l.kind === 'latin' ? 'Latin site name at the top' : 'site name at the top', l.index + 1, l.kind === 'latin' ? 0.82 : 0.8, 'outlet'));
  }
  for (const l of lines) {
    const name = copyrightName(l.text, rights);
    const found = name ? lookup(name) : undefined;
    if (found && found.kind !== 'generic') out.push(signal(found, '© line', l.index + 1, 0.75, 'outlet'));
    // «© 2025 جميع الحقوق محفوظة لموقع نبض الشرق»: a site not in sources.yaml names itself too.
    // An institution's name runs longer: up to seven words when its first word says so (sixteenth round).
    // «الأردن 24»: a number is part of a name, not the whole of it (nineteenth round, part O).
    // «© 2027 إذاعة سيدي بوزيد إف إم»: a station's spelled «FM» is one word, its «إذاعة» none (station-name-length.ts).
    else if (name && !found && l.words <= 12 && /^[\p{Script=Arabic}\s0-9٠-٩]+$/u.test(name) && /\p{Script=Arabic}{2}/u.test(name) && nameLength(name) <= (institutionWords.has(sourceKey(name.split(/\s+/)[0])) ? 7 : 4)) {
      // «© المؤسسة الصحفية الأردنية»: a publishing house owns the site; the masthead names it.
      // «© 2026 مؤسسة سيتا للدراسات»: a foundation that does research is the site itself.
      const research = name.split(/\s+/).some((w) => researchWords.has(sourceKey(w).replace(/^(?:و)?(?:لل|ال|ل)(?=\p{L}{3})/u, '')));
      const publisher = publisherWords.has(sourceKey(name.split(/\s+/)[0])) && !research;
      out.push({ field: 'outlet', value: name, confidence: publisher ? 0.4 : 0.6, rule: publisher ? '© line (a publishing house)' : '© line (name not in sources.yaml)', line: l.index + 1 });
    }
    // «للتواصل: news@alwatan.com.sa»: an e-mail address on the site's own domain.
    const mail = l.text.includes('@') ? /[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})/i.exec(l.text)?.[1] : undefined;
    const mailed = mail ? sourceForUrl(mail, sources) : undefined;
    if (mailed) out.push({ field: 'outlet', value: mailed.name, id: mailed.id, confidence: 0.7, rule: 'domain of an e-mail address on the page', line: l.index + 1 });
    // «date 2025-10-21 https://…»: the link of an export's date field is the page's own (interface-names.ts).
    const link = linkPart(l.text);
    if (isUrl(link)) {
      const host = /^(?:https?:\/\/)?([^/\s]+)/i.exec(link)?.[1] ?? '';
      const src = HOSTS.test(host) ? undefined : sourceForUrl(link, sources);
      if (src) out.push({ field: 'outlet', value: src.name, id: src.id, confidence: 0.75, rule: 'domain of a URL on the page', line: l.index + 1 });
    }
  }
  return out;
}

/**
 * Picks the value of one field: the most confident signal, agreement between signals raising
 * the confidence; the runner-up is the best signal naming something else.
 */
export function pickSignal(field: Signal['field'], signals: Signal[]): { chosen?: Signal; runnerUp?: Signal; confidence: number } {
  const mine = signals.filter((s) => s.field === field);
  if (!mine.length) return { confidence: 0 };
  // Unknown names agree by their key: «موقع 24» and «24» name one site.
  const same = (a: Signal, b: Signal) => (a.id && b.id ? a.id === b.id : a.id || b.id ? false : sourceKey(a.value) === sourceKey(b.value));
  // Equal confidence: the signal proposed first wins (callers add signals in their order of trust).
  const ranked = [...mine].sort((a, b) => b.confidence - a.confidence);
  const chosen = ranked[0];
  const agreeing = mine.filter((s) => s !== chosen && same(s, chosen)).length;
  const runnerUp = ranked.find((s) => !same(s, chosen));
  let confidence = Math.min(0.99, chosen.confidence + 0.05 * agreeing);
  // A close rival from another line is a real doubt; a second name in the same credit
  // («(أ ف ب، رويترز)») is not: the first one listed is the main source.
  if (runnerUp && runnerUp.confidence >= chosen.confidence - 0.05 && runnerUp.line !== chosen.line) confidence -= 0.2;
  return { chosen, runnerUp, confidence: Math.round(confidence * 100) / 100 };
}

export type { FieldEvidence };
