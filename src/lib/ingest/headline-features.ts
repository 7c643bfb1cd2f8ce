// The features a fitted headline ranker (headline-model.ts) weighs: for every candidate line the
// rules scored (headline.ts chooseHeadline) — its rule score and the rules' reasons, how much of
// it the lead repeats, where it sits, its length and shape — and for the option of a title made
// from the lead, what the candidates leave to it. Computed only for candidate lines: a page has a
// handful, so the ingest's speed does not feel them. Every value lies in [0, 1] (or near it), so
// one step size fits them all.
import type { HeadlineCandidate, HeadlineChoice, HeadlineContext } from './headline';
import type { ClassifiedLine } from './classify';

export type Features = Record<string, number>;

/** The rules' reasons (`why`) a candidate carries, as features: what the fit may weigh anew. */
const REASONS: readonly [string, string][] = [
  ['first line that shares', 'why.firstShared'],
  ['first after the menus', 'why.firstAfterMenus'],
  ['printed ', 'why.printedAgain'],
  ['alt text and caption', 'why.twinCaption'],
  ['a title bar: the headline and a name', 'why.titleBar'],
  ['opens with a label', 'why.label'],
  ['holds a date', 'why.date'],
  ['programme or column label', 'why.kickerLabel'],
  ['an agency\'s name', 'why.agencyName'],
  ['caption shape', 'why.captionShape'],
  ['two sentences', 'why.twoSentences'],
  ['Latin letters', 'why.latin'],
  ['ends on a colon', 'why.colonEnd'],
  ['masthead a longer line below', 'why.mastheadAbove'],
  ['section or kicker line', 'why.kickerAbove'],
  ['Latin brand', 'why.latinBrand'],
  ['run of menu entries', 'why.overMenuRun'],
  ['between two menu entries', 'why.betweenMenus'],
  ['a caption over the headline', 'why.captionOver'],
  ['glued before it', 'why.gluedCut'],
  ['genre tag', 'why.genreTag'],
  ['deck below repeats', 'why.shortOverDeck'],
  ['a deck repeating', 'why.deck'],
  ['only headline-shaped line', 'why.onlyShaped'],
];

const KINDS = new Set(['heading', 'body', 'short']);
const clip = (x: number) => Math.max(-1, Math.min(1, x));

/** Share of the text's characters matching `re` (spaces not counted). */
function share(text: string, re: RegExp): number {
  const chars = [...text.replace(/\s+/g, '')];
  return chars.length ? chars.filter((c) => re.test(c)).length / chars.length : 0;
}

/**
 * Features of one candidate. `order` is its place among the candidates by position on the page,
 * `top` the rules' best score, `ruleLine` the line the rules chose (if any).
 */
export function candidateFeatures(c: HeadlineCandidate, order: number, top: number, ruleLine: number | undefined,
  lines: readonly ClassifiedLine[], end: number, ctx: HeadlineContext): Features {
  const l = c.line;
  const text = (c.text ?? l.text).trim();
  let above = 0;
  for (let j = l.index + 1; j < end; j++) if (lines[j].kind !== 'blank') above++;
  const firstNonBlank = lines.findIndex((o) => o.kind !== 'blank');
  const words = text.split(/\s+/);
  const f: Features = {
    'rule.score': clip(c.score),
    'rule.chosen': ruleLine === l.index ? 1 : 0,
    'rule.gapToTop': clip(top - c.score),
    'lead.overlap': c.overlap,
    'lead.shared': Math.min(c.shared ?? 0, 8) / 8,
    'lead.plausible': c.plausible ? 1 : 0,
    'pos.linesToBody': Math.min(above, 10) / 10,
    'pos.rightAboveBody': above === 0 ? 1 : 0,
    'pos.firstCandidate': order === 0 ? 1 : 0,
    'pos.order': Math.min(order, 5) / 5,
    'pos.firstLine': l.index === firstNonBlank ? 1 : 0,
    'len.words': Math.min(words.length, 30) / 30,
    'len.short': words.length <= 4 ? 1 : 0,
    'len.long': words.length >= 16 ? 1 : 0,
    'end.stop': /[.]$/u.test(text) ? 1 : 0,
    'end.question': /[؟?]["»”]?$/u.test(text) ? 1 : 0,
    'end.exclaim': /!$/u.test(text) ? 1 : 0,
    'chars.digit': share(text, /[0-9٠-٩]/u),
    'chars.latin': share(text, /[A-Za-z]/),
    'chars.punct': share(text, /[^\p{L}\p{N}]/u),
    'sep.bar': /\s[|｜]\s/u.test(text) ? 1 : 0,
    'sep.colon': /[:：]\s*\S/u.test(text) ? 1 : 0,
    'sep.dash': /\s[-–—]\s/u.test(text) ? 1 : 0,
    'sep.quotes': /[«»"“”]/u.test(text) ? 1 : 0,
    'kind.heading': l.kind === 'heading' ? 1 : 0,
    'kind.body': l.kind === 'body' ? 1 : 0,
    'kind.short': l.kind === 'short' ? 1 : 0,
    'kind.other': KINDS.has(l.kind) ? 0 : 1,
    'page.repeats': Math.min(l.repeats - 1, 3) / 3,
    'name.word': words.some((w) => !!ctx.lookup(w)) ? 1 : 0,
  };
  for (const [needle, name] of REASONS) if (c.why.some((w) => w.includes(needle))) f[name] = 1;
  return f;
}

/** Features of the title made from the lead: what the candidates leave to it. */
export function madeFromLeadFeatures(choice: HeadlineChoice): Features {
  const candidates = choice.candidates ?? [];
  const top = candidates[0]?.score ?? 0;
  return {
    'made.bias': 1,
    'made.ruleMade': choice.chosen ? 0 : 1,
    'made.topScore': clip(top),
    'made.noPlausible': candidates.some((c) => c.plausible) ? 0 : 1,
    'made.noCandidate': candidates.length ? 0 : 1,
    'made.candidates': Math.min(candidates.length, 5) / 5,
  };
}

/** Every option of a page — its candidates in the rules' order, then the made title — with its features. */
export interface HeadlineOption { candidate?: HeadlineCandidate; features: Features }

export function headlineOptions(choice: HeadlineChoice, lines: readonly ClassifiedLine[], end: number, ctx: HeadlineContext): HeadlineOption[] {
  const candidates = choice.candidates ?? [];
  const top = candidates[0]?.score ?? 0;
  const byPosition = [...candidates].sort((a, b) => a.line.index - b.line.index);
  const ruleLine = choice.chosen?.line.index;
  // The rules' chosen candidate may carry a cut text (a title bar less the site's name): it stands for its line.
  const options: HeadlineOption[] = candidates.map((c) => {
    const candidate = choice.chosen && c.line.index === ruleLine ? choice.chosen : c;
    return { candidate, features: candidateFeatures(candidate, byPosition.indexOf(c), top, ruleLine, lines, end, ctx) };
  });
  options.push({ features: madeFromLeadFeatures(choice) });
  return options;
}
