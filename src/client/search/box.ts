// The header search box: live results as the reader types (top 6), keyboard navigation,
// Enter without a chosen result goes to the full /search/ page. Loaded on first focus.
import { loadEngine, siteUrl } from './engine';
import { countText, el, hitNode } from './render';
import { listNav } from './listnav';
import { withCopyCount } from './fold';
import { firstOfEachText } from '../../lib/search/story-facet';

const SHOWN = 6;

export async function initSearchBox(root: HTMLElement) {
  if (root.dataset.ready) return;
  root.dataset.ready = '1';
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = root.querySelector<HTMLElement>('.search-box__panel')!;
  const list = root.querySelector<HTMLElement>('.search-box__list')!;
  const status = root.querySelector<HTMLElement>('.search-box__status')!;
  const more = root.querySelector<HTMLAnchorElement>('.search-box__more')!;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Start loading search now (the reader has just focused the box): the runtime, the index
  // metadata and the key context are then ready by the second keystroke.
  void loadEngine().catch(() => undefined);

  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const nav = listNav(input, list, () => {
    if (panel.hidden) input.value = '';
    close();
  });

  async function run() {
    const q = input.value;
    const mine = ++seq;
    if (!q.trim()) return close();
    const engine = await loadEngine();
    const out = await engine.search(q, { typing: true });
    if (mine !== seq) return; // a newer keystroke won
    const hits = out ? await out.hits(0, SHOWN) : [];
    if (mine !== seq) return;
    // One option per text: same-text copies are counted on the first (fold.ts).
    list.replaceChildren(...firstOfEachText(hits).map(({ hit, copies }, i) => withCopyCount(hitNode(hit, q, { id: `search-box-opt-${i}`, option: true }), copies)));
    status.replaceChildren();
    if (!out || out.total === 0) {
      status.append(el('span', {}, `لا نتائج لـ «`), el('bdi', {}, q.trim()), el('span', {}, '»'));
      if (out?.suggestion) {
        const name = out.suggestion.actor.name;
        const a = el('a', { href: siteUrl(`/search/?q=${encodeURIComponent(name)}`) });
        a.append(el('bdi', {}, name));
        status.append(el('span', {}, ' — هل تقصد '), a, el('span', {}, '؟'));
      }
    } else status.textContent = countText(out.total);
    more.href = siteUrl(`/search/?q=${encodeURIComponent(q.trim())}`);
    more.hidden = !out || out.total <= SHOWN;
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    nav.reset();
    root.dataset.state = 'done';
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    root.dataset.state = 'busy';
    timer = setTimeout(run, 80);
  });
  input.addEventListener('keydown', (e) => nav.handle(e));
  root.addEventListener('focusout', (e) => {
    if (!root.contains(e.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount) panel.hidden = false;
  });
  if (input.value.trim()) run();
}
