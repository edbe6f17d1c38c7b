/**
 * Files published beside the pages: each CSV of data/ byte for byte at
 * /du-lieu/<file>, and each chart as a standalone SVG at
 * /du-lieu/bieu-do/<id>.svg, rendered by the same components as the page.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {createElement} from 'react';
import {ChartSvg} from '../../components/ChartSvg';
import {renderSvgMarkup} from '../../components/ChartSvg/renderSvgMarkup';
import {DATA_FILES, type DatasetFiles} from '../../datasets/validateDatasets';
import type {ChartData} from './pageData';

export interface OutputFile {
  /** Path inside the build folder, with "/" separators. */
  path: string;
  contents: string | Uint8Array;
}

/** A standalone SVG file (XML declaration, UTF-8). */
export function renderChartSvg(chart: ChartData): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvgMarkup(createElement(ChartSvg, {chart}))}\n`;
}

export function buildDownloadFiles(files: DatasetFiles, charts: readonly ChartData[]): OutputFile[] {
  const csv = DATA_FILES.flatMap((name): OutputFile[] => {
    const contents = files[name];
    return contents === undefined ? [] : [{path: `du-lieu/${name}`, contents}];
  });
  const svg = charts.map((c): OutputFile => ({path: `du-lieu/bieu-do/${c.id}.svg`, contents: renderChartSvg(c)}));
  return [...csv, ...svg];
}

export async function writeOutputFiles(outDir: string, files: readonly OutputFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(outDir, ...file.path.split('/'));
    await fs.mkdir(path.dirname(target), {recursive: true});
    await fs.writeFile(target, file.contents);
  }
}
