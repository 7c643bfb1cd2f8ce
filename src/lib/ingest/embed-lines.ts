// An embedded post's furniture that the copy kept as lines of its own (forty-first round, at the merge): the
// platform's prompt to open the post («عرض هذا المنشور على X», «View this post on Instagram») and its
// author line («منشور بواسطة …», «A post shared by …»). Matched by shape — the data's whole-line patterns
// (`embedLines` in content/boilerplate.yaml), `{platform}` one of the platforms the data names, `{*}` a
// short name — so a sentence telling that someone posted on X («ونشر الوزير على منصة X مقطعا …») is not.
import { lexKey } from './boilerplate';

/** A pattern's `{*}` stands for a name: at most this many words. */
const MAX_NAME_WORDS = 6;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A compiled pattern; `named`: it holds a name's slot. */
export interface EmbedPattern { re: RegExp; named: boolean }

/** The patterns compiled over line keys (`lexKey`): `{platform}` one of `platforms`, `{*}` one to six words. */
export function compileEmbedLines(patterns: readonly string[], platforms: readonly string[]): EmbedPattern[] {
  const names = [...new Set(platforms.map(lexKey))].sort((a, b) => b.length - a.length).map(escape).join('|');
  return patterns.map((p) => {
    // The pattern is keyed whole (its spaces as a line's), its slots kept as plain Latin words the key leaves alone.
    const body = lexKey(p.replace(/\{platform\}/gu, ' qqplatformqq ').replace(/\{\*\}/gu, ' qqnameqq '))
      .split(/(qqplatformqq|qqnameqq)/u)
      .map((part) => (part === 'qqplatformqq' ? `(?:${names})` : part === 'qqnameqq' ? `\\S+(?: \\S+){0,${MAX_NAME_WORDS - 1}}` : escape(part)))
      .join('');
    // A closing «.» or «:» is no part of the key (lexKey drops it): the raw line's is read in `isEmbedLine`.
    return { re: new RegExp(`^${body}$`, 'u'), named: p.includes('{*}') };
  });
}

/**
 * Whether a line is an embedded post's furniture: a whole line the compiled patterns match. A name's slot
 * closed by a full stop is a sentence («منشور بواسطة حساب مجهول كشف الوثيقة.»), never an author line.
 */
export function isEmbedLine(text: string, patterns: readonly EmbedPattern[]): boolean {
  if (!patterns.length) return false;
  const key = lexKey(text.trim());
  const sentence = /[.!؟?]\s*$/u.test(text);
  return patterns.some((p) => !(p.named && sentence) && p.re.test(key));
}
