/**
 * The only code that reads data files: it reads the CSV files of a data
 * folder as bytes and hands them to the pure validation in src/datasets.
 * Used by the plugin (build), the check:data CLI and the tests.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {DATA_FILES, validateDatasets, type DatasetFiles, type DatasetsResult, type DataFileName} from '../../datasets/validateDatasets';

/** Reads every data file that exists; a missing file is left undefined. */
export async function readDataDir(dataDir: string): Promise<DatasetFiles> {
  const entries = await Promise.all(
    DATA_FILES.map(async (file): Promise<[DataFileName, Uint8Array | undefined]> => {
      try {
        return [file, new Uint8Array(await fs.readFile(path.join(dataDir, file)))];
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [file, undefined];
        throw error;
      }
    }),
  );
  const files: Partial<Record<DataFileName, Uint8Array>> = {};
  for (const [file, bytes] of entries) if (bytes !== undefined) files[file] = bytes;
  return files;
}

/** Reads and validates a data folder. */
export async function loadDatasets(dataDir: string): Promise<{files: DatasetFiles; result: DatasetsResult}> {
  const files = await readDataDir(dataDir);
  return {files, result: validateDatasets(files)};
}
