// The site's own name at the top of a page, beyond the signals of credits.ts: its fuller printed
// form, a name framed by a site's words, an institution's long name over its menu, a masthead's
// shape (split out of metadata.ts in the fifteenth round; behaviour unchanged).
import type { ClassifiedLine } from './classify';
import type { Signal } from './credits';
import type { Lexicon } from './boilerplate';
import { withoutPrefix } from './names';
import { matchKey, sourceKey } from '../data/keys';
/** «المشهد العربي | almashhadalaraby.com», «نبض - https://…»: a credit's name without the link printed after it. */
export function withoutLink(value: string): string {
  const cut = value.replace(/\s*\|.*$/u, '').replace(/\s+[-–—]?\s*(?:https?:\/\/|www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\S*\s*$/iu, '').trim();
  return cut || value;
}

/**
 * A short name several outlets share, extended by the site's own fuller name printed at the top
 * («النهار» over «جريدة النهار الكويتية»: not Lebanon's Annahar; a dateline's «الوطن» on a page
 * whose masthead is «الوطن أونلاين»), names that fuller one: when the short name is a known
 * source read from the top of the page or a dateline, or the fuller name is the page's first
 * line. A credit («المصدر: الخليج») names another outlet on purpose and is kept.
 */
export function fullerSiteName(lines: ClassifiedLine[], start: number, chosen: Signal | undefined, shown: string | undefined, lex: Lexicon): string | undefined {
  // The own link's domain spelled in Arabic («كوم حمادة» from komhamadatoday) under a masthead that extends it: the masthead's
  // form is the name shown (thirty-fifth round).
  if (!chosen || !shown || !(chosen.rule === 'dateline' || chosen.rule.startsWith('site name at the top') || chosen.rule === 'the page\'s spelling of its own link\'s domain')) return shown;
  const short = withoutPrefix(sourceKey(shown), lex.sitePrefixes);
  const first = lines.find((l) => l.kind !== 'blank');
  for (const l of lines.slice(0, Math.min(start, 4))) {
    if ((l.kind !== 'short' && l.kind !== 'heading') || l.words > 4 || !/^[\p{L}\p{M}0-9 ]+$/u.test(l.text.trim())) continue;
    if (!chosen.id && l !== first) continue;
    const key = withoutPrefix(sourceKey(l.text), lex.sitePrefixes);
    if (!key.startsWith(`${short} `) || lex.names(l.text)?.id) continue;
    const extra = key.slice(short.length + 1).split(' ');
    if (extra.length > 2 || extra.some((w) => lex.siteSuffixes.includes(w) || lex.siteDescriptors.has(w))) continue;
    const words = l.text.trim().split(/\s+/);
    return lex.sitePrefixes.includes(sourceKey(words[0])) ? words.slice(1).join(' ') : l.text.trim();
  }
  return shown;
}

/** A name of two to four words opening with a site prefix («موقع», «صحيفة») or closing with a descriptor («الإخبارية»). */
export function framed(text: string, lex: Lexicon): boolean {
  const words = matchKey(text).split(' ');
  return words.length >= 2 && words.length <= 4 && (lex.sitePrefixes.includes(words[0]) || lex.siteDescriptors.has(words[words.length - 1]));
}

/**
 * «المركز العربي للأبحاث ودراسة السياسات» over «الأبحاث» / «المنشورات» / «المؤتمرات»: an
 * institution's name is longer than the four words a masthead rule reads, but what follows it
 * says what it is — a run of menu entries (fourteenth round). Five to eight words, no sentence
 * punctuation, then at least two entries of one to three words before anything else.
 */
export function mastheadOverMenu(lines: ClassifiedLine[], start: number, title: number | undefined, lex: Lexicon): ClassifiedLine | undefined {
  const top = lines.slice(0, start).filter((l) => l.kind !== 'blank');
  const first = top[0];
  // A sponsor's line at the top («بالتعاون مع شركة …», `sponsorLabels`) names the sponsor, not the site.
  if (!first || first.kind !== 'heading' || lex.sponsors.some((p) => first.key.startsWith(`${p} `)) || first.index === title || first.words < 5 || first.words > 8 || !/^[\u0600-\u06FF]/u.test(first.text) || /[.!؟?:،,|]/u.test(first.text)) return undefined;
  const menu = top.slice(1, 3);
  return menu.length === 2 && menu.every((l) => l.words <= 3 && l.index !== title && ['short', 'menu', 'boilerplate', 'heading', 'latin'].includes(l.kind)) ? first : undefined;
}

/** A first line of three or four words followed by no prose and sharing no word with the lead. */
export function isMasthead(site: ClassifiedLine, lines: ClassifiedLine[], start: number): boolean {
  const next = lines.slice(site.index + 1).find((l) => l.kind !== 'blank');
  if (!next || next.kind === 'body') return false;
  const lead = ` ${lines[start]?.key ?? ''} `;
  return !site.key.split(' ').some((w) => w.length >= 3 && lead.includes(w));
}

/**
 * «مكان» / «Makan», «صدى الشعب» / «Sada Alshaab»: among the page's first lines, a short Arabic line
 * and a Latin one next to it that spell one name (`sameName`) are the masthead in two scripts — two
 * signals that agree, wherever the template puts them (0.72, as a site name spelled in Latin letters
 * too; seventeenth round). The headline and the lines of the story are never read.
 */
export function nameInBothScripts(lines: ClassifiedLine[], start: number, title: number | undefined, lex: Lexicon): Signal | undefined {
  const top = lines.slice(0, start).filter((l) => l.kind !== 'blank' && l.index !== title).slice(0, 6);
  for (let i = 0; i + 1 < top.length; i++) {
    for (const [latin, arabic] of [[top[i], top[i + 1]], [top[i + 1], top[i]]]) {
      if (latin.kind !== 'latin' || latin.words > 3 || /[./:]/.test(latin.text)) continue;
      if ((arabic.kind !== 'short' && arabic.kind !== 'heading') || arabic.words > 4 || !/^[\u0600-\u06FF][\u0600-\u06FF0-9 ]*$/u.test(arabic.text.trim())) continue;
      if (lex.names(arabic.text) || !lex.sameName(latin.text, arabic.text)) continue;
      return { field: 'outlet', value: arabic.text.trim(), confidence: 0.72, rule: 'site name printed in both scripts at the top', line: arabic.index + 1 };
    }
  }
  return undefined;
}
