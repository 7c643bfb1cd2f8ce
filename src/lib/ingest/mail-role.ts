// A forward's sender at the outlet's own domain that the address does not spell (forty-first round, session 44, 13k):
// «From: وادي الشاطئ <editor@alshati-media.net>». The rules read a sender's name as the outlet when the address
// spells it, the list's footer or the subject names it (outlet-mail-footer.ts); a person forwarding writes from a
// mail provider. A mailbox that names a desk («newsletter@», «editor@», `mailFooter.roleMailboxes`) at a domain of
// the sender's own, under a name that opens with no given name, is the outlet's own mail: one more signal.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

/** The sender's address is a desk's mailbox at its own domain, and the name is no person's. */
export function roleSender(name: string, mailbox: string, domain: string, lex: Lexicon): boolean {
  const data = lex.data.mailFooter;
  if (!data?.roleMailboxes?.length) return false;
  if (data.mailProviders.some((p) => domain === p || domain.endsWith(`.${p}`))) return false;
  const box = mailbox.toLowerCase().replace(/[._-]?\d+$/u, '');
  if (!data.roleMailboxes.some((r) => r.toLowerCase() === box)) return false;
  const first = name.trim().split(/\s+/)[0] ?? '';
  return !!first && !lex.givenNames.has(lexKey(first));
}
