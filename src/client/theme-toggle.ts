// The light/dark toggle (ThemeToggle.astro). The page follows the system theme until the reader
// picks one; the choice is remembered in localStorage and applied before paint by the inline
// script in BaseLayout's <head> (so the wrong theme never flashes). Started by the site header's
// one script (SiteHeader.astro) with the search box's: one script file named in every page.

/** Shows the toggle (useless without JavaScript, so hidden in the HTML) and wires it. */
export function startThemeToggle(doc: Document): void {
  const root = doc.documentElement;
  const btn = doc.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!btn) return;
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const current = () => root.dataset.theme || (dark.matches ? 'dark' : 'light');
  const sync = () => btn.setAttribute('aria-pressed', String(current() === 'dark'));
  btn.hidden = false;
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
