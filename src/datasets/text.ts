/**
 * Text helpers for matching what staff type against the known names:
 * diacritics-insensitive keys and a "did you mean" suggestion.
 */

/** "Huyện Nga Sơn" → "huyen nga son" (lower case, no diacritics, đ → d). */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** "Nga Sơn" → "nga-son": the ASCII slug form used by ma_don_vi. */
export function slugify(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Levenshtein distance, small inputs only (names, codes). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({length: b.length + 1}, (_v, i) => i);
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

/**
 * The candidate closest to `input`, compared as slugs (so "Nga Sơn",
 * "nga son" and "nga_son" all find "nga-son"), or undefined when nothing is
 * close enough to be a plausible typo.
 */
export function findClosest(input: string, candidates: readonly string[]): string | undefined {
  const key = slugify(input);
  if (key === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(key, slugify(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(key.length / 3));
  return bestDistance <= allowed ? best : undefined;
}
