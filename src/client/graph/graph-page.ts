// Behaviour of /graph/: zoom/pan, drag, neighbourhood highlight, side panel, filters,
// search, keyboard navigation and the ?focus= deep link. The SVG itself is in the HTML;
// the data is the GraphPagePayload the build embeds (src/lib/relations/payload.ts).
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { drag as d3drag } from 'd3-drag';
import { applyFilters, findNode, type GraphFilters } from '../../lib/relations/filters';
import type { GraphEvidenceFile, GraphPageNode, GraphPagePayload } from '../../lib/relations/payload';
import { withBase } from '../../lib/url';
import { edgeCard, nodeCard } from './panel';

/** The page's elements and data, found once; every part below works on it. */
interface GraphPage {
  root: HTMLElement;
  data: GraphPagePayload;
  svg: SVGSVGElement;
  viewport: SVGGElement;
  form: HTMLFormElement;
  /** The search status line, also used by the deep link. */
  status: HTMLOutputElement;
  nodeEls: Map<string, SVGAElement>;
  edgeEls: SVGGElement[];
  byId: Map<string, GraphPageNode>;
  /** Node id → indexes of its edges in data.edges. */
  adj: Map<string, number[]>;
}

interface Panel {
  openNode(id: string): void;
  openEdge(i: number): Promise<void>;
  close(): void;
}

export function initGraphPage(): void {
  const page = findGraphPage();
  if (!page) return;
  revealControls(page);
  const centreOn = setUpZoom(page);
  setUpDrag(page);
  const highlight = (id: string | null) => highlightNeighbourhood(page, id);
  const panel = setUpPanel(page);
  bindNodeEvents(page, panel, highlight);
  setUpFilters(page);
  setUpSearch(page, panel, centreOn);
  openDeepLink(page, panel, centreOn);
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
  };
}

/** The controls only work with the script, so the HTML ships them hidden. */
function revealControls({ root, svg, form }: GraphPage): void {
  form.hidden = false;
  // Phones: a taller drawing, cropped at the sides (pan and zoom reach the rest).
  if (svg.clientWidth < 600) {
    svg.classList.add('narrow');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid slice');
  }
  root.querySelector<HTMLElement>('[data-zoom-buttons]')!.hidden = false;
}

type CentreOn = (n: GraphPageNode, k?: number) => void;

/** Zoom and pan (wheel, pinch, the +/−/fit buttons); returns how to centre on a node. */
function setUpZoom({ root, svg, viewport }: GraphPage): CentreOn {
  let transform = zoomIdentity;
  const zoom: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.3, 10])
    .on('zoom', (ev) => {
      transform = ev.transform;
      viewport.setAttribute('transform', transform.toString());
    });
  const svgSel = select(svg).call(zoom).on('dblclick.zoom', null);
  const vb = svg.viewBox.baseVal;
  root.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) =>
    b.addEventListener('click', () => {
      const z = b.dataset.zoom;
      if (z === 'fit') svgSel.call(zoom.transform, zoomIdentity);
      else svgSel.call(zoom.scaleBy, z === 'in' ? 1.5 : 1 / 1.5);
    }),
  );
  return (n, k = Math.max(transform.k, 2)) => {
    svgSel.call(zoom.transform, zoomIdentity.translate(vb.width / 2, vb.height / 2).scale(k).translate(-n.x, -n.y));
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
      const end = e.source === id ? '1' : '2';
      edgeEls[i].querySelectorAll('line').forEach((l) => {
        l.setAttribute(`x${end}`, String(x));
        l.setAttribute(`y${end}`, String(y));
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

/** The side panel: a node's card with its strongest visible ties, or an edge's evidence. */
function setUpPanel({ root, data, nodeEls, edgeEls, byId, adj }: GraphPage): Panel {
  const panel = root.querySelector<HTMLElement>('[data-graph-panel]')!;
  const panelBody = root.querySelector<HTMLElement>('[data-panel-body]')!;
  let lastFocus: Element | null = null;
  let evidence: Promise<GraphEvidenceFile> | null = null;
  let evidenceFailed = false;
  const loadEvidence = () =>
    (evidence ??= fetch(withBase(data.base, '/graph/evidence.json')).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<GraphEvidenceFile>;
    }));
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
      .filter((i) => !edgeEls[i].classList.contains('off'))
      .map((i) => ({ edge: data.edges[i], index: i, other: byId.get(data.edges[i].source === id ? data.edges[i].target : data.edges[i].source)! }))
      .sort((a, b) => b.edge.weight - a.edge.weight || b.edge.articles - a.edge.articles)
      .slice(0, 10);
    show(nodeCard(data, n, ties));
    setFocusParam(id);
  };
  const openEdge = async (i: number) => {
    const e = data.edges[i];
    const a = byId.get(e.source)!, b = byId.get(e.target)!;
    markSelected(edgeEls[i]);
    show(edgeCard(data, e, a, b, null, false));
    const file = await loadEvidence().catch(() => ((evidenceFailed = true), null));
    if (edgeEls[i].classList.contains('sel')) show(edgeCard(data, e, a, b, file, evidenceFailed));
  };
  const close = () => {
    if (panel.hidden) return;
    panel.hidden = true;
    markSelected(null);
    setFocusParam(null);
    if (lastFocus instanceof SVGElement || lastFocus instanceof HTMLElement) lastFocus.focus();
  };
  root.querySelector('[data-close]')!.addEventListener('click', close);
  panel.addEventListener('click', (ev) => {
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

/** The filter form: node types, topic, relation, minimum weight, date range; and its reset. */
function setUpFilters({ root, data, form, nodeEls, edgeEls }: GraphPage): void {
  const minOut = root.querySelector<HTMLOutputElement>('[data-min-out]')!;
  const readFilters = (): GraphFilters => {
    const fd = new FormData(form);
    return {
      types: fd.getAll('type').map(String),
      topic: String(fd.get('topic') ?? ''),
      relation: String(fd.get('relation') ?? ''),
      measure: fd.get('measure') === 'articles' ? 'articles' : 'weight',
      min: Number(fd.get('min') ?? 1),
      from: String(fd.get('from') ?? ''),
      to: String(fd.get('to') ?? ''),
    };
  };
  const apply = () => {
    const f = readFilters();
    minOut.value = String(f.min);
    const vis = applyFilters(data.nodes, data.edges, f);
    nodeEls.forEach((elm, id) => elm.classList.toggle('off', !vis.nodes.has(id)));
    edgeEls.forEach((elm, i) => {
      elm.classList.remove('below');
      elm.classList.toggle('off', !vis.edges.has(i));
    });
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  root.querySelector('[data-reset]')!.addEventListener('click', () => {
    form.reset();
    (form.elements.namedItem('min') as HTMLInputElement).value = String(data.threshold);
    apply();
  });
}

/** The actor search box: centres on the actor found, shows it even if filtered out, opens its card. */
function setUpSearch({ data, form, status, nodeEls }: GraphPage, panel: Panel, centreOn: CentreOn): void {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = (form.elements.namedItem('q') as HTMLInputElement).value;
    const n = findNode(data.nodes, q);
    status.value = n ? '' : 'لا فاعل بهذا الاسم في الرسم.';
    if (!n) return;
    nodeEls.get(n.id)!.classList.remove('off');
    centreOn(n);
    panel.openNode(n.id);
    nodeEls.get(n.id)!.focus({ preventScroll: true });
  });
}

/** ?focus=<actor-id>: centre on the actor and open its card. */
function openDeepLink({ status, nodeEls, byId }: GraphPage, panel: Panel, centreOn: CentreOn): void {
  const focus = new URLSearchParams(location.search).get('focus');
  const target = focus ? byId.get(focus) : undefined;
  if (target) {
    nodeEls.get(target.id)!.classList.remove('off');
    centreOn(target, 2.5);
    panel.openNode(target.id);
  } else if (focus) {
    // The page draws the most present actors only; say so instead of ignoring the link.
    status.value = 'هذا الفاعل ليس بين الفاعلين المرسومين هنا (الأكثر حضوراً فقط)؛ انظر روابطه في صفحته.';
  }
}
