// A text's words with their stems and keys (keys.ts), the one pass both the index and the query make.
import { tokenize, type Token } from '../arabic/tokenize';
import type { KeyContext } from './keyContext';
import { constructPluralStem } from './constructPlurals';
import { hamzaReading, searchStem } from './stems';
import { arabicKey, latinKey } from './terms';
import { ownPlural, patternFamily } from './wordPatterns';

export interface KeyedToken {
  token: Token;
  /** Stem for Arabic words, ASCII-folded text otherwise. */
  stem: string;
  key: string;
  /** The stem of the word's family (the stem itself outside any family): concepts match on it. */
  match: string;
  /** Index term of the family, when the word belongs to one. */
  familyKey?: string;
  /**
   * The key the word had without its hamza reading (الألغاز → غاز): indexed at a low weight, so
   * a reader typing without the hamza («الالغاز») still finds it, after the pages that say it.
   */
  weakKey?: string;
  /** Read with its written hamza (hamzaReading): no pattern family, so no ة ↔ ات link (آلية «mechanism» ≠ الآليات «vehicles»). */
  hamza?: true;
  /** A ة word's plural in ات (wordPatterns.ownPlural): a query asks for the word's own key, not its family's. */
  ownPlural?: true;
}

/**
 * `constructs` (the query side: queryPlan.ts): a sound plural's construct is keyed as its nominative (constructPlurals.ts:
 * «صيادو» as «صيادون»), so it asks what a query typing the plural asks. The index keeps the word as written.
 */
export function keyTokens(text: string, ctx: KeyContext, constructs = false): KeyedToken[] {
  const out: KeyedToken[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'ar') {
      const norm = token.norm.replace(/[\u200C\u200D]/g, '');
      const construct = constructs ? constructPluralStem(norm, tokens[i + 1]?.type === 'ar', ctx, tokens[i - 1]?.type === 'ar' ? tokens[i - 1].norm : undefined) : undefined;
      const plain = construct ?? searchStem(norm, ctx.known);
      const hamza = construct ? undefined : hamzaReading(token.text, plain, ctx);
      if (hamza) {
        out.push({ token, stem: hamza, key: arabicKey(hamza), match: hamza, hamza: true, ...(ctx.keepHamza?.has(hamza) ? {} : { weakKey: arabicKey(plain) }) });
        continue;
      }
      const stem = plain;
      const base = patternFamily(stem, ctx);
      if (base) {
        // The word's key, then the key of what it stands for by pattern (غارات → غارة،
        // انسحبت → انسحاب); concepts still match on the word itself.
        out.push({ token, stem, key: arabicKey(stem), match: stem, familyKey: arabicKey(base), ...(ownPlural(stem, ctx) ? { ownPlural: true } : {}) });
        continue;
      }
      const family = ctx.families.get(stem);
      out.push({ token, stem, key: arabicKey(stem), match: family ?? stem, ...(family ? { familyKey: arabicKey(family) } : {}), ...(family && ctx.ownPlurals?.has(stem) ? { ownPlural: true as const } : {}) });
    } else {
      const stem = latinKey(token.norm);
      if (stem) out.push({ token, stem, key: stem, match: stem });
    }
  }
  return out;
}
