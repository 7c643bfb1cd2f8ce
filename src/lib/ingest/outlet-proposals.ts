// Names the rules do not propose, for the fitted chooser to weigh (twenty-sixth round): a short line
// above the story, right under the headline, after the story or alone between its paragraphs, and the
// words before the lead's first dash or slash («NAME – …», «NAME / PLACE/ …»). Each says only where it
// sits; whether such a line names the site is left to the weights fitted on the labelled pages
// (outlet-model.ts), never to a rule written for one template. Shapes no publisher's name has are
// dropped as the rules' candidates are (outlet-candidates.ts `notAPublisher`).
import type { ClassifiedLine } from './classify';
import type { Lexicon } from './boilerplate';
import { notAPublisher, creditedName } from './outlet-candidates';

export type ProposalPlace = 'underHeadline' | 'top' | 'afterStory' | 'inStory' | 'leadPrefix';
export interface NameProposal { value: string; where: ProposalPlace; line: number; dashed: boolean }

// One to three words of letters (Arabic or Latin), no sentence's punctuation.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .'&]{0,28}[\p{L}\p{M}]$|^[\p{L}\p{M}]{2,}$/u;
const LEAD_PREFIX = /^([\p{L}\p{M}][\p{L}\p{M} ]{1,28}?)\s*[-–—/|]\s*/u;

function asName(text: string, lex: Lexicon): { value: string; dashed: boolean } | undefined {
  let value = text.trim();
  let dashed = false;
  if (/^[-–—•·|]\s*/u.test(value)) { value = value.replace(/^[-–—•·|]\s*/u, ''); dashed = true; }
  // «متابعات – سودان لايف»: a credit word, a dash, the name.
  const credit = /^(\S+)\s*[-–—|:]\s*(.+)$/u.exec(value);
  if (credit && creditedName(`${credit[1]} x`, lex) !== undefined) { value = credit[2].trim(); dashed = true; }
  value = value.replace(/[\s:：\-–—]+$/u, '');
  const words = value.split(/\s+/).length;
  if (words > 3 || !NAME.test(value) || notAPublisher(value, lex)) return undefined;
  return { value, dashed };
}

/** Short name-shaped lines around the story and the lead's prefix, with where each sits. */
export function nameProposals(lines: readonly ClassifiedLine[], start: number, bodyEnd: number | undefined, titleIndex: number | undefined, lex: Lexicon): NameProposal[] {
  const out: NameProposal[] = [];
  const add = (l: ClassifiedLine, where: ProposalPlace) => {
    const n = asName(l.text, lex);
    if (n) out.push({ ...n, where, line: l.index + 1 });
  };
  const underTitle = titleIndex === undefined ? -1 : lines.findIndex((l) => l.index > titleIndex && l.kind !== 'blank');
  for (const l of lines.slice(0, start)) if (l.kind !== 'blank' && l.index !== titleIndex) add(l, lines.indexOf(l) === underTitle ? 'underHeadline' : 'top');
  const end = bodyEnd ?? lines.length;
  for (const l of lines.slice(start + 1, end)) if (l.kind !== 'blank' && l.words <= 3) add(l, 'inStory');
  for (const l of lines.slice(end).filter((x) => x.kind !== 'blank').slice(0, 3)) add(l, 'afterStory');
  const lead = lines[start];
  const m = lead ? LEAD_PREFIX.exec(lead.text.trim()) : null;
  if (lead && m && m[1].trim().split(/\s+/).length <= 3) {
    const n = asName(m[1], lex);
    if (n) out.push({ value: n.value, where: 'leadPrefix', line: lead.index + 1, dashed: n.dashed });
  }
  return out;
}
