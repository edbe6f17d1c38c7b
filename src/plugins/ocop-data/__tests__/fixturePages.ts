/**
 * Page data for tests. `publishedPages()`: from data/, for properties that
 * hold for any valid content. `fixturePages()`: the plan's targets and tile
 * grid from data/ (fixed by the plan's appendix) with the staff-edited files
 * taken from fixtures (fake recognitions, totals frozen on 30/11/2026), for
 * exact values.
 * `noRecognitionPages()`: the same fixtures with no recognition at all, as
 * published before the first decision.
 */
import fs from 'node:fs';
import path from 'node:path';
import {validateDatasets, type DatasetFiles} from '../../../datasets/validateDatasets';
import {buildDataPages, type DataPages} from '../pageData';

const DATA_DIR = path.resolve(__dirname, '../../../../data');
const FIXTURES = path.resolve(__dirname, '../../../datasets/__fixtures__');
const fixture = (file: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, file)));

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

/** The build date the fixture pages are built on. */
export const FIXTURE_BUILT_ON = '2026-11-30';
/** The report search the fixture pages are built with: none found, last searched on 15/11/2026. */
export const FIXTURE_REPORT = {found: null, lastSearched: '2026-11-15'};

function pagesFrom(files: DatasetFiles, siteUrl = 'https://example.org/'): DataPages {
  const result = validateDatasets(files);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return buildDataPages(result.datasets, {baseUrl: '/', siteUrl, builtOn: FIXTURE_BUILT_ON, report: FIXTURE_REPORT});
}

/** recognitions.csv with its header line only, as published before the first decision. */
export function noRecognitionsFile(): Uint8Array {
  const header = new TextDecoder().decode(read('recognitions.csv')).split(/\r?\n/)[0]!;
  return new TextEncoder().encode(`${header}\n`);
}

export const publishedPages = (): DataPages => pagesFrom(dataFiles());
export const fixtureFiles = (): DatasetFiles => ({
  ...dataFiles(),
  'recognitions.csv': fixture('with-recognitions/recognitions.csv'),
  'ocop-totals.csv': fixture('totals-2025/ocop-totals.csv'),
});
export const fixturePages = (): DataPages => pagesFrom(fixtureFiles());
export const noRecognitionPages = (siteUrl?: string): DataPages => pagesFrom({...fixtureFiles(), 'recognitions.csv': noRecognitionsFile()}, siteUrl);
