/**
 * data/targets.csv: the plan's appendix, one row per district-level unit,
 * with the number of new OCOP products to reach in 2025, by star.
 */
import {PLAN, PLAN_TOTALS, type StarCounts} from './plan36';
import {CellReader} from './cells';
import type {DataProblem} from './problems';
import {readTable, type ColumnSpec} from './table';
import {closest, fold, slugify} from '../text/vietnamese';

export const TARGETS_FILE = 'targets.csv';

export type TargetColumn = 'ma_don_vi' | 'don_vi' | 'tong' | 'sao_5' | 'sao_4' | 'sao_3';

/** Examples from one row (Huyện Nga Sơn: 8 = 2 + 2 + 4), so that they add up as the rule says. */
const countSpec = (name: TargetColumn, description: string, example: string): ColumnSpec<TargetColumn> => ({
  name,
  type: 'số nguyên ≥ 0',
  description,
  required: true,
  example,
});

export const TARGET_COLUMNS: readonly ColumnSpec<TargetColumn>[] = [
  {
    name: 'ma_don_vi',
    type: 'mã (chữ thường không dấu, nối bằng "-")',
    description: 'Mã cố định của đơn vị, dùng trong địa chỉ trang /chi-tieu/<mã>/. Viết từ tên đơn vị, bỏ "Huyện", "TP", "TX".',
    allowed: 'chữ a–z, số và dấu "-"; không trùng nhau',
    required: true,
    example: 'nga-son',
  },
  {
    name: 'don_vi',
    type: 'văn bản',
    description: 'Tên đơn vị đúng như phụ lục của Kế hoạch.',
    required: true,
    example: 'Huyện Nga Sơn',
  },
  countSpec('tong', 'Tổng số sản phẩm OCOP mới phải đạt năm 2025; bằng sao_5 + sao_4 + sao_3.', '8'),
  countSpec('sao_5', 'Số sản phẩm 5 sao (do Trung ương công nhận).', '2'),
  countSpec('sao_4', 'Số sản phẩm 4 sao (do cấp tỉnh công nhận).', '2'),
  countSpec('sao_3', 'Số sản phẩm 3 sao (do cấp huyện công nhận, theo Kế hoạch).', '4'),
];

export interface TargetRow extends StarCounts {
  ma_don_vi: string;
  don_vi: string;
  /** Line in targets.csv, for messages. */
  line: number;
}

export interface TargetsResult {
  rows: TargetRow[];
  problems: DataProblem[];
  /**
   * Every well-formed, distinct unit code in the file, even on rows with
   * other problems, so that other files are checked against it; null when
   * the file could not be read.
   */
  unitCodes: string[] | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TOTAL_ROW_WORDS = new Set(['tong', 'tong cong', 'cong', 'toan tinh', 'tong so', 'total']);
const UNIT_PREFIX = /^(huyện|thị xã|thành phố|tp\.?|tx\.?)\s+/iu;

/** "Huyện Nga Sơn" → "Nga Sơn"; "TP Thanh Hóa" → "Thanh Hóa". */
export function stripUnitPrefix(name: string): string {
  return name.replace(UNIT_PREFIX, '');
}

/** The label used in charts: "Nga Sơn", "TP Thanh Hóa", "TX Bỉm Sơn". */
export function shortUnitName(name: string): string {
  return name.replace(/^huyện\s+/iu, '');
}

function isTotalsRow(cell: CellReader<TargetColumn>): boolean {
  return [cell.raw('ma_don_vi'), cell.raw('don_vi')].some((c) => c !== undefined && TOTAL_ROW_WORDS.has(fold(c).replace(/[.:]/g, '')));
}

const STAR_KEYS = ['sao_5', 'sao_4', 'sao_3'] as const;

/** Parses and checks targets.csv; returns the valid rows and every problem. */
export function validateTargets(input: Uint8Array | string, file = TARGETS_FILE): TargetsResult {
  const table = readTable(input, file, TARGET_COLUMNS);
  const problems = [...table.problems];
  const rows: TargetRow[] = [];
  const firstLineOf = new Map<string, number>();
  let complete = table.readable;

  const reader = new CellReader(file, table.index, problems);
  for (const record of table.records) {
    const cell = reader.at(record);
    if (isTotalsRow(cell)) {
      cell.report(
        undefined,
        `đây là dòng tổng cộng chép từ bảng của Kế hoạch ("${cell.raw('don_vi') || cell.raw('ma_don_vi')}"). Hãy xóa dòng này: tổng được tính tự động từ các đơn vị, giữ lại sẽ bị cộng hai lần. Dòng này không được tính.`,
      );
      complete = false;
      continue;
    }
    const before = problems.length;
    const ma = cell.text('ma_don_vi', 'Hãy ghi mã đơn vị, ví dụ nga-son.');
    const name = cell.text('don_vi', 'Hãy ghi tên đơn vị như trong Kế hoạch, ví dụ Huyện Nga Sơn.');
    if (ma !== undefined) {
      if (!SLUG.test(ma)) {
        cell.report('ma_don_vi', `cột "ma_don_vi": mã "${ma}" không hợp lệ. Mã chỉ gồm chữ thường không dấu, số và dấu "-", ví dụ "${slugify(ma) || 'nga-son'}".`);
      } else if (firstLineOf.has(ma)) {
        cell.report('ma_don_vi', `cột "ma_don_vi": mã "${ma}" bị trùng với dòng ${firstLineOf.get(ma)}. Mỗi đơn vị chỉ có một dòng; hãy xóa hoặc sửa một trong hai dòng.`);
      } else if (name !== undefined && slugify(stripUnitPrefix(name)) !== ma) {
        const expected = slugify(stripUnitPrefix(name));
        cell.report('ma_don_vi', `cột "ma_don_vi": mã "${ma}" không khớp với tên "${name}". Mã đúng cho đơn vị này là "${expected}".`);
      }
      if (!firstLineOf.has(ma) && SLUG.test(ma)) firstLineOf.set(ma, record.line);
    }
    const counts = {tong: cell.count('tong'), sao_5: cell.count('sao_5'), sao_4: cell.count('sao_4'), sao_3: cell.count('sao_3')};
    const {tong, sao_5, sao_4, sao_3} = counts;
    if (tong !== undefined && sao_5 !== undefined && sao_4 !== undefined && sao_3 !== undefined && sao_5 + sao_4 + sao_3 !== tong) {
      cell.report(
        'tong',
        `cột "tong": tổng các hạng sao không khớp: sao_5 + sao_4 + sao_3 = ${sao_5} + ${sao_4} + ${sao_3} = ${sao_5 + sao_4 + sao_3}, nhưng cột "tong" ghi ${tong}. Hãy sửa cho tong bằng tổng ba cột sao.`,
      );
    }
    if (problems.length === before && ma !== undefined && name !== undefined && tong !== undefined && sao_5 !== undefined && sao_4 !== undefined && sao_3 !== undefined) {
      rows.push({ma_don_vi: ma, don_vi: name, tong, sao_5, sao_4, sao_3, line: record.line});
    } else {
      complete = false;
    }
  }

  // Whole-file checks only make sense when every row was read.
  if (complete && table.present.size === TARGET_COLUMNS.length) {
    if (rows.length !== PLAN.unitCount) {
      problems.push({
        file,
        line: 1,
        message: `tệp có ${rows.length} đơn vị, nhưng phụ lục Kế hoạch ${PLAN.number} có ${PLAN.unitCount} đơn vị. Hãy kiểm tra dòng bị thiếu hoặc thừa.`,
      });
    }
    for (const key of ['tong', ...STAR_KEYS] as const) {
      const sum = rows.reduce((s, r) => s + r[key], 0);
      if (sum !== PLAN_TOTALS[key]) {
        problems.push({
          file,
          line: 1,
          column: key,
          message: `cột "${key}": cộng các đơn vị được ${sum}, nhưng Kế hoạch ${PLAN.number} ghi tổng ${PLAN_TOTALS[key]}. Hãy đối chiếu từng dòng với phụ lục của Kế hoạch.`,
        });
      }
    }
  }
  return {rows, problems, unitCodes: table.readable && table.present.has('ma_don_vi') ? [...firstLineOf.keys()] : null};
}

/** The known unit codes, for "did you mean" suggestions in other files. */
export function suggestUnit(input: string, known: readonly string[]): string | undefined {
  return closest(input, known);
}
