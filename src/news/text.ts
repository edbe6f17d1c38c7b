/** Small text helpers shared by the news checks. */
import {removeDiacritics} from './slugify';

/** Number of characters as a reader counts them (code points after NFC composition). */
export function charCount(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** True when the text is in Unicode NFC (precomposed), as Vietnamese text on the site must be. */
export function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

/** Levenshtein edit distance, for "did you mean …?" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const left = prev[j - 1] ?? 0;
      prev[j] = Math.min(up + 1, left + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** Folds case and diacritics: "Chính sách" → "chinh sach". */
export function fold(text: string): string {
  return removeDiacritics(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The candidate closest to `value` when it is plausibly a typo of it: same
 * letters once case, diacritics and separators are ignored, or at most 2
 * edits apart. Undefined when nothing is close.
 */
export function closest(value: string, candidates: readonly {key: string; label?: string}[]): string | undefined {
  const v = fold(value).replace(/[^a-z0-9]+/g, '-');
  let best: {key: string; d: number} | undefined;
  for (const c of candidates) {
    const names = [c.key, ...(c.label ? [fold(c.label).replace(/[^a-z0-9]+/g, '-')] : [])];
    for (const name of names) {
      const d = name === v ? 0 : editDistance(v, name);
      if (d <= 2 && (!best || d < best.d)) {
        best = {key: c.key, d};
      }
    }
  }
  return best?.key;
}
