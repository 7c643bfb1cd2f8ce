// Per-field accuracy of ingest against labelled pages (tests/fixtures/ingest-unseen format).
// Pure: the caller reads the pages and runs extraction; this compares and counts.
//   title    — exact headline (whitespace collapsed); a page without one expects a made title
//              (a whole-word prefix of the lead, ≥ 5 words or the whole first clause)
//   date, outlet, agency — equal after resolving names through sources.yaml (ids), else by
//              identity (identityKey: the name less the generic affixes of boilerplate.yaml
//              `sourceAffixes`, «شبكة قدس الإخبارية» = «قدس الإخبارية» = «شبكة قدس»); the generic
//              credit «وكالات» counts as no agency/outlet. A miss is either empty (nothing given)
//              or wrong (another value given): both count as misses; `wrong` counts the second
//              kind apart, because a wrong name misleads a reader where an empty field does not
//   dateline — pages whose lead carries a dateline: the output lead starts where the story does
//   body     — each expected paragraph appears in the output (long ones may be split)
//   clutter  — each clutter line appears in no title or paragraph (beyond the expected text)
import type { ExtractedArticle } from '../types';
import type { Source } from '../data/schemas';
import { resolveSource } from '../data/lookup';
import { sourceKey } from '../data/keys';
import { identityKey, withoutPrefix, type SourceAffixes } from './names';
import { cleanLine } from './text';

export interface ExpectedArticle {
  title: string | null;
  titleMade?: boolean;
  date: string | null;
  outlet: string | null;
  agency: string | null;
  place?: string | null;
  paragraphs: string[];
}

export interface ExpectedPage {
  articles: ExpectedArticle[];
  /** Lines that must not appear in any output; derived from the raw page when absent. */
  clutter?: string[];
}

export const FIELDS = ['title', 'date', 'outlet', 'agency', 'dateline', 'body', 'clutter'] as const;
export type Field = (typeof FIELDS)[number];

/** `wrong`: misses where a value was given but not the expected one (date, outlet, agency). */
export interface FieldTally { right: number; total: number; wrong: number }
export type Tally = Record<Field, FieldTally>;

export interface PageScore {
  name: string;
  tally: Tally;
  /** One line per miss: field, expected, got. */
  misses: string[];
}

const GENERIC = new Set(['وكالات', 'وكالات الانباء', 'agencies'].map(sourceKey));
const squash = (s: string) => cleanLine(s).replace(/\s+/g, ' ').trim();

export function emptyTally(): Tally {
  return Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0, wrong: 0 }])) as Tally;
}

export function addTally(into: Tally, from: Tally): Tally {
  for (const f of FIELDS) {
    into[f].right += from[f].right;
    into[f].total += from[f].total;
    into[f].wrong += from[f].wrong;
  }
  return into;
}

/** The expected form of an article whose exact output is known (f01–f21, the seeds). */
export function expectedFromExtracted(articles: ExtractedArticle[]): ExpectedPage {
  return {
    articles: articles.map((a) => ({
      title: a.title, date: a.date ?? null, outlet: a.source ?? null, agency: a.agency ?? null, paragraphs: a.paragraphs,
    })),
  };
}

/**
 * One comparable key for an outlet/agency name or id: the sources.yaml id (the name, or the name
 * without a site prefix, resolved), else its identity — the name less the generic words that open
 * or close it (`sourceAffixes`: «شبكة», «وكالة», «للأنباء», «الإخبارية», «نيوز» …), so the printed
 * forms of one source compare equal and nothing else does («الوطن أونلاين» is not «الوطن»). Old
 * callers pass the site prefixes alone (a list): then only a leading prefix is dropped.
 */
export function sourceIdentity(name: string | null | undefined, sources: readonly Source[], affixes: SourceAffixes | readonly string[] = []): string | null {
  if (!name) return null;
  const key = sourceKey(name);
  if (!key || GENERIC.has(key)) return null;
  const prefixes = Array.isArray(affixes) ? affixes : [...(affixes as SourceAffixes).before];
  const bare = withoutPrefix(key, prefixes);
  const byId = sources.find((s) => s.id === name);
  const id = (byId ?? resolveSource(name, sources) ?? (bare !== key ? resolveSource(bare, sources) : undefined))?.id;
  if (id) return id;
  if (Array.isArray(affixes)) return bare;
  // The labelling rule (tests/fixtures/ingest-unseen/README.md): a nationality closing the name may be
  // printed or not — «الوطن» and «الوطن العمانية» on one page are one outlet.
  const words = identityKey(name, affixes as SourceAffixes).split(' ');
  const nationality = (affixes as SourceAffixes).nationality;
  if (words.length > 1 && nationality?.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** Non-blank raw lines that are not part of any expected title or paragraph. */
export function derivedClutter(raw: string, page: ExpectedPage): string[] {
  const wanted = page.articles.flatMap((a) => [a.title ?? '', ...a.paragraphs]).map(squash).join('\n');
  return raw.split(/\r\n|\r|\n/).map(squash).filter((l) => l && !wanted.includes(l));
}

function madeTitleOk(title: string, lead: string): boolean {
  const t = squash(title).replace(/…$/, '').trim();
  if (!t || !squash(lead).startsWith(t)) return false;
  const words = t.split(/\s+/).length;
  const next = squash(lead).slice(t.length, t.length + 1);
  return (words >= 5 || /[.،,:؛!؟?]/.test(next) || next === '') && (next === '' || /[\s.،,:؛!؟?]/.test(next));
}

/** Scores one page: `actual` is what extraction returned for `raw`. */
export function scorePage(name: string, raw: string, expected: ExpectedPage, actual: ExtractedArticle[], sources: readonly Source[], affixes: SourceAffixes | readonly string[] = []): PageScore {
  const tally = emptyTally();
  const misses: string[] = [];
  const count = (field: Field, ok: boolean, detail: () => string, given = false) => {
    tally[field].total++;
    if (ok) tally[field].right++;
    else {
      if (given) tally[field].wrong++;
      misses.push(`${field}: ${detail()}${given ? ' (wrong)' : ''}`);
    }
  };
  const given = (v: string | null | undefined) => !!v && !GENERIC.has(sourceKey(v));
  const same = (a: string | null, b: string | null) => sourceIdentity(a, sources, affixes) === sourceIdentity(b, sources, affixes);

  expected.articles.forEach((exp, n) => {
    const got = actual[n];
    const where = n ? ` [article ${n + 1}]` : '';
    const gotTitle = got ? squash(got.title) : '';
    if (exp.title === null) count('title', !!got && madeTitleOk(got.title, exp.paragraphs[0] ?? ''), () => `made from the lead expected${where}, got «${gotTitle}»`);
    else count('title', gotTitle === squash(exp.title), () => `«${exp.title}»${where}, got «${gotTitle}»`);
    count('date', (got?.date ?? null) === exp.date, () => `${exp.date}${where}, got ${got?.date ?? null}`, !!got?.date);
    count('outlet', same(exp.outlet, got?.source ?? null), () => `${exp.outlet}${where}, got ${got?.source ?? null}`, given(got?.source));
    count('agency', same(exp.agency, got?.agency ?? null), () => `${exp.agency}${where}, got ${got?.agency ?? null}`, given(got?.agency));
    const body = (got?.paragraphs ?? []).map(squash);
    const joined = body.join(' ');
    for (const p of exp.paragraphs) {
      const want = squash(p);
      count('body', body.includes(want) || joined.includes(want), () => `paragraph missing${where}: «${want.slice(0, 60)}…»`);
    }
    // Dateline: the raw line holding the lead starts with something the lead does not.
    const lead = squash(exp.paragraphs[0] ?? '');
    if (lead) {
      const rawLine = raw.split(/\r\n|\r|\n/).map(squash).find((l) => l.includes(lead.slice(0, 60)));
      const prefix = rawLine ? rawLine.slice(0, rawLine.indexOf(lead.slice(0, 60))).trim() : '';
      if (prefix) count('dateline', !!body[0] && body[0].startsWith(lead.slice(0, 60)), () => `dateline «${prefix}» left on the lead${where}: «${(body[0] ?? '').slice(0, 60)}»`);
    }
  });

  // Clutter: strip the expected text out of every output string, then look for the line.
  const expectedTexts = expected.articles.flatMap((a) => [a.title ?? '', ...a.paragraphs]).map(squash).filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const residue = actual.flatMap((a) => [a.title, ...a.paragraphs]).map((s) => {
    let r = squash(s);
    for (const e of expectedTexts) r = r.split(e).join('\n');
    return r;
  });
  const clutter = expected.clutter ?? derivedClutter(raw, expected);
  for (const line of new Set(clutter.map(squash).filter(Boolean))) {
    count('clutter', !residue.some((r) => r === line || (line.length >= 12 && r.includes(line)) || r.split('\n').some((part) => part.trim() === line)),
      () => `kept «${line.slice(0, 70)}»`);
  }
  return { name, tally, misses };
}

export function accuracy(t: FieldTally): string {
  return t.total ? (t.right / t.total).toFixed(3) : '—';
}

/** A Markdown table: one row per set, one column per field (accuracy and counts). */
export function formatTable(rows: { set: string; tally: Tally }[]): string {
  const head = `| set | ${FIELDS.join(' | ')} |\n|---|${FIELDS.map(() => '---').join('|')}|`;
  const cell = (t: FieldTally) => `${accuracy(t)} (${t.right}/${t.total}${t.wrong ? `, ${t.wrong} wrong` : ''})`;
  const body = rows.map((r) => `| ${r.set} | ${FIELDS.map((f) => cell(r.tally[f])).join(' | ')} |`);
  return [head, ...body].join('\n');
}
