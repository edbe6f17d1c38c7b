/**
 * SVG text for the share pictures, and reading it back: every text block
 * the pictures draw (title, source, date, site name, figures) is a
 * <text data-part="…"> whose <tspan> lines join back into the text the
 * page shows. The plugin reads the parts of the SVG it rasterises and
 * writes them into the PNG (see png.ts), so tests compare the words drawn
 * with the page's own.
 */
import type {Line} from './text';
import {joinLines} from './text';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');
}

export interface TextBlock {
  part: string;
  lines: readonly Line[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  fontSize: number;
  lineHeight: number;
  weight: 'regular' | 'bold';
  fill: string;
  anchor?: 'start' | 'end';
}

const r2 = (n: number) => Math.round(n * 100) / 100;

export function textBlockSvg(b: TextBlock): string {
  const tspans = b.lines
    .map((l, i) => `<tspan x="${r2(b.x)}" y="${r2(b.y + i * b.lineHeight)}"${l.glued ? ' data-glued="true"' : ''}>${escapeXml(l.text)}</tspan>`)
    .join('');
  const anchor = b.anchor === 'end' ? ' text-anchor="end"' : '';
  return `<text data-part="${b.part}" font-size="${r2(b.fontSize)}" font-weight="${b.weight === 'bold' ? 700 : 400}" fill="${b.fill}"${anchor}>${tspans}</text>`;
}

/** Bottom of a block's last line (baseline plus descent). */
export function blockBottom(b: Pick<TextBlock, 'y' | 'lines' | 'lineHeight' | 'fontSize'>): number {
  return b.y + (b.lines.length - 1) * b.lineHeight + b.fontSize * 0.3;
}

export interface DrawnText {
  part: string;
  text: string;
}

/** The text parts drawn by an SVG made here, in order, each as one string (its lines joined back). */
export function drawnTexts(svg: string): DrawnText[] {
  const out: DrawnText[] = [];
  for (const m of svg.matchAll(/<text data-part="([^"]+)"[^>]*>([\s\S]*?)<\/text>/g)) {
    const lines: Line[] = [...m[2]!.matchAll(/<tspan([^>]*)>([\s\S]*?)<\/tspan>/g)].map((t) => ({
      text: unescapeXml(t[2]!),
      glued: t[1]!.includes('data-glued="true"'),
    }));
    out.push({part: m[1]!, text: joinLines(lines)});
  }
  return out;
}
