// How well the review list's order finds the wrong fields (twenty-seventh round): the list is sorted
// least sure first (evidence.ts `sortReview`); an editor reads its top. Given each page's confidence
// and whether its value is wrong, how many of the wrong ones the first 5 % and 10 % of the list hold,
// and how many the list shows at all (confidence under REVIEW_BELOW).
import { REVIEW_BELOW } from './evidence';

export interface RatedField { wrong: boolean; confidence: number; key: string }

export interface ReviewCatch {
  /** «w/W» — wrong fields among the first 5 % of the list, of all wrong fields. */
  at5: string;
  at10: string;
  /** Fields under REVIEW_BELOW (the ones the review list shows). */
  listed: number;
  /** Wrong fields among those listed. */
  listedWrong: number;
}

/** Ranks as sortReview does: confidence ascending, ties by key (the article's name). */
export function reviewCatch(fields: readonly RatedField[]): ReviewCatch {
  const order = [...fields].sort((a, b) => a.confidence - b.confidence || a.key.localeCompare(b.key, 'en'));
  const wrongTotal = fields.filter((f) => f.wrong).length;
  const top = (share: number) => `${order.slice(0, Math.ceil(order.length * share)).filter((f) => f.wrong).length}/${wrongTotal}`;
  const listed = fields.filter((f) => f.confidence < REVIEW_BELOW);
  return { at5: top(0.05), at10: top(0.1), listed: listed.length, listedWrong: listed.filter((f) => f.wrong).length };
}
