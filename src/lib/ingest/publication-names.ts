// An institution and the publication that prints the page (thirty-second round): a university's student paper,
// a party's newspaper, a ministry's bulletin, a union's magazine print the institution's name over their own
// masthead («جامعة بيرزيت» over «صدى بيرزيت», «حزب …» over «جريدة …»). The institution is the publisher's
// owner; the publication under it is the outlet. Evidence, not position: the upper line opens with an
// institution's word (`publicationHosts.hosts`), the line right under it is a short name that is no
// institution and no office, and it says it is a publication — a publication's kind word first
// («جريدة», «نشرة»), a word of the institution's name («منبر السهل» under «جامعة السهل الغربي») or the
// site's menu right under it (a masthead of two lines over the menu). An institution's own page (its name
// alone over the menu) is left to the rules, and so is a page printing the publication only in its story.
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import type { Signal } from './credits';
import { lexKey } from './boilerplate';

type HostData = NonNullable<Lexicon['data']['publicationHosts']>;
const cache = new WeakMap<HostData, { hosts: Set<string>; kinds: Set<string> }>();
function keys(data: HostData) {
  let k = cache.get(data);
  if (!k) cache.set(data, k = { hosts: new Set(data.hosts.map(lexKey)), kinds: new Set(data.kinds.map(lexKey)) });
  return k;
}

const ARABIC_NAME = /^[\u0600-\u06FF ]+$/u;
const PUBLICATION_RULE = 'a publication under its institution\'s name («جامعة …» over «صدى …»)';

/** The publication under an institution's name above the story, and the institution's line: or undefined. */
export function publicationUnderHost(lines: readonly ClassifiedLine[], start: number, titleIndex: number | undefined, lex: Lexicon): { publication: ClassifiedLine; host: ClassifiedLine } | undefined {
  const data = lex.data.publicationHosts;
  if (!data) return undefined;
  const { hosts, kinds } = keys(data);
  const top = lines.slice(0, start).filter((l) => l.kind !== 'blank' && l.index !== titleIndex);
  const opens = (l: ClassifiedLine, words: Set<string>) => words.has(l.key.split(' ')[0]);
  for (let i = 0; i + 1 < top.length; i++) {
    const host = withoutOrganOpener(top[i], lex.organLines);
    const pub = top[i + 1];
    if (!opens(host, hosts) || host.words < 2 || host.words > 6 || !ARABIC_NAME.test(host.text.trim())) continue;
    if (pub.index - host.index > 2 || pub.words > 4 || !(pub.kind === 'short' || pub.kind === 'heading') || !ARABIC_NAME.test(pub.text.trim())) continue;
    // «مجلس الأمة» over «دولة الكويت»: a state's or a place's name under an office is its letterhead's, no publication.
    const first = pub.key.split(' ')[0];
    if (opens(pub, hosts) || lex.officeWords.has(first) || lex.letterheadWords.has(first) || lex.places.has(pub.key) || lex.sectionLabels.has(pub.key) || lex.exact.has(pub.key)) continue;
    const known = lex.names(pub.text);
    if (known && !known.own) continue;
    const hostWords = new Set(host.key.split(' ').slice(1).filter((w) => w.length >= 3));
    const sharesWord = pub.key.split(' ').some((w) => hostWords.has(w) || hostWords.has(w.replace(/^ال/u, '')) || hostWords.has(`ال${w}`));
    const next = top[i + 2];
    const menuUnder = !!next && (next.kind === 'menu' || next.kind === 'boilerplate' || lex.exact.has(next.key));
    if (opens(pub, kinds) || sharesWord || menuUnder) return { publication: pub, host };
  }
  return undefined;
}

/**
 * «لسان حال حزب التقدم» over «الشرارة»: the paper's party line names its institution after an organ's opener
 * (`organLines`); the institution is read without it (thirty-fourth round, merged).
 */
function withoutOrganOpener(line: ClassifiedLine, openers: readonly string[]): ClassifiedLine {
  const opener = [...openers].sort((a, b) => b.length - a.length).find((o) => line.key.startsWith(`${o} `));
  if (!opener) return line;
  const n = opener.split(' ').length;
  const text = line.text.trim().split(/\s+/u).slice(n).join(' ');
  return { ...line, text, key: line.key.split(' ').slice(n).join(' '), words: line.words - n };
}

/**
 * The publication as the outlet (`publicationHosts.confidence`), and the institution's own signals lowered
 * under it: the institution owns the publication, it does not print the page.
 */
export function weighPublication(signals: Signal[], found: ReturnType<typeof publicationUnderHost>, lex: Lexicon): void {
  if (!found) return;
  const confidence = lex.data.publicationHosts!.confidence;
  const hostKey = lexKey(found.host.text);
  for (const s of signals) {
    if (s.field === 'outlet' && lexKey(s.value) === hostKey && s.confidence >= confidence) { s.confidence = confidence - 0.2; s.rule += ', but it is the institution over its publication'; }
  }
  signals.push({ field: 'outlet', value: found.publication.text.trim(), confidence, rule: PUBLICATION_RULE, line: found.publication.index + 1 });
}
