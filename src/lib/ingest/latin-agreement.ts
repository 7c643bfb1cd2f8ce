// A site named only weakly in its frame (thirty-sixth round, at the merge): its own photo credit («تصوير: NAME»,
// «عدسة NAME») or a contact line («للتواصل مع NAME: …») alone may name a photographer or a partner, and a Latin
// masthead, a bare footer domain or an e-mail address alone is no Arabic name. When the two spell one name
// (`lex.sameName`, word by word or by a domain's glued label) on different lines, they agree: the Arabic name is
// the site's. Read only where no other signal names a site (the caller's check).
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import type { Signal } from './credits';
import { photoCreditName } from './photo-credit';

const ARABIC = /[\u0600-\u06FF]/u;
const LATIN_LINE = /^[\p{Script=Latin}0-9 .&'’-]{4,40}$/u;
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+\/?$/iu;
const EMAIL = /([a-z0-9][a-z0-9._-]{2,30})@([a-z0-9-]+(?:\.[a-z]{2,})+)/iu;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** «للتواصل مع NAME: …», «راسلوا NAME على …»: the name a contact line gives (one to four Arabic words). */
function contactName(text: string, labels: readonly string[]): string | undefined {
  for (const label of labels) {
    const m = new RegExp(`^${escape(label)}\\s+([\\u0600-\\u06FF][\\u0600-\\u06FF ]{1,38}?)\\s*(?:[:：]|على|عبر|$)`, 'u').exec(text.trim());
    if (m && m[1].trim().split(/\s+/).length <= 4) return m[1].trim();
  }
  return undefined;
}

/** The page's Latin forms of a name: Latin-only short lines, bare domains, e-mail addresses' names (read as a domain's label). */
function latinForms(lines: readonly ClassifiedLine[], providers: readonly string[]): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const l of lines) {
    const t = l.text.trim().replace(/^©\s*(?:\d{4}\s*)?/u, '').replace(/\s*(?:©\s*)?\d{4}$/u, '').trim();
    if (!t || l.words > 6) continue;
    if (!ARABIC.test(t) && (DOMAIN.test(t) || LATIN_LINE.test(t))) out.push({ text: t, index: l.index });
    const mail = EMAIL.exec(l.text);
    // «safwantoday@gmail.com»: the address's name is the site's label on a mail provider's domain.
    if (mail) out.push({ text: `${mail[1].replace(/[._]/g, '-')}.com`, index: l.index });
    // «contact@sokhnapost.com»: on the site's own domain (no mail provider) the domain is the name, the box a role
    // (forty-third round: the box's name alone was read, «contact»).
    const domain = mail?.[2].toLowerCase();
    if (domain && !providers.some((p) => domain === p || domain.endsWith(`.${p}`))) out.push({ text: domain, index: l.index });
  }
  return out;
}

/** An outlet signal for a weak frame name a Latin form elsewhere on the page spells too. */
export function latinAgreedName(lines: readonly ClassifiedLine[], lex: Lexicon): Signal[] {
  const data = lex.data.latinAgreement;
  if (!data) return [];
  const forms = latinForms(lines, lex.data.mailFooter?.mailProviders ?? []);
  if (!forms.length) return [];
  for (const l of lines) {
    if (l.kind === 'blank' || l.words > 14) continue;
    const name = photoCreditName(l.text, lex) ?? contactName(l.text, data.contactLabels);
    if (!name) continue;
    const known = lex.names(name);
    if (known && !known.own) continue;
    if (forms.some((f) => f.index !== l.index && lex.sameName(f.text, name))) {
      return [{ field: 'outlet', value: name, confidence: data.confidence, rule: 'a weak frame name (photo credit, contact line) its Latin form elsewhere agrees with', line: l.index + 1 }];
    }
  }
  return [];
}
