// Which of the people the corpus discovered can touch the linking of one article: the cache key
// of an article's linking (cache.ts) names only those, so a person discovered in today's
// articles does not make every older article be linked again.
//
// Conservative by construction: an actor added to the matcher can only change an article's
// links through a trie phrase (or a family name) whose first token reads as one of the
// article's tokens, and every token of every phrase of the actor is looked up among every
// clitic reading of every token of the article (title and paragraphs).
import type { Actor, ArticleDoc } from '../types';
import { cliticReadings, nisbaAccusativeForms, nisbaForms, phraseTokens, tokenize } from '../arabic';
import { keyOf } from './cache';

/** The words the matcher would index for `a` (matcher.ts addActor). */
function phrasesOf(a: Actor): string[] {
  return [a.name, ...(a.aliases ?? []), ...(a.short ?? []), ...(a.capitals ?? []), ...(a.nisba ?? []).flatMap((s) => [...nisbaForms(s), ...nisbaAccusativeForms(s)])];
}

export class ExtraActorIndex {
  private byToken = new Map<string, number[]>();
  private keys: string[];
  /**
   * Everything `keyFor` reads besides the article: each token's actors and each actor's key.
   * An article's `keyFor` result can be kept between builds under this and the article's
   * content (buildCorpus does): a new person, spelling or alias changes it.
   */
  readonly vocabularyKey: string;

  /** `extra`: the actors added to the dictionary's matcher (discovered people, new spellings), in matcher order. */
  constructor(extra: Actor[]) {
    // What linking reads of an actor; not its evidence or counts, which change with every article.
    this.keys = extra.map((a) => keyOf(a.id, a.type, phrasesOf(a), a.needsContext ?? null, a.affiliation ?? null));
    extra.forEach((a, i) => {
      for (const token of new Set(phrasesOf(a).flatMap((p) => phraseTokens(p)))) {
        const list = this.byToken.get(token);
        if (list) list.push(i);
        else this.byToken.set(token, [i]);
      }
    });
    this.vocabularyKey = keyOf(this.keys, [...this.byToken].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  }

  /** A key for the extra actors whose words the article holds ('' when none does). */
  keyFor(doc: Pick<ArticleDoc, 'title' | 'paragraphs'>): string {
    if (!this.byToken.size) return '';
    const hit = new Set<number>();
    for (const text of [doc.title, ...doc.paragraphs]) {
      for (const t of tokenize(text)) {
        for (const r of cliticReadings(t.norm, { minStem: 1 })) {
          for (const stem of r.stem.startsWith('ال') ? [r.stem, r.stem.slice(2)] : [r.stem]) {
            for (const i of this.byToken.get(stem) ?? []) hit.add(i);
          }
        }
      }
    }
    return hit.size ? keyOf([...hit].sort((a, b) => a - b).map((i) => this.keys[i])) : '';
  }
}
