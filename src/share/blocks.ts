/** Text blocks fitted into boxes, shared by the chart pictures and the cards. */
import type {Measure, Weight} from './font';
import type {TextBlock} from './svg';
import {fitText} from './text';

export const LINE_HEIGHT = 1.22;

/** Height a block of n lines takes at a size: ascent of the first line, line steps, descent of the last. */
export function blockHeight(lines: number, fontSize: number): number {
  return lines === 0 ? 0 : fontSize + (lines - 1) * fontSize * LINE_HEIGHT + fontSize * 0.3;
}

export interface BoxText {
  part: string;
  text: string;
  weight: Weight;
  fill: string;
  /** Sizes to try, largest first. */
  sizes: readonly number[];
  /** At most this many lines (fewer when the box is lower). */
  maxLines: number;
}

/**
 * The text at the largest size whose lines fit both maxLines and the box's
 * height; at the smallest size, as many lines as the height allows, the
 * last one ending in "…". `top` is the top of the box: the block's first
 * baseline is one font size below it.
 */
export function fitInBox(t: BoxText, box: {x: number; top: number; width: number; height: number}, measure: Measure): TextBlock {
  for (const fontSize of t.sizes) {
    const fitLines = Math.max(1, Math.min(t.maxLines, Math.floor((box.height - 1.3 * fontSize) / (fontSize * LINE_HEIGHT)) + 1));
    const fitted = fitText(t.text, {maxWidth: box.width, maxLines: fitLines, sizes: [fontSize], weight: t.weight}, measure);
    const last = fontSize === t.sizes[t.sizes.length - 1];
    if (fitted.complete || last) {
      return {part: t.part, lines: fitted.lines, x: box.x, y: box.top + fontSize, fontSize, lineHeight: fontSize * LINE_HEIGHT, weight: t.weight, fill: t.fill};
    }
  }
  throw new Error('fitInBox: no font sizes');
}

/** Height of a fitted block. */
export const heightOf = (b: TextBlock): number => blockHeight(b.lines.length, b.fontSize);
