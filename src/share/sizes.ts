/** Sizes and file names of the share pictures (chart pictures and page cards). */

export interface PictureSize {
  /** "ngang" (landscape, link previews and posts) or "vuong" (square, chat groups). */
  key: 'ngang' | 'vuong';
  width: number;
  height: number;
  /** Link text on /chi-tieu/, saying what and how large. */
  label: string;
}

/** Each chart's pictures: landscape for posts and link previews, square for chat groups (Zalo). */
export const CHART_PICTURES: readonly PictureSize[] = [
  {key: 'ngang', width: 1200, height: 675, label: 'ảnh (PNG) 1200 × 675'},
  {key: 'vuong', width: 1080, height: 1080, label: 'ảnh vuông (PNG) 1080 × 1080'},
];

/** A chart picture's file name beside its SVG under /du-lieu/bieu-do/. */
export function chartPictureName(id: string, size: Pick<PictureSize, 'width' | 'height'>): string {
  return `${id}-${size.width}x${size.height}.png`;
}

/** Every page's social card (Open Graph's recommended 1.91:1). */
export const CARD_SIZE = {width: 1200, height: 630} as const;

