// Pagefind's ranking weights for the keyed index (thirty-sixth pass, session 44, 15r). termSaturation: how soon a word's
// count on a page stops adding to its score (Pagefind's default 1.4). Lower, a page saying the query's word ten times
// gains less over the page saying it once or twice, and a page holding every word of the query more evenly comes
// first: on six spent blind sets (aside30–aside35, 504 queries) recall@10 unchanged, MRR 0.7026 → 0.7050, the first
// labelled page up in 7 queries, down in 1 (docs/search.md «Thirty-sixth pass: the first place»). Shared by the
// browser's engine (engine-shards.ts, the search page's worker boot) and the quality harness, which must rank alike.
export const PAGEFIND_RANKING = { termSaturation: 0.8 } as const;
