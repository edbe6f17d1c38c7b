/**
 * Page data built from data/ (published), from data/ + the fake recognitions
 * fixture, and from data/ with no recognition at all (tests only): tests of
 * what depends on recognitions use the two fixtures, so that they hold
 * whatever data/recognitions.csv holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import {validateDatasets, type DatasetFiles} from '../../../datasets/validateDatasets';
import {buildDataPages, type DataPages} from '../pageData';

const DATA_DIR = path.resolve(__dirname, '../../../../data');
const FIXTURE = path.resolve(__dirname, '../../../datasets/__fixtures__/with-recognitions/recognitions.csv');

function read(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(DATA_DIR, file)));
}

export function dataFiles(): DatasetFiles {
  return {
    'targets.csv': read('targets.csv'),
    'recognitions.csv': read('recognitions.csv'),
    'ocop-totals.csv': read('ocop-totals.csv'),
    'tile-grid.csv': read('tile-grid.csv'),
  };
}

function pagesFrom(files: DatasetFiles, siteUrl = 'https://example.org/'): DataPages {
  const result = validateDatasets(files);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return buildDataPages(result.datasets, {baseUrl: '/', siteUrl});
}

/** recognitions.csv with its header line only, as published before the first decision. */
export function noRecognitionsFile(): Uint8Array {
  const header = new TextDecoder().decode(read('recognitions.csv')).split(/\r?\n/)[0]!;
  return new TextEncoder().encode(`${header}\n`);
}

export const publishedPages = (): DataPages => pagesFrom(dataFiles());
export const fixturePages = (): DataPages => pagesFrom({...dataFiles(), 'recognitions.csv': new Uint8Array(fs.readFileSync(FIXTURE))});
export const noRecognitionPages = (siteUrl?: string): DataPages => pagesFrom({...dataFiles(), 'recognitions.csv': noRecognitionsFile()}, siteUrl);
