// «أعلنت وزارة الدفاع ، اليوم الأحد ، عن إتمام صفقة جديدة …» with no full stop, right over «وقالت
// الوزارة …»: a page whose paragraphs all lack their full stop reads its lead as a heading, and the
// headline choice took it (twenty-fifth round, real pages). A headline is not what the next
// paragraph carries on from: prose opening as a continuation («و…», «كما» …) right under a long
// line with a clause comma says that line is the story's first paragraph.
import type { Lexicon } from './boilerplate';
import { nextNonBlank, type ClassifiedLine } from './classify';
import { continuesStory } from './main-body';

/** A headline is rarely this long; a lead nearly always is. */
const MIN_LEAD_WORDS = 12;
const CLAUSE_COMMA = /[،,]/u;

/** True when the chosen headline line is rather the lead of the story that starts under it. */
export function isUnstoppedLead(lines: ClassifiedLine[], chosen: number, start: number, lex: Lexicon): boolean {
  const l = lines[chosen];
  if (l.kind !== 'heading' || l.bullet || l.words < MIN_LEAD_WORDS || !CLAUSE_COMMA.test(l.text) || continuesStory(l.text, lex)) return false;
  const next = nextNonBlank(lines, chosen);
  return !!next && next.index === start && next.kind === 'body' && continuesStory(next.text, lex);
}
