/**
 * SVG → PNG with resvg, using only the site's TrueType fonts (no system
 * fonts: the same pictures on every machine), and a cache by content hash
 * in node_modules/.cache/ocop-share-images/: a picture whose SVG, fonts and
 * renderer are unchanged is copied, not drawn again. Each PNG carries the
 * words drawn on it (iTXt "Title" and "Description").
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {createHash} from 'node:crypto';
import {renderAsync} from '@resvg/resvg-js';
import {withPngText} from '../../share/png';
import {SHARE_FONT_FAMILY, type ShareFonts} from './fonts';

const RESVG_VERSION: string = (require('@resvg/resvg-js/package.json') as {version: string}).version;
/** Bump when the way pictures are drawn changes outside their SVG. */
const CACHE_FORMAT = 1;

export interface Rasteriser {
  png(svg: string, texts: Readonly<Record<string, string>>): Promise<Uint8Array>;
  stats(): {drawn: number; cached: number};
}

export function rasteriser(fonts: ShareFonts, cacheDir: string): Rasteriser {
  let drawn = 0;
  let cached = 0;
  return {
    async png(svg, texts) {
      const key = createHash('sha256').update(`${CACHE_FORMAT}\n${RESVG_VERSION}\n${fonts.hash}\n${JSON.stringify(texts)}\n${svg}`).digest('hex');
      const file = path.join(cacheDir, `${key}.png`);
      try {
        const hit = new Uint8Array(await fs.readFile(file));
        cached += 1;
        return hit;
      } catch {
        // not cached yet
      }
      const image = await renderAsync(svg, {
        font: {fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: SHARE_FONT_FAMILY, sansSerifFamily: SHARE_FONT_FAMILY},
        fitTo: {mode: 'original'},
      });
      const png = withPngText(new Uint8Array(image.asPng()), texts);
      await fs.mkdir(cacheDir, {recursive: true});
      await fs.writeFile(file, png);
      drawn += 1;
      return png;
    },
    stats: () => ({drawn, cached}),
  };
}

/** Runs tasks with at most `limit` at a time (resvg draws on libuv's thread pool). */
export async function inPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
}
