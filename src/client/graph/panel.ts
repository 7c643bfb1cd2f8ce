// The side panel of /graph/: an actor's card with its strongest ties, or an edge's evidence.
// Built with DOM calls and textContent only: every string here is scraped text.
import { withBase, actorPath, articlePath } from '../../lib/url';
import type { GraphEvidenceFile, GraphPageEdge, GraphPageNode, GraphPagePayload } from '../../lib/relations/payload';

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(c);
  return e;
}

const bdi = (text: string | number) => el('bdi', {}, String(text));
const fmtDate = (d: string | null) => (d ? new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)) : '');

export function nodeCard(data: GraphPagePayload, n: GraphPageNode, ties: Array<{ edge: GraphPageEdge; other: GraphPageNode; index: number }>): HTMLElement {
  const span = n.firstDate ? `${fmtDate(n.firstDate)} – ${fmtDate(n.lastDate)}` : '';
  const list = el('ol', { class: 'ties' });
  for (const t of ties) {
    const b = el('button', { type: 'button', class: 'tie', 'data-edge': String(t.index) }, bdi(t.other.name));
    list.append(el('li', {}, b, ' ', el('span', { class: 'meta' }, `${t.edge.weight} جملة · ${t.edge.articles} مقال`)));
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
    el('h3', {}, 'أقوى الروابط'),
    ties.length ? list : el('p', { class: 'meta' }, 'لا روابط ظاهرة بالمرشحات الحالية.'),
    el('p', {}, el('a', { href: withBase(data.base, actorPath(n.id)) }, 'صفحة الفاعل ←')),
  );
}

export function edgeCard(data: GraphPagePayload, e: GraphPageEdge, a: GraphPageNode, b: GraphPageNode, file: GraphEvidenceFile | null, failed: boolean): HTMLElement {
  const key = `${e.source}|${e.target}`;
  const types = e.types.length ? e.types.map((t) => data.relationLabels[t] ?? t).join('، ') : 'ورود مشترك (بلا نوع مصرَّح به)';
  const body = el('div', {}, el('h2', {}, bdi(a.name), ' — ', bdi(b.name)), el('p', { class: 'meta' }, `${e.weight} جملة · ${e.articles} مقال · ${types}`));
  if (!file) {
    body.append(el('p', { class: 'meta' }, failed ? 'تعذّر تحميل الأدلة.' : 'جارٍ تحميل الأدلة…'));
    return body;
  }
  const entry = file.edges[key];
  const list = el('ol', { class: 'evidence' });
  for (const ev of entry?.evidence ?? []) {
    const link = el('a', { href: `${withBase(data.base, articlePath(ev.slug))}#${ev.paragraph}`, dir: 'auto' }, file.titles[ev.slug] ?? ev.slug);
    const tags = ev.types.map((t) => data.relationLabels[t] ?? t).join('، ');
    list.append(el('li', {}, el('blockquote', { dir: 'auto' }, ev.sentence), el('p', { class: 'meta' }, link, ev.date ? ` · ${fmtDate(ev.date)}` : '', tags ? ` · ${tags}` : '')));
  }
  body.append(el('h3', {}, 'الجمل الدالة'), entry?.evidence.length ? list : el('p', { class: 'meta' }, 'لا جمل تجمع الطرفين: ورود في المقال نفسه فقط.'));
  if (entry && entry.total > entry.evidence.length) body.append(el('p', { class: 'meta' }, `و${entry.total - entry.evidence.length} جملة أخرى في البيانات الكاملة (data/graph.json).`));
  return body;
}
