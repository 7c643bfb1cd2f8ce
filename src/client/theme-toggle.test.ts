import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { makeThemeToggle } from './theme-toggle';

// The site header as SiteHeader.astro writes it: the brand, then the tools (the search box's
// no-JS form; the theme toggle is not in the HTML), then the sections.
const header = `<header class="site-header"><div><a class="brand" href="/"><span>مرصد الدبلوماسية</span><span>روسيا وأوكرانيا في الصحافة العربية</span></a><div><div class="search-box" data-search-box><form action="/search/" method="get" role="search" class="search-box__form"><label class="visually-hidden" for="search-box-q">ابحث في المقالات</label><input id="search-box-q" name="q" type="search"><button type="submit" class="search-box__submit" aria-label="بحث"></button></form></div></div></div><nav class="main-nav" aria-label="الأقسام الرئيسية"><ul><li><a href="/">الرئيسية</a></li></ul></nav></header>`;
const page = (body: string) => parseHTML(`<!doctype html><html lang="ar" dir="rtl"><body>${body}<main id="main"></main></body></html>`).document;

describe('the theme toggle, made by the header script', () => {
  it('is the button the HTML used to carry, shown, after the search box in the header tools', () => {
    const doc = page(header);
    expect(doc.querySelector('[data-theme-toggle]')).toBeNull();
    const btn = makeThemeToggle(doc)!;
    // What ThemeToggle.astro wrote before (without `hidden`: the script showed it).
    const before = parseHTML('<button type="button" class="theme-toggle" data-theme-toggle aria-pressed="false" aria-label="الوضع الداكن"></button>').document.querySelector('button')!;
    expect(Object.fromEntries([...btn.attributes].map((a) => [a.name, a.value]))).toEqual(Object.fromEntries([...before.attributes].map((a) => [a.name, a.value])));
    expect(btn.textContent).toBe('');
    expect(btn.parentElement!.firstElementChild!.matches('[data-search-box]')).toBe(true);
    expect(btn.previousElementSibling!.matches('[data-search-box]')).toBe(true);
    expect(btn.nextElementSibling).toBeNull();
    // Keyboard order: after the search field and its button, before the sections.
    const focusable = [...doc.querySelectorAll('a, input, button')].map((e) => e.getAttribute('aria-label') ?? e.textContent);
    expect(focusable.indexOf('الوضع الداكن')).toBe(focusable.indexOf('بحث') + 1);
  });

  it('is made once, and not on a page without the header', () => {
    const doc = page(header);
    expect(makeThemeToggle(doc)).toBe(makeThemeToggle(doc));
    expect(doc.querySelectorAll('[data-theme-toggle]')).toHaveLength(1);
    expect(makeThemeToggle(page('<p>لا رأس</p>'))).toBeNull();
  });
});
