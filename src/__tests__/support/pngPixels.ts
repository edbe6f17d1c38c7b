/**
 * Decodes the pixels of an 8-bit RGBA PNG (what resvg writes), for tests
 * that check a picture is not blank. Non-interlaced only.
 */
import zlib from 'node:zlib';
import {pngChunks, readPngInfo} from '../../share/png';

export function rgbaPixels(png: Uint8Array): Uint8Array {
  const info = readPngInfo(png);
  if (info.bitDepth !== 8 || info.colorType !== 6) throw new Error(`PNG ${info.bitDepth}-bit, colour type ${info.colorType}: only 8-bit RGBA is decoded here`);
  const data = zlib.inflateSync(Buffer.concat(pngChunks(png).filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = info.width * 4;
  const out = new Uint8Array(stride * info.height);
  for (let y = 0; y < info.height; y += 1) {
    const filter = data[y * (stride + 1)]!;
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      out[y * stride + x] = (row[x]! + predictor) & 0xff;
    }
  }
  return out;
}

/** Share of pixels that differ from the most common colour (0 for a blank picture). */
export function inkShare(png: Uint8Array): number {
  const px = rgbaPixels(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < px.length; i += 4) {
    const key = (px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const most = Math.max(...counts.values());
  return 1 - most / (px.length / 4);
}
