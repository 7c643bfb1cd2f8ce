// The header search box: as the reader types, names and topics that start with the letters
// (from kb-search.json and kb-labels.json, at once) and, from the third letter, the top articles (Pagefind);
// keyboard navigation; Enter without a chosen option goes to the full /search/ page.
// Loaded on first focus, which also starts loading the index.
//
// Speed by design (docs/search.md «Header box»): the first letters match most of the corpus, so
// they are answered from the completion list without Pagefind; an article search starts 80 ms
// after the last keystroke, a query superseded while the previous search ran never starts,
// and a stale answer is dropped; the partial tier (one search per word)
// waits until the reader pauses.
import { loadEngine, loadWholeContext, siteUrl, type SearchOutcome, type Settle } from './engine';
import { articlesText, countText, el, hitNode } from './render';
import { listNav } from './listnav';
import { complete, completionIndex, typedLetters, ARTICLE_SEARCH_FROM, type Completion, type CompletionIndex } from '../../lib/search/complete';
import { withCopyCount } from './fold';
import { firstOfEachText } from '../../lib/search/story-facet';
import { buildSearchPanel } from './box-panel';

const SHOWN = 6;
/** Completions shown above the articles once the box searches them too. */
const COMPLETIONS_WITH_ARTICLES = 2;
/** Keystrokes closer than this are one burst: only the last one searches. */
const DEBOUNCE_MS = 80;
/** A pause this long settles the input: then the partial tier may run. */
const SETTLE_MS = 350;

const KIND_LABEL: Record<Completion['kind'], string> = { actor: 'اسم', topic: 'موضوع' };

export async function initSearchBox(root: HTMLElement) {
  if (root.dataset.ready) return;
  root.dataset.ready = '1';
  buildSearchPanel(root); // made by the box's start-up script already (SearchBox.astro); never twice
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = root.querySelector<HTMLElement>('.search-box__panel')!;
  const list = root.querySelector<HTMLElement>('.search-box__list')!;
  const status = root.querySelector<HTMLElement>('.search-box__status')!;
  const note = root.querySelector<HTMLElement>('.search-box__concept')!;
  const more = root.querySelector<HTMLAnchorElement>('.search-box__more')!;
  let seq = 0;
  let searching: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  // The reader has just focused the box: the completion list comes with kb-search.json and
  // kb-labels.json, and the index (runtime, wasm, metadata) starts loading now so it is warm
  // by the third letter.
  const completions: Promise<{ index: CompletionIndex; settle: Settle }> = loadWholeContext().then(async ({ json, settle }) => ({ index: await settle((ctx) => completionIndex(json, ctx)), settle }));
  completions.catch(() => undefined);
  let engineReady = false;
  void loadEngine().then(() => (engineReady = true), () => undefined);

  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const open = (final = true) => {
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    root.dataset.state = final ? 'done' : 'busy';
  };
  const nav = listNav(input, list, () => {
    if (panel.hidden) input.value = '';
    close();
  });

  /** Names first, then articles (when searched); one listbox, options only. */
  function show(q: string, names: Completion[], out: SearchOutcome | null | undefined, hits: Awaited<ReturnType<SearchOutcome['hits']>>, final = true) {
    // One option per text: same-text copies are counted on the first (fold.ts).
    list.replaceChildren(
      ...names.map((c, i) => completionNode(c, `search-box-name-${i}`)),
      ...firstOfEachText(hits).map(({ hit, copies }, i) => withCopyCount(hitNode(hit, q, { id: `search-box-opt-${i}`, option: true }), copies)),
    );
    status.replaceChildren();
    note.replaceChildren();
    if (!final) status.textContent = 'أسماء ومواضيع — يجري البحث في المقالات…';
    else if (out === undefined) status.textContent = names.length ? 'أسماء ومواضيع — تابع الكتابة للبحث في المقالات' : 'تابع الكتابة للبحث في المقالات';
    else if (!out || out.total === 0) {
      status.append(el('span', {}, 'لا نتائج لـ «'), el('bdi', {}, q.trim()), el('span', {}, '»'));
      if (out?.suggestion) {
        const name = out.suggestion.actor.name;
        const a = el('a', { href: siteUrl(`/search/?q=${encodeURIComponent(name)}`) });
        a.append(el('bdi', {}, name));
        status.append(el('span', {}, ' — هل تقصد '), a, el('span', {}, '؟'));
      }
    } else if (out.full === 0) status.append(el('span', {}, 'لا مقالات تضم كل الكلمات؛ هذه أقرب النتائج'));
    else status.textContent = countText(out.full);
    if (out?.plan.concept?.shown.length) {
      // As on /search/: what the concept added, and the words alone.
      const a = el('a', { href: siteUrl(`/search/?q=${encodeURIComponent(q.trim())}&exact=1`), 'data-exact': '1' });
      a.append(el('span', {}, 'الكلمة فقط'));
      note.append(el('span', {}, 'يشمل أيضاً: '), el('bdi', {}, out.plan.concept.shown.join('، ')), el('span', {}, ' — '), a);
    }
    note.hidden = !note.childNodes.length;
    more.href = siteUrl(`/search/?q=${encodeURIComponent(q.trim())}`);
    // Shown whenever articles are: the full page has the facets, and the panel (which scrolls on
    // small screens) then always holds something the keyboard can reach (axe: scrollable-region-focusable).
    more.hidden = !out || out.total === 0;
    // The query these options answer (tests and the benchmark wait for the one typed).
    root.dataset.query = q;
    open(final);
    nav.reset();
  }

  /** Completions at once; articles from the third letter (`partial`: the settled search). */
  async function run(partial: boolean) {
    const q = input.value;
    const mine = ++seq;
    clearTimeout(settle);
    if (!q.trim()) return close();
    const { index, settle: settled } = await completions;
    if (mine !== seq) return;
    const letters = typedLetters(q);
    if (letters < ARTICLE_SEARCH_FROM && q.trim().split(/\s+/).length < 2) {
      const names = await settled((ctx) => complete(q, index, ctx, SHOWN));
      if (mine !== seq) return;
      return names.length ? show(q, names, undefined, []) : close();
    }
    if (!engineReady) {
      // The index is still loading (the reader typed fast after focusing, or a large index in
      // many shards): names meanwhile, a name typed in full too — it is all the box has yet.
      const names = await settled((ctx) => complete(q, index, ctx, COMPLETIONS_WITH_ARTICLES, { spelledOut: true }));
      if (names.length && mine === seq) show(q, names, undefined, [], false);
    }
    const engine = await loadEngine();
    if (mine !== seq) return; // a newer keystroke won: its search replaces this one
    // One search at a time: Pagefind's worker answers in order, so a query superseded while it
    // waited for the previous one never starts (the reader's last keystroke is not queued
    // behind searches nobody will see).
    await searching;
    if (mine !== seq) return;
    const pending = engine.search(q, { typing: true, partial });
    searching = pending.catch(() => undefined);
    const out = await pending;
    if (mine !== seq) return;
    const hits = out ? await out.hits(0, SHOWN) : [];
    if (mine !== seq) return;
    const names = await settled((ctx) => complete(q, index, ctx, COMPLETIONS_WITH_ARTICLES));
    if (mine !== seq) return;
    show(q, names, out, hits);
    // Fewer than ten pages hold every word: the best partial matches once the reader pauses.
    if (out?.partialSkipped) settle = setTimeout(() => mine === seq && run(true), SETTLE_MS - DEBOUNCE_MS);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    clearTimeout(settle);
    seq++; // an answer still on its way is for an older query: it must not be shown as done
    root.dataset.state = 'busy';
    // Names are cheap: the first letters get them with no wait. Articles wait for a pause.
    if (typedLetters(input.value) < ARTICLE_SEARCH_FROM && input.value.trim().split(/\s+/).length < 2) void run(false);
    else timer = setTimeout(() => run(false), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => nav.handle(e));
  root.addEventListener('focusout', (e) => {
    if (!root.contains(e.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount) open();
  });
  if (input.value.trim()) void run(true);
}

/** A name or topic to search for: an option (no link inside), opening /search/?q=<name>. */
function completionNode(c: Completion, id: string): HTMLLIElement {
  const li = el('li', { class: 'search-hit search-complete', id, role: 'option', 'aria-selected': 'false' });
  const href = siteUrl(`/search/?q=${encodeURIComponent(c.label)}`);
  li.dataset.href = href;
  li.addEventListener('click', () => location.assign(href));
  const name = el('span', { class: 'search-complete__name', dir: 'auto' });
  name.append(el('bdi', {}, c.label));
  li.append(name, el('span', { class: 'search-complete__kind' }, ` ${KIND_LABEL[c.kind]}${c.count ? ` · ${articlesText(c.count)}` : ''}`));
  return li;
}
