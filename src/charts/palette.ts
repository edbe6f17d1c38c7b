/**
 * Chart colours. Each fill has a text colour with at least 4.5:1 contrast,
 * and charts always label values in text, so colour never carries meaning
 * alone. Charts draw on a white card in both site themes, as in the
 * downloadable SVG files.
 */
export interface Swatch {
  fill: string;
  text: string;
}

export const INK = '#1c1e21';
export const MUTED_INK = '#4a4d52';
export const PAPER = '#ffffff';
export const GRID = '#d6d8db';
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** Star colours, as in src/css/custom.css (--ocop-star5/4/3). */
export const STAR_SWATCHES = {
  sao_5: {fill: '#7a1013', text: '#ffffff'},
  sao_4: {fill: '#c0392b', text: '#ffffff'},
  sao_3: {fill: '#e8a33d', text: INK},
} as const satisfies Record<string, Swatch>;

/** Light to dark, for the tile-grid map. */
export const SEQUENTIAL_SWATCHES: readonly Swatch[] = [
  {fill: '#fbe3d4', text: INK},
  {fill: '#f2b48f', text: INK},
  {fill: '#d9653b', text: INK},
  {fill: '#8b1316', text: '#ffffff'},
];

export const TRACK = {fill: '#eceef0', stroke: '#8d9196'};
export const ACHIEVED = {fill: '#1d6b3a'};
export const GOAL_BAND = '#fdf1d6';
