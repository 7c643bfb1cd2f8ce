// Keyboard navigation over a list of results (combobox / listbox pattern): arrows move the
// active item, Enter opens it, Escape closes or clears. Shared by the header box and /search/.
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
        items()[active].querySelector<HTMLAnchorElement>('a')?.click();
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
