/**
 * Search excerpts as readers should see them. Pagefind matches every query
 * word as a prefix too (so that results come while typing) and marks the
 * whole space-separated chunk it matched, punctuation included: for
 * "ho tro chu the" it marked "hoạch", "chưa", "Theo" and "chức,". Here only
 * the syllables that are a query word are marked:
 *
 * - a query word typed without diacritics matches any syllable that reads
 *   the same without them ("ho" → "hỗ", "hộ", "Hồ"; "d" stands for "đ");
 * - a query word typed with diacritics matches the same syllable only
 *   ("hỗ" → "hỗ", "Hỗ", not "hộ");
 * - letter case never matters; punctuation around a syllable stays unmarked.
 *
 * An excerpt that begins inside a sentence starts with "…", and never with
 * punctuation left over from the previous sentence.
 */

import {removeDiacritics} from '../text/vietnamese';

const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;
const MARK = /<mark>([\s\S]*?)<\/mark>/g;

/** Lower case, NFC, without diacritics, đ → d. */
export function foldWord(word: string): string {
  return removeDiacritics(word).toLowerCase();
}

function hasDiacritics(word: string): boolean {
  return foldWord(word) !== word.normalize('NFC').toLowerCase();
}

/** Predicate: is this syllable one of the query's words? */
export function queryMatcher(query: string): (syllable: string) => boolean {
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const [word] of query.matchAll(SYLLABLE)) {
    if (hasDiacritics(word)) exact.add(word.normalize('NFC').toLowerCase());
    else folded.add(foldWord(word));
  }
  return (syllable) => exact.has(syllable.normalize('NFC').toLowerCase()) || folded.has(foldWord(syllable));
}

function markSyllables(chunk: string, matches: (s: string) => boolean): string {
  // Entities (&amp; &#39;) are never syllables: keep them whole.
  return chunk.replace(/&[#\w]+;|[\p{L}\p{M}\p{N}]+/gu, (token) => (token.startsWith('&') || !matches(token) ? token : `<mark>${token}</mark>`));
}

/** Pagefind's excerpt HTML with only whole matching syllables marked. */
export function refineHighlights(excerpt: string, query: string): string {
  const matches = queryMatcher(query);
  return excerpt.replace(MARK, (_, chunk: string) => markSyllables(chunk, matches));
}

/**
 * The excerpt starting at a word: leading punctuation left from a previous
 * sentence is dropped, and "… " shows that it starts inside a sentence
 * (at a lower-case letter).
 */
export function startAtWord(excerpt: string): string {
  const trimmed = excerpt.replace(/^[\s.,;:!?)\]}”»–—-]+/u, '');
  const text = trimmed.replace(/<[^>]*>/g, '');
  const first = text.match(/[\p{L}\p{N}]/u)?.[0];
  return first !== undefined && first !== first.toUpperCase() ? `… ${trimmed}` : trimmed;
}

/** A Pagefind result's data, as much as the search page uses. */
export interface PagefindResultData {
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: {excerpt: string}[];
}

/** Excerpts of a result (and of its sections) refined for `query`; meta fields only for ranking removed. */
export function refineResult<T extends PagefindResultData>(result: T, query: string, rankingOnlyMeta: readonly string[]): T {
  const refine = (html: string) => startAtWord(refineHighlights(html, query));
  const meta = {...result.meta};
  for (const key of rankingOnlyMeta) delete meta[key];
  return {
    ...result,
    meta,
    excerpt: refine(result.excerpt),
    ...(result.sub_results ? {sub_results: result.sub_results.map((s) => ({...s, excerpt: refine(s.excerpt)}))} : {}),
  };
}
