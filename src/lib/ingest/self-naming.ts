// A page names itself in its template's furniture, whatever the site: WordPress's AMP header
// «Site icon NAME – Brand», an aggregator's disclaimer «إن موقع "NAME" غير مسؤول عن هذا الخبر …»
// (twenty-fourth round, real pages), the newsroom's sign-off «هيئة تحرير NAME» (twenty-eighth round). Patterns are data (`selfNamingLines`, the origin-line grammar:
// {name} is the site, {*} any text); quotes around the name are ignored.
import type { Lexicon } from './boilerplate';
import type { Signal } from './credits';
import { isUrl } from './credits';
import { gatedExec } from './literal-gate';
import { patterns } from './origin-lines';

interface PageLine { index: number; kind: string; text: string; words: number }

export function selfNamingSignals(lines: readonly PageLine[], lex: Pick<Lexicon, 'names' | 'data'>): Signal[] {
  const res = patterns(lex.data.selfNamingLines ?? []);
  if (!res.length) return [];
  const out: Signal[] = [];
  for (const l of lines) {
    if (l.kind === 'blank' || l.words > 40) continue;
    const text = l.text.replace(/["“”«»]/gu, '').replace(/\s+/g, ' ').trim();
    for (const p of res) {
      // «هيئة تحرير NAME .»: a sign-off's closing stop is no part of the name.
      const name = gatedExec(p, text)?.groups?.name?.replace(/[\s.،,:؛]+$/u, '').trim();
      if (!name || isUrl(name) || name.split(/\s+/).length > 5) continue;
      const known = lex.names(name);
      if (known?.kind === 'generic') break;
      out.push({ field: 'outlet', value: known?.name ?? name, ...(known?.id ? { id: known.id } : {}), confidence: 0.7, rule: 'the page names itself in its furniture («Site icon NAME», «موقع NAME غير مسؤول»)', line: l.index + 1 });
      break;
    }
  }
  return out;
}
