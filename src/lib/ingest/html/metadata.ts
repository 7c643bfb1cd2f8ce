// What a saved page says about itself: JSON-LD (NewsArticle, Article, ReportageNewsArticle…,
// also inside @graph, with @id references), Open Graph and article:* meta, other meta names,
// <time datetime>, <h1>, <title>, <link rel=canonical>, bylines and breadcrumbs in the DOM.
// Each field keeps the candidates it was chosen from with where they came from, so the
// choice is explainable (and the caller can add the text rules' guess as the last resort).
import { hasArabic } from '../../arabic/normalize';
import { countWords } from '../../arabic/tokenize';
import { lexKey } from '../boilerplate';
import type { DateReader } from '../dates';
import { closest, collapseSpace, namesOf, type TextBlock } from './dom';

/** Where a field's value came from. */
export type Evidence = 'jsonld' | 'og' | 'meta' | 'time' | 'h1' | 'title' | 'dom' | 'canonical' | 'text';

export interface Candidate { value: string; from: Evidence }

/** Everything the page declares, per field, best candidate first. */
export interface PageCandidates {
  title: Candidate[];
  date: Candidate[];
  outlet: Candidate[];
  author: Candidate[];
  section: Candidate[];
  url: Candidate[];
  /** <title> of the page (headline and site name, in some order). */
  documentTitle?: string;
}

const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle',
  'opinionnewsarticle', 'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'report']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? collapseSpace(v) : undefined);
const types = (n: Json) => asArray(n['@type'] as string | string[]).map((t) => String(t).toLowerCase());

/** Every object in every JSON-LD block (arrays and @graph flattened); broken blocks are skipped. */
export function jsonLdNodes(doc: Document): Json[] {
  const nodes: Json[] = [];
  const add = (v: unknown) => {
    for (const item of asArray(v)) {
      if (!isObject(item)) continue;
      nodes.push(item);
      if (item['@graph']) add(item['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try { add(JSON.parse(script.textContent ?? '')); } catch { /* a broken block says nothing */ }
  }
  return nodes;
}

/** Resolves a {"@id": …} reference against the page's nodes. */
function deref(v: unknown, byId: Map<string, Json>): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length <= 2 && !v.name) return byId.get(v['@id']) ?? v;
  return v;
}

const names = (v: unknown, byId: Map<string, Json>): string[] =>
  asArray(v).map((x) => deref(x, byId)).map((x) => (isObject(x) ? str(x.name) : str(x))).filter((x): x is string => !!x);

/** YYYY-MM-DD from an ISO timestamp as written (the publisher's local date), else from text. */
export function dateOf(value: string, dates: DateReader): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return dates.parse(value);
}

/** True when an ISO timestamp is in UTC, so its date may not be the one the page shows. */
export function isUtcTimestamp(value: string): boolean {
  return /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]00:?00)$/i.test(value.trim());
}

const META_DATE_NAMES = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dcterms.date', 'dcterms.created', 'dc.date', 'dc.date.issued', 'date',
  'parsely-pub-date', 'sailthru.date', 'article.published'];
const META_AUTHOR_NAMES = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'];
const META_SECTION_NAMES = ['article:section', 'section', 'parsely-section', 'category'];

function metaMap(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const content = str(m.getAttribute('content'));
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

const isUrl = (s: string) => /^(https?:)?\/\//i.test(s);
const absoluteUrl = (s: string | null | undefined) => (s && /^https?:\/\/\S+$/i.test(s.trim()) ? s.trim() : undefined);

/** Byline-like text without its label: «بقلم فادي نصر» → «فادي نصر». */
export function cleanByline(text: string): string {
  return collapseSpace(text)
    .replace(/^(بقلم|بواسطة|كتب|كتبت|إعداد|تحرير|by)\s*[:：]?\s*/iu, '')
    .replace(/\s*[-–—|،,]\s*$/u, '')
    .replace(/\s+[-–—]\s+.*$/u, '') // «… — خيرسون»: a place after the name
    .trim();
}

function bylineCandidates(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  const els = doc.querySelectorAll('[rel~="author"], [itemprop~="author"], [class*="author"], [class*="byline"], [class*="writer"]');
  for (const el of els) {
    const text = cleanByline(el.textContent ?? '');
    const words = countWords(text);
    if (text && hasArabic(text) && words >= 1 && words <= 5 && !/\d/.test(text)) out.push({ value: text, from: 'dom' });
  }
  return out;
}

const HOME = new Set(['الرئيسية', 'الصفحة الرئيسية', 'home', 'الرئيسيه'].map(lexKey));

function breadcrumbCandidates(doc: Document, nodes: Json[], titleKeys: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  const keep = (name: string | undefined) => !!name && !HOME.has(lexKey(name)) && !titleKeys.has(lexKey(name)) && countWords(name) <= 5;
  for (const n of nodes.filter((x) => types(x).includes('breadcrumblist'))) {
    const items = asArray(n.itemListElement as Json[])
      .filter(isObject)
      .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
      .map((i) => str(i.name) ?? (isObject(i.item) ? str(i.item.name) : undefined))
      .filter(keep);
    if (items.length) out.push({ value: items[items.length - 1]!, from: 'jsonld' });
  }
  for (const el of doc.querySelectorAll('[class*="breadcrumb"], [id*="breadcrumb"], [class*="crumbs"]')) {
    const items = [...el.querySelectorAll('a, li, span')].map((a) => collapseSpace(a.textContent ?? '')).filter(keep);
    if (items.length) { out.push({ value: items[items.length - 1], from: 'dom' }); break; }
  }
  return out;
}

/** Element that holds site navigation (its links name the site's sections). */
const isNavigation = (el: Element) => el.localName === 'nav' || el.localName === 'header' || el.getAttribute('role') === 'navigation'
  || /(^|[\s_-])(menu|nav|navbar|navigation)([\s_-]|$)/.test(namesOf(el));

/** The page's blocks with what the section rule needs to know about them, read before
 * Readability rewrites the document. */
export interface PageLayout {
  blocks: TextBlock[];
  /** blocks[i] is inside site navigation. */
  inNavigation: boolean[];
  /** Normalised texts of the navigation's links and items: the site's sections. */
  menuEntries: Set<string>;
}

export function pageLayout(doc: Document, blocks: TextBlock[]): PageLayout {
  const menuEntries = new Set<string>();
  for (const nav of doc.querySelectorAll('nav, header, [role="navigation"], [class*="menu"], [class*="nav"]')) {
    if (!isNavigation(nav)) continue;
    for (const a of nav.querySelectorAll('a, li')) menuEntries.add(lexKey(a.textContent ?? ''));
  }
  return { blocks, inNavigation: blocks.map((b) => !!closest(b.element, isNavigation)), menuEntries };
}

/**
 * The section label printed near the headline (a category link or kicker above it): a short
 * text among the dozen blocks before the headline that is also one of the site's menu entries.
 */
export function sectionLabelNearHeadline(layout: PageLayout, title: string): Candidate | undefined {
  const key = lexKey(title);
  const at = layout.blocks.findIndex((b, i) => !layout.inNavigation[i] && lexKey(b.text) === key);
  for (let i = at - 1, seen = 0; i >= 0 && seen < 12; i--) {
    if (layout.inNavigation[i]) continue;
    seen++;
    const text = layout.blocks[i].text;
    const k = lexKey(text);
    if (countWords(text) <= 3 && hasArabic(text) && layout.menuEntries.has(k) && !HOME.has(k)) return { value: text, from: 'dom' };
  }
  return undefined;
}

/** All candidates for every field, from the page's own markup. */
export function readPageCandidates(doc: Document): PageCandidates {
  const nodes = jsonLdNodes(doc);
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n] as const));
  const articles = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPES.has(t)));
  const meta = metaMap(doc);
  const c: PageCandidates = { title: [], date: [], outlet: [], author: [], section: [], url: [] };
  const add = (field: keyof Omit<PageCandidates, 'documentTitle'>, value: string | undefined, from: Evidence) => {
    if (value) c[field].push({ value, from });
  };

  for (const a of articles) {
    add('title', str(a.headline) ?? str(a.name), 'jsonld');
    const published = str(a.datePublished) ?? str(a.dateCreated);
    add('date', published, 'jsonld');
    for (const p of names(a.publisher, byId)) add('outlet', p, 'jsonld');
    const authors = names(a.author, byId);
    if (authors.length) add('author', authors.join('، '), 'jsonld');
    add('section', names(a.articleSection, byId)[0], 'jsonld');
    const page = deref(a.mainEntityOfPage, byId);
    add('url', absoluteUrl(str(a.url)) ?? absoluteUrl(isObject(page) ? str(page['@id']) ?? str(page.url) : str(page)), 'jsonld');
  }

  // Headline elements: the first <h1> with Arabic text.
  const h1 = [...doc.querySelectorAll('h1')].find((h) => hasArabic(h.textContent ?? ''));
  add('title', str(h1?.textContent), 'h1');
  add('title', meta.get('og:title') ?? meta.get('twitter:title'), 'og');
  c.documentTitle = str(doc.querySelector('title')?.textContent);

  for (const name of META_DATE_NAMES) add('date', meta.get(name), name.startsWith('article:') ? 'og' : 'meta');
  for (const el of doc.querySelectorAll('time[datetime], [itemprop="datePublished"], [property~="dc:date"], [property~="dc:created"], abbr.published[title]')) {
    add('date', str(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title')), 'time');
  }

  add('outlet', meta.get('og:site_name'), 'og');
  add('outlet', meta.get('application-name') ?? meta.get('publisher'), 'meta');

  for (const name of META_AUTHOR_NAMES) {
    const v = meta.get(name);
    if (v && !isUrl(v)) add('author', v, name.startsWith('article:') ? 'og' : 'meta');
  }
  c.author.push(...bylineCandidates(doc));

  for (const name of META_SECTION_NAMES) add('section', meta.get(name), name.startsWith('article:') ? 'og' : 'meta');
  const titleKeys = new Set(c.title.map((t) => lexKey(t.value)));
  c.section.push(...breadcrumbCandidates(doc, nodes, titleKeys));

  add('url', absoluteUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')), 'canonical');
  add('url', absoluteUrl(meta.get('og:url')), 'og');
  c.url.sort((a, b) => (a.from === 'canonical' ? -1 : 0) - (b.from === 'canonical' ? -1 : 0));
  return c;
}
