// The outlet of a mail copy and of a page whose logo has no text (thirty-fourth round). A newsletter copied from a
// mail client names its site in the sender's line («[From:] NAME <address>», with or without a label, whatever the
// client), in the list's footer («تلقيت هذه الرسالة لأنك مشترك في نشرة NAME») and in the sender's address («ramthanews.jo»
// spells «أخبار الرمثا»): each is a signal, and two that agree are strong; a person forwarding a story writes from a
// mail provider and names no list. A page whose masthead is an image names itself in its last lines: «NAME - جريدة
// طلابية …», «NAME | كل الحقوق محفوظة», a name alone over the contact lines — never a designer's or a host's credit.
// The words are data (`mailFooter` in content/boilerplate.yaml). Each reader looks at a fixed number of lines.
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import type { Signal } from './credits';
import { roleSender } from './mail-role';
import { nameLength } from './station-name-length';


const HEAD = 10;
const TAIL = 6;
const ADDRESS = /^(.*?)\s*<([^<>\s@]+)@([^<>\s]+)>\s*$/u;
const ARABIC = /[\u0600-\u06FF]/u;
const DIGIT = /[0-9٠-٩©@]/u;

/** «From: NAME <address>», «From  NAME <address>», «NAME <address>»: the name and the address's domain; another header («To: …») is none. */
export function senderOf(text: string, labels: readonly string[]): { name: string; domain: string; mailbox: string } | undefined {
  // No «@», no address: the pattern (a lazy head tried to every «<») is not run on the page's prose.
  const m = text.includes('@') ? ADDRESS.exec(text.trim()) : null;
  if (!m) return undefined;
  let name = m[1].trim();
  // A label may be more than one word («Forwarded from:», a client's forward; fortieth round, at the merge): the
  // longest label the line opens with, as a whole word, a colon or not after it.
  const lower = name.toLowerCase();
  const label = [...labels].sort((a, b) => b.length - a.length)
    .find((l) => lower.startsWith(l.toLowerCase()) && /^(?:\s|:|$)/u.test(name.slice(l.length)));
  if (label) name = name.slice(label.length).replace(/^\s*:?\s*/u, '');
  else if (/^\p{L}+\s*:/u.test(name)) return undefined;
  const words = name.split(/\s+/).filter(Boolean);
  if (!ARABIC.test(name) || !words.length || words.length > 5 || DIGIT.test(name)) return undefined;
  return { name, domain: m[3].toLowerCase(), mailbox: m[2] };
}

const nonBlank = (texts: readonly string[]) => texts.map((t, i) => ({ t: t.trim(), i })).filter((x) => x.t);

/** The sender of a mail copy, as the outlet: `agreed` when two of address, list footer and subject name it, `single` for one. */
export function mailSenderSignals(printed: readonly string[], lex: Lexicon): Signal[] {
  const data = lex.data.mailFooter;
  if (!data) return [];
  const lines = nonBlank(printed);
  const head = lines.slice(0, HEAD);
  let sender: { name: string; domain: string; mailbox: string; i: number } | undefined;
  for (const l of head) {
    const s = senderOf(l.t, data.senderLabels);
    if (s) { sender = { ...s, i: l.i }; break; }
  }
  if (!sender) return [];
  const { name, domain } = sender;
  const provider = data.mailProviders.some((p) => domain === p || domain.endsWith(`.${p}`));
  const spelled = !provider && lex.sameName(domain, name);
  const listed = lines.slice(-TAIL).some((l) => l.i > sender!.i && l.t.includes(name) && data.listWords.some((w) => l.t.includes(w)));
  const subject = head.some((l) => l.i !== sender!.i && l.t.includes(name) && !ADDRESS.test(l.t));
  // «editor@» at the sender's own domain: the outlet's desk, not a person (mail-role.ts).
  const role = !spelled && roleSender(name, sender.mailbox, domain, lex);
  const agreeing = [spelled, listed, subject, role].filter(Boolean).length;
  // A person on a mail provider, or a sender nothing else names.
  if (!agreeing || (provider && !listed)) return [];
  const confidence = agreeing >= 2 ? data.agreed : data.single;
  const why = [spelled && 'its address spells it', role && 'a desk\'s mailbox at its own domain', listed && 'the list\'s footer names it', subject && 'the subject names it'].filter(Boolean).join(', ');
  return [{ field: 'outlet', value: name, confidence, rule: `a mail copy's sender (${why})`, line: sender.i + 1 }];
}

const SEPARATED = /^(.+?)\s*(?:\s[-–—|]\s|\.\.+|\s[|]|[|]\s)\s*(.+)$/u;

function nameShaped(text: string, lex: Lexicon): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  // «إذاعة جبل سمامة الجهوية أف أم»: a station's spelled «FM» is one word, its «إذاعة» none (station-name-length.ts).
  return words.length >= 1 && nameLength(text, lex) <= 4 && ARABIC.test(text) && !/[A-Za-z]/.test(text) && !DIGIT.test(text) && !/[.:!؟?،,«»"]/u.test(text) && lex.names(text)?.kind !== 'generic';
}

/** A footer's name under a logo: «NAME - جريدة …», «NAME | كل الحقوق محفوظة», «NAME.. موقع …», or NAME alone over a contact line. */
export function footerNameSignals(lines: readonly ClassifiedLine[], bodyEnd: number | undefined, lex: Lexicon): Signal[] {
  const data = lex.data.mailFooter;
  if (!data) return [];
  const tail = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'body' && (bodyEnd === undefined || l.index >= bodyEnd)).slice(-TAIL);
  const credit = (t: string) => data.creditWords.some((w) => t.toLowerCase().includes(w.toLowerCase()));
  const out: Signal[] = [];
  tail.forEach((l, k) => {
    const text = l.text.trim();
    if (credit(text)) return;
    const m = SEPARATED.exec(text);
    const described = m && data.descriptorWords.some((w) => m[2].startsWith(w) || m[2].split(/\s+/).slice(0, 3).join(' ').includes(w));
    if (m && described && nameShaped(m[1].trim(), lex)) {
      out.push({ field: 'outlet', value: m[1].trim(), confidence: data.footer, rule: 'a footer line naming the site and what it is («NAME - جريدة …», «NAME | كل الحقوق محفوظة»)', line: l.index + 1 });
      return;
    }
    const next = tail[k + 1];
    // The contact line gives an address or a number («للتواصل: info@…», «هاتف: 0123…»): a footer menu's «من نحن» over
    // «اتصل بنا», a comment form's «الاسم» over «البريد الإلكتروني» give none.
    const contact = next && data.contactWords.some((w) => next.text.trim().startsWith(w)) && /[:：]\s*\S*(?:@|[0-9٠-٩]{6})/u.test(next.text);
    if (!m && contact && nameShaped(text, lex) && !data.contactWords.some((w) => text.includes(w))) {
      out.push({ field: 'outlet', value: text, confidence: data.footer, rule: 'a footer\'s name over its contact lines', line: l.index + 1 });
    }
  });
  return out;
}
