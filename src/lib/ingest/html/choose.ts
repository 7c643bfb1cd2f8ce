// From the page's candidates (metadata.ts) and the text rules' guesses to one value per field,
// with where it came from. Page metadata first, text second; an outlet's name as the page
// writes it in Arabic is preferred over a Latin brand name, and a canonical URL's domain is
// looked up in content/sources.yaml (passed in) when the page names no outlet itself.
import type { DateReader } from '../dates';
import { hasArabic } from '../../arabic/normalize';
import { countWords } from '../../arabic/tokenize';
import type { Source } from '../../data/schemas';
import { lexKey } from '../boilerplate';
import { dateOf, isUtcTimestamp, type Candidate, type Evidence, type PageCandidates } from './metadata';

export interface Field<T = string> { value: T; from: Evidence }

/** The chosen metadata of a page; absent fields are not stated anywhere. */
export interface PageMetadata {
  title?: Field;
  date?: Field;
  outlet?: Field;
  author?: Field;
  section?: Field;
  url_original?: Field;
}

/** What the text rules (text ingest over the page's blocks) found, the last resort. */
export interface TextGuess { title?: string; date?: string; source?: string }

const SEPARATORS = /\s+[|\-–—:»«•·]{1,2}\s+|\s+::\s+/u;

/** «headline | site» or «site - headline» → the part that is not a known site name. */
export function stripSiteName(title: string, siteNames: string[]): string {
  const keys = new Set(siteNames.map(lexKey));
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  if (keys.has(lexKey(parts[parts.length - 1]))) return title.slice(0, title.lastIndexOf(parts[parts.length - 1])).replace(/[\s|\-–—:»«•·]+$/u, '');
  if (keys.has(lexKey(parts[0]))) return title.slice(parts[0].length).replace(/^[\s|\-–—:»«•·]+/u, '');
  return title;
}

/** The site's name from «headline | site» when the headline is known: what is left over. */
export function siteNameFromTitle(documentTitle: string | undefined, headline: string | undefined): string | undefined {
  if (!documentTitle) return undefined;
  const parts = documentTitle.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2 && headline) {
    const h = lexKey(headline);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (lexKey(documentTitle.slice(0, documentTitle.lastIndexOf(last))) === h || h.startsWith(lexKey(parts.slice(0, -1).join(' ')))) return countWords(last) <= 5 ? last : undefined;
    if (lexKey(documentTitle.slice(first.length)) === h || h.endsWith(lexKey(parts.slice(1).join(' ')))) return countWords(first) <= 5 ? first : undefined;
    return undefined;
  }
  // A <title> that is only the site's name (the headline is elsewhere on the page).
  if (parts.length === 1 && headline && lexKey(documentTitle) !== lexKey(headline) && countWords(documentTitle) <= 4) return documentTitle;
  return undefined;
}

/** «site - headline»: the part of <title> that is the headline the text rules found, if one is. */
function headlinePart(documentTitle: string, textTitle: string | undefined): string | undefined {
  if (!textTitle) return undefined;
  const key = lexKey(textTitle);
  return documentTitle.split(SEPARATORS).find((p) => lexKey(p) === key);
}

/** The outlet of a URL by its domain (and path, for «bbc.com/arabic»), from sources.yaml. */
export function outletOfUrl(url: string, sources: readonly Source[]): Source | undefined {
  let where: string;
  try {
    const u = new URL(url);
    where = `${u.hostname.replace(/^www\./, '')}${decodeURI(u.pathname)}`.toLowerCase();
  } catch { return undefined; }
  const host = where.split('/')[0];
  let best: { source: Source; length: number } | undefined;
  for (const s of sources) {
    for (const d of s.domains ?? []) {
      const domain = d.toLowerCase().replace(/^www\./, '');
      const [dHost] = domain.split('/');
      const matches = domain.includes('/') ? where.startsWith(domain) : host === dHost || host.endsWith(`.${dHost}`);
      if (matches && (!best || domain.length > best.length)) best = { source: s, length: domain.length };
    }
  }
  return best?.source;
}

const first = (cs: Candidate[], ok: (c: Candidate) => boolean = () => true): Field | undefined => cs.find(ok);

/**
 * One value per field. `text` is what text ingest read from the page's blocks; it only fills
 * fields the markup leaves empty (and a date the markup states only in UTC, see below).
 */
export function chooseMetadata(c: PageCandidates, text: TextGuess, sources: readonly Source[], dates: DateReader): PageMetadata {
  const out: PageMetadata = {};
  const declaredOutlets = c.outlet.map((o) => o.value);

  // Title: JSON-LD headline, then the <h1> (unless it is the site's logo), then og:title, <title>.
  const isSiteName = (t: string) => declaredOutlets.some((o) => lexKey(o) === lexKey(t));
  const titles = [
    ...c.title.filter((t) => t.from === 'jsonld'),
    ...c.title.filter((t) => t.from === 'h1' && countWords(t.value) >= 3 && !isSiteName(t.value)),
    ...c.title.filter((t) => t.from === 'og'),
    ...(c.documentTitle ? [{ value: headlinePart(c.documentTitle, text.title) ?? c.documentTitle, from: 'title' as const }] : []),
  ].map((t) => ({ ...t, value: stripSiteName(t.value, declaredOutlets) })).filter((t) => hasArabic(t.value));
  out.title = titles[0] ?? (text.title ? { value: text.title, from: 'text' } : undefined);

  // Outlet: an Arabic name the page declares, its <title>'s site part, the canonical domain, a Latin name, the text's.
  const titleSite = siteNameFromTitle(c.documentTitle, out.title?.value);
  const url = [...c.url.filter((u) => u.from === 'canonical'), ...c.url.filter((u) => u.from === 'og'), ...c.url.filter((u) => u.from === 'jsonld')][0];
  const byDomain = url ? outletOfUrl(url.value, sources) : undefined;
  const outlets: Field[] = [
    ...c.outlet.filter((o) => hasArabic(o.value)),
    ...(titleSite && hasArabic(titleSite) ? [{ value: titleSite, from: 'title' as const }] : []),
    ...(byDomain ? [{ value: byDomain.name, from: 'canonical' as const }] : []),
    ...c.outlet,
    ...(text.source ? [{ value: text.source, from: 'text' as const }] : []),
  ];
  out.outlet = outlets[0];

  // Date: JSON-LD, then meta, then <time>. A UTC timestamp's date can be a day off the date the
  // page prints for its readers; when the text states that neighbouring day, the text wins.
  const dated = c.date.map((d) => ({ ...d, date: dateOf(d.value, dates) })).filter((d) => d.date);
  const order: Evidence[] = ['jsonld', 'og', 'meta', 'time'];
  dated.sort((a, b) => order.indexOf(a.from) - order.indexOf(b.from));
  const best = dated[0];
  if (best) {
    const shown = text.date;
    const dayApart = shown && Math.abs(Date.parse(shown) - Date.parse(best.date!)) === 86_400_000;
    out.date = isUtcTimestamp(best.value) && dayApart ? { value: shown!, from: 'text' } : { value: best.date!, from: best.from };
  } else if (text.date) out.date = { value: text.date, from: 'text' };

  // Author: a person, never the outlet itself («الجزيرة نت» as author is the site, not a byline).
  const outletKeys = new Set([...declaredOutlets, out.outlet?.value ?? ''].map(lexKey));
  out.author = first(c.author, (a) => !outletKeys.has(lexKey(a.value)) && hasArabic(a.value));
  out.section = first(c.section, (s) => hasArabic(s.value));
  out.url_original = url;
  for (const k of Object.keys(out) as (keyof PageMetadata)[]) if (!out[k]) delete out[k];
  return out;
}
