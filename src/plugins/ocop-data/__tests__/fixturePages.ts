/** Page data built from data/ (published) and from data/ + the fake recognitions fixture (tests only). */
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

function pagesFrom(files: DatasetFiles): DataPages {
  const result = validateDatasets(files);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return buildDataPages(result.datasets, {baseUrl: '/', siteUrl: 'https://example.org/'});
}

export const publishedPages = (): DataPages => pagesFrom(dataFiles());
export const fixturePages = (): DataPages => pagesFrom({...dataFiles(), 'recognitions.csv': new Uint8Array(fs.readFileSync(FIXTURE))});
