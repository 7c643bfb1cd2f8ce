// «… بتوقيت موسكو. (الشرق)»: a known outlet in brackets closing the story's last paragraph credits
// the text it copied, as «المصدر: X» does on an aggregator (README: the credited outlet is the
// outlet). Only a name sources.yaml lists as an outlet: a wire so placed is the agency
// (credits.ts), and an unknown word in brackets is as often a place or a person (twenty-fourth
// round, real pages).
import type { Lexicon } from './boilerplate';
import type { Signal } from './credits';

interface StoryLine { index: number; kind: string; text: string }

export function closingOutletCredit(lines: readonly StoryLine[], bodyEnd: number | undefined, lex: Pick<Lexicon, 'names'>): Signal[] {
  if (bodyEnd === undefined) return [];
  const last = lines.slice(0, bodyEnd).reverse().find((l) => l.kind !== 'blank');
  if (!last || last.kind !== 'body') return [];
  const m = /[.!؟?”"»]\s*\(([^()]{2,40})\)\s*\.?$/u.exec(last.text.trim());
  const found = m ? lex.names(m[1].trim()) : undefined;
  if (!found || found.kind !== 'outlet') return [];
  return [{ field: 'outlet', value: found.name, ...(found.id ? { id: found.id } : {}), confidence: 0.75, rule: 'a known outlet in brackets closing the story', line: last.index + 1 }];
}
