// Nisbas the quotation marks and brackets around them explain: an agency's credit «/العمانية/», a body's
// quoted short name «القطرية», a company's quoted name before its shares' nisba — none of them the country.
import { isDefinite } from '../arabic/clitics';
import type { PhraseMatch } from '../arabic/phrase-trie';
import type { Token } from '../arabic/tokenize';
import { isDefiniteAdjective, QUOTE_CLOSED, WS } from './context';
import type { LinkContext } from './matcher';

/**
 * A nisba standing alone between slashes or brackets («مسقط في 3 مارس /العمانية/», «(الروسية)»)
 * is an agency's credit line, not the country acting or described.
 */
export function nisbaIsAgencyCredit(tokens: Token[], hit: PhraseMatch<unknown>, text: string): boolean {
  const before = text.slice(hit.from > 0 ? tokens[hit.from - 1].end : 0, tokens[hit.from].start);
  const after = text.slice(tokens[hit.to - 1].end, hit.to < tokens.length ? tokens[hit.to].start : text.length);
  return /[/(][\s\u00A0]*$/.test(before) && /^[\s\u00A0]*[/)]/.test(after);
}

/**
 * A definite nisba standing alone between quotation marks («القطرية» تزيد رحلاتها) is a body's short
 * name — an airline, a channel, a company — not the country (session 14, p-dev pd02).
 */
export function nisbaIsQuotedName(tokens: Token[], hit: PhraseMatch<unknown>, text: string): boolean {
  if (hit.to - hit.from !== 1 || hit.prefix || !isDefinite(tokens[hit.from].norm)) return false;
  const before = text.slice(hit.from > 0 ? tokens[hit.from - 1].end : 0, tokens[hit.from].start);
  const after = text.slice(tokens[hit.to - 1].end, hit.to < tokens.length ? tokens[hit.to].start : text.length);
  return /[«"“][\s\u00A0]*$/.test(before) && /^[\s\u00A0]*[»"”]/.test(after);
}

/** An opening quotation mark in a gap. */
const QUOTE_OPENS = /[«"“]/;
/** A list of quoted names with their nisbas is read back over at most this many names. */
const MAX_QUOTED_LIST = 3;

/**
 * Session 46 (the spent u-aside ua17): a nisba right after a quoted name that a company's shares
 * head (`shareNouns`) is the company's: «أسهم «راينميتال» الألمانية و«ساب» السويدية», «صعد سهم
 * «إكوينور» النرويجية». The head may stand before an earlier «name» + nisba of the same list, joined
 * by «و». A weapon's nisba («صواريخ «توماهوك» الأمريكية») has no such head and still names its country.
 */
export function nisbaOfQuotedShare(ctx: LinkContext, tokens: Token[], hit: PhraseMatch<unknown>, text: string): boolean {
  if (hit.to - hit.from !== 1 || hit.prefix || hit.from < 2 || !isDefinite(tokens[hit.from].norm)) return false;
  let end = hit.from;
  for (let names = 0; names < MAX_QUOTED_LIST; names++) {
    if (!QUOTE_CLOSED.test(text.slice(tokens[end - 1].end, tokens[end].start))) return false;
    // Back over the quoted name (one to three words) to its opening mark.
    let open = -1;
    for (let k = end - 1; k >= 1 && k >= end - 3; k--) {
      const before = text.slice(tokens[k - 1].end, tokens[k].start);
      if (QUOTE_OPENS.test(before)) {
        open = k;
        break;
      }
      if (!WS.test(before)) return false;
    }
    if (open < 1 || !/^[\s\u00A0]*[«"“][\s\u00A0]*$/.test(text.slice(tokens[open - 1].end, tokens[open].start))) return false;
    const head = tokens[open - 1].norm;
    if (ctx.shareNouns.has(head) || (/^[وفب]/.test(head) && ctx.shareNouns.has(head.slice(1)))) return true;
    // «و«ساب» السويدية»: the next name of a list; read back over the previous name's nisba.
    if (head !== 'و' || open < 3 || !isDefiniteAdjective(tokens[open - 2].norm)) return false;
    end = open - 2;
  }
  return false;
}
