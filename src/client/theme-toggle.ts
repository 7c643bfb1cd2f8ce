// The light/dark toggle. The page follows the system theme until the reader picks one; the
// choice is remembered in localStorage and applied before paint by the inline script in
// BaseLayout's <head> (so the wrong theme never flashes). Started by the site header's one
// script (SiteHeader.astro) with the search box's: one script file named in every page.
//
// The button is made here, not written into the HTML: without JavaScript it does nothing and
// was hidden, and it was ~130 bytes of every page of dist/ (issue 18, item 3).

/** The toggle's button, after the search box in the header's tools (`.site-header > div > div`), as the HTML had it. */
export function makeThemeToggle(doc: Document): HTMLButtonElement | null {
  const existing = doc.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (existing) return existing;
  const tools = doc.querySelector('.site-header > div > div');
  if (!tools) return null;
  const btn = doc.createElement('button');
  btn.type = 'button';
  btn.className = 'theme-toggle';
  btn.setAttribute('data-theme-toggle', '');
  btn.setAttribute('aria-pressed', 'false');
  // The moon icon is drawn by CSS (global.css `.theme-toggle::before`).
  btn.setAttribute('aria-label', 'الوضع الداكن');
  tools.append(btn);
  return btn;
}

/** Makes the toggle and wires it. */
export function startThemeToggle(doc: Document): void {
  const root = doc.documentElement;
  const btn = makeThemeToggle(doc);
  if (!btn) return;
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const current = () => root.dataset.theme || (dark.matches ? 'dark' : 'light');
  const sync = () => btn.setAttribute('aria-pressed', String(current() === 'dark'));
  sync();
  dark.addEventListener('change', sync);
  btn.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('kb-theme', next);
    } catch {
      /* private mode: the choice lasts this page */
    }
    sync();
  });
}
