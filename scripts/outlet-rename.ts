// Renames a labelled page's outlet to an invented one, everywhere the page prints it, for
// scripts/perturb-ingest.ts: the Arabic name (hamza, alef, ة/ه and ى/ي spellings, short vowels,
// a clitic «و/ف/ب/ك/ل» or «لل» glued to it), its Latin spelling (the sources.yaml entry's, or any
// run of Latin words, a handle or a domain label spelling the Arabic name: `lex.sameName`), and
// its domains. The page's own affixes stay («بوابة X الإخبارية» → «بوابة Y الإخبارية»). Pure: the
// raw text and the labels in, the renamed copies out, or the reason the rename is not safe.
import { resolveSource } from '../src/lib/data/lookup';
import { matchKey, sourceKey } from '../src/lib/data/keys';
import type { Source } from '../src/lib/data/schemas/sources';
import type { Lexicon } from '../src/lib/ingest/boilerplate';
import type { ExpectedPage } from '../src/lib/ingest/score';

export interface InventedOutlet { ar: string; latin: string; domain: string }

export type Renamed =
  | { ok: true; raw: string; expected: ExpectedPage; from: string; to: string; known: boolean; agencyDropped: boolean }
  | { ok: false; reason: SkipReason };

export type SkipReason = 'no outlet label' | 'named in the story' | 'a place in the name' | 'not printed on the page' | 'left unrenamed' | 'a word of it left';

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[a-z]/i;
const GENERIC = new Set(['وكالات', 'وكالات الانباء', 'agencies'].map(sourceKey));
const VARIANTS: Record<string, string> = {
  'ا': '[اأإآٱ]', 'أ': '[اأإآٱ]', 'إ': '[اأإآٱ]', 'آ': '[اأإآٱ]', 'ٱ': '[اأإآٱ]',
  'ة': '[ةه]', 'ه': '[ةه]', 'ى': '[ىي]', 'ي': '[ىي]',
};
const WIRE_WORDS = /وكال[ةه]|أنباء|الأنباء|للأنباء|برس|بريس|\bagency\b|\bpress\b/i;
const MARKS = '[\\u064B-\\u0652\\u0670\\u0640]*';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name's words as printed, less the generic words around it («شبكة قدس الإخبارية» → «قدس»). */
export function nameCore(name: string, lex: Lexicon): string {
  const words = name.trim().split(/\s+/);
  const key = (w: string) => matchKey(w);
  let a = 0;
  let b = words.length;
  while (b - a > 1 && lex.sourceAffixes.before.has(key(words[a]))) a++;
  while (b - a > 1 && lex.sourceAffixes.after.has(key(words[b - 1]))) b--;
  return words.slice(a, b).join(' ');
}

/** An Arabic name anywhere its spelling varies, as a whole word, a clitic or «لل» before it kept in group 2. */
function arabicName(core: string): RegExp {
  const letters = (text: string) => text.trim().split(/\s+/).map((w) => [...w].map((c) => (VARIANTS[c] ?? escape(c)) + MARKS).join('')).join('[\\s\\u00A0]+');
  const withArticle = /^ال/.test(core) ? `|(?<lil>و?لل)${letters(core.slice(2))}` : '';
  return new RegExp(`(?<before>^|[^\\p{L}\\p{M}])(?:(?<clitic>[وفبكل]ـ?|لـ)?${letters(core)}${withArticle})(?![\\p{L}\\p{M}])`, 'gu');
}

function replaceArabic(text: string, core: string, to: string): string {
  return text.replace(arabicName(core), (...m) => {
    const { before, clitic, lil } = m.at(-1) as { before: string; clitic?: string; lil?: string };
    if (lil) return `${before}${lil.slice(0, -2)}ل${/^ال/.test(to) ? to : `ـ${to}`}`.replace('لال', 'لل');
    return `${before}${clitic ?? ''}${to}`;
  });
}

// a Latin name as words, never a label inside a host name or a handle (those are `domainLabels`')
const latinName = (name: string) => new RegExp(`(?<![A-Za-z0-9./@_-])${name.trim().split(/\s+/).map(escape).join('[\\s-]+')}(?![A-Za-z0-9_]|[.-][A-Za-z])`, 'gi');
const squashLatin = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const isDomain = (s: string) => /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(s.trim());

/** Latin runs of one to three words (not inside a URL) that spell an Arabic core, shortest first. */
function latinSpellings(text: string, cores: string[], lex: Lexicon): string[] {
  const found = new Set<string>();
  for (const line of text.split('\n')) {
    const words = [...line.matchAll(/(?<![./@\w])[A-Za-z][A-Za-z0-9'’]*(?![\w]*[./@][A-Za-z])/g)];
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        const run = words.slice(i, i + n);
        // adjacent words only (one space between them)
        if (run.some((w, k) => k > 0 && line.slice(run[k - 1].index! + run[k - 1][0].length, w.index!) !== ' ')) break;
        const phrase = run.map((w) => w[0]).join(' ');
        if (cores.some((c) => lex.sameName(phrase, c))) { found.add(phrase); break; }
      }
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** Host names and handles on the page whose name label spells the outlet (or is its known domain's). */
function domainLabels(text: string, cores: string[], latin: string[], lex: Lexicon): string[] {
  const labels = new Set<string>();
  // a domain may spell one part of a longer name («najah.edu» for «جامعة النجاح الوطنية»)
  const parts = cores.flatMap((c) => {
    const w = c.split(' ');
    return w.flatMap((_, i) => w.slice(i).map((__, k) => w.slice(i, i + k + 1).join(' ')));
  }).flatMap((p) => (/^ال/.test(p) ? [p, p.slice(2)] : [p])); // «najah.edu» spells «النجاح» without its article
  const squashed = new Set(latin.map(squashLatin).filter((l) => l.length >= 3));
  const spells = (label: string) => squashed.has(label.toLowerCase().replace(/-/g, '')) || parts.some((c) => lex.sameName(label, c));
  for (const m of text.matchAll(/(?<![\w@.-])(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])/gi)) {
    for (const label of m[1].split('.').slice(0, -1)) {
      if (/^www$/i.test(label) || label.length < 3) continue;
      if (spells(label)) labels.add(label);
    }
  }
  for (const m of text.matchAll(/@([A-Za-z][A-Za-z0-9_]{2,})(?![\w.])/g)) {
    if (spells(m[1])) labels.add(m[1]);
  }
  return [...labels].sort((a, b) => b.length - a.length);
}

function storyText(expected: ExpectedPage): string {
  return expected.articles.flatMap((a) => [a.title ?? '', ...a.paragraphs]).join('\n');
}

/**
 * The page with its outlet renamed to `to`. Not safe, so skipped: a page without an outlet label;
 * an outlet whose name is a place or a dateline desk (renaming it would move the place too); an
 * outlet the story itself names (its sentences would change under the labels); a name the page
 * never prints in a form the rename knows; any printed form left after the rename.
 */
/** Places the rename must leave alone: their keys, and a country's nisbas by its names' keys. */
export interface Places { words: ReadonlySet<string>; nisbas: ReadonlyMap<string, readonly string[]> }

export function renameOutlet(raw: string, expected: ExpectedPage, to: InventedOutlet, sources: readonly Source[], lex: Lexicon, places: Places): Renamed {
  const label = expected.articles[0]?.outlet;
  if (!label || GENERIC.has(sourceKey(label))) return { ok: false, reason: 'no outlet label' };
  const source = sources.find((s) => s.id === label) ?? resolveSource(label, sources);
  const names = source ? [source.name, source.en, ...source.aliases] : [label];
  const arabicCores = [...new Set(names.filter((n) => ARABIC.test(n) && !LATIN.test(n)).map((n) => nameCore(n, lex)))]
    .sort((a, b) => b.length - a.length);
  const knownDomains = [...(source?.domains ?? []), ...names.filter(isDomain)];
  const knownLatin = names.filter((n) => LATIN.test(n) && !ARABIC.test(n) && !isDomain(n) && n.replace(/[^a-z]/gi, '').length >= 2);
  if (arabicCores.some((c) => places.words.has(matchKey(c)))) return { ok: false, reason: 'a place in the name' };
  const story = storyText(expected);
  if (arabicCores.some((c) => arabicName(c).test(story)) || knownLatin.some((n) => latinName(n).test(story))) return { ok: false, reason: 'named in the story' };

  const latin = [...new Set([...knownLatin, ...latinSpellings(raw, arabicCores, lex)])].sort((a, b) => b.length - a.length);
  const hosts = domainLabels(raw, arabicCores, [...latin, ...knownDomains.map((d) => d.replace(/^www\./i, '').split('.')[0])], lex);
  const toLabel = to.domain.split('.')[0];
  const rename = (text: string) => {
    let out = text;
    for (const d of knownDomains) out = out.replace(new RegExp(escape(d.replace(/^www\./i, '')), 'gi'), to.domain);
    for (const d of hosts) out = out.replace(new RegExp(`(?<![A-Za-z0-9])${escape(d)}(?=\\.[a-z]|(?![A-Za-z0-9_.]))`, 'gi'), toLabel);
    for (const n of latin) out = out.replace(latinName(n), to.latin);
    for (const c of arabicCores) out = replaceArabic(out, c, to.ar);
    return out;
  };
  const renamedRaw = rename(raw);
  if (renamedRaw === raw) return { ok: false, reason: 'not printed on the page' };
  const left = arabicCores.some((c) => arabicName(c).test(renamedRaw)) || knownLatin.some((n) => latinName(n).test(renamedRaw))
    || knownDomains.some((d) => renamedRaw.toLowerCase().includes(d.toLowerCase().replace(/^www\./, '')));
  if (left) return { ok: false, reason: 'left unrenamed' };
  // a short form the rename does not know («المجهر» of «المجهر السياسي»), an owner's line naming the
  // same place («مؤسسة دبي للإعلام» over «تلفزيون دبي»): one of the name's own words still printed
  // outside the story
  const storyLines = story.split('\n').filter((l) => l.length >= 20);
  const outside = renamedRaw.split('\n').map((line) => {
    const part = storyLines.find((l) => line.includes(l.slice(0, 30)));
    if (part) return line.slice(0, line.indexOf(part.slice(0, 30))); // a dateline glued to the lead stays
    return line.trim() && story.includes(line.trim()) ? '' : line;
  }).join('\n');
  const ownWords = arabicCores.flatMap((c) => c.split(' ')).filter((w) => matchKey(w).length >= 3 && !lex.functionWords.has(matchKey(w))
    && !lex.sourceAffixes.before.has(matchKey(w)) && !lex.sourceAffixes.after.has(matchKey(w)))
    .flatMap((w) => [w, ...(places.nisbas.get(matchKey(w)) ?? [])]); // «الفلسطينية» on the owner's line of «تلفزيون فلسطين»
  if (arabicCores.some((c) => c.includes(' ')) && ownWords.some((w) => arabicName(w).test(outside))) return { ok: false, reason: 'a word of it left' };

  // A wire's own site crediting itself is labelled agency too (the README's rule) because the data
  // knows it is a wire. Renamed, only the page can say so: the name on a line with a wire's word
  // («وكالة الأنباء X», «X Agency», «X برس»); else it is a site crediting itself, agency null.
  const callsItselfAWire = renamedRaw.split('\n').some((line) => (line.includes(to.ar) || line.includes(to.latin)) && WIRE_WORDS.test(line));
  const sameOutlet = (value: string | null) => !!value && (value === label || (source ? resolveSource(value, sources) === source || value === source.id : sourceKey(value) === sourceKey(label)));
  const newLabel = source || isDomain(label) ? (isDomain(label) ? rename(label) : to.ar) : rename(label);
  const articles = expected.articles.map((a) => ({
    ...a,
    outlet: sameOutlet(a.outlet) ? newLabel : a.outlet,
    agency: sameOutlet(a.agency) ? (callsItselfAWire ? newLabel : null) : a.agency,
  }));
  const agencyDropped = expected.articles.some((a) => sameOutlet(a.agency)) && !callsItselfAWire;
  return {
    ok: true,
    raw: renamedRaw,
    expected: { ...expected, articles, ...(expected.clutter ? { clutter: expected.clutter.map(rename) } : {}) },
    from: label,
    to: newLabel,
    known: !!source || !!lex.names(label),
    agencyDropped,
  };
}
