// Folding must not create names: hamza folding turns the verb «ترأس» into «تراس», a spelling
// of Liz Truss. This check finds every one-word alias, short name or name of the dictionary
// that some other word, as written in real text, becomes once folded; those need context
// (Actor.needsContext). Pure: the word counts are passed in (scripts/check-alias-folding.ts).
import { cliticReadings, nisbaForms, normalizeArabic, phraseTokens, surfaceOffset, tokenize } from '../arabic';
import type { Actor } from '../types';

export interface FoldCollision {
  actorId: string;
  /** The alias as the dictionary writes it. */
  alias: string;
  /** Other words (as written, clitics removed) that fold to it, most frequent first. */
  words: Array<{ word: string; count: number }>;
  guarded: boolean;
}

/**
 * The letters that tell two words apart once encoding noise is gone (tashkeel, tatweel,
 * zero-width joiners, Persian letter forms, final ى for ي, and a final ة for ه — «روتة» for
 * «روته», «زابوريجية»: a name's last letter written with or without its dots, and a word-initial
 * alef without its hamza, «اردوغان» for «أردوغان»): the inner hamza seats and a word-inner ة stay,
 * since folding them is what turns a common word into a name (ترأس → تراس).
 */
const letters = (s: string) =>
  s.replace(/[\u064B-\u065F\u0670\u0640\u200C\u200D]/g, '').replace(/[ىی]/g, 'ي').replace(/ک/g, 'ك').replace(/ة$/, 'ه');
/** Without the hamza of a word-initial alef («اردوغان» = «أردوغان»). */
const bareInitial = (s: string) => s.replace(/^[أإآ]/, 'ا');

/** Surface word → count, over the Arabic words of some texts. */
export function wordCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const t of tokenize(text)) if (t.type === 'ar') counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  return counts;
}

export function foldCollisions(actors: Actor[], counts: Map<string, number>): FoldCollision[] {
  // Every one-word spelling of the dictionary, normalised → its owners' spellings as written.
  const spellings = new Map<string, Array<{ actor: Actor; alias: string }>>();
  for (const a of actors) {
    // «أرمينية» (Armenian) folds to the spelling «أرمينيه» (Armenia): the actor's own adjective, no new name.
    const ownAdjectives = new Set((a.nisba ?? []).flatMap((n) => nisbaForms(n)));
    for (const alias of [a.name, ...(a.aliases ?? []), ...(a.short ?? [])]) {
      if (phraseTokens(alias).length !== 1) continue;
      const key = normalizeArabic(alias);
      if (ownAdjectives.has(key)) continue;
      spellings.set(key, [...(spellings.get(key) ?? []), { actor: a, alias }]);
    }
  }
  const written = new Set([...spellings.values()].flat().map((s) => letters(s.alias)));
  const writtenBare = new Set([...written].map(bareInitial));
  const found = new Map<string, FoldCollision>();
  for (const [word, count] of counts) {
    for (const r of cliticReadings(normalizeArabic(word))) {
      const owners = spellings.get(r.stem);
      if (!owners) continue;
      // The clitic cut off (with «بال…» the reading keeps its article: بالسعودية → السعودية).
      const cut = r.prefix.endsWith('ال') && r.stem.startsWith('ال') ? r.prefix.length - 2 : r.prefix.length;
      const surface = letters(word.slice(surfaceOffset(word, cut)));
      // The same letters as a dictionary spelling: that is the name itself, not a fold. «لل…»
      // holds the article with its alef dropped (للأطلسي = ل + الأطلسي): put it back to compare.
      if (written.has(surface) || writtenBare.has(bareInitial(surface))) continue;
      if (r.prefix.endsWith('لل') && r.stem.startsWith('ال') && written.has(`ال${surface}`)) continue;
      for (const { actor, alias } of owners) {
        const key = `${actor.id}|${alias}`;
        const c = found.get(key) ?? { actorId: actor.id, alias, words: [], guarded: (actor.needsContext ?? []).includes(alias) };
        const w = c.words.find((x) => x.word === surface);
        if (w) w.count += count;
        else c.words.push({ word: surface, count });
        found.set(key, c);
      }
    }
  }
  for (const c of found.values()) c.words.sort((a, b) => b.count - a.count);
  return [...found.values()].sort((a, b) => a.actorId.localeCompare(b.actorId));
}
