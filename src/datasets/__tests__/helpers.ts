/** Shared test helpers: the real data files, and CSV text builders. */
import fs from 'node:fs';
import path from 'node:path';
import {formatProblem, type DataProblem} from '../problems';

export const DATA_DIR = path.resolve(__dirname, '../../../data');
export const FIXTURE_DIR = path.resolve(__dirname, '../__fixtures__/with-recognitions');
/** The province totals frozen as published on 30/11/2026: exact figures are tested here, not on data/. */
export const TOTALS_FIXTURE_DIR = path.resolve(__dirname, '../__fixtures__/totals-2025');

export function readData(file: string): string {
  return fs.readFileSync(path.join(DATA_DIR, file), 'utf8');
}

export function readFixture(file: string, dir: string = FIXTURE_DIR): string {
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

/** Problems as the CLI prints them. */
export function lines(problems: readonly DataProblem[]): string[] {
  return problems.map(formatProblem);
}

/** The real targets.csv with one line (1-based) replaced. */
export function targetsWithLine(line: number, text: string): string {
  const rows = readData('targets.csv').split('\n');
  rows[line - 1] = text;
  return rows.join('\n');
}

export const RECOGNITIONS_HEADER = 'ngay,so_quyet_dinh,ma_don_vi,san_pham,chu_the,nhom,sao,loai,nguon';
export const GOOD_RECOGNITION = '2025-04-10,9001/QĐ-KIEMTHU,nga-son,Sản phẩm thử,Chủ thể thử,thuc-pham,3,moi,Dữ liệu giả';
