import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { actorIdOfHref, actorOrderPositions, fillActorChips } from './actor-chips';

// An article page as src/pages/articles/[slug].astro writes it: the body links the first mention
// of each actor (with the name as a tooltip when the text says it otherwise), and the aside gives
// the actors' rank order as positions in the body's linked actors (here united-states 0, russia 1,
// ukraine 2) followed by the chips it writes, only for the actors the body does not link. The ¶
// tools are made by a script (src/client/paragraph-tools.ts), so the HTML has none.
const page = (aside: string) => parseHTML(`<!doctype html><html lang="ar" dir="rtl"><body><main>
<div class="article-body prose">
<p id="p-1">بحث مستشار الأمن القومي <a href="/kb/actors/united-states/" title="الولايات المتحدة">الأمريكي</a> ونظيره <a href="/kb/actors/russia/" title="روسيا">الروسي</a> مساعي وقف إطلاق النار مع <a href="/kb/actors/ukraine/">أوكرانيا</a>.</p>
<p id="p-2">وقالت <a href="/kb/actors/russia/">روسيا</a> إن الاتصال كان بنّاءً.</p>
</div>
<aside class="article-aside" aria-label="عن المقال">${aside}</aside>
</main></body></html>`).document;

const chips = (doc: Document) => [...doc.querySelectorAll('#actors-h ~ ul.chips > li > a')].map((a) => [a.getAttribute('href'), a.textContent]);

describe('actor chips from the body mentions', () => {
  it('lists every actor in rank order, named as the actor is, with the written chips in their place', () => {
    const doc = page('<section aria-labelledby="actors-h" data-actor-order="1 3 2 0" hidden><h2 id="actors-h">الفاعلون</h2><ul class="chips"><li><a href="/kb/actors/kremlin/">الكرملين</a></li></ul></section>');
    fillActorChips(doc);
    expect(chips(doc)).toEqual([
      ['/kb/actors/russia/', 'روسيا'],
      ['/kb/actors/kremlin/', 'الكرملين'],
      ['/kb/actors/ukraine/', 'أوكرانيا'],
      ['/kb/actors/united-states/', 'الولايات المتحدة'],
    ]);
    expect(doc.querySelector('[data-actor-order]')!.hasAttribute('hidden')).toBe(false);
  });

  it('makes the list when no chip was written, and skips a position past the list', () => {
    const doc = page('<section aria-labelledby="actors-h" data-actor-order="2 7" hidden><h2 id="actors-h">الفاعلون</h2></section>');
    fillActorChips(doc);
    expect(chips(doc)).toEqual([['/kb/actors/ukraine/', 'أوكرانيا']]);
  });

  it('stays hidden with nothing to show, and leaves a page without the section alone', () => {
    const doc = page('<section aria-labelledby="actors-h" data-actor-order="" hidden><h2 id="actors-h">الفاعلون</h2></section>');
    fillActorChips(doc);
    expect(doc.querySelector('[data-actor-order]')!.hasAttribute('hidden')).toBe(true);
    const plain = page('<section aria-labelledby="actors-h"><h2 id="actors-h">الفاعلون</h2><ul class="chips"><li><a href="/kb/actors/russia/">روسيا</a></li></ul></section>');
    fillActorChips(plain);
    expect(chips(plain)).toEqual([['/kb/actors/russia/', 'روسيا']]);
  });

  it('writes the rank order as positions in the linked actors, then the written chips', () => {
    // The page above: the body links united-states, russia, ukraine; kremlin's chip is written.
    expect(actorOrderPositions(['russia', 'kremlin', 'ukraine', 'united-states'], ['united-states', 'russia', 'ukraine'])).toBe('1 3 2 0');
    expect(actorOrderPositions(['nato', 'kremlin'], [])).toBe('0 1');
    expect(actorOrderPositions([], ['russia'])).toBe('');
  });

  it('reads an actor id only from an actor page link', () => {
    expect(actorIdOfHref('/kb/actors/vladimir-putin/')).toBe('vladimir-putin');
    expect(actorIdOfHref('#p-1')).toBeUndefined();
    expect(actorIdOfHref('/kb/topics/ceasefire/')).toBeUndefined();
    expect(actorIdOfHref(null)).toBeUndefined();
  });
});
