// Towns whose name of several words holds a common word (thirty-fifth pass, content/search-place-names.yaml): «دار
// السلام» is a city, not «السلام» (peace); «رأس الخيمة» no tent; «بيت لحم» no meat; «الدار البيضاء» no white house.
// On a page such a name's words are keyed at the low weight only (indexKeys.ts): the page is still found for the
// name, but a query for the common word («والسلام», «الخيمة», «لحم الضأن») meets it only after every page that writes
// the word in its own sense. Index side only: a query is keyed as typed.
import type { KeyContext } from './keyContext';
import type { KeyedToken } from './keyTokens';
import { searchStem } from './stems';

const stemsCache = new WeakMap<ReadonlyArray<readonly string[]>, Map<ReadonlySet<string>, string[][]>>();

/** Each listed name as the key stream stems its words (the article and clitics off, as on a page). */
function nameStems(names: ReadonlyArray<readonly string[]>, known: ReadonlySet<string>): string[][] {
  let byKnown = stemsCache.get(names);
  if (!byKnown) stemsCache.set(names, (byKnown = new Map()));
  let stems = byKnown.get(known);
  if (!stems) byKnown.set(known, (stems = names.map((n) => n.map((w) => searchStem(w, known)))));
  return stems;
}

/**
 * The indices of the tokens that stand inside a listed place name: consecutive Arabic words whose stems are the
 * name's («بالدار البيضاء», «وشرم الشيخ» too: the clitics are off the stems). Empty without the list.
 */
export function placeNameTokens(toks: readonly KeyedToken[], ctx: KeyContext): Set<number> {
  const out = new Set<number>();
  const names = ctx.patterns?.placeNames;
  if (!names?.length) return out;
  const stems = nameStems(names, ctx.known);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].token.type !== 'ar') continue;
    for (const name of stems) {
      if (name[0] !== toks[i].stem || i + name.length > toks.length) continue;
      if (name.every((s, k) => toks[i + k].token.type === 'ar' && toks[i + k].stem === s)) for (let k = 0; k < name.length; k++) out.add(i + k);
    }
  }
  return out;
}

/**
 * The length in tokens of the listed town name of two words or more starting at token i of a query, 0 if none
 * (thirty-sixth pass). On a page the name's words are keyed low (above), so a query naming the town ranked the page
 * by two common words held weakly: «تشغيل خط جديد للترام في الدار البيضاء» put the Casablanca tram page 5th, 2nd
 * before. As one unit, searched together, the name weighs as the rarer pair it is, and a page writing «الدار» and
 * «البيضاء» in their own senses apart no longer holds it.
 */
export function placeNameAt(stems: readonly string[], i: number, ctx: KeyContext): number {
  if (!ctx.placeNames?.size) return 0;
  const name = (ctx.placeNames.get(stems[i]) ?? []).find((n) => n.stems.length >= 2 && n.stems.every((s, k) => stems[i + k] === s));
  return name ? name.stems.length : 0;
}
