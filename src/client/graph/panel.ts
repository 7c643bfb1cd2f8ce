// The side panel of /graph/: an actor's card (its relations in the current view, grouped by
// type, saying who did what to whom), or an edge's relations and evidence sentences.
// Built with DOM calls and textContent only: every string here is scraped text.
import { withBase, actorPath, articlePath } from '../../lib/url';
import { formatCarriedBy } from '../../lib/site/story-counts';
import type { GraphEvidenceFile, GraphPageEdge, GraphPageNode, GraphPagePayload } from '../../lib/relations/payload';
import type { ViewRelation } from '../../lib/relations/viewDraw';
import type { VisibleEdge } from '../../lib/relations/viewFilters';

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(c);
  return e;
}

const bdi = (text: string | number) => el('bdi', {}, String(text));
const fmtDate = (d: string | null) => (d ? new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)) : '');

export interface Tie {
  edge: GraphPageEdge;
  index: number;
  other: GraphPageNode;
  shown: VisibleEdge;
}

/**
 * «عقوبات من الولايات المتحدة على روسيا», «محادثات واتصالات بين ترامب وبوتين»: a relation said
 * in words, with the names isolated (bdi) so mixed scripts keep their order.
 */
export function relationSentence(data: GraphPagePayload, r: Pick<ViewRelation, 'type' | 'from' | 'to' | 'directed'>, name: (id: string) => string): HTMLElement {
  const words = r.directed ? data.directedWords[r.type] : undefined;
  const label = data.relationLabels[r.type] ?? r.type;
  if (words) return el('span', {}, `${label} ${words[0]} `, bdi(name(r.from)), ` ${words[1]} `, bdi(name(r.to)));
  return el('span', {}, `${label} بين `, bdi(name(r.from)), ' و', bdi(name(r.to)));
}

export function nodeCard(data: GraphPagePayload, n: GraphPageNode, ties: Tie[], windowText: string): HTMLElement {
  const span = n.firstDate ? `${fmtDate(n.firstDate)} – ${fmtDate(n.lastDate)}` : '';
  const name = (id: string) => (id === n.id ? n.name : ties.find((t) => t.other.id === id)?.other.name ?? id);
  const list = el('ul', { class: 'ties' });
  for (const t of ties) {
    const b = el('button', { type: 'button', class: 'tie', 'data-edge': String(t.index) }, bdi(t.other.name));
    const says = t.shown.kind === 'cooccurrence'
      ? [el('span', { class: 'meta' }, `${data.cooccurrenceLabel} · ${t.shown.weight} جملة`)]
      : t.shown.relations.map((j, k) => el('span', { class: 'rel' }, relationSentence(data, t.edge.relations[j], name), el('span', { class: 'meta' }, ` · ${t.shown.counts[k]} جملة`)));
    list.append(el('li', {}, b, ...says.flatMap((s) => [el('br'), s])));
  }
  return el(
    'div',
    {},
    el('h2', { dir: 'auto' }, n.name),
    el(
      'dl',
      {},
      el('dt', {}, 'بالإنجليزية'), el('dd', { dir: 'ltr' }, n.en),
      el('dt', {}, 'النوع'), el('dd', {}, data.typeLabels[n.type]),
      el('dt', {}, 'المقالات'), el('dd', {}, bdi(n.articles)),
      span && el('dt', {}, 'الفترة'), span && el('dd', {}, bdi(span)),
    ),
    el('h3', {}, `علاقاته ${windowText}`),
    ties.length ? list : el('p', { class: 'meta' }, 'لا علاقات ظاهرة بالمرشحات الحالية.'),
    el('p', {}, el('a', { href: withBase(data.base, actorPath(n.id)) }, 'صفحة الفاعل ←')),
  );
}

export function edgeCard(data: GraphPagePayload, e: GraphPageEdge, a: GraphPageNode, b: GraphPageNode, file: GraphEvidenceFile | null, failed: boolean): HTMLElement {
  const key = `${e.source}|${e.target}`;
  const name = (id: string) => (id === a.id ? a.name : id === b.id ? b.name : id);
  const said = e.relations.length
    ? el('ul', { class: 'rels' }, ...e.relations.map((r) => el('li', {}, relationSentence(data, r, name), el('span', { class: 'meta' }, ` · ${r.count} جملة`))))
    : el('p', { class: 'meta' }, `${data.cooccurrenceLabel}: لا تصف أي جملة علاقة بينهما.`);
  const body = el('div', {}, el('h2', {}, bdi(a.name), ' — ', bdi(b.name)), said, el('p', { class: 'meta' }, `${e.weight} جملة تذكرهما معًا · ${e.articles} مقال`));
  if (!file) {
    body.append(el('p', { class: 'meta' }, failed ? 'تعذّر تحميل الأدلة.' : 'جارٍ تحميل الأدلة…'));
    return body;
  }
  const entry = file.edges[key];
  const list = el('ol', { class: 'evidence' });
  for (const ev of entry?.evidence ?? []) {
    const link = el('a', { href: `${withBase(data.base, articlePath(ev.slug))}#${ev.paragraph}`, dir: 'auto' }, file.titles[ev.slug] ?? ev.slug);
    const rels = (ev as { relations?: ViewRelation[] }).relations;
    const tags = rels?.length
      ? rels.map((r) => relationSentence(data, r, name))
      : ev.types.length ? [el('span', {}, ev.types.map((t) => data.relationLabels[t] ?? t).join('، '))] : [el('span', {}, data.cooccurrenceLabel)];
    // A sentence copies of one text repeat is one piece of evidence: say how many outlets carried it.
    const carried = formatCarriedBy(ev.outlets);
    list.append(el('li', {}, el('blockquote', { dir: 'auto' }, ev.sentence), el('p', { class: 'meta' }, link, ev.date ? ` · ${fmtDate(ev.date)}` : '', carried && el('span', { class: 'carried', 'data-outlets': String(ev.outlets) }, ` · ${carried}`), ...tags.flatMap((t) => [' · ', t]))));
  }
  body.append(el('h3', {}, 'الجمل الدالة'), entry?.evidence.length ? list : el('p', { class: 'meta' }, 'لا جمل تجمع الطرفين: ورود في المقال نفسه فقط.'));
  if (entry && entry.total > entry.evidence.length) body.append(el('p', { class: 'meta' }, `و${entry.total - entry.evidence.length} جملة أخرى في البيانات الكاملة (data/graph.json.br).`));
  return body;
}
