// An article's quotes as the corpus cache keeps them: the speaker and the sentence's index, not
// the sentence's text. The text is the article's own (splitSentences, made on every build), so
// saving it again cost ~7.6 MB of JSON at 3k pages, parsed by every update (docs/scale.md
// «session 42»). Pure.
import type { Sentence } from '../types';
import type { SpeakerQuote as FoundQuote } from '../entities/quotes';
import type { SpeakerQuote } from './types';

/** [actor id, sentence index]: one quote, as saved. */
export type QuoteRef = [actorId: string, sentence: number];

/** The refs of the quotes speakerQuotes found (each sentence one of the article's `sentences`). */
export function quoteRefs(found: FoundQuote[]): QuoteRef[] {
  return found.map((q) => [q.actorId, q.sentence.index]);
}

/**
 * The corpus's quotes of an article from its refs: the sentence's paragraph and text read from
 * the article's sentences. `undefined` when a ref names no sentence of them (a damaged entry):
 * the caller finds the quotes again rather than drop or invent one.
 */
export function quotesFromRefs(refs: unknown, sentences: Sentence[], slug: string, date: string | null): SpeakerQuote[] | undefined {
  if (!Array.isArray(refs)) return undefined;
  const out: SpeakerQuote[] = [];
  for (const ref of refs) {
    if (!Array.isArray(ref) || typeof ref[0] !== 'string' || typeof ref[1] !== 'number') return undefined;
    // splitSentences numbers the sentences in order from 0: the index is the position.
    const s = sentences[ref[1]];
    if (!s || s.index !== ref[1]) return undefined;
    out.push({ actorId: ref[0], slug, paragraph: s.paragraph, sentence: s.text, date });
  }
  return out;
}

/**
 * The quotes of kept refs; a damaged entry is found again (`find`) and saved over (`save`). The
 * stage is named 'quoteRefs', not 'quotes' (where the text was kept), so no entry of the old
 * shape is ever read as refs.
 */
export function keptQuotes(kept: unknown, find: () => QuoteRef[], save: (refs: QuoteRef[]) => void, sentences: Sentence[], slug: string, date: string | null): SpeakerQuote[] {
  const read = quotesFromRefs(kept, sentences, slug, date);
  if (read) return read;
  const refs = find();
  save(refs);
  return quotesFromRefs(refs, sentences, slug, date) ?? [];
}
