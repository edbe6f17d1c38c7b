/**
 * Files published beside the pages: each CSV of data/ at /du-lieu/<file>,
 * byte for byte after a UTF-8 byte-order mark, and each chart as a
 * standalone SVG at /du-lieu/bieu-do/<id>.svg, cut from the built page that
 * shows it: the same element the reader sees, as an XML file.
 *
 * Why the BOM: Excel on Windows, which most officials open CSV files with,
 * reads a CSV without one in the machine's legacy code page and shows
 * Vietnamese as garbage. The files in data/ stay without it (staff edit
 * them; the validator accepts both), only the published copy gets it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {load} from 'cheerio';
import {DATA_FILES, type DatasetFiles} from '../../datasets/validateDatasets';

export interface OutputFile {
  /** Path inside the build folder, with "/" separators. */
  path: string;
  contents: string | Uint8Array;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The built page that shows every chart (charts are <svg data-chart="id">). */
export const CHART_PAGE = 'chi-tieu/index.html';

/**
 * Each chart of a built page as a standalone SVG file (XML declaration,
 * UTF-8, the SVG namespace first): the page's own element, serialised as XML.
 */
export function chartSvgFiles(html: string, ids: readonly string[]): OutputFile[] {
  const $ = load(html);
  return ids.map((id): OutputFile => {
    const svg = $(`svg[data-chart="${id}"]`).first();
    if (svg.length === 0) throw new Error(`Không tìm thấy biểu đồ "${id}" trong trang ${CHART_PAGE} của bản dựng.`);
    svg.removeAttr('xmlns');
    const xml = $.xml(svg).replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
    return {path: `du-lieu/bieu-do/${id}.svg`, contents: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`};
  });
}

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

/** The published copy of a CSV file: its bytes after one UTF-8 BOM (not doubled when the file already has one). */
export function withUtf8Bom(contents: Uint8Array | string): Uint8Array {
  const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
  if (bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2]) return bytes;
  const out = new Uint8Array(UTF8_BOM.length + bytes.length);
  out.set(UTF8_BOM, 0);
  out.set(bytes, UTF8_BOM.length);
  return out;
}

/** The published copies of the CSV files. */
export function csvDownloadFiles(files: DatasetFiles): OutputFile[] {
  return DATA_FILES.flatMap((name): OutputFile[] => {
    const contents = files[name];
    return contents === undefined ? [] : [{path: `du-lieu/${name}`, contents: withUtf8Bom(contents)}];
  });
}

export async function writeOutputFiles(outDir: string, files: readonly OutputFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(outDir, ...file.path.split('/'));
    await fs.mkdir(path.dirname(target), {recursive: true});
    await fs.writeFile(target, file.contents);
  }
}
