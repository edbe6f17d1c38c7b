/**
 * data/tile-grid.csv: where each unit's square goes on the tile-grid map
 * (row and column, counted from 0 at the top left), placed roughly by
 * geography: the western mountains on the left, the coast on the right.
 */
import {CellReader} from './cells';
import type {DataProblem} from './problems';
import {readTable, type ColumnSpec} from './table';
import {closest} from '../text/vietnamese';

export const TILE_GRID_FILE = 'tile-grid.csv';

export type TileGridColumn = 'ma_don_vi' | 'hang' | 'cot';

export const TILE_GRID_COLUMNS: readonly ColumnSpec<TileGridColumn>[] = [
  {name: 'ma_don_vi', type: 'mã đơn vị', description: 'Đơn vị có ô trên bản đồ ô vuông.', allowed: 'mỗi mã trong targets.csv đúng một lần', required: true, example: 'nga-son'},
  {name: 'hang', type: 'số nguyên ≥ 0', description: 'Hàng của ô, tính từ 0 ở trên cùng (phía bắc).', required: true, example: '0'},
  {name: 'cot', type: 'số nguyên ≥ 0', description: 'Cột của ô, tính từ 0 ở bên trái (phía tây).', required: true, example: '5'},
];

export interface TilePosition {
  ma_don_vi: string;
  hang: number;
  cot: number;
}

export interface TileGridResult {
  rows: TilePosition[];
  problems: DataProblem[];
}

export function validateTileGrid(input: Uint8Array | string, unitCodes: readonly string[] | null, file = TILE_GRID_FILE): TileGridResult {
  const table = readTable(input, file, TILE_GRID_COLUMNS);
  const problems = [...table.problems];
  const rows: TilePosition[] = [];
  // Without readable unit codes there is nothing to check codes against.
  const known = unitCodes === null ? null : new Set(unitCodes);
  const unitLine = new Map<string, number>();
  const cellLine = new Map<string, number>();
  const reader = new CellReader(file, table.index, problems);
  for (const record of table.records) {
    const cell = reader.at(record);
    const before = problems.length;
    const ma = cell.text('ma_don_vi', 'Hãy ghi mã đơn vị như trong targets.csv.');
    if (ma !== undefined) {
      if (known !== null && !known.has(ma)) {
        const guess = closest(ma, unitCodes ?? []);
        cell.report('ma_don_vi', `cột "ma_don_vi": mã "${ma}" không có trong targets.csv.${guess !== undefined ? ` Có phải là "${guess}"?` : ''}`);
      } else if (unitLine.has(ma)) {
        cell.report('ma_don_vi', `cột "ma_don_vi": mã "${ma}" bị trùng với dòng ${unitLine.get(ma)}. Mỗi đơn vị chỉ có một ô; hãy xóa một dòng.`);
      } else {
        unitLine.set(ma, record.line);
      }
    }
    const hang = cell.count('hang');
    const cot = cell.count('cot');
    if (hang !== undefined && cot !== undefined) {
      const key = `${hang},${cot}`;
      const first = cellLine.get(key);
      if (first !== undefined) cell.report('cot', `ô ở hàng ${hang}, cột ${cot} đã có đơn vị ở dòng ${first}. Hai đơn vị không được chung một ô; hãy đổi hàng hoặc cột.`);
      else cellLine.set(key, record.line);
    }
    if (problems.length === before && ma !== undefined && hang !== undefined && cot !== undefined) rows.push({ma_don_vi: ma, hang, cot});
  }
  if (unitCodes !== null && table.readable && table.present.size === TILE_GRID_COLUMNS.length) {
    const missing = unitCodes.filter((c) => !unitLine.has(c));
    if (missing.length > 0) {
      problems.push({file, line: 1, column: 'ma_don_vi', message: `thiếu ô cho ${missing.length} đơn vị: ${missing.join(', ')}. Hãy thêm mỗi đơn vị một dòng với hàng và cột.`});
    }
  }
  return {rows, problems};
}
