// Behaviour of /graph/: the reader's view (filters, time window, one actor's ties, the link
// that shares it), zoom/pan, drag, neighbourhood highlight, side panel, search and keyboard
// navigation. The SVG of the default view is in the HTML; the data is the GraphPagePayload the
// build embeds (src/lib/relations/payload.ts).
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { drag as d3drag } from 'd3-drag';
import { findNode } from '../../lib/relations/filters';
import type { GraphEvidenceFile, GraphPageNode, GraphPagePayload } from '../../lib/relations/payload';
import { edgeEnds, type Fit } from '../../lib/relations/viewDraw';
import { visibleGraph, type ViewFilters, type VisibleGraph } from '../../lib/relations/viewFilters';
import { withBase } from '../../lib/url';
import { edgeCard, nodeCard } from './panel';
import { drawView, filtersFromUrl, readForm, urlFor, windowText, writeForm, type ViewElements } from './view-state';

/** The page's elements and data, found once; every part below works on it. */
interface GraphPage extends ViewElements {
  viewport: SVGGElement;
  status: HTMLOutputElement;
  byId: Map<string, GraphPageNode>;
  /** Node id → indexes of its edges in data.edges. */
  adj: Map<string, number[]>;
  /** What the current view shows (the panel and the keyboard use it). */
  current: { filters: ViewFilters; visible: VisibleGraph };
}

interface Panel {
  openNode(id: string): void;
  openEdge(i: number): Promise<void>;
  close(): void;
}

interface Zoom {
  centreOn(n: GraphPageNode, k?: number): void;
  fitTo(fit: Fit): void;
}

export function initGraphPage(): void {
  const page = findGraphPage();
  if (!page) return;
  revealControls(page);
  const zoom = setUpZoom(page);
  setUpDrag(page);
  const highlight = (id: string | null) => highlightNeighbourhood(page, id);
  const panel = setUpPanel(page);
  bindNodeEvents(page, panel, highlight);
  setUpFilters(page, panel, zoom);
  openDeepLink(page, panel, zoom);
  page.root.dataset.ready = 'true';
}

function findGraphPage(): GraphPage | null {
  const root = document.querySelector<HTMLElement>('[data-graph-root]');
  const dataEl = document.getElementById('graph-data');
  if (!root || !dataEl) return null;
  const data = JSON.parse(dataEl.textContent || '{}') as GraphPagePayload;
  const nodeEls = new Map<string, SVGAElement>();
  root.querySelectorAll<SVGAElement>('.gnode').forEach((n) => nodeEls.set(n.dataset.id!, n));
  const adj = new Map<string, number[]>();
  data.edges.forEach((e, i) => {
    for (const id of [e.source, e.target]) (adj.get(id) ?? adj.set(id, []).get(id)!).push(i);
  });
  return {
    root,
    data,
    svg: root.querySelector<SVGSVGElement>('[data-graph-svg]')!,
    viewport: root.querySelector<SVGGElement>('[data-viewport]')!,
    form: root.querySelector<HTMLFormElement>('[data-graph-controls]')!,
    status: root.querySelector<HTMLOutputElement>('[data-search-status]')!,
    nodeEls,
    edgeEls: [...root.querySelectorAll<SVGGElement>('.gedge')],
    byId: new Map(data.nodes.map((n) => [n.id, n])),
    adj,
    current: { filters: data.defaults, visible: { nodes: new Set(), edges: new Map() } },
  };
}

/** The controls only work with the script, so the HTML ships them hidden. */
function revealControls({ root, svg, form }: GraphPage): void {
  form.hidden = false;
  // Phones: a taller drawing, cropped at the sides (pan and zoom reach the rest), and the
  // filters folded so the drawing is on the first screen.
  if (svg.clientWidth < 600) {
    svg.classList.add('narrow');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid slice');
    root.querySelector<HTMLDetailsElement>('[data-filters]')!.open = false;
  }
  root.querySelector<HTMLElement>('[data-zoom-buttons]')!.hidden = false;
}

/** Zoom and pan (wheel, pinch, the +/−/fit buttons), starting from the view's fit. */
function setUpZoom({ root, svg, viewport }: GraphPage): Zoom {
  let transform = zoomIdentity;
  const zoom: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 12])
    .on('zoom', (ev) => {
      transform = ev.transform;
      viewport.setAttribute('transform', transform.toString());
    });
  const svgSel = select(svg).call(zoom).on('dblclick.zoom', null);
  const vb = svg.viewBox.baseVal;
  let fitted = zoomIdentity;
  const fitTo = (fit: Fit) => {
    fitted = zoomIdentity.translate(fit.x, fit.y).scale(fit.k);
    svgSel.call(zoom.transform, fitted);
  };
  // The build drew the default view with its fit: start from there.
  const start = viewport.transform.baseVal.consolidate()?.matrix;
  if (start) fitTo({ k: start.a, x: start.e, y: start.f });
  root.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) =>
    b.addEventListener('click', () => {
      const z = b.dataset.zoom;
      if (z === 'fit') svgSel.call(zoom.transform, fitted);
      else svgSel.call(zoom.scaleBy, z === 'in' ? 1.5 : 1 / 1.5);
    }),
  );
  return {
    fitTo,
    centreOn: (n, k = Math.max(transform.k, 2)) => {
      svgSel.call(zoom.transform, zoomIdentity.translate(vb.width / 2, vb.height / 2).scale(k).translate(-n.x, -n.y));
    },
  };
}

/** Drag a node; its edges follow. */
function setUpDrag({ data, viewport, nodeEls, edgeEls, byId, adj }: GraphPage): void {
  const moveNode = (id: string, x: number, y: number) => {
    const n = byId.get(id)!;
    n.x = x;
    n.y = y;
    nodeEls.get(id)!.setAttribute('transform', `translate(${x} ${y})`);
    for (const i of adj.get(id) ?? []) {
      const e = data.edges[i];
      const [x1, y1, x2, y2] = edgeEnds(byId.get(e.source)!, byId.get(e.target)!);
      edgeEls[i].querySelectorAll('line').forEach((l) => {
        l.setAttribute('x1', String(x1));
        l.setAttribute('y1', String(y1));
        l.setAttribute('x2', String(x2));
        l.setAttribute('y2', String(y2));
      });
    }
  };
  select(viewport)
    .selectAll<SVGAElement, unknown>('.gnode')
    .call(
      d3drag<SVGAElement, unknown>()
        .subject(function () {
          const n = byId.get(this.dataset.id!)!;
          return { x: n.x, y: n.y };
        })
        .on('drag', function (ev) {
          moveNode(this.dataset.id!, ev.x, ev.y);
        }),
    );
}

/** Highlights a node, its visible edges and their other ends (null clears). */
function highlightNeighbourhood({ root, data, svg, nodeEls, edgeEls, adj }: GraphPage, id: string | null): void {
  svg.classList.toggle('hl', !!id);
  root.querySelectorAll('.near').forEach((x) => x.classList.remove('near'));
  if (!id) return;
  nodeEls.get(id)?.classList.add('near');
  for (const i of adj.get(id) ?? []) {
    if (edgeEls[i].classList.contains('off')) continue;
    edgeEls[i].classList.add('near');
    const e = data.edges[i];
    nodeEls.get(e.source === id ? e.target : e.source)?.classList.add('near');
  }
}

/** The side panel: a node's card with its relations in the view, or an edge's evidence. */
function setUpPanel(page: GraphPage): Panel {
  const { root, data, nodeEls, edgeEls, byId, adj } = page;
  const panel = root.querySelector<HTMLElement>('[data-graph-panel]')!;
  const panelBody = root.querySelector<HTMLElement>('[data-panel-body]')!;
  let lastFocus: Element | null = null;
  // One evidence file per source actor, fetched when one of its edges is first opened
  // (a failed fetch is forgotten, so the next click tries again).
  const evidence = new Map<string, Promise<GraphEvidenceFile>>();
  const loadEvidence = (source: string) => {
    if (!evidence.has(source)) {
      const file = fetch(withBase(data.base, data.evidenceFile.replace('{source}', source))).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<GraphEvidenceFile>;
      });
      file.catch(() => evidence.delete(source));
      evidence.set(source, file);
    }
    return evidence.get(source)!;
  };
  const markSelected = (elm: Element | null) => {
    root.querySelectorAll('.sel').forEach((x) => x.classList.remove('sel'));
    elm?.classList.add('sel');
  };
  const show = (content: HTMLElement) => {
    panelBody.replaceChildren(content);
    panel.hidden = false;
  };
  const setFocusParam = (id: string | null) => {
    const url = new URL(location.href);
    if (id) url.searchParams.set('focus', id);
    else url.searchParams.delete('focus');
    history.replaceState(null, '', url);
  };
  const openNode = (id: string) => {
    const n = byId.get(id);
    if (!n) return;
    lastFocus = nodeEls.get(id) ?? null;
    markSelected(nodeEls.get(id) ?? null);
    const ties = (adj.get(id) ?? [])
      .filter((i) => page.current.visible.edges.has(i))
      .map((i) => ({ edge: data.edges[i], index: i, shown: page.current.visible.edges.get(i)!, other: byId.get(data.edges[i].source === id ? data.edges[i].target : data.edges[i].source)! }))
      .sort((a, b) => b.shown.weight - a.shown.weight || a.index - b.index)
      .slice(0, 15);
    show(nodeCard(data, n, ties, windowText(page.current.filters)));
    setFocusParam(id);
  };
  const openEdge = async (i: number) => {
    const e = data.edges[i];
    const a = byId.get(e.source)!, b = byId.get(e.target)!;
    markSelected(edgeEls[i]);
    show(edgeCard(data, e, a, b, null, false));
    let failed = false;
    const file = await loadEvidence(e.source).catch(() => ((failed = true), null));
    if (edgeEls[i].classList.contains('sel')) show(edgeCard(data, e, a, b, file, failed));
  };
  const close = () => {
    if (panel.hidden) return;
    panel.hidden = true;
    markSelected(null);
    setFocusParam(null);
    if (lastFocus instanceof SVGElement || lastFocus instanceof HTMLElement) lastFocus.focus();
  };
  root.querySelector('[data-close]')!.addEventListener('click', close);
  // Ties in the panel and rows of the table open an edge's evidence.
  root.addEventListener('click', (ev) => {
    const b = (ev.target as Element).closest<HTMLButtonElement>('[data-edge]');
    if (b) void openEdge(Number(b.dataset.edge));
  });
  return { openNode, openEdge, close };
}

/** Clicks, hover/focus highlight and arrow-key moves on nodes; clicks on edges; Escape. */
function bindNodeEvents(page: GraphPage, panel: Panel, highlight: (id: string | null) => void): void {
  page.nodeEls.forEach((elm, id) => {
    elm.addEventListener('click', (ev) => {
      ev.preventDefault(); // with scripts on, a click opens the panel; the panel links to the page
      panel.openNode(id);
    });
    elm.addEventListener('mouseenter', () => highlight(id));
    elm.addEventListener('mouseleave', () => highlight(null));
    elm.addEventListener('focus', () => highlight(id));
    elm.addEventListener('blur', () => highlight(null));
    elm.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        panel.openNode(id);
      } else if (ev.key.startsWith('Arrow')) {
        ev.preventDefault();
        const next = nearestInDirection(page, id, ev.key);
        if (next) page.nodeEls.get(next)!.focus();
      }
    });
  });
  page.edgeEls.forEach((elm, i) => elm.addEventListener('click', () => void panel.openEdge(i)));
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') panel.close();
  });
}

/** The nearest visible node in the arrow's direction (screen geometry, so RTL does not flip it). */
function nearestInDirection({ data, nodeEls, byId }: GraphPage, id: string, key: string): string | null {
  const from = byId.get(id)!;
  const [dx, dy] = key === 'ArrowLeft' ? [-1, 0] : key === 'ArrowRight' ? [1, 0] : key === 'ArrowUp' ? [0, -1] : [0, 1];
  let best: string | null = null;
  let bestCost = Infinity;
  for (const n of data.nodes) {
    if (n.id === id || nodeEls.get(n.id)!.classList.contains('off')) continue;
    const vx = n.x - from.x, vy = n.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    const cost = along + 2 * across;
    if (cost < bestCost) (bestCost = cost), (best = n.id);
  }
  return best;
}

/**
 * The filter form, the actor search and the shared link. The query string (?type=mediation&
 * actor=turkey&from=2025-01&to=2025-12, countries=1, cooc=1) says what differs from the default
 * view; each change rewrites it, so the address bar and «رابط هذا العرض» share the view.
 */
function setUpFilters(page: GraphPage, panel: Panel, zoom: Zoom): void {
  const { root, data, form, status } = page;
  const clearActor = root.querySelector<HTMLButtonElement>('[data-clear-actor]')!;
  const share = root.querySelector<HTMLAnchorElement>('[data-share]')!;
  let actor = '';
  const apply = () => {
    const filters = readForm(form, actor);
    const { visible, fit } = drawView(page, filters);
    page.current = { filters, visible };
    zoom.fitTo(fit);
    clearActor.hidden = !actor;
    const url = urlFor(data, filters, location.href);
    history.replaceState(null, '', url);
    share.href = url;
  };
  const chooseActor = (id: string) => {
    actor = id;
    apply();
    if (page.byId.has(id)) panel.openNode(id);
  };
  form.addEventListener('change', () => apply());
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = (form.elements.namedItem('q') as HTMLInputElement).value;
    const n = findNode(data.nodes, q);
    status.value = n ? '' : 'لا فاعل بهذا الاسم في الرسم.';
    if (n) chooseActor(n.id);
  });
  clearActor.addEventListener('click', () => {
    actor = '';
    (form.elements.namedItem('q') as HTMLInputElement).value = '';
    apply();
    panel.close();
  });
  root.querySelector('[data-all-time]')!.addEventListener('click', () => {
    writeForm(form, { ...readForm(form, actor), from: '', to: '' });
    apply();
  });
  root.querySelector('[data-reset]')!.addEventListener('click', () => {
    actor = '';
    (form.elements.namedItem('q') as HTMLInputElement).value = '';
    writeForm(form, data.defaults);
    apply();
  });
  // A shared link: draw its view (the HTML holds the default one).
  const fromUrl = filtersFromUrl(data, location.search);
  writeForm(form, fromUrl);
  actor = fromUrl.actor;
  if (actor && !page.byId.has(actor)) {
    status.value = 'هذا الفاعل ليس بين الفاعلين المرسومين هنا؛ انظر روابطه في صفحته.';
    actor = '';
  }
  const q = form.elements.namedItem('q') as HTMLInputElement;
  if (actor) q.value = page.byId.get(actor)!.name;
  // The HTML holds the default view fitted to a desktop-wide drawing: redraw for a shared
  // link or a phone's cropped drawing; otherwise keep it (same rules, same result).
  if (location.search || page.svg.classList.contains('narrow')) apply();
  else {
    page.current = { filters: data.defaults, visible: visibleGraph(data.nodes, data.edges, data.months, data.defaults) };
    share.href = location.href;
  }
  if (actor) panel.openNode(actor);
}

/** ?focus=<actor-id>: centre on the actor and open its card. */
function openDeepLink({ status, nodeEls, byId, current }: GraphPage, panel: Panel, zoom: Zoom): void {
  const focus = new URLSearchParams(location.search).get('focus');
  const target = focus ? byId.get(focus) : undefined;
  if (target && current.visible.nodes.has(target.id)) {
    zoom.centreOn(target, 2.5);
    panel.openNode(target.id);
    nodeEls.get(target.id)!.classList.remove('off');
  } else if (focus) {
    // Not drawn in this view: say so instead of ignoring the link.
    status.value = 'هذا الفاعل ليس بين الفاعلين الظاهرين في هذا العرض؛ ابحث عنه بالأعلى أو انظر روابطه في صفحته.';
  }
}
