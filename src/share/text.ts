/**
 * Lines of text for the share pictures: wrapping at spaces to a width
 * measured with the font, and choosing the largest size at which a text
 * fits its lines. A text never runs past its width: a word longer than a
 * line is cut between characters, and a text that does not fit its lines
 * even at the smallest size ends with "…" (the full text stays in the page
 * and in og:image:alt).
 */
import type {Measure, Weight} from './font';

export interface Line {
  text: string;
  /** True when this line continues a word cut at the end of the previous line (no space between). */
  glued: boolean;
}

/** Splits a word too wide for a line into pieces that fit. */
function cutWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current !== '' && !fits(current + ch)) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Wraps a text into lines no wider than maxWidth (at spaces; inside a word only when the word alone is too wide). */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: Weight, measure: Measure): Line[] {
  const fits = (s: string) => measure(s, fontSize, weight) <= maxWidth;
  const lines: Line[] = [];
  for (const word of text.trim().split(/\s+/)) {
    if (word === '') continue;
    const last = lines[lines.length - 1];
    if (last !== undefined && fits(`${last.text} ${word}`)) {
      last.text = `${last.text} ${word}`;
      continue;
    }
    if (fits(word)) {
      lines.push({text: word, glued: false});
      continue;
    }
    cutWord(word, fits).forEach((piece, i) => lines.push({text: piece, glued: i > 0}));
  }
  return lines;
}

/** The text of wrapped lines, as it was before wrapping (spaces between lines, none inside a cut word). */
export function joinLines(lines: readonly Line[]): string {
  return lines.map((l, i) => (i === 0 || l.glued ? l.text : ` ${l.text}`)).join('');
}

export interface FittedText {
  fontSize: number;
  lines: Line[];
  /** False when the text was shortened with "…" to fit. */
  complete: boolean;
}

export const ELLIPSIS = '…';

/**
 * The largest of `sizes` (largest first) at which the text fits in maxLines
 * lines of maxWidth; at the smallest size, the first maxLines lines with
 * the last one shortened to end in "…".
 */
export function fitText(
  text: string,
  {maxWidth, maxLines, sizes, weight}: {maxWidth: number; maxLines: number; sizes: readonly number[]; weight: Weight},
  measure: Measure,
): FittedText {
  if (sizes.length === 0) throw new Error('fitText: no font sizes');
  for (const fontSize of sizes) {
    const lines = wrapText(text, maxWidth, fontSize, weight, measure);
    if (lines.length <= maxLines) return {fontSize, lines, complete: true};
  }
  const fontSize = sizes[sizes.length - 1]!;
  const lines = wrapText(text, maxWidth, fontSize, weight, measure).slice(0, maxLines);
  const last = lines[lines.length - 1]!;
  let shortened = last.text;
  while (shortened.length > 0 && measure(`${shortened}${ELLIPSIS}`, fontSize, weight) > maxWidth) shortened = shortened.slice(0, -1);
  last.text = `${shortened.trimEnd()}${ELLIPSIS}`;
  return {fontSize, lines, complete: false};
}
