// Headlines the layout vouches for where the lead repeats few of their words (fortieth round, session 43).
// An opinion column's headline (fortieth round, session 43; dev u3772): «آراء» / the writer's name / HEADLINE / date /
// the column. A column's headline is figurative («حين تصبح الحبوب ورقة تفاوض» over a lead about wheat) and shares few
// words with its lead, so the rules made the title from the lead. The layout vouches instead: the line sits under a
// person's name (a given name first, two to four words) and right over the page's date line, has a headline's length
// and no closing stop. Read only where no line convinced the rules (`chosen` empty) and a runner-up exists.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { ClassifiedLine } from './classify';
import type { HeadlineChoice } from './headline';
import { isFollowPrompt } from './main-body';
import { printedWholeInLead } from './caption-lines';
import { isFigureCaption } from './caption-between';

const near = (lines: readonly ClassifiedLine[], i: number, step: 1 | -1): ClassifiedLine | undefined => {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j].kind !== 'blank') return lines[j];
  return undefined;
};

/** The runner-up as the chosen headline when the column's layout vouches for it (see above); else the choice as is. */
export function columnHeadline(choice: HeadlineChoice, lines: readonly ClassifiedLine[], lex: Lexicon): HeadlineChoice {
  const c = choice.runnerUp;
  if (choice.chosen || !c) return choice;
  const l = c.line;
  if (l.words < 3 || l.words > 12 || /[.!؟?:،]\s*$/u.test(l.text.trim())) return choice;
  const below = near(lines, l.index, 1);
  const above = near(lines, l.index, -1);
  if (below?.kind !== 'date' || !above) return choice;
  const name = above.text.trim().split(/\s+/);
  if (name.length < 2 || name.length > 4 || /[\d:|/]/u.test(above.text) || !lex.givenNames.has(lexKey(name[0]))) return choice;
  return { ...choice, chosen: { ...c, why: [...c.why, 'a column\'s headline: under its writer\'s name, over the date line'] }, confidence: 0.6 };
}

/**
 * A bare copy (dev u3736): HEADLINE alone on the page's first line, a blank line, then the story — nothing else on the
 * page. The headline may tell the lead in other words («اتصالان مرتقبان لأردوغان مع بوتين وزيلينسكي» over «أعلنت
 * الرئاسة التركية أن الرئيس سيجري اتصالين …»). The layout vouches: the first line is headline-shaped (4–14 words, no
 * closing stop or colon), apart from the lead by a blank line, and every later line is the story's prose.
 */
export function bareCopyHeadline(choice: HeadlineChoice, lines: ClassifiedLine[], start: number, lex: Lexicon): HeadlineChoice {
  const c = choice.runnerUp;
  if (choice.chosen || !c) return choice;
  const l = c.line;
  const first = near(lines, -1, 1);
  if (first !== l || l.kind !== 'heading' || l.words < 4 || l.words > 14 || /[.!؟?:،…]\s*$/u.test(l.text.trim())) return choice;
  // «وكالات | ركن الأخبار», «تابع آخر الأخبار عبر تطبيقنا»: a credit line or a prompt is furniture, never the headline.
  if (/[|/•·]/u.test(l.text) || isFollowPrompt(l, lex) || lex.names(l.text.trim().split(/\s+/)[0])) return choice;
  // «الرئيس الروسي فلاديمير بوتين» over a lead that prints it word for word: a picture's caption (caption-lines.ts).
  const lead = near(lines, l.index, 1)?.text;
  const key = lexKey(l.text);
  if (printedWholeInLead(l.text, lead, lex.functionWords) || isFigureCaption(l.text, lex)
    || (lex.data.captionOpeners ?? []).some((o) => key.startsWith(`${lexKey(o)} `))) return choice;
  if (l.index + 1 >= lines.length || lines[l.index + 1].kind !== 'blank' || near(lines, l.index, 1)?.index !== start) return choice;
  if (lines.slice(start).some((o) => o.kind !== 'blank' && o.kind !== 'body')) return choice;
  return { ...choice, chosen: { ...c, why: [...c.why, 'a bare copy\'s first line over its story'] }, confidence: 0.55 };
}
