/** Small helpers shared by the layout functions. */

/** Rounds to 2 decimals so that SVG stays short and tests can compare exactly. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Rough width of a text at a font size, for placing labels (average glyph ≈ 0.56 em). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return round2(text.length * fontSize * 0.56);
}

/** Splits a label into lines of at most `maxChars` characters, at spaces. */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
