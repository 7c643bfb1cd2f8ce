// Features of every outlet candidate a page offers (twenty-sixth round): the rules' signals grouped
// by the name they propose (as pickSignal groups them), described by what produced them — the kinds
// of rule, how many lines agree, where they sit, whether sources.yaml knows the name, its shape and
// the rules' own weight — plus «no outlet» as a candidate of its own. A fitted conditional logit
// (outlet-model.ts) weighs these; the rules' weight is one feature, so the model learns corrections
// to the rules rather than replacing them.
import type { Signal } from './credits';
import { lexKey, type Lexicon } from './boilerplate';
import { sourceKey } from '../data/keys';
import type { NameProposal } from './outlet-proposals';

/** One candidate outlet of a page: a name and every signal proposing it, or «no outlet» (`none`). */
export interface OutletCandidate {
  /** The name the page would show (after the rules' own spelling), undefined for «no outlet». */
  value?: string;
  /** The strongest signal proposing it (the evidence shown), undefined for «no outlet». */
  best?: Signal;
  signals: Signal[];
  features: Record<string, number>;
}

/** Where the page's story sits, to place each signal: top, inside the story, or after it. */
export interface PageFrame {
  /** First line (0-based) of the main story. */
  start: number;
  /** First line (0-based) after the main story, if known. */
  bodyEnd?: number;
  /** The rules' own pick: its signal, and whether the rules left the outlet empty. */
  rules: { chosen?: Signal; abstained: boolean };
  /** Name-shaped lines the rules did not read (outlet-proposals.ts), and every line's text to count repeats. */
  proposals?: readonly NameProposal[];
  texts?: readonly string[];
}

/**
 * Rule kinds: the family of rule a signal's `rule` text names. Order matters — the first match wins
 * («© line (name not in sources.yaml)» is a © line, not «not in sources.yaml»).
 */
export const RULE_KINDS: readonly (readonly [string, RegExp])[] = [
  ['agencyText', /^«المصدر:» names an agency/u],
  ['sourceLabel', /«المصدر:»|مصادر الخبر|origin named|نقلا عن|provider/u],
  ['copyright', /©|rights/u],
  ['titleBar', /title bar/u],
  ['dateline', /^dateline|dateline/u],
  ['domain', /domain|URL|link|e-mail/u],
  ['afterStory', /after the story|closing|sign-off|credit line after/u],
  ['inStory', /story|lead|own sentence|self/u],
  ['latin', /Latin/u],
  ['top', /top|first line|masthead|letterhead|menu|logo|slogan|short/u],
  ['frame', /frame|footer|box|partner|property|breadcrumb/u],
  ['credit', /credit|byline|correspondent|«كتب/u],
];

export function ruleKind(rule: string): string {
  return RULE_KINDS.find(([, re]) => re.test(rule))?.[0] ?? 'other';
}

/** Every feature name, in the order the model file lists its weights. */
export const FEATURE_NAMES: readonly string[] = [
  'none', 'none_rulesEmpty', 'none_strongest',
  'bias', 'confidence', 'confidenceAboveAbstain', 'groupConfidence', 'agreeing', 'lines',
  ...RULE_KINDS.map(([k]) => `kind_${k}`), 'kind_other', 'kinds',
  'atTop', 'inStory', 'afterStory',
  'known', 'knownAgency', 'words1', 'words2', 'words3', 'words4plus', 'latinOnly', 'digits', 'sectionLabel', 'long',
  'rulesPick', 'rulesPickAbstained', 'rival',
  'proposalOnly', 'prop_underHeadline', 'prop_top', 'prop_afterStory', 'prop_inStory', 'prop_leadPrefix', 'prop_dashed', 'prop_repeated',
];

const ARABIC = /[\u0600-\u06FF]/u;
const ABSTAIN = 0.42;

/** The page's outlet candidates with their features; `nameOf` spells a signal as the page would show it. */
export function outletCandidates(signals: readonly Signal[], frame: PageFrame, lex: Lexicon, nameOf: (s: Signal) => string | undefined): OutletCandidate[] {
  const mine = signals.filter((s) => s.field === 'outlet');
  const groups: Signal[][] = [];
  const keyOf = (s: Signal) => (s.id ? `id:${s.id}` : `k:${sourceKey(s.value)}`);
  const byKey = new Map<string, Signal[]>();
  for (const s of mine) {
    const k = keyOf(s);
    if (!byKey.has(k)) { byKey.set(k, []); groups.push(byKey.get(k)!); }
    byKey.get(k)!.push(s);
  }
  const strongest = Math.max(0, ...mine.map((s) => s.confidence));
  const rulesKey = frame.rules.chosen ? keyOf(frame.rules.chosen) : undefined;
  const out: OutletCandidate[] = groups.map((group) => {
    const best = group.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const value = nameOf(best);
    return { value, best, signals: group, features: candidateFeatures(group, best, value ?? best.value, frame, lex, strongest, keyOf(best) === rulesKey) };
  });
  // Proposals: a name a rule proposed too adds where it sits to that candidate; a new one is a candidate of its own.
  // Every line's key once, not once a proposal (ingest rates every page: twenty-seventh round).
  const textKeys = frame.proposals?.length ? (frame.texts ?? []).map(sourceKey) : [];
  for (const p of frame.proposals ?? []) {
    const known = lex.names(p.value);
    const k = known?.id ? `id:${known.id}` : `k:${sourceKey(p.value)}`;
    let c = out.find((x) => x.best && keyOf(x.best) === k);
    if (!c) {
      const f: Record<string, number> = { bias: 1, proposalOnly: 1, ...shapeFeatures(p.value, lex) };
      if (known?.id) { f.known = 1; if (known.kind === 'agency') f.knownAgency = 1; }
      c = { value: known?.id ? known.name : p.value, best: { field: 'outlet', value: p.value, ...(known?.id ? { id: known.id } : {}), confidence: 0, rule: `a name-shaped line (${p.where})`, line: p.line }, signals: [], features: f };
      out.push(c);
    }
    c.features[`prop_${p.where}`] = 1;
    if (p.dashed) c.features.prop_dashed = 1;
    const key = sourceKey(p.value);
    if (textKeys.filter((t) => t.includes(key)).length >= 2) c.features.prop_repeated = 1;
  }
  const noneFeatures: Record<string, number> = { none: 1, none_rulesEmpty: !frame.rules.chosen || frame.rules.abstained ? 1 : 0, none_strongest: strongest };
  out.push({ signals: [], features: noneFeatures });
  return out;
}

function candidateFeatures(group: Signal[], best: Signal, value: string, frame: PageFrame, lex: Lexicon, strongest: number, rulesPick: boolean): Record<string, number> {
  const f: Record<string, number> = { bias: 1, confidence: best.confidence, confidenceAboveAbstain: best.confidence >= ABSTAIN ? 1 : 0 };
  const lines = new Set(group.map((s) => s.line ?? -1));
  f.groupConfidence = Math.min(0.99, best.confidence + 0.05 * (group.length - 1));
  f.agreeing = Math.min(3, group.length - 1);
  f.lines = Math.min(3, lines.size - 1);
  const kinds = new Set(group.map((s) => ruleKind(s.rule)));
  for (const k of kinds) f[`kind_${k}`] = 1;
  f.kinds = Math.min(3, kinds.size - 1);
  for (const s of group) {
    const line = (s.line ?? 0) - 1;
    if (line < 0) continue;
    if (line < frame.start) f.atTop = 1;
    else if (frame.bodyEnd !== undefined && line >= frame.bodyEnd) f.afterStory = 1;
    else f.inStory = 1;
  }
  const known = group.find((s) => s.id);
  if (known) f.known = 1;
  if (known && lex.names(known.value)?.kind === 'agency') f.knownAgency = 1;
  Object.assign(f, shapeFeatures(value, lex));
  if (rulesPick) { f.rulesPick = 1; if (frame.rules.abstained) f.rulesPickAbstained = 1; }
  // A rival of nearly the same weight elsewhere on the page: the rules' own doubt.
  if (strongest - best.confidence <= 0.05 && !rulesPick) f.rival = 1;
  return f;
}

/** The name's shape: its words, its script, digits, a section's label, its length. */
function shapeFeatures(value: string, lex: Lexicon): Record<string, number> {
  const f: Record<string, number> = {};
  const words = value.trim().split(/\s+/).length;
  f[words >= 4 ? 'words4plus' : `words${words}`] = 1;
  if (!ARABIC.test(value)) f.latinOnly = 1;
  if (/[0-9٠-٩]/u.test(value)) f.digits = 1;
  if (lex.sectionLabels.has(lexKey(value))) f.sectionLabel = 1;
  if (value.length > 25) f.long = 1;
  return f;
}

/** The feature vector in FEATURE_NAMES order. */
export function featureVector(features: Record<string, number>): number[] {
  return FEATURE_NAMES.map((n) => features[n] ?? 0);
}
