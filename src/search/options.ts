/**
 * Options of the search page's Pagefind UI that decide what readers see
 * first, shared with `npm run bench:search` so that the benchmark ranks
 * exactly as the page does.
 */

/** Pagefind ranking parameters (https://pagefind.app/docs/ranking/). */
export interface PagefindRanking {
  termFrequency?: number;
  termSimilarity?: number;
  pageLength?: number;
  termSaturation?: number;
  diacriticSimilarity?: number;
  metaWeights?: Record<string, number>;
}

/**
 * Tuned with `npm run bench:search` (README, "Tìm kiếm"). Vietnamese words
 * are short syllables and Pagefind also matches each query word as a prefix
 * ("ho" → "hoạch", "the" → "theo"): a high termSimilarity (default 1) lets
 * whole-syllable matches outrank those. A page whose title holds the query
 * words is about them: titles weigh 30 (default 5), the title's đ-words
 * written with d and the parts of its document numbers ("1489", "qd",
 * "ttg") as much. (80 puts two more topic queries of the ranking set first,
 * but "thương mại điện tử" then loses the plan's part II from the first
 * three: left at 30.)
 */
export const SEARCH_RANKING: PagefindRanking = {
  termSimilarity: 6,
  metaWeights: {title: 30, title_d: 30},
};

/** Words around the best match in each excerpt. */
export const EXCERPT_LENGTH = 30;

/**
 * Meta field of the index holding the đ-words of a page's title written with
 * d and the parts of its document numbers (src/search/indexPolicy.ts),
 * ranked like the title. Not shown.
 */
export const TITLE_D_META = 'title_d';
