/**
 * data/recognitions.csv: one row per OCOP product recognised in 2025, taken
 * from a cited decision. New products (`loai` = moi) count towards the
 * plan's "thêm 160"; re-recognised ones (cong-nhan-lai) are listed but do
 * not count.
 */
import {PLAN} from './plan36';
import {CellReader} from './cells';
import type {DataProblem} from './problems';
import {PRODUCT_GROUP_CODES, PRODUCT_GROUP_LABELS, type ProductGroupCode} from './productGroups';
import {readTable, type ColumnSpec} from './table';
import {closest} from '../text/vietnamese';

export const RECOGNITIONS_FILE = 'recognitions.csv';

export type RecognitionColumn = 'ngay' | 'so_quyet_dinh' | 'ma_don_vi' | 'san_pham' | 'chu_the' | 'nhom' | 'sao' | 'loai' | 'nguon' | 'dia_ban';

export const RECOGNITION_KINDS = ['moi', 'cong-nhan-lai'] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];
export const RECOGNITION_KIND_LABELS: Readonly<Record<RecognitionKind, string>> = {
  moi: 'Sản phẩm mới',
  'cong-nhan-lai': 'Công nhận lại',
};

export const STAR_VALUES = [3, 4, 5] as const;
export type Star = (typeof STAR_VALUES)[number];

export const RECOGNITION_COLUMNS: readonly ColumnSpec<RecognitionColumn>[] = [
  {name: 'ngay', type: 'ngày YYYY-MM-DD', description: 'Ngày ký quyết định công nhận.', allowed: `ngày có thật trong năm ${PLAN.year}`, required: true, example: '2025-06-30'},
  {name: 'so_quyet_dinh', type: 'văn bản', description: 'Số và ký hiệu của quyết định công nhận.', allowed: 'dạng số/QĐ-cơ quan', required: true, example: '1234/QĐ-UBND'},
  {name: 'ma_don_vi', type: 'mã đơn vị', description: 'Đơn vị cấp huyện của Kế hoạch mà sản phẩm được tính vào. Với quyết định sau 01/07/2025: đơn vị cấp huyện cũ có địa bàn chứa xã, phường của chủ thể (xã, phường mới lập từ xã của hai huyện cũ: huyện cũ của địa chỉ chủ thể ghi trong quyết định hoặc hồ sơ).', allowed: 'một mã trong cột ma_don_vi của targets.csv', required: true, example: 'nga-son'},
  {name: 'san_pham', type: 'văn bản', description: 'Tên sản phẩm như trong quyết định.', required: true, example: 'Chiếu cói'},
  {name: 'chu_the', type: 'văn bản', description: 'Tên chủ thể OCOP (doanh nghiệp, hợp tác xã, tổ hợp tác, hộ sản xuất).', required: true, example: 'Hợp tác xã …'},
  {name: 'nhom', type: 'mã nhóm', description: 'Nhóm sản phẩm theo Quyết định 148/QĐ-TTg.', allowed: PRODUCT_GROUP_CODES.map((c) => `${c} (${PRODUCT_GROUP_LABELS[c]})`).join('; '), required: true, example: 'thu-cong-my-nghe'},
  {name: 'sao', type: 'số nguyên', description: 'Hạng sao được công nhận.', allowed: '3, 4 hoặc 5', required: true, example: '3'},
  {name: 'loai', type: 'mã', description: 'moi: sản phẩm mới, được tính vào mục tiêu "thêm 160 sản phẩm"; cong-nhan-lai: sản phẩm được công nhận lại khi hết hạn 36 tháng, không được tính.', allowed: 'moi; cong-nhan-lai', required: true, example: 'moi'},
  {name: 'nguon', type: 'địa chỉ web hoặc tên văn bản', description: 'Nơi kiểm chứng: đường dẫn tới quyết định hoặc bài báo, hoặc tên văn bản.', required: true, example: 'https://…'},
  {name: 'dia_ban', type: 'văn bản', description: 'Xã, phường của chủ thể, viết đúng như quyết định ghi (quyết định sau 01/07/2025 ghi xã, phường mới, không ghi huyện). Cột có thể không có trong tệp; ô có thể để trống.', required: false, example: 'phường Hải Lĩnh', optionalColumn: true},
];

/** Where to find the unit of a row that has none: never guess it. */
const UNIT_HINT =
  'Hãy ghi mã đơn vị cấp huyện của Kế hoạch như trong targets.csv, ví dụ nga-son. Quyết định sau 01/07/2025 chỉ ghi xã, phường mới: tìm huyện cũ chứa xã, phường đó theo địa chỉ của chủ thể trong quyết định (hoặc hồ sơ), hoặc trong danh sách sắp xếp xã, phường của Nghị quyết 1686/NQ-UBTVQH15. Không đoán: chưa xác định được thì chưa ghi dòng này.';

export interface RecognitionRow {
  ngay: string;
  so_quyet_dinh: string;
  ma_don_vi: string;
  san_pham: string;
  chu_the: string;
  nhom: ProductGroupCode;
  sao: Star;
  loai: RecognitionKind;
  nguon: string;
  /** The commune or ward as the decision writes it; '' when not recorded. */
  dia_ban: string;
  line: number;
}

export interface RecognitionsResult {
  rows: RecognitionRow[];
  problems: DataProblem[];
}

/** A decision number: "1234/QĐ-UBND" (number/QĐ-issuer). */
export const DECISION_NUMBER = /^\d+\/QĐ-[\p{L}\p{N}.-]+$/u;

/** A date in the plan's year: only products recognised in that year are recorded (the day itself must also exist). */
export const RECOGNITION_DATE = new RegExp(`^${PLAN.year}-\\d{2}-\\d{2}$`);

/** Parses and checks recognitions.csv against the known unit codes. */
export function validateRecognitions(
  input: Uint8Array | string,
  unitCodes: readonly string[] | null,
  file = RECOGNITIONS_FILE,
): RecognitionsResult {
  const table = readTable(input, file, RECOGNITION_COLUMNS);
  const problems = [...table.problems];
  const rows: RecognitionRow[] = [];
  // Without readable unit codes there is nothing to check codes against.
  const known = unitCodes === null ? null : new Set(unitCodes);
  const firstLineOf = new Map<string, number>();

  const reader = new CellReader(file, table.index, problems);
  for (const record of table.records) {
    const cell = reader.at(record);
    const before = problems.length;
    const ngay = cell.isoDate('ngay');
    if (ngay !== undefined && !RECOGNITION_DATE.test(ngay)) {
      cell.report('ngay', `cột "ngay": ngày "${ngay}" không thuộc năm ${PLAN.year}. Tệp này chỉ ghi sản phẩm được công nhận trong năm ${PLAN.year} theo Kế hoạch ${PLAN.number}.`);
    }
    let so = cell.text('so_quyet_dinh', 'Hãy ghi số quyết định, ví dụ 1234/QĐ-UBND.');
    if (so !== undefined && !DECISION_NUMBER.test(so)) {
      const fixed = so.replace(/\s+/g, '').replace(/\/QD-/i, '/QĐ-');
      cell.report('so_quyet_dinh', `cột "so_quyet_dinh": "${so}" không đúng dạng số/QĐ-cơ quan.${DECISION_NUMBER.test(fixed) ? ` Có phải là "${fixed}"?` : ''} Ví dụ: 1234/QĐ-UBND.`);
      so = undefined;
    }
    const ma = cell.text('ma_don_vi', UNIT_HINT);
    if (ma !== undefined && known !== null && !known.has(ma)) {
      const guess = closest(ma, unitCodes ?? []);
      cell.report('ma_don_vi', `cột "ma_don_vi": mã "${ma}" không có trong targets.csv.${guess !== undefined ? ` Có phải là "${guess}"?` : ''} Hãy dùng đúng mã trong cột ma_don_vi của targets.csv.`);
    }
    const san_pham = cell.text('san_pham', 'Hãy ghi tên sản phẩm như trong quyết định.');
    const chu_the = cell.text('chu_the', 'Hãy ghi tên chủ thể như trong quyết định.');
    const nhom = cell.oneOf('nhom', PRODUCT_GROUP_CODES, PRODUCT_GROUP_LABELS);
    const saoRaw = cell.raw('sao');
    let sao: Star | undefined;
    if (saoRaw !== undefined) {
      const n = cell.count('sao');
      if (n !== undefined) {
        if ((STAR_VALUES as readonly number[]).includes(n)) sao = n as Star;
        else cell.report('sao', `cột "sao": giá trị "${saoRaw}" không hợp lệ. Chỉ sản phẩm 3, 4 hoặc 5 sao là sản phẩm OCOP; hãy ghi 3, 4 hoặc 5.`);
      }
    }
    const loai = cell.oneOf('loai', RECOGNITION_KINDS, RECOGNITION_KIND_LABELS);
    const nguon = cell.text('nguon', 'Hãy ghi đường dẫn tới quyết định hoặc bài báo, hoặc tên văn bản làm nguồn.');
    if (nguon !== undefined && /^https?:/i.test(nguon) && !URL.canParse(nguon)) {
      cell.report('nguon', `cột "nguon": đường dẫn "${nguon}" không hợp lệ. Hãy chép lại đầy đủ địa chỉ, bắt đầu bằng https://.`);
    }
    if (so !== undefined && san_pham !== undefined && chu_the !== undefined) {
      const key = `${so}\u0000${san_pham.toLowerCase()}\u0000${chu_the.toLowerCase()}`;
      const first = firstLineOf.get(key);
      if (first !== undefined) {
        cell.report(undefined, `sản phẩm "${san_pham}" của "${chu_the}" theo quyết định ${so} đã có ở dòng ${first}. Hãy xóa dòng trùng để không tính hai lần.`);
      } else {
        firstLineOf.set(key, record.line);
      }
    }
    if (
      problems.length === before &&
      ngay !== undefined && so !== undefined && ma !== undefined && san_pham !== undefined && chu_the !== undefined &&
      nhom !== undefined && sao !== undefined && loai !== undefined && nguon !== undefined
    ) {
      rows.push({ngay, so_quyet_dinh: so, ma_don_vi: ma, san_pham, chu_the, nhom, sao, loai, nguon, dia_ban: cell.raw('dia_ban') ?? '', line: record.line});
    }
  }
  return {rows, problems};
}
