/**
 * Vietnamese text, the one home for it: removing diacritics (đ → d
 * included), folding for comparison, URL slugs, edit distance and the
 * "did you mean …?" suggestion. Used by the data checks (src/datasets/),
 * the news checks (src/news/) and the search index and excerpts
 * (src/search/). Dates are in ./dates.ts.
 *
 * Diacritics are removed by Unicode decomposition (NFD) and dropping the
 * combining marks; "đ"/"Đ" have no decomposition, so they are mapped to
 * "d"/"D" by hand (replaceD).
 */

/** Default cap on a slug's length, in characters (news post folders). */
export const SLUG_MAX_LENGTH = 60;

/** "đ" → "d", "Đ" → "D", nothing else: "Đánh giá" → "Dánh giá". */
export function replaceD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Removes Vietnamese diacritics: "Đánh giá" → "Danh gia". Keeps case. */
export function removeDiacritics(text: string): string {
  return replaceD(text.normalize('NFD').replace(/\p{M}+/gu, ''));
}

/** Folds case, diacritics and runs of spaces: "  Huyện  Nga Sơn " → "huyen nga son". */
export function fold(text: string): string {
  return removeDiacritics(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Lower-case ASCII slug of at most `maxLength` characters: "Hội chợ OCOP
 * Thanh Hóa 2025" → "hoi-cho-ocop-thanh-hoa-2025", "Nga Sơn" → "nga-son".
 * Every run of characters other than a–z and 0–9 (spaces, punctuation,
 * symbols, letters of other scripts) becomes a single hyphen. A slug that is
 * too long is cut at the last hyphen that fits, so no word is cut in half
 * (unless the first word alone is longer than the cap). Returns "" when the
 * text has no letters or digits at all.
 */
export function slugify(text: string, maxLength: number = SLUG_MAX_LENGTH): string {
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`maxLength must be a positive integer, got ${maxLength}`);
  }
  const slug = removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) {
    return slug;
  }
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  const capped = lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
  return capped.replace(/-+$/, '');
}

/** Number of characters as a reader counts them (code points after NFC composition). */
export function charCount(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** True when the text is in Unicode NFC (precomposed), as Vietnamese text on the site must be. */
export function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

/** Levenshtein distance, for short inputs (names, codes, field names). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({length: b.length + 1}, (_v, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = prev[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** A name that can be suggested: its key, and a label that also finds it ("ban-bien-tap", "Ban biên tập"). */
export interface Candidate {
  key: string;
  label?: string;
}

export interface ClosestOptions {
  /**
   * Most edits allowed between the typed text and a candidate, once both
   * are slugs. Default: a third of the typed text's slug, at least 2.
   */
  maxDistance?: number;
}

/**
 * "Did you mean …?": the candidate closest to `input`, compared as slugs
 * (so "Nga Sơn", "nga son" and "nga_son" all find "nga-son"), or undefined
 * when nothing is close enough to be a plausible typo. A candidate is a
 * string, or a key with a label that is compared too; the key is returned.
 * On a tie, the first candidate wins.
 */
export function closest(input: string, candidates: readonly (string | Candidate)[], options: ClosestOptions = {}): string | undefined {
  const typed = slugify(input, Number.MAX_SAFE_INTEGER);
  if (typed === '') return undefined;
  const allowed = options.maxDistance ?? Math.max(2, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const {key, label} = typeof candidate === 'string' ? {key: candidate, label: undefined} : candidate;
    for (const name of label === undefined ? [key] : [key, label]) {
      const d = editDistance(typed, slugify(name, Number.MAX_SAFE_INTEGER));
      if (d < bestDistance) {
        best = key;
        bestDistance = d;
      }
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/**
 * A name as written inside a sentence: a leading common word that is only
 * capitalised at the start of a title or list ("Huyện", "Các") is written in
 * lower case ("năm 2025 huyện Nga Sơn", "của các tổ chức kinh tế"); proper
 * names and abbreviations ("TP Sầm Sơn", "Sở Y tế") are unchanged.
 */
export function inSentence(name: string): string {
  return name.replace(/^(Huyện|Các|Thị xã|Thành phố) /u, (word) => word.toLowerCase());
}
