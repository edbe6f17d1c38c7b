/**
 * Validates every file of data/ together (recognitions and the tile grid are
 * checked against the unit codes of targets.csv) and returns all problems.
 * Pure: the caller reads the files.
 */
import {OCOP_TOTALS_COLUMNS, OCOP_TOTALS_FILE, validateOcopTotals, type OcopTotalRow} from './ocopTotals';
import type {DataProblem} from './problems';
import {RECOGNITION_COLUMNS, RECOGNITIONS_FILE, validateRecognitions, type RecognitionRow} from './recognitions';
import {headerList, type ColumnSpec} from './table';
import {TARGET_COLUMNS, TARGETS_FILE, validateTargets, type TargetRow} from './targets';
import {TILE_GRID_COLUMNS, TILE_GRID_FILE, validateTileGrid, type TilePosition} from './tileGrid';

/** The CSV files of data/, in the order they are checked and listed. */
export const DATA_FILES = [TARGETS_FILE, RECOGNITIONS_FILE, OCOP_TOTALS_FILE, TILE_GRID_FILE] as const;
export type DataFileName = (typeof DATA_FILES)[number];

export const DATA_FILE_COLUMNS: Readonly<Record<DataFileName, readonly ColumnSpec[]>> = {
  [TARGETS_FILE]: TARGET_COLUMNS,
  [RECOGNITIONS_FILE]: RECOGNITION_COLUMNS,
  [OCOP_TOTALS_FILE]: OCOP_TOTALS_COLUMNS,
  [TILE_GRID_FILE]: TILE_GRID_COLUMNS,
};

/** File contents by name; undefined when the file does not exist. */
export type DatasetFiles = Readonly<Partial<Record<DataFileName, Uint8Array | string>>>;

export interface Datasets {
  targets: TargetRow[];
  recognitions: RecognitionRow[];
  ocopTotals: OcopTotalRow[];
  tileGrid: TilePosition[];
}

export type DatasetsResult = {ok: true; datasets: Datasets} | {ok: false; problems: DataProblem[]};

export function validateDatasets(files: DatasetFiles): DatasetsResult {
  const missing: DataProblem[] = DATA_FILES.filter((f) => files[f] === undefined).map((file) => ({
    file,
    line: 1,
    message: `không tìm thấy tệp. Hãy tạo tệp ${file} trong thư mục dữ liệu, với dòng tiêu đề: ${headerList(DATA_FILE_COLUMNS[file])}`,
  }));
  const targets = validateTargets(files[TARGETS_FILE] ?? '', TARGETS_FILE);
  const codes = files[TARGETS_FILE] === undefined ? null : targets.unitCodes;
  const recognitions = validateRecognitions(files[RECOGNITIONS_FILE] ?? '', codes, RECOGNITIONS_FILE);
  const ocopTotals = validateOcopTotals(files[OCOP_TOTALS_FILE] ?? '', OCOP_TOTALS_FILE);
  const tileGrid = validateTileGrid(files[TILE_GRID_FILE] ?? '', codes, TILE_GRID_FILE);
  const present = (file: DataFileName, problems: DataProblem[]) => (files[file] === undefined ? [] : problems);
  const problems = [
    ...missing,
    ...present(TARGETS_FILE, targets.problems),
    ...present(RECOGNITIONS_FILE, recognitions.problems),
    ...present(OCOP_TOTALS_FILE, ocopTotals.problems),
    ...present(TILE_GRID_FILE, tileGrid.problems),
  ];
  if (problems.length > 0) return {ok: false, problems};
  return {
    ok: true,
    datasets: {targets: targets.rows, recognitions: recognitions.rows, ocopTotals: ocopTotals.rows, tileGrid: tileGrid.rows},
  };
}
