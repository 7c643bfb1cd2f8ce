import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { addParagraphTools } from './paragraph-tools';

// An article body as src/components/ArticleBody.astro writes it: paragraphs with ids, no tools.
const body = () => parseHTML(`<!doctype html><html lang="ar" dir="rtl"><body><main>
<div class="article-body prose"><p id="p-1">قال وزير الخارجية إن <a href="/actors/russia/">روسيا</a> مستعدة للحوار.</p><p id="p-2">وأضاف أن الاتصالات مستمرة.</p></div>
<p id="p-9">فقرة خارج نص المقال.</p>
</main></body></html>`).document;

const tools = (doc: Document) =>
  [...doc.querySelectorAll('.para__tools')].map((t) => ({
    paragraph: t.parentElement?.id,
    link: [t.querySelector('a')?.getAttribute('href'), t.querySelector('a')?.getAttribute('aria-label'), t.querySelector('a')?.textContent],
    copy: t.querySelector('button')?.getAttribute('aria-label') ?? null,
  }));

describe('paragraph tools made from the ids', () => {
  it('gives each paragraph of the body a ¶ link to its id and, with a clipboard, a copy button', () => {
    const doc = body();
    const copied: string[] = [];
    addParagraphTools(doc, { writeText: async (t: string) => void copied.push(t) });
    expect(tools(doc)).toEqual([
      { paragraph: 'p-1', link: ['#p-1', 'رابط الفقرة 1', '¶'], copy: 'انسخ رابط الفقرة 1' },
      { paragraph: 'p-2', link: ['#p-2', 'رابط الفقرة 2', '¶'], copy: 'انسخ رابط الفقرة 2' },
    ]);
    // The text is left as it was, the tools after it (a space between, as the HTML had).
    expect(doc.getElementById('p-1')!.firstChild!.textContent).toBe('قال وزير الخارجية إن ');
    expect(doc.getElementById('p-2')!.childNodes[1].textContent).toBe(' ');
  });

  it('adds no copy button without a clipboard, and never adds the tools twice', () => {
    const doc = body();
    addParagraphTools(doc, undefined);
    addParagraphTools(doc, undefined);
    expect(tools(doc).map((t) => t.copy)).toEqual([null, null]);
    expect(doc.querySelectorAll('.para__tools')).toHaveLength(2);
  });
});
