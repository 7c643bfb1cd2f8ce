// The /graph/ view a reader chooses: the filter form ↔ ViewFilters ↔ the query string, and
// drawing a view (which nodes and edges show, edge widths and arrows, labels, zoom to fit,
// the table and the summary). The rules themselves are the library's (viewFilters,
// layoutLabels), shared with the build, so the default view here is the one in the HTML.
import { placeLabels } from '../../lib/relations/layoutLabels';
import type { GraphPagePayload } from '../../lib/relations/payload';
import { arrowEnds, edgeWidth, fitNodes, formatActorCount, formatRelationCount, monthLabel, relationRows, type Fit } from '../../lib/relations/viewDraw';
import { filtersFromParams, filtersToParams, visibleGraph, type ViewFilters, type VisibleGraph } from '../../lib/relations/viewFilters';
import { actorPath, withBase } from '../../lib/url';
import { el } from './panel';

export interface ViewElements {
  root: HTMLElement;
  data: GraphPagePayload;
  svg: SVGSVGElement;
  form: HTMLFormElement;
  nodeEls: Map<string, SVGAElement>;
  edgeEls: SVGGElement[];
}

/** Reads the form; the actor is not a form field (the search box only chooses it). */
export function readForm(form: HTMLFormElement, actor: string): ViewFilters {
  const fd = new FormData(form);
  return {
    types: fd.getAll('type').map(String) as ViewFilters['types'],
    cooccurrence: fd.has('cooc'),
    countries: fd.has('countries'),
    actor,
    from: String(fd.get('from') ?? ''),
    to: String(fd.get('to') ?? ''),
  };
}

export function writeForm(form: HTMLFormElement, f: ViewFilters): void {
  form.querySelectorAll<HTMLInputElement>('input[name="type"]').forEach((i) => (i.checked = f.types.includes(i.value as ViewFilters['types'][number])));
  (form.elements.namedItem('countries') as HTMLInputElement).checked = f.countries;
  (form.elements.namedItem('cooc') as HTMLInputElement).checked = f.cooccurrence;
  setSelect(form.elements.namedItem('from') as HTMLSelectElement, f.from);
  setSelect(form.elements.namedItem('to') as HTMLSelectElement, f.to);
}

/** Select a month; one outside the choices (an old shared link) is added rather than lost. */
function setSelect(select: HTMLSelectElement, month: string): void {
  if (month && ![...select.options].some((o) => o.value === month)) {
    const later = [...select.options].find((o) => o.value && o.value > month);
    select.add(new Option(monthLabel(month), month), later ?? null);
  }
  select.value = month;
}

export const filtersFromUrl = (data: GraphPagePayload, search: string): ViewFilters =>
  filtersFromParams(new URLSearchParams(search), data.defaults, data.relationTypes);

/** The page's URL for a view: only what differs from the default view, plus what else is in it (?focus=). */
export function urlFor(data: GraphPagePayload, f: ViewFilters, current: string): string {
  const url = new URL(current);
  for (const k of ['type', 'actor', 'from', 'to', 'countries', 'cooc']) url.searchParams.delete(k);
  for (const [k, v] of filtersToParams(f, data.defaults, data.relationTypes)) url.searchParams.set(k, v);
  return url.href;
}

export function windowText(f: ViewFilters): string {
  if (f.from && f.to) return `من ${monthLabel(f.from)} إلى ${monthLabel(f.to)}`;
  if (f.from) return `منذ ${monthLabel(f.from)}`;
  if (f.to) return `حتى ${monthLabel(f.to)}`;
  return 'في كل الفترة';
}

/** Draws a view: returns what is shown and the zoom that fits it. */
export function drawView(page: ViewElements, f: ViewFilters): { visible: VisibleGraph; fit: Fit } {
  const { data, nodeEls, edgeEls, root } = page;
  const visible = visibleGraph(data.nodes, data.edges, data.months, f);
  const maxWeight = Math.max(1, ...[...visible.edges.values()].map((v) => v.weight));
  edgeEls.forEach((g, i) => {
    const v = visible.edges.get(i);
    g.classList.toggle('off', !v);
    if (!v) return;
    const e = data.edges[i];
    g.setAttribute('class', ['gedge', `k-${v.kind}`, v.relations.length ? `t-${e.relations[v.relations[0]].type}` : '', ...(g.classList.contains('sel') ? ['sel'] : [])].filter(Boolean).join(' '));
    const line = g.querySelector<SVGLineElement>('.vis')!;
    line.setAttribute('stroke-width', String(edgeWidth(v.weight, maxWeight)));
    const arrows = arrowEnds(e, v.relations);
    setMarker(line, 'marker-start', arrows.start);
    setMarker(line, 'marker-end', arrows.end);
  });
  const shown = data.nodes.filter((n) => visible.nodes.has(n.id));
  const box = seenBox(page.svg);
  const inBox = fitNodes(shown, box.w, box.h);
  const fit = { k: inBox.k, x: inBox.x + box.x, y: inBox.y + box.y };
  // Labels keep 12px on screen: in layout units they are 1 / (zoom × CSS px per unit).
  const labelScale = fit.k * box.px;
  const labels = placeLabels(shown, labelScale);
  nodeEls.forEach((a, id) => {
    a.classList.toggle('off', !visible.nodes.has(id));
    a.classList.toggle('labelled', labels.has(id));
  });
  page.svg.style.setProperty('--k', String(Math.round(labelScale * 1000) / 1000));
  root.querySelector('[data-count-nodes]')!.textContent = formatActorCount(visible.nodes.size);
  root.querySelector('[data-count-edges]')!.textContent = formatRelationCount(visible.edges.size);
  root.querySelector('[data-window-text]')!.textContent = windowText(f);
  root.querySelector<HTMLElement>('[data-empty]')!.hidden = visible.edges.size > 0;
  drawTable(page, visible);
  return { visible, fit };
}

/**
 * The part of the viewBox the reader sees (phones crop the sides: preserveAspectRatio slice)
 * and how many CSS pixels one layout unit takes.
 */
function seenBox(svg: SVGSVGElement): { x: number; y: number; w: number; h: number; px: number } {
  const vb = svg.viewBox.baseVal;
  const cw = svg.clientWidth || vb.width, ch = svg.clientHeight || vb.height;
  const slice = (svg.getAttribute('preserveAspectRatio') ?? '').includes('slice');
  const px = (slice ? Math.max : Math.min)(cw / vb.width, ch / vb.height) || 1;
  const w = cw / px, h = ch / px;
  return { x: (vb.width - w) / 2, y: (vb.height - h) / 2, w, h, px };
}

function setMarker(line: SVGLineElement, attr: string, on: boolean): void {
  if (on) line.setAttribute(attr, 'url(#garrow)');
  else line.removeAttribute(attr);
}

/** The table lists the same relations as the drawing. */
function drawTable({ root, data }: ViewElements, visible: VisibleGraph): void {
  const body = root.querySelector<HTMLElement>('[data-table-body]')!;
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const rows = relationRows(data.edges, visible, { labels: data.relationLabels, directed: data.directedWords, cooccurrence: data.cooccurrenceLabel });
  const actor = (id: string) => el('td', {}, el('a', { href: withBase(data.base, actorPath(id)) }, byId.get(id)?.name ?? id));
  body.replaceChildren(
    ...rows.map((r) =>
      el('tr', {}, actor(r.first), el('td', {}, r.label), actor(r.second), el('td', {}, el('bdi', {}, String(r.weight))),
        el('td', {}, el('button', { type: 'button', class: 'tie', 'data-edge': String(r.edge) }, 'الجمل'))),
    ),
  );
  root.querySelector('[data-table-count]')!.textContent = String(rows.length);
}
