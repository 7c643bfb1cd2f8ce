// Synthetic raw pages for the scale benchmark, in the style of content/raw/*.txt:
// site furniture around the body, embedded "read also" articles, dates in every format
// ingest supports, dictionary actors in their spelling variants, made-up people introduced
// by role, topic phrases. Pure and seeded: same (seed, index, dictionary) → same bytes.
import { Rng } from './prng';
import {
  AGENCIES, BYLINES, CITIES, COMMENT_BLOCK, COOKIE_BANNER, FIRST_NAMES, LAST_NAMES, MENU_LINES, MONTHS_AR,
  MONTHS_EN, MONTHS_HIJRI, MONTHS_LEVANT, NEWSLETTER, SECTIONS, OFF_TOPIC_HEADLINES, OUTLETS, ROLES, ROLE_NISBAS, ROOT_LETTERS,
  TEMPLATES, WEEKDAYS, WORD_PATTERNS, type BenchActor, type BenchTopic,
} from './vocab';

export interface BenchDictionary {
  actors: BenchActor[];
  topics: BenchTopic[];
}

export interface GeneratedPage {
  /** File name, e.g. 00042_1f0c…​.txt (sorts by index like the real seeds). */
  name: string;
  text: string;
  words: number;
}

interface Discovered {
  role: string;
  nisba: string;
  name: string;
  short: string;
}

/** Everything shared by all pages of one corpus; built once per (seed, dictionary). */
export interface CorpusContext {
  seed: string;
  persons: BenchActor[];
  countries: BenchActor[];
  orgs: BenchActor[];
  topicPhrases: string[][];
  discovered: Discovered[];
  rareWords: string[];
}

export function createContext(seed: string, dict: BenchDictionary): CorpusContext {
  const rng = new Rng(`${seed}:context`);
  const rareWords: string[] = [];
  const seen = new Set<string>();
  // A long tail of pseudo-words (root × pattern) so the search index sees a realistic vocabulary.
  for (let tries = 0; rareWords.length < 20_000 && tries < 200_000; tries++) {
    const root = [0, 1, 2].map(() => rng.pick([...ROOT_LETTERS]));
    const w = rng.pick(WORD_PATTERNS).replace(/[123]/g, (d) => root[+d - 1]);
    if (!seen.has(w)) { seen.add(w); rareWords.push(w); }
  }
  const discovered: Discovered[] = [];
  for (let i = 0; i < 300; i++) {
    const short = rng.pick(LAST_NAMES) + (i >= LAST_NAMES.length ? rng.pick(['وف', 'سكي', 'يتش', 'ان', 'ي']) : '');
    discovered.push({ role: rng.pick(ROLES), nisba: rng.pick(ROLE_NISBAS), name: `${rng.pick(FIRST_NAMES)} ${short}`, short });
  }
  const byType = (t: string) => dict.actors.filter((a) => a.type === t);
  return {
    seed,
    persons: byType('person'),
    countries: byType('country'),
    orgs: byType('organization'),
    topicPhrases: dict.topics.map((t) => t.phrases).filter((p) => p.length > 0),
    discovered,
    rareWords,
  };
}

const INDIC = '٠١٢٣٤٥٦٧٨٩';
const toIndic = (s: string) => s.replace(/\d/g, (d) => INDIC[+d]);
const pad2 = (n: number) => String(n).padStart(2, '0');
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A date line in one of the formats the real pages print, or undefined (undated page). */
export function dateLine(rng: Rng): string | undefined {
  const y = rng.int(2022, 2025);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const wd = rng.pick(WEEKDAYS);
  switch (rng.int(0, 9)) {
    case 0: return `${pad2(rng.int(0, 23))}:${pad2(rng.int(0, 59))}${pad2(d)}/${pad2(m)}/${y}, ${wd}`;
    case 1: return `تاريخ النشر: ${ordinal(d)}, ${MONTHS_EN[m - 1]} ${y} GMT`;
    case 2: return `${wd} ${d} ${MONTHS_AR[m - 1]} ${y}`;
    case 3: return `تاريخ النشر: ${d} ${MONTHS_AR[m - 1]}/ ${MONTHS_LEVANT[m - 1]} ${y}`;
    case 4: return `نشر في ${toIndic(`${pad2(d)}/${pad2(m)}/${y}`)}`;
    case 5: return `${d} ${MONTHS_LEVANT[m - 1]} ${y} - ${pad2(rng.int(0, 23))}:${pad2(rng.int(0, 59))}`;
    case 6: return `${pad2(d)}/${pad2(m)}/${y}`;
    case 8: return `${wd} ${toIndic(String(d))} ${MONTHS_HIJRI[m - 1]} ${toIndic(String(rng.int(1443, 1447)))} هـ`;
    case 9: return `آخر تحديث: ${wd} ${d} ${MONTHS_LEVANT[m - 1]} ${y} - ${pad2(rng.int(0, 23))}:${pad2(rng.int(0, 59))}`;
    default: return undefined;
  }
}

/** The actors, topics and made-up people one page talks about (real articles have a small cast). */
interface Cast {
  persons: BenchActor[];
  countries: BenchActor[];
  orgs: BenchActor[];
  topics: string[][];
  discovered: Discovered[];
  introduced: Set<Discovered>;
}

/** min..max distinct items; with `zipf`, earlier items (the dictionary lists the central
 * actors first) are picked far more often, as in real coverage. */
function pickSome<T>(rng: Rng, items: T[], min: number, max: number, zipf = false): T[] {
  if (items.length === 0) return [];
  const n = Math.min(items.length, rng.int(min, max));
  const out = new Set<T>();
  while (out.size < n) out.add(zipf ? items[rng.zipf(items.length)] : rng.pick(items));
  return [...out];
}

function castFor(rng: Rng, ctx: CorpusContext): Cast {
  return {
    persons: pickSome(rng, ctx.persons, 2, 4, true),
    countries: pickSome(rng, ctx.countries, 2, 3, true),
    orgs: pickSome(rng, ctx.orgs, 1, 2, true),
    topics: pickSome(rng, ctx.topicPhrases, 1, 3),
    discovered: pickSome(rng, ctx.discovered, 1, 2),
    introduced: new Set(),
  };
}

const spell = (rng: Rng, a: BenchActor) => rng.pick([a.name, a.name, ...a.aliases, ...(a.short ?? [])]);

function fillSlot(slot: string, rng: Rng, ctx: CorpusContext, cast: Cast): string {
  // Mostly the page's cast, sometimes anyone: keeps co-occurrence realistic but not closed.
  const from = <T>(local: T[], all: T[]) => (local.length && rng.chance(0.85) ? rng.pick(local) : rng.pick(all.length ? all : local));
  switch (slot) {
    case 'P': { const p = from(cast.persons, ctx.persons); return p ? spell(rng, p) : 'المسؤول'; }
    case 'C': { const c = from(cast.countries, ctx.countries); return c ? rng.pick([c.name, ...c.aliases]) : 'الدولة'; }
    case 'N': { const c = from(cast.countries, ctx.countries); return c?.nisba?.length ? rng.pick(c.nisba) : 'الروسي'; }
    case 'K': { const c = from(cast.countries, ctx.countries); return c?.capitals?.length ? rng.pick(c.capitals) : 'موسكو'; }
    case 'O': { const o = from(cast.orgs, ctx.orgs); return o ? spell(rng, o) : 'الأمم المتحدة'; }
    case 'T': { const t = from(cast.topics, ctx.topicPhrases); return t ? rng.pick(t) : 'المحادثات'; }
    case 'D': {
      const d = from(cast.discovered, ctx.discovered);
      if (cast.introduced.has(d) && rng.chance(0.6)) return d.short;
      cast.introduced.add(d);
      return `${d.role} ${d.nisba} ${d.name}`;
    }
    case 'W': return ctx.rareWords[rng.zipf(ctx.rareWords.length)];
    case 'NUM': return String(rng.chance(0.3) ? rng.int(2, 99) + '.' + rng.int(1, 9) : rng.int(2, 5000));
    case 'CITY': return rng.pick(CITIES);
    case 'DAY': return rng.pick(WEEKDAYS);
    default: return slot;
  }
}

/** Fills a template; one actor does not appear twice in a sentence («بين سلوفاكيا وسلوفاكيا»). */
function fill(template: string, rng: Rng, ctx: CorpusContext, cast: Cast): string {
  const used = new Set<string>();
  return template.replace(/\{([A-Z]+)\}/g, (_, slot: string) => {
    let text = fillSlot(slot, rng, ctx, cast);
    for (let tries = 0; used.has(text) && tries < 4; tries++) text = fillSlot(slot, rng, ctx, cast);
    used.add(text);
    return text;
  });
}

function sentence(rng: Rng, ctx: CorpusContext, cast: Cast): string {
  return fill(rng.pick(TEMPLATES), rng, ctx, cast);
}

const countWords = (s: string) => s.match(/\S+/g)?.length ?? 0;

/** Paragraphs of about `words` words, 2–4 sentences each. */
function body(rng: Rng, ctx: CorpusContext, cast: Cast, words: number): string[] {
  const paras: string[] = [];
  let n = 0;
  while (n < words) {
    const p = Array.from({ length: rng.int(2, 4) }, () => sentence(rng, ctx, cast)).join(' ');
    n += countWords(p);
    paras.push(p);
  }
  // Text that MDX would misread if ingest did not escape it (docs/ingest.md): braces, angle
  // brackets, list/heading markers, URLs, Latin names.
  if (rng.chance(0.12)) {
    const hostile = rng.pick([
      `وكتب على منصة إكس: "<السلام> {قريب}" https://x.com/post/${rng.int(1000, 99999)}`,
      `${rng.int(1, 9)}. البند الأول من الخطة يتضمن ${rng.pick(cast.topics.flat().concat(['الحوار']))}.`,
      '- وقف الهجمات على منشآت الطاقة {لمدة 30 يوما}',
      '# بيان مشترك',
      'import من الصين ارتفع بنسبة 5% وفق صحيفة Hürriyet التركية',
    ]);
    paras.splice(rng.int(1, paras.length), 0, hostile);
  }
  return paras;
}

/**
 * A headline for a story whose lead is `lead`. Real headlines repeat the lead's names and
 * topic (ingest recognises a headline by that), so each slot takes, when it can, a value the
 * lead itself printed. Without a lead (a link to another story) the slots are free.
 */
function headline(rng: Rng, ctx: CorpusContext, cast: Cast, lead?: string): string {
  const forms = ['{P}: {T} لن تنجح من دون {C}', '{K} و{K} تبحثان {T}', '{O} تحذر من تداعيات {T} في {CITY}', 'مباحثات بين {C} و{C} حول {T}', '{D} يصل إلى {CITY} لبحث {T}'];
  const used = new Set<string>();
  return rng.pick(forms).replace(/\{([A-Z]+)\}/g, (_, slot: string) => {
    let text = fillSlot(slot, rng, ctx, cast);
    for (let tries = 0; (used.has(text) || (lead !== undefined && !lead.includes(text))) && tries < 8; tries++) text = fillSlot(slot, rng, ctx, cast);
    used.add(text);
    return text;
  });
}

function storyList(rng: Rng, n: number): string[] {
  return Array.from({ length: n }, () => `  • ${rng.pick(OFF_TOPIC_HEADLINES)}`);
}

function embedded(rng: Rng, ctx: CorpusContext): { title: string; paras: string[] } {
  const cast = castFor(rng, ctx);
  const paras = body(rng, ctx, cast, rng.int(90, 220));
  return { title: headline(rng, ctx, cast, paras[0]), paras };
}

/** One raw page. Five layouts mirror the five real seeds (RT, Yeni Şafak, Al-Ittihad, …), a sixth
 * the ingest fixtures' portal pages; about 1 in 100 is boilerplate only. */
export function generatePage(ctx: CorpusContext, index: number, width = 5, dateOverride?: string): GeneratedPage {
  const rng = new Rng(`${ctx.seed}:page:${index}`);
  const cast = castFor(rng, ctx);
  // The drawn date line is still drawn (the rest of the page stays the same) when a caller
  // fixes the date: the incremental benchmark's «newest dates» update.
  const drawn = dateLine(rng);
  const date = dateOverride ?? drawn;
  const outlet = rng.pick(OUTLETS);
  const agency = rng.pick(AGENCIES);
  const main = body(rng, ctx, cast, rng.int(380, 620));
  const title = headline(rng, ctx, cast, main[0]);
  const tags = pickSome(rng, [...cast.persons.map((p) => p.name), ...cast.countries.map((c) => c.name), ...cast.topics.map((t) => t[0])], 2, 5);
  const L: string[] = [];
  const layout = rng.chance(0.01) ? -1 : rng.int(0, 5);
  if (layout === -1) {
    // A page that is all furniture (a failed scrape): ingest must reject it, and say why.
    L.push(COOKIE_BANNER, 'قبول', ...pickSome(rng, MENU_LINES, 3, 6), ...COMMENT_BLOCK, ...NEWSLETTER);
  } else if (layout === 5) {
    // News-portal style (tests/fixtures/raw): cookie banner, sections, breadcrumb, byline, photo
    // credit and a one-line «اقرأ أيضا» link inside the body, «الوسوم:» with Arabic commas.
    L.push(COOKIE_BANNER, 'قبول', ...pickSome(rng, SECTIONS, 3, 5).map((x) => `  • ${x}`));
    L.push(`الرئيسية > أخبار > ${rng.pick(SECTIONS)}`, 'شارك', title, `كتب: ${rng.pick(BYLINES)}`);
    if (date) L.push(date);
    L.push(`${rng.pick(CITIES)} - ${agency}`, main[0], `(صورة: ${agency})`, ...main.slice(1, 3));
    L.push(`اقرأ أيضا: ${headline(rng, ctx, castFor(rng, ctx))}`, ...main.slice(3));
    L.push(`المصدر: ${outlet}`, `الوسوم: ${tags.join('، ')}`, 'شارك', 'تابعنا');
  } else if (layout === 0) {
    // RT style: menus and story list first, agency under the title, unrelated headlines after comments.
    L.push(...pickSome(rng, MENU_LINES, 2, 4), '', `${rng.int(5, 40)} خبر`, ...storyList(rng, rng.int(2, 6)), '', title, '');
    if (date) L.push(date);
    L.push(main[0], '', title, agency, '', ...main.slice(1).flatMap((p) => [p, '']), `المصدر: ${outlet}`, '', 'التعليقات', '');
    L.push(...pickSome(rng, OFF_TOPIC_HEADLINES, 3, 6).flatMap((h) => [h, '']));
  } else if (layout === 1) {
    // Yeni Şafak style: outlet line, glued time+date, repeated title, hashtags, comment policy.
    L.push(outlet, '', title, '', date ?? '', agency, title, title, '', ...main.flatMap((p) => [p, '']));
    L.push(...tags.map((t) => `#${t}`), ...COMMENT_BLOCK.flatMap((c) => [c, '']), ...pickSome(rng, NEWSLETTER, 1, 3));
  } else if (layout === 2) {
    // Al-Ittihad style: dateline, inline related-news widget glued to the first sentence, read-also article.
    const e = embedded(rng, ctx);
    L.push(title, date ?? '', `${rng.pick(CITIES)} (${agency})`);
    L.push(`أخبار ذات صلة ${pickSome(rng, OFF_TOPIC_HEADLINES, 2, 3).join(' ')} تابع التغطية كاملة${main[0]}`, ...main.slice(1));
    L.push(`المصدر: ${outlet}`, `كلمات دلالية: ${tags.join(' ')}`, 'إقرأ أيضاً:', e.title, ...e.paras);
  } else if (layout === 3) {
    // Body-first style with a stray related headline, two source lines and a similar-articles box.
    const e = embedded(rng, ctx);
    L.push(main[0], '', headline(rng, ctx, castFor(rng, ctx)), '', ...main.slice(1).flatMap((p) => [p, '']));
    if (date) L.push(date, '');
    L.push(`المصدر: ${rng.pick(OUTLETS)}`, '', ' ', '', `المصدر: ${outlet}`, '', `كلمات دلالية: ${tags.join(' ')}`, '');
    L.push('إقرأ أيضاً:', '', e.title, '', ...e.paras.flatMap((p) => [p, '']), ' ', '', 'مقالات مشابهة', '', ...storyList(rng, rng.int(3, 8)));
  } else {
    // Aggregator style: subheadings, hashtags label, AI promo, several related articles with relative times.
    L.push(title, ...main.slice(0, 2), 'لا مواقف بناءة', ...main.slice(2));
    if (date) L.push(date);
    L.push('هاشتاغز', '', NEWSLETTER[2], 'اكتشف ما يمكن أن يفعله Daily8 AI من أجلك:', 'التعليقات', 'لا يوجد تعليقات بعد...', 'أخبار ذات صلة', '', '');
    for (let k = rng.int(1, 3); k > 0; k--) {
      const e = embedded(rng, ctx);
      const src = rng.pick(OUTLETS);
      L.push(src, `منذ ${rng.int(2, 59)} دقائق`, `- ${src}`, e.title, e.paras.join(' '), '', '');
    }
  }
  const text = L.join('\n').replace(/\n{4,}/g, '\n\n\n') + '\n';
  const name = `${String(index).padStart(width, '0')}_${new Rng(`${ctx.seed}:name:${index}`).hex(16)}.txt`;
  return { name, text, words: countWords(text) };
}

// ── HTML mode (issue 17): the same stories as saved web pages ───────────────────────────────

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One saved web page: a story (headline, body, embedded related articles) in one of three
 * CMS shapes — WordPress with a Yoast JSON-LD @graph, Drupal with Open Graph and <time>, and
 * an AMP/custom page with no structured data — around cookie banners, menus, share bars, ads
 * and an inline «اقرأ أيضاً» link.
 */
export function generateHtmlPage(ctx: CorpusContext, index: number, width = 5): GeneratedPage {
  const rng = new Rng(`${ctx.seed}:html:${index}`);
  const cast = castFor(rng, ctx);
  const main = body(rng, ctx, cast, rng.int(380, 620));
  const title = headline(rng, ctx, cast, main[0]);
  const outlet = rng.pick(OUTLETS);
  const section = rng.pick(SECTIONS);
  const author = rng.pick(BYLINES);
  const iso = `${rng.int(2022, 2025)}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}T${pad2(rng.int(0, 23))}:${pad2(rng.int(0, 59))}:00+03:00`;
  const url = `https://news${rng.int(1, 40)}.example/${section}/${index}`;
  const related = Array.from({ length: rng.int(0, 2) }, () => embedded(rng, ctx));
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const menu = `<nav class="main-menu"><ul>${pickSome(rng, MENU_LINES, 3, 6).map((m) => `<li><a href="#">${escapeHtml(m)}</a></li>`).join('')}</ul></nav>`;
  const cookie = `<div class="cookie-notice"><p>${escapeHtml(COOKIE_BANNER)}</p><button>قبول</button></div>`;
  const readAlso = `<p><strong>اقرأ أيضاً: <a href="#">${escapeHtml(headline(rng, ctx, castFor(rng, ctx)))}</a></strong></p>`;
  const bodyHtml = [p(main[0]), '<div class="ad-slot"><span>إعلان</span><ins class="adsbygoogle"></ins></div>', ...main.slice(1, 3).map(p), readAlso, ...main.slice(3).map(p)].join('\n');
  const relatedHtml = related.length
    ? `<section class="related-full"><h2>أخبار ذات صلة</h2>${related.map((e) => `<div class="story"><h3>${escapeHtml(e.title)}</h3>${e.paras.map(p).join('')}</div>`).join('')}</section>`
    : '';
  const share = '<div class="share-links"><a>فيسبوك</a><a>تويتر</a><a>واتساب</a></div>';
  const footer = `<footer><p>© ${escapeHtml(outlet)} جميع الحقوق محفوظة</p></footer>`;
  const e = escapeHtml;
  let html: string;
  switch (rng.int(0, 2)) {
    case 0: {
      const graph = { '@context': 'https://schema.org', '@graph': [
        { '@type': 'NewsArticle', '@id': `${url}#article`, headline: title, datePublished: iso, author: { '@id': '#author' }, publisher: { '@id': '#org' }, articleSection: [section] },
        { '@type': 'Organization', '@id': '#org', name: outlet }, { '@type': 'Person', '@id': '#author', name: author }] };
      html = `<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8"><title>${e(title)} - ${e(outlet)}</title><link rel="canonical" href="${e(url)}">
<script type="application/ld+json">${JSON.stringify(graph).replace(/</g, '\\u003c')}</script></head><body class="single-post">${cookie}<header>${menu}</header>
<main><article class="post"><h1 class="entry-title">${e(title)}</h1><div class="post-meta"><span class="author-name">${e(author)}</span></div>${share}<figure><img loading="lazy" data-src="/a.jpg" alt=""><figcaption>صورة أرشيفية</figcaption></figure>
<div class="entry-content">${bodyHtml}</div></article>${relatedHtml}</main><aside class="sidebar"><h4>الأكثر قراءة</h4><ul>${pickSome(rng, OFF_TOPIC_HEADLINES, 3, 5).map((h) => `<li><a>${e(h)}</a></li>`).join('')}</ul></aside>${footer}</body></html>`;
      break;
    }
    case 1:
      html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta property="og:site_name" content="${e(outlet)}"><meta property="og:title" content="${e(title)}"><meta property="article:section" content="${e(section)}">
<link rel="canonical" href="${e(url)}"><title>${e(title)} | ${e(outlet)}</title></head><body class="page-node">${cookie}${menu}<div class="breadcrumb"><a>الرئيسية</a> » <a>${e(section)}</a></div>
<article class="node"><h1>${e(title)}</h1><time datetime="${iso}">${iso.slice(0, 10)}</time><div class="field--name-body">${bodyHtml}</div>${share}</article>${relatedHtml}${footer}</body></html>`;
      break;
    default:
      html = `<!doctype html><html amp lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${e(title)}</title><link rel="canonical" href="${e(url)}"></head><body>${cookie}<header><a class="logo">${e(outlet)}</a></header>
<article><span class="cat">${e(section)}</span><h1>${e(title)}</h1><p class="byline">${e(author)} | ${e(dateLine(rng) ?? '')}</p><amp-img src="/x.jpg" width="16" height="9"></amp-img><div class="content">${bodyHtml}</div></article>${relatedHtml}${footer}</body></html>`;
  }
  const name = `${String(index).padStart(width, '0')}_${new Rng(`${ctx.seed}:name:${index}`).hex(16)}.html`;
  return { name, text: `${html}\n`, words: countWords(main.join(' ')) };
}
