import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildSearchPanel } from './box-panel';

// The header box as SearchBox.astro writes it now: the no-JS form alone (here under /kb/).
const FORM =
  '<div class="search-box" data-search-box><form action="/kb/search/" method="get" role="search" class="search-box__form">' +
  '<label class="visually-hidden" for="search-box-q">ابحث في المقالات</label>' +
  '<input id="search-box-q" name="q" type="search" placeholder="ابحث… ( / )" autocomplete="off" dir="auto">' +
  '<button type="submit" class="search-box__submit" aria-label="بحث"></button></form></div>';

// The box as every page's HTML held it before (dist/ of 2026-12-02, the template's spaces between
// tags left out): the combobox attributes on the field, then the panel after the form.
const BEFORE =
  '<div class="search-box" data-search-box><form action="/kb/search/" method="get" role="search" class="search-box__form">' +
  '<label class="visually-hidden" for="search-box-q">ابحث في المقالات</label>' +
  '<input id="search-box-q" name="q" type="search" placeholder="ابحث… ( / )" autocomplete="off" dir="auto" role="combobox" aria-expanded="false" aria-controls="search-box-list" aria-autocomplete="list">' +
  '<button type="submit" class="search-box__submit" aria-label="بحث"></button></form>' +
  '<div class="search-box__panel" hidden><p class="search-box__status" aria-live="polite"></p><p class="search-box__concept" hidden></p>' +
  '<ul class="search-box__list" id="search-box-list" role="listbox" aria-label="نتائج البحث"></ul>' +
  '<a class="search-box__more" href="/kb/search/" hidden>كل النتائج ←</a></div></div>';

const page = (box: string) => parseHTML(`<!doctype html><html lang="ar" dir="rtl"><body><header>${box}</header><main></main></body></html>`).document;

/** Elements of a box as [tag, sorted attributes, own text]: the same DOM whatever the attribute order. */
function shape(doc: Document): string[] {
  return [...doc.querySelectorAll('[data-search-box], [data-search-box] *')].map((e) => {
    const attrs = [...e.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
    const text = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
    return `${e.tagName.toLowerCase()} [${attrs}] ${text}`;
  });
}

describe('the header box made by its start-up script', () => {
  it('turns the no-JS form into the combobox and panel the HTML held before', () => {
    const doc = page(FORM);
    buildSearchPanel(doc.querySelector<HTMLElement>('[data-search-box]')!);
    expect(shape(doc)).toEqual(shape(page(BEFORE)));
    // The panel's «all results» link follows the form's action (the site's base).
    expect(doc.querySelector('.search-box__more')!.getAttribute('href')).toBe('/kb/search/');
    expect(doc.querySelector('#search-box-q')!.getAttribute('aria-controls')).toBe(doc.querySelector('[role="listbox"]')!.id);
  });

  it('makes the panel once', () => {
    const doc = page(FORM);
    const root = doc.querySelector<HTMLElement>('[data-search-box]')!;
    buildSearchPanel(root);
    buildSearchPanel(root);
    expect(doc.querySelectorAll('.search-box__panel')).toHaveLength(1);
    expect(doc.querySelectorAll('[role="listbox"]')).toHaveLength(1);
  });

  it('leaves a box without a search field as it is', () => {
    const doc = page('<div class="search-box" data-search-box><form action="/search/"></form></div>');
    buildSearchPanel(doc.querySelector<HTMLElement>('[data-search-box]')!);
    expect(doc.querySelector('.search-box__panel')).toBeNull();
  });
});
