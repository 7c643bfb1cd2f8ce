// The /search/ page: query + facets (actor, topic, source, year) with result counts,
// sort, paging. The URL is the state: /search/?q=…&actor=…&topic=… reproduces the same
// results; typing replaces the history entry, a filter change pushes one (Back undoes it).
import { loadEngine, FILTER_NAMES, type Filters, type FilterName, type SortName, type SearchOutcome, BASE } from './engine';
import { countText, el, hitNode } from './render';
import { listNav } from './listnav';

const PAGE = 10;
const FACET_LABELS: Record<FilterName, string> = { actor: 'الفاعلون', topic: 'المواضيع', source: 'المصادر', year: 'السنة' };

interface State {
  q: string;
  filters: Filters;
  sort: SortName;
}

function readState(): State {
  const p = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const f of FILTER_NAMES) {
    const v = p.getAll(f).filter(Boolean);
    if (v.length) filters[f] = v;
  }
  const sort = p.get('sort');
  return { q: p.get('q') ?? '', filters, sort: sort === 'date' || sort === 'oldest' ? sort : 'relevance' };
}

function stateUrl(s: State): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const f of FILTER_NAMES) for (const v of s.filters[f] ?? []) p.append(f, v);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  const qs = p.toString();
  return `${location.pathname}${qs ? `?${qs}` : ''}`;
}

export async function initSearchPage(root: HTMLElement) {
  const input = root.querySelector<HTMLInputElement>('#search-q')!;
  const sortSel = root.querySelector<HTMLSelectElement>('#search-sort')!;
  const facets = root.querySelector<HTMLElement>('.search-facets__groups')!;
  const list = root.querySelector<HTMLElement>('.search-results__list')!;
  const status = root.querySelector<HTMLElement>('.search-results__status')!;
  const moreBtn = root.querySelector<HTMLButtonElement>('.search-results__more')!;
  const clearBtn = root.querySelector<HTMLButtonElement>('.search-form__clear')!;
  const engine = await loadEngine();
  let state = readState();
  let outcome: SearchOutcome | null = null;
  let shown = 0;
  let seq = 0;
  const nav = listNav(input, list, () => {
    input.value = '';
    update({ q: '' }, 'replace');
  });

  function renderFacets(counts: SearchOutcome['counts'] | null) {
    facets.replaceChildren();
    for (const f of FILTER_NAMES) {
      const values = Object.entries(counts?.[f] ?? {}).filter(([v, n]) => n > 0 || state.filters[f]?.includes(v));
      if (!values.length) continue;
      values.sort((a, b) => (f === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || engine.label(f, a[0]).localeCompare(engine.label(f, b[0]), 'ar')));
      const box = el('fieldset', { class: 'search-facet', 'data-facet': f });
      box.append(el('legend', {}, FACET_LABELS[f]));
      const ul = el('ul');
      for (const [value, n] of values.slice(0, 30)) {
        const id = `facet-${f}-${value}`.replace(/[^a-zA-Z0-9_-]/g, '_');
        const cb = el('input', { type: 'checkbox', id, value, name: f });
        cb.checked = !!state.filters[f]?.includes(value);
        cb.addEventListener('change', () => {
          const cur = new Set(state.filters[f] ?? []);
          cb.checked ? cur.add(value) : cur.delete(value);
          update({ filters: { ...state.filters, [f]: [...cur] } }, 'push');
        });
        const label = el('label', { for: id });
        label.append(el('bdi', {}, engine.label(f, value)), el('span', { class: 'search-facet__count' }, String(n)));
        const li = el('li');
        li.append(cb, label);
        ul.append(li);
      }
      box.append(ul);
      facets.append(box);
    }
  }

  async function showMore() {
    if (!outcome) return;
    const hits = await outcome.hits(shown, shown + PAGE);
    list.append(...hits.map((h, i) => hitNode(h, state.q, { id: `search-hit-${shown + i}`, option: true })));
    shown += hits.length;
    moreBtn.hidden = shown >= outcome.total;
  }

  function renderStatus(out: SearchOutcome | null) {
    status.replaceChildren();
    if (!out) {
      status.textContent = 'اكتب كلمة أو اسمًا للبحث في المقالات.';
      return;
    }
    if (out.total > 0) {
      status.textContent = countText(out.total);
      return;
    }
    status.append(el('span', {}, 'لم نجد مقالات تطابق «'), el('bdi', {}, state.q.trim()), el('span', {}, '».'));
    if (out.suggestion) {
      const a = el('a', { href: `${BASE}search/?q=${encodeURIComponent(out.suggestion.actor.name)}`, class: 'search-suggestion' });
      a.append(el('bdi', {}, out.suggestion.actor.name));
      status.append(el('span', {}, ' هل تقصد '), a, el('span', {}, '؟'));
    } else if (Object.values(state.filters).some((v) => v?.length)) {
      status.append(el('span', {}, ' جرّب إزالة بعض المرشحات.'));
    }
  }

  async function run() {
    const mine = ++seq;
    root.dataset.state = 'busy';
    root.dataset.facets = 'busy';
    const opts = { filters: state.filters, sort: state.sort, typing: true };
    // Results first: facet counting is the slow part, so it follows once they are shown.
    const out = await engine.search(state.q, opts);
    if (mine !== seq) return;
    outcome = out;
    shown = 0;
    list.replaceChildren();
    renderStatus(out);
    if (out) await showMore();
    if (mine !== seq) return;
    nav.reset();
    root.dataset.state = 'done';
    const counts = await engine.counts(state.q, opts);
    if (mine !== seq) return;
    renderFacets(counts);
    root.dataset.facets = 'done';
  }

  function update(patch: Partial<State>, history: 'push' | 'replace' | 'none') {
    state = { ...state, ...patch };
    const url = stateUrl(state);
    if (history === 'push') window.history.pushState(null, '', url);
    else if (history === 'replace') window.history.replaceState(null, '', url);
    clearBtn.hidden = !state.q;
    run();
  }

  input.value = state.q;
  sortSel.value = state.sort;
  clearBtn.hidden = !state.q;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update({ q: input.value }, 'replace'), 100);
  });
  input.addEventListener('keydown', (e) => nav.handle(e));
  root.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    input.blur();
    update({ q: input.value }, 'push');
  });
  sortSel.addEventListener('change', () => update({ sort: sortSel.value as SortName }, 'push'));
  clearBtn.addEventListener('click', () => {
    input.value = '';
    input.focus();
    update({ q: '' }, 'replace');
  });
  moreBtn.addEventListener('click', () => showMore());
  window.addEventListener('popstate', () => {
    state = readState();
    input.value = state.q;
    sortSel.value = state.sort;
    update({}, 'none');
  });
  update({}, 'none');
}
