// Keyboard navigation over results. Two patterns, because a result that is a link must not
// sit inside role="option" (axe: nested-interactive):
// - listNav: combobox + listbox (the header box). Focus stays in the input; arrows move the
//   active option (aria-activedescendant), Enter opens it; options hold no links.
// - linkNav: a plain list of result links (/search/). ArrowDown from the input moves focus to
//   the first link, arrows move between links, ArrowUp from the first or Escape returns to
//   the input. Screen readers announce each link as it gets focus.
export interface ListNav {
  reset(): void;
  handle(e: KeyboardEvent): boolean;
}

export function listNav(input: HTMLInputElement, list: HTMLElement, onEscape: () => void): ListNav {
  let active = -1;
  const items = () => [...list.querySelectorAll<HTMLElement>('.search-hit')];
  const show = () => {
    items().forEach((li, i) => {
      li.classList.toggle('is-active', i === active);
      li.setAttribute('aria-selected', String(i === active));
    });
    const cur = items()[active];
    if (cur?.id) input.setAttribute('aria-activedescendant', cur.id);
    else input.removeAttribute('aria-activedescendant');
    cur?.scrollIntoView({ block: 'nearest' });
  };
  return {
    reset() {
      active = -1;
      show();
    },
    handle(e) {
      const n = items().length;
      if (e.key === 'ArrowDown' && n) active = (active + 1) % n;
      else if (e.key === 'ArrowUp' && n) active = active <= 0 ? n - 1 : active - 1;
      else if (e.key === 'Enter' && active >= 0 && items()[active]) {
        e.preventDefault();
        const item = items()[active];
        if (item.dataset.href) location.assign(item.dataset.href);
        else item.querySelector<HTMLAnchorElement>('a')?.click();
        return true;
      } else if (e.key === 'Escape') {
        active = -1;
        show();
        onEscape();
        return true;
      } else return false;
      e.preventDefault();
      show();
      return true;
    },
  };
}

/**
 * Arrow keys between the input and the result links inside `container` (several lists may
 * share it: full and partial matches). Returns the keydown handler for the input; the
 * container's own keydowns are handled here.
 */
export function linkNav(input: HTMLInputElement, container: HTMLElement, onEscape: () => void): (e: KeyboardEvent) => void {
  const links = () => [...container.querySelectorAll<HTMLAnchorElement>('.search-hit a.search-hit__title')].filter((a) => a.offsetParent !== null);
  container.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && i < all.length - 1) all[i + 1].focus();
    else if (e.key === 'ArrowUp') (i > 0 ? all[i - 1] : input).focus();
    else if (e.key === 'Escape') input.focus();
    else return;
    e.preventDefault();
  });
  return (e) => {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0].focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onEscape();
    }
  };
}
