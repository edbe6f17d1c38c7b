/**
 * data/ocop-totals.csv: the province's cumulative number of OCOP products
 * (3 stars or more) at dates reported by cited sources. Sources disagree for
 * early 2025; each figure is kept with a note rather than picking one.
 */
import {CellReader, type ReportedCount} from './cells';
import type {DataProblem} from './problems';
import {readTable, type ColumnSpec} from './table';

export const OCOP_TOTALS_FILE = 'ocop-totals.csv';

export type OcopTotalsColumn = 'ngay' | 'tong' | 'sao_5' | 'sao_4' | 'sao_3' | 'nguon' | 'ghi_chu' | 'trang_thai';

/** Value of `trang_thai` for a figure the site doubts: drawn and listed with its note, never "the latest figure". */
export const DOUBTED = 'nghi-van';
/** Put before a doubted figure's note wherever it is listed. */
export const DOUBTED_NOTE = 'Số liệu bị nghi vấn, không dùng làm số mới nhất.';

/** Examples from one cited row (06/02/2025: 573 = 2 + 57 + 514). */
const countSpec = (name: OcopTotalsColumn, description: string, required: boolean, example: string): ColumnSpec<OcopTotalsColumn> => ({
  name,
  type: 'số nguyên ≥ 0, hoặc >N',
  description,
  allowed: required ? 'số nguyên; >N khi nguồn chỉ ghi "hơn N"' : 'để trống nếu nguồn không chia theo hạng sao; >N khi nguồn chỉ ghi "hơn N"',
  required,
  example,
});

export const OCOP_TOTALS_COLUMNS: readonly ColumnSpec<OcopTotalsColumn>[] = [
  {name: 'ngay', type: 'ngày YYYY-MM-DD', description: 'Thời điểm của số liệu. Nếu nguồn chỉ cho biết tháng hoặc mùa, ghi ngày ước tính và giải thích ở cột ghi_chu.', required: true, example: '2025-02-06'},
  countSpec('tong', 'Tổng số sản phẩm OCOP (3 sao trở lên) của tỉnh tính đến ngày đó.', true, '573'),
  countSpec('sao_5', 'Trong đó: số sản phẩm 5 sao.', false, '2'),
  countSpec('sao_4', 'Trong đó: số sản phẩm 4 sao.', false, '57'),
  countSpec('sao_3', 'Trong đó: số sản phẩm 3 sao.', false, '514'),
  {name: 'nguon', type: 'địa chỉ web', description: 'Bài viết hoặc văn bản nêu số liệu.', required: true, example: 'https://…'},
  {name: 'ghi_chu', type: 'văn bản', description: 'Ghi chú: ngày ước tính, số liệu mâu thuẫn giữa các nguồn, cách hiểu số liệu.', required: false, example: 'Ngày ước tính theo…'},
  {
    name: 'trang_thai',
    type: 'mã',
    description: `Để trống với số liệu bình thường. Ghi ${DOUBTED} khi số liệu mâu thuẫn với các nguồn khác và có lý do để nghi ngờ (giải thích ở cột ghi_chu): số đó vẫn được vẽ và liệt kê kèm ghi chú, nhưng không bao giờ được dùng làm "số mới nhất", số nêu ở đầu trang hay ngày "số liệu tính đến". Cột có thể không có trong tệp.`,
    allowed: `để trống; ${DOUBTED}`,
    required: false,
    example: DOUBTED,
    optionalColumn: true,
  },
];

export interface OcopTotalRow {
  ngay: string;
  tong: ReportedCount;
  sao_5: ReportedCount | null;
  sao_4: ReportedCount | null;
  sao_3: ReportedCount | null;
  nguon: string;
  ghi_chu: string;
  /** `trang_thai` = nghi-van: kept, drawn and listed, never the latest figure. */
  doubted: boolean;
  line: number;
}

export interface OcopTotalsResult {
  rows: OcopTotalRow[];
  problems: DataProblem[];
}

export function validateOcopTotals(input: Uint8Array | string, file = OCOP_TOTALS_FILE): OcopTotalsResult {
  const table = readTable(input, file, OCOP_TOTALS_COLUMNS);
  const problems = [...table.problems];
  const rows: OcopTotalRow[] = [];
  const firstLineOf = new Map<string, number>();
  const reader = new CellReader(file, table.index, problems);
  for (const record of table.records) {
    const cell = reader.at(record);
    const before = problems.length;
    const ngay = cell.isoDate('ngay');
    const tong = cell.reportedCount('tong', {optional: false});
    const stars = {
      sao_5: cell.reportedCount('sao_5', {optional: true}) ?? null,
      sao_4: cell.reportedCount('sao_4', {optional: true}) ?? null,
      sao_3: cell.reportedCount('sao_3', {optional: true}) ?? null,
    };
    const nguon = cell.text('nguon', 'Hãy ghi đường dẫn tới bài viết hoặc văn bản nêu số liệu.');
    if (nguon !== undefined && /^https?:/i.test(nguon) && !URL.canParse(nguon)) {
      cell.report('nguon', `cột "nguon": đường dẫn "${nguon}" không hợp lệ. Hãy chép lại đầy đủ địa chỉ, bắt đầu bằng https://.`);
    }
    const status = cell.raw('trang_thai') ?? '';
    if (status !== '' && status !== DOUBTED) {
      cell.report('trang_thai', `cột "trang_thai": "${status}" không phải giá trị được dùng. Hãy để trống (số liệu bình thường) hoặc ghi ${DOUBTED} (số liệu bị nghi vấn, giải thích ở cột ghi_chu).`);
    }
    if (status === DOUBTED && (cell.raw('ghi_chu') ?? '') === '') {
      cell.report('ghi_chu', `cột "ghi_chu": ô trống, trong khi cột "trang_thai" ghi ${DOUBTED}. Hãy ghi vì sao số liệu bị nghi vấn (ví dụ: mâu thuẫn với số của nguồn nào, ngày nào).`);
    }
    const {sao_5, sao_4, sao_3} = stars;
    if (tong && sao_5 && sao_4 && sao_3 && ![tong, sao_5, sao_4, sao_3].some((c) => c.lowerBound)) {
      const sum = sao_5.value + sao_4.value + sao_3.value;
      if (sum !== tong.value) {
        cell.report('tong', `cột "tong": tổng các hạng sao không khớp: ${sao_5.value} + ${sao_4.value} + ${sao_3.value} = ${sum}, nhưng cột "tong" ghi ${tong.value}. Hãy ghi đúng số của nguồn; nếu nguồn không chia hạng sao, để trống các cột sao.`);
      }
    }
    if (ngay !== undefined && tong !== undefined && nguon !== undefined) {
      const key = `${ngay}|${tong.lowerBound ? '>' : ''}${tong.value}|${nguon}`;
      const first = firstLineOf.get(key);
      if (first !== undefined) cell.report(undefined, `dòng này trùng với dòng ${first} (cùng ngày, cùng số, cùng nguồn). Hãy xóa dòng trùng.`);
      else firstLineOf.set(key, record.line);
    }
    if (problems.length === before && ngay !== undefined && tong !== undefined && nguon !== undefined) {
      rows.push({ngay, tong, ...stars, nguon, ghi_chu: cell.raw('ghi_chu') ?? '', doubted: status === DOUBTED, line: record.line});
    }
  }
  return {rows, problems};
}

/** Rows in date order (file order within a day). */
export const byDate = (rows: readonly OcopTotalRow[]): OcopTotalRow[] =>
  [...rows].sort((a, b) => (a.ngay < b.ngay ? -1 : a.ngay > b.ngay ? 1 : a.line - b.line));

/** The latest figure the site stands by: the last row by date that is not doubted, or null. */
export function latestTotal(rows: readonly OcopTotalRow[]): OcopTotalRow | null {
  return byDate(rows.filter((r) => !r.doubted)).at(-1) ?? null;
}
