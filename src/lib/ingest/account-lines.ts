// Forty-second round (session 45, 13k): a publishing system's author line names a login account, not a site.
//
// A WordPress or blog theme prints the post's author under the headline: «نشر بواسطة: editor2», «Posted by
// admin_01», «نشر بواسطة: محرر الموقع». On a copy with no masthead, the origin line's pattern («نشر بواسطة: {name}»)
// or the weak first-line guess read the account as the outlet. An account is a role word the system gives
// (`accountHandles`: «admin», «editor», «webmaster» …) or the newsroom's own signature (`staffCredits`), a number
// after it or not: it signs for whoever runs the site and names no one. A name («نشر بواسطة: صدى النيلين») stays.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

// «admin_01», «editor2», «user-7»: the number a system adds to a role's login.
const NUMBERED = /[\s_.-]*\d+$/u;

/** The name is a login account's role word (a number after it or not), not a site's name. */
export function isAccountHandle(name: string, lex: Lexicon): boolean {
  const key = lexKey(name.trim().replace(/^@/u, '')).replace(NUMBERED, '');
  return key.length > 0 && lex.accountHandles.has(key);
}

/** «نشر بواسطة: محرر الموقع», «Posted by admin_01»: a verb of credit (`interfaceWords.creditVerbs`) then an account. */
export function isAccountLine(text: string, lex: Lexicon): boolean {
  const key = lexKey(text);
  for (const verb of lex.interfaceWords.creditVerbs) {
    if (!key.startsWith(verb)) continue;
    const rest = key.slice(verb.length);
    if (!/^[\s:：]/u.test(rest)) continue;
    return isAccountHandle(rest.replace(/^[\s:：]+/u, ''), lex);
  }
  return false;
}
