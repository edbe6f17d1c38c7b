/**
 * What the share pictures need to know about a TrueType/OpenType font:
 * which characters it draws (its cmap) and how wide each one is (hmtx), so
 * that titles are wrapped before they are drawn and never run off the
 * picture. Pure: the bytes are read by the share-images plugin.
 *
 * Widths are the glyphs' advances without kerning (kerning only ever
 * narrows a Latin line by a few per cent), times a small safety margin.
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** Glyph id of a code point, or 0 (.notdef: drawn as an empty box) when the font has none. */
  glyphOf(codePoint: number): number;
  /** Advance width of a glyph, in font units. */
  advanceOf(glyph: number): number;
}

class FontFormatError extends Error {}

function tableOffsets(view: DataView): Map<string, number> {
  const numTables = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < numTables; i += 1) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    tables.set(tag, view.getUint32(rec + 8));
  }
  return tables;
}

function cmapLookup(view: DataView, cmap: number): (cp: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | null = null;
  let format12: number | null = null;
  for (let i = 0; i < count; i += 1) {
    const rec = cmap + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmap + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) format12 = sub;
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 = sub;
  }
  if (format12 !== null) {
    const sub = format12;
    const groups = view.getUint32(sub + 12);
    return (cp) => {
      for (let g = 0; g < groups; g += 1) {
        const rec = sub + 16 + g * 12;
        const start = view.getUint32(rec);
        const end = view.getUint32(rec + 4);
        if (cp >= start && cp <= end) return view.getUint32(rec + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (format4 !== null) {
    const sub = format4;
    const segCount = view.getUint16(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segCount * 2 + 2;
    const deltas = starts + segCount * 2;
    const rangeOffsets = deltas + segCount * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let s = 0; s < segCount; s += 1) {
        if (cp > view.getUint16(ends + s * 2)) continue;
        const start = view.getUint16(starts + s * 2);
        if (cp < start) return 0;
        const delta = view.getInt16(deltas + s * 2);
        const rangeAt = rangeOffsets + s * 2;
        const range = view.getUint16(rangeAt);
        if (range === 0) return (cp + delta) & 0xffff;
        const glyph = view.getUint16(rangeAt + range + (cp - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new FontFormatError('Tệp phông chữ không có bảng mã Unicode (cmap định dạng 4 hoặc 12).');
}

/** Reads the metrics of a TrueType/OpenType font (not WOFF). */
export function parseFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = view.getUint32(0);
  if (tag !== 0x00010000 && tag !== 0x4f54544f /* OTTO */ && tag !== 0x74727565 /* true */) {
    throw new FontFormatError('Tệp phông chữ không phải TrueType/OpenType (resvg không đọc WOFF).');
  }
  const tables = tableOffsets(view);
  const need = (name: string): number => {
    const at = tables.get(name);
    if (at === undefined) throw new FontFormatError(`Tệp phông chữ thiếu bảng ${name}.`);
    return at;
  };
  const unitsPerEm = view.getUint16(need('head') + 18);
  const numberOfHMetrics = view.getUint16(need('hhea') + 34);
  const hmtx = need('hmtx');
  const lastAdvance = view.getUint16(hmtx + (numberOfHMetrics - 1) * 4);
  const lookup = cmapLookup(view, need('cmap'));
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    glyphOf(cp) {
      let glyph = cache.get(cp);
      if (glyph === undefined) {
        glyph = lookup(cp);
        cache.set(cp, glyph);
      }
      return glyph;
    },
    advanceOf: (glyph) => (glyph < numberOfHMetrics ? view.getUint16(hmtx + glyph * 4) : lastAdvance),
  };
}

/** The characters of a text the font has no glyph for (spaces and line breaks are not drawn, so not counted). */
export function missingCharacters(font: FontMetrics, text: string): string[] {
  return [...new Set([...text.normalize('NFC')])].filter((ch) => !/\s/.test(ch) && font.glyphOf(ch.codePointAt(0)!) === 0);
}

/** Widths of text in pixels: measured with the font's advances, times this margin. */
export const WIDTH_MARGIN = 1.04;

export type Weight = 'regular' | 'bold';

/** Width of a text at a size and weight, in pixels. */
export type Measure = (text: string, fontSize: number, weight: Weight) => number;

/** A Measure from the regular and bold fonts' metrics. */
export function measureWith(fonts: Readonly<Record<Weight, FontMetrics>>): Measure {
  return (text, fontSize, weight) => {
    const font = fonts[weight];
    let units = 0;
    for (const ch of text.normalize('NFC')) units += font.advanceOf(font.glyphOf(ch.codePointAt(0)!));
    return (units / font.unitsPerEm) * fontSize * WIDTH_MARGIN;
  };
}
