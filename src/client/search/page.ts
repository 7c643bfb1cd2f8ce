// The /search/ page: query + facets (actor, topic, source, year) with result counts,
// sort, paging. The URL is the state: /search/?q=…&actor=…&topic=… reproduces the same
// results; typing replaces the history entry, a filter change pushes one (Back undoes it).
import { loadEngine, prefetchWordIndex, FILTER_NAMES, type Filters, type FilterName, type SortName, type SearchOutcome, type Engine, siteUrl } from './engine';
import { countText, el, hitNode } from './render';
import { linkNav } from './listnav';
import { placeHit } from './fold';
import { prepareArabicDates } from '../../lib/site/dates';

const PAGE = 10;
/** Results on a first screen (a desktop shows four or five, a phone two or three). */
const FIRST_SCREEN = 5;
const FACET_LABELS: Record<FilterName, string> = { actor: 'الفاعلون', topic: 'المواضيع', source: 'المصادر', year: 'السنة', story: 'القصص' };

interface State {
  q: string;
  filters: Filters;
  sort: SortName;
  /** Only the words typed, without the concepts they name (?exact=1). */
  exact: boolean;
}

type HistoryMode = 'push' | 'replace' | 'none';

/** The page's elements, found once. */
interface SearchPageElements {
  root: HTMLElement;
  input: HTMLInputElement;
  sortSel: HTMLSelectElement;
  facets: HTMLElement;
  /** The facets' box with its «تصفية» heading, hidden while there is nothing to filter. */
  facetsBox: HTMLElement;
  list: HTMLElement;
  partialBox: HTMLElement;
  partialList: HTMLElement;
  conceptNote: HTMLElement;
  status: HTMLElement;
  moreBtn: HTMLButtonElement;
  clearBtn: HTMLButtonElement;
}

function readState(): State {
  const p = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const f of FILTER_NAMES) {
    const v = p.getAll(f).filter(Boolean);
    if (v.length) filters[f] = v;
  }
  const sort = p.get('sort');
  return { q: p.get('q') ?? '', filters, sort: sort === 'date' || sort === 'oldest' ? sort : 'relevance', exact: p.get('exact') === '1' };
}

function stateUrl(s: State): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const f of FILTER_NAMES) for (const v of s.filters[f] ?? []) p.append(f, v);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.exact) p.set('exact', '1');
  const qs = p.toString();
  return `${location.pathname}${qs ? `?${qs}` : ''}`;
}

function findElements(root: HTMLElement): SearchPageElements {
  return {
    root,
    input: root.querySelector<HTMLInputElement>('#search-q')!,
    sortSel: root.querySelector<HTMLSelectElement>('#search-sort')!,
    facets: root.querySelector<HTMLElement>('.search-facets__groups')!,
    facetsBox: root.querySelector<HTMLElement>('.search-facets')!,
    list: root.querySelector<HTMLElement>('.search-results__list')!,
    partialBox: root.querySelector<HTMLElement>('.search-partial')!,
    partialList: root.querySelector<HTMLElement>('.search-partial__list')!,
    conceptNote: root.querySelector<HTMLElement>('.search-concept')!,
    status: root.querySelector<HTMLElement>('.search-results__status')!,
    moreBtn: root.querySelector<HTMLButtonElement>('.search-results__more')!,
    clearBtn: root.querySelector<HTMLButtonElement>('.search-form__clear')!,
  };
}

export async function initSearchPage(root: HTMLElement) {
  const els = findElements(root);
  const { input, list, partialBox, partialList, moreBtn, clearBtn } = els;
  let state = readState();
  // The query's word index is fetched while the index opens, not after.
  void prefetchWordIndex(state.q, { exact: state.exact, filters: state.filters, sort: state.sort }).catch(() => undefined);
  const engine = await loadEngine();
  let outcome: SearchOutcome | null = null;
  let shown = 0;
  let seq = 0;
  // Results are links in plain lists (never role="option"): arrows move focus between them.
  const handleKey = linkNav(input, root.querySelector<HTMLElement>('.search-results')!, () => {
    input.value = '';
    update({ q: '' }, 'replace');
  });

  /**
   * The next page of results. The first page comes in two steps, a first screen's worth then
   * the rest, so the first titles wait for a few fragments only; each excerpt follows its title
   * when the article's text arrives (and the title's marks with it). Resolves when every excerpt is in.
   */
  async function showMore() {
    const of = outcome;
    if (!of) return;
    const steps = shown === 0 ? [FIRST_SCREEN, PAGE - FIRST_SCREEN] : [PAGE];
    const excerpts: Array<Promise<unknown>> = [];
    for (const n of steps) {
      const hits = await of.hits(shown, shown + n);
      if (of !== outcome) return; // a newer search replaced these results
      // Full matches, then the partial ones under their own heading.
      // Same-text copies fold under the hit already shown with their text (fold.ts).
      for (const [i, h] of hits.entries()) placeHit(h.tier === 'partial' ? partialList : list, h.fold, hitNode(h, state.q, { id: `search-hit-${shown + i}` }));
      partialBox.hidden = !partialList.childElementCount;
      shown += hits.length;
      excerpts.push(...hits.flatMap((h) => [h.excerpt, h.titleSegments]));
    }
    moreBtn.hidden = shown >= of.total; // offered once the page is complete: never two pages at once
    await Promise.all(excerpts);
  }

  async function run() {
    const mine = ++seq;
    root.dataset.state = 'busy';
    root.dataset.facets = 'busy';
    const opts = { filters: state.filters, sort: state.sort, typing: true, exact: state.exact };
    // Results first: facet counting is the slow part, so it follows once they are shown.
    const out = await engine.search(state.q, opts);
    if (mine !== seq) return;
    outcome = out;
    shown = 0;
    list.replaceChildren();
    partialList.replaceChildren();
    partialBox.hidden = true;
    moreBtn.hidden = true;
    renderStatus(els.status, out, state);
    renderConcept(els.conceptNote, out, state);
    if (out) await showMore();
    if (mine !== seq) return;
    root.dataset.state = 'done';
    const counts = await engine.counts(state.q, opts);
    if (mine !== seq) return;
    const toggle = (f: FilterName, value: string, on: boolean) => {
      const cur = new Set(state.filters[f] ?? []);
      on ? cur.add(value) : cur.delete(value);
      update({ filters: { ...state.filters, [f]: [...cur] } }, 'push');
    };
    els.facets.replaceChildren(...facetGroups(counts, state.filters, engine, toggle));
    // Nothing to filter (no result, no checked filter): no «تصفية» heading over an empty box.
    els.facetsBox.hidden = !els.facets.childElementCount;
    root.dataset.facets = 'done';
  }

  function update(patch: Partial<State>, history: HistoryMode) {
    state = { ...state, ...patch };
    const url = stateUrl(state);
    if (history === 'push') window.history.pushState(null, '', url);
    else if (history === 'replace') window.history.replaceState(null, '', url);
    clearBtn.hidden = !state.q;
    run();
  }

  bindControls(els, state, {
    update,
    showMore,
    handleKey,
    restore: () => {
      state = readState();
      return state;
    },
  });
  update({}, 'none');
  // The first search is sent: the dates' formatter is made while the worker answers, not on the
  // way there (module evaluation) nor when the first results are drawn.
  setTimeout(prepareArabicDates, 0);
}

/** The form's controls and Back/Forward, wired to the page's state changes. */
function bindControls(
  { root, input, sortSel, moreBtn, clearBtn }: SearchPageElements,
  initial: State,
  on: { update: (patch: Partial<State>, history: HistoryMode) => void; showMore: () => void; handleKey: (e: KeyboardEvent) => void; restore: () => State },
): void {
  input.value = initial.q;
  sortSel.value = initial.sort;
  clearBtn.hidden = !initial.q;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => on.update({ q: input.value, exact: false }, 'replace'), 100);
  });
  input.addEventListener('keydown', (e) => on.handleKey(e));
  root.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    input.blur();
    on.update({ q: input.value }, 'push');
  });
  sortSel.addEventListener('change', () => on.update({ sort: sortSel.value as SortName }, 'push'));
  clearBtn.addEventListener('click', () => {
    input.value = '';
    input.focus();
    on.update({ q: '' }, 'replace');
  });
  moreBtn.addEventListener('click', () => on.showMore());
  window.addEventListener('popstate', () => {
    const state = on.restore();
    input.value = state.q;
    sortSel.value = state.sort;
    on.update({}, 'none');
  });
}

/** One fieldset per facet with values (those with results, and those checked), 30 at most each. */
function facetGroups(
  counts: SearchOutcome['counts'] | null,
  filters: Filters,
  engine: Pick<Engine, 'label'>,
  toggle: (f: FilterName, value: string, on: boolean) => void,
): HTMLElement[] {
  const groups: HTMLElement[] = [];
  for (const f of FILTER_NAMES) {
    const values = Object.entries(counts?.[f] ?? {}).filter(([v, n]) => n > 0 || filters[f]?.includes(v));
    if (!values.length) continue;
    values.sort((a, b) => (f === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || engine.label(f, a[0]).localeCompare(engine.label(f, b[0]), 'ar')));
    const box = el('fieldset', { class: 'search-facet', 'data-facet': f });
    box.append(el('legend', {}, FACET_LABELS[f]));
    const ul = el('ul');
    for (const [value, n] of values.slice(0, 30)) {
      const id = `facet-${f}-${value}`.replace(/[^a-zA-Z0-9_-]/g, '_');
      const cb = el('input', { type: 'checkbox', id, value, name: f });
      cb.checked = !!filters[f]?.includes(value);
      cb.addEventListener('change', () => toggle(f, value, cb.checked));
      const label = el('label', { for: id });
      label.append(el('bdi', {}, engine.label(f, value)), el('span', { class: 'search-facet__count' }, String(n)));
      const li = el('li');
      li.append(cb, label);
      ul.append(li);
    }
    box.append(ul);
    groups.push(box);
  }
  return groups;
}

/** The line above the results: a prompt, the count, or «no results» with a suggestion. */
function renderStatus(status: HTMLElement, out: SearchOutcome | null, state: State): void {
  status.replaceChildren();
  if (!out) {
    status.textContent = 'اكتب كلمة أو اسمًا للبحث في المقالات.';
    return;
  }
  if (out.full > 0) {
    status.textContent = countText(out.full);
    return;
  }
  if (out.total > 0) {
    status.append(el('span', {}, 'لا مقالات تضم كل كلمات «'), el('bdi', {}, state.q.trim()), el('span', {}, '»؛ هذه أقرب النتائج.'));
    return;
  }
  status.append(el('span', {}, 'لم نجد مقالات تطابق «'), el('bdi', {}, state.q.trim()), el('span', {}, '».'));
  if (out.suggestion) {
    const a = el('a', { href: siteUrl(`/search/?q=${encodeURIComponent(out.suggestion.actor.name)}`), class: 'search-suggestion' });
    a.append(el('bdi', {}, out.suggestion.actor.name));
    status.append(el('span', {}, ' هل تقصد '), a, el('span', {}, '؟'));
  } else if (Object.values(state.filters).some((v) => v?.length)) {
    status.append(el('span', {}, ' جرّب إزالة بعض المرشحات.'));
  }
}

/**
 * Under the status: what a concept added («يشمل أيضاً: وقف إطلاق النار، تهدئة») with a link
 * to the words alone, or, on ?exact=1, the way back to the search by meaning.
 */
function renderConcept(note: HTMLElement, out: SearchOutcome | null, state: State): void {
  note.replaceChildren();
  const q = state.q.trim();
  if (state.exact && q) {
    note.append(el('span', {}, 'نتائج الكلمات كما كُتبت فقط. '), el('a', { href: stateUrl({ ...state, exact: false }), 'data-exact': '0' }, 'ابحث أيضاً بالمعنى'));
  } else if (out?.plan.concept?.shown.length) {
    const a = el('a', { href: stateUrl({ ...state, exact: true }), 'data-exact': '1' });
    a.append(el('span', {}, 'ابحث عن «'), el('bdi', {}, q), el('span', {}, '» فقط'));
    note.append(el('span', {}, 'يشمل أيضاً: '), el('bdi', {}, out.plan.concept.shown.join('، ')), el('span', {}, ' — '), a);
  }
  note.hidden = !note.childNodes.length;
}
