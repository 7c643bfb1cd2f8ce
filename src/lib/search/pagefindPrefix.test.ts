// Session 20: «صومعة حبوب» on the bundled site listed two pages holding neither word as partial
// matches. Pagefind (1.6) indexes, beside a word, the runs of digits and of letters inside it
// (its index for one record «02hyh9» holds «02», «hyh» and «02hyh9»), and answers a term that no
// index word extends with the pages of the longest index word that is a prefix of it (pagefind_web
// `find_word_extensions`). «02wmei9» (صومعة, on no page) thus found the pages saying «صحيح»
// (02hyh9 → «02»), and any Arabic word on no page found a page holding the number «0». Modelled
// here as seen in the browser (tests/site/search-meaning.test.ts asks the real runtime).
import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT, conceptKey, indexKeys, planQuery } from './keys';

/** The words Pagefind indexes for one of ours: the word and its runs of two characters or more. */
function pagefindWords(key: string): string[] {
  const runs = (key.match(/[0-9]+|[a-z]+/g) ?? []).filter((r) => r.length >= 2 && r !== key);
  return [key, ...runs];
}

/** The index word Pagefind matches for a closed term: the term, else its longest prefix in the index. */
function pagefindMatch(term: string, index: Set<string>): string | null {
  if ([...index].some((w) => w.startsWith(term))) return term;
  const prefixes = [...index].filter((w) => term.startsWith(w)).sort((a, b) => b.length - a.length);
  return prefixes[0] ?? null;
}

const indexOf = (text: string) => new Set(indexKeys(text, EMPTY_CONTEXT).flatMap(pagefindWords));
const termsOf = (q: string) => planQuery(q, EMPTY_CONTEXT).search.split(' ');

describe('a word on no page finds no page (Pagefind matches the longest prefix of a term it lacks)', () => {
  it('«صومعة» does not reach a page saying «صحيح» (the run «02» of its key)', () => {
    const page = indexOf('قال إن هذا غير صحيح وإن خصومنا أطلقوا الصواريخ');
    expect(termsOf('صومعة حبوب').map((t) => pagefindMatch(t, page))).toEqual([null, null]);
  });

  it('no Arabic word reaches a page holding the number 0 (a score 1-0, a rate 0.5, 0x)', () => {
    const page = indexOf('فاز الفريق 1-0 ورفع الفائدة 0.5 نقطة والرمز 0x');
    for (const q of ['حبوب', 'صومعة', 'ذخيرة', 'ضريبة', 'ظروف', 'قمح']) {
      expect(termsOf(q).map((t) => pagefindMatch(t, page)), q).toEqual([null]);
    }
  });

  it('whatever its first letter: no index word is a proper prefix of the key of a word it is not', () => {
    const letters = [...'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
    for (const first of letters) {
      const page = indexOf(`${first}حيح ${first}ب 0 05 2024`);
      for (const t of termsOf(`${first}ومعة`)) expect(pagefindMatch(t, page), first).toBeNull();
    }
  });

  it('every word still finds its own page, a number its own', () => {
    const page = indexOf('صومعة ذخيرة ضريبة ظروف الحبوب 0 0.5 2024');
    for (const q of ['صومعة', 'ذخيرة', 'ضريبة', 'ظروف', 'الحبوب', '0', '0.5', '2024']) {
      for (const t of termsOf(q)) expect(pagefindMatch(t, page), q).toBe(t);
    }
  });

  // Session 22: a concept on no page of the bundled site («الأصول المجمدة») listed the one article whose
  // record carries the hex slug «003-2a010a7cc3af768e» (its meta `k`): the run «cc» prefixed every
  // concept token `cc<id>cc`, so every concept with no page found that article.
  it('a concept on no page does not reach a page whose record holds hex runs (a slug in its meta)', () => {
    const page = new Set(['003', '2a010a7cc3af768e', 'ccc3af', '5cccc1'].flatMap(pagefindWords));
    for (const id of ['frozen-assets', 'grain-corridor', 'ceasefire', 'sports-bans']) expect(pagefindMatch(conceptKey(id), page), id).toBeNull();
  });

  it('a concept on no page does not reach a page of Arabic keys, whatever their letters', () => {
    const page = indexOf('شكر الششتاوي زززز مشروع شبكة ششم');
    expect(pagefindMatch(conceptKey('frozen-assets'), page)).toBeNull();
  });
});
