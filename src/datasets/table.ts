/**
 * Column schemas and the header check shared by every CSV file: missing,
 * misspelled, duplicate, unknown or reordered columns, and rows with the
 * wrong number of cells. The result gives each row's cells by column name.
 */
import {readCsv} from './csv';
import type {DataProblem} from './problems';
import {editDistance, fold} from '../text/vietnamese';

/** One column of a CSV file, as the data dictionary describes it. */
export interface ColumnSpec<Name extends string = string> {
  name: Name;
  /** Type as written in the dictionary, e.g. "số nguyên ≥ 0". */
  type: string;
  /** What the column holds, in Vietnamese. */
  description: string;
  /** Allowed values or format, when restricted. */
  allowed?: string;
  /** False when the cell may be left blank. */
  required: boolean;
  /** An example value. */
  example: string;
  /**
   * True for a column that a file may leave out of its header altogether
   * (added after the file was first published: older copies stay valid).
   * Such columns come last in the schema.
   */
  optionalColumn?: boolean;
}

/** A data row: its line and its trimmed cells, in header order. */
export interface TableRecord {
  line: number;
  cells: readonly string[];
}

export interface TableReadResult<Name extends string> {
  records: TableRecord[];
  /** Position of each column present under its exact name. */
  index: ReadonlyMap<Name, number>;
  problems: DataProblem[];
  /** False when the file could not be read at all (encoding, separator, empty). */
  readable: boolean;
  /** Columns present under their exact name. */
  present: ReadonlySet<Name>;
}

function looksLike(actual: string, expected: string): boolean {
  const a = fold(actual).replace(/[\s_-]+/g, '');
  const e = fold(expected).replace(/[\s_-]+/g, '');
  return a === e || editDistance(a, e) <= 2;
}

/** The header as the dictionary writes it: "a,b,c" or, with optional last columns, "a,b,c (có thể thêm cột d ở cuối)". */
export function headerList(columns: readonly ColumnSpec[]): string {
  const required = columns.filter((c) => c.optionalColumn !== true).map((c) => c.name);
  const optional = columns.filter((c) => c.optionalColumn === true).map((c) => c.name);
  return optional.length === 0 ? required.join(',') : `${required.join(',')} (có thể thêm cột ${optional.join(',')} ở cuối)`;
}

function checkHeader<Name extends string>(
  file: string,
  line: number,
  header: readonly string[],
  columns: readonly ColumnSpec<Name>[],
): {problems: DataProblem[]; index: Map<Name, number>} {
  const expected = columns.map((c) => c.name);
  const optional = columns.filter((c) => c.optionalColumn === true).map((c) => c.name);
  const list = headerList(columns);
  const problems: DataProblem[] = [];
  const index = new Map<Name, number>();
  const seen = new Map<string, number[]>();
  header.forEach((name, i) => seen.set(name, [...(seen.get(name) ?? []), i + 1]));

  for (const [name, positions] of seen) {
    if (positions.length > 1 && name !== '') {
      problems.push({
        file,
        line,
        column: name,
        message: `cột "${name}" xuất hiện ${positions.length} lần (các cột thứ ${positions.join(', ')}). Hãy xóa cột thừa, chỉ giữ một cột "${name}".`,
      });
    }
  }
  header.forEach((name, i) => {
    if ((expected as string[]).includes(name) && !index.has(name as Name)) index.set(name as Name, i);
  });
  const missing = expected.filter((n) => !index.has(n) && !(optional as string[]).includes(n));
  const claimed = new Set<string>();
  header.forEach((name, i) => {
    if ((expected as string[]).includes(name)) return;
    const guess = missing.find((m) => !claimed.has(m) && name !== '' && looksLike(name, m));
    if (guess !== undefined) {
      claimed.add(guess);
      problems.push({
        file,
        line,
        column: name,
        message: `cột "${name}" viết sai tên. Hãy sửa tiêu đề cột thành "${guess}" (chữ thường, không dấu, đúng như mẫu: ${list}).`,
      });
    } else if (name === '') {
      problems.push({
        file,
        line,
        message: `cột thứ ${i + 1} không có tên. Hãy xóa cột này (kể cả các ô trống bên dưới) hoặc đặt đúng tên. Tiêu đề đúng là: ${list}`,
      });
    } else {
      problems.push({
        file,
        line,
        column: name,
        message: `cột "${name}" không thuộc tệp này. Hãy xóa cột này. Tiêu đề đúng là: ${list}`,
      });
    }
  });
  for (const name of missing) {
    if (claimed.has(name)) continue;
    problems.push({file, line, column: name, message: `thiếu cột "${name}". Tiêu đề đúng là: ${list}`});
  }
  if (problems.length === 0 && header.join(',') !== expected.filter((n) => index.has(n)).join(',')) {
    problems.push({
      file,
      line,
      message: `các cột đúng tên nhưng sai thứ tự. Hãy sắp xếp lại theo đúng mẫu: ${list}`,
    });
  }
  return {problems, index};
}

/** Reads a CSV file against its column schema. */
export function readTable<Name extends string>(
  input: Uint8Array | string,
  file: string,
  columns: readonly ColumnSpec<Name>[],
): TableReadResult<Name> {
  const csv = readCsv(
    input,
    file,
    columns.filter((c) => c.optionalColumn !== true).map((c) => c.name),
  );
  if (!csv.ok) return {records: [], index: new Map(), problems: csv.problems, readable: false, present: new Set()};
  const {problems, index} = checkHeader(file, csv.header.line, csv.header.cells, columns);
  problems.push(...csv.problems);
  const width = csv.header.cells.length;
  const records: TableRecord[] = [];
  for (const row of csv.rows) {
    if (row.cells.length !== width) {
      problems.push({
        file,
        line: row.line,
        message: `dòng này có ${row.cells.length} ô nhưng tiêu đề có ${width} cột. Nếu một ô có dấu phẩy, hãy đặt cả ô trong dấu ngoặc kép, ví dụ "Gạo, nếp"; nếu thừa ô trống ở cuối dòng, hãy xóa chúng.`,
      });
      continue;
    }
    records.push(row);
  }
  return {records, index, problems, readable: true, present: new Set(index.keys())};
}
