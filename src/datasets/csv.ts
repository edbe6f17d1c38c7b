/**
 * Reads the bytes of a CSV file as staff save it from a spreadsheet:
 * UTF-8 only (a byte-order mark is fine), comma-separated, any line ends,
 * cells trimmed, blank lines skipped. It never guesses: a file in another
 * encoding or with another separator is reported, not misread.
 */
import Papa from 'papaparse';
import type {DataProblem} from './problems';

export interface CsvRow {
  /** 1-based line where the row starts in the file. */
  line: number;
  cells: string[];
}

export type CsvReadResult =
  | {ok: true; header: CsvRow; rows: CsvRow[]; problems: DataProblem[]}
  | {ok: false; problems: DataProblem[]};

const SAVE_AS_UTF8 =
  'Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại với kiểu "CSV UTF-8 (phân cách bằng dấu phẩy)"; trong Google Sheets chọn Tệp → Tải xuống → Giá trị được phân tách bằng dấu phẩy (.csv).';

const utf8 = new TextDecoder('utf-8', {fatal: true});

/** The 1-based line of the first byte sequence that is not valid UTF-8. */
function firstNonUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i += 1) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line += 1;
      start = i + 1;
    }
  }
  return 1;
}

/** Decodes UTF-8 strictly and drops a byte-order mark. */
export function decodeUtf8(bytes: Uint8Array, file: string): {text: string} | {problem: DataProblem} {
  try {
    // TextDecoder drops the BOM itself (ignoreBOM is false by default).
    return {text: utf8.decode(bytes)};
  } catch {
    return {
      problem: {
        file,
        line: firstNonUtf8Line(bytes),
        message: `tệp không được lưu bằng bảng mã UTF-8 (có thể là Windows-1258 hoặc bảng mã mặc định của Excel), nên chữ tiếng Việt sẽ bị đọc sai. ${SAVE_AS_UTF8}`,
      },
    };
  }
}

/** Counts a character outside double quotes, enough to tell the separator. */
function countOutsideQuotes(line: string, ch: string): number {
  let inQuotes = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n += 1;
  }
  return n;
}

/**
 * Parses CSV text (or bytes) into trimmed rows with their line numbers.
 * `expectedHeader` is only used to word the messages.
 */
export function readCsv(input: Uint8Array | string, file: string, expectedHeader: readonly string[]): CsvReadResult {
  let text: string;
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '');
  } else {
    const decoded = decodeUtf8(input, file);
    if ('problem' in decoded) return {ok: false, problems: [decoded.problem]};
    text = decoded.text;
  }
  text = text.normalize('NFC');
  const headerHint = `Dòng đầu tiên phải là tiêu đề: ${expectedHeader.join(',')}`;

  if (text.trim() === '') {
    return {ok: false, problems: [{file, line: 1, message: `tệp trống. ${headerHint}, mỗi dòng sau là một bản ghi.`}]};
  }

  const lines = text.split('\n');
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  const firstLine = lines[firstIndex] ?? '';
  const commas = countOutsideQuotes(firstLine, ',');
  for (const [ch, name] of [
    [';', 'dấu chấm phẩy (;)'],
    ['\t', 'dấu tab'],
  ] as const) {
    if (countOutsideQuotes(firstLine, ch) > commas) {
      return {
        ok: false,
        problems: [
          {
            file,
            line: firstIndex + 1,
            message: `tệp dùng ${name} để ngăn cách các cột, không phải dấu phẩy, nên không đọc được (Excel thường lưu như vậy khi máy đặt kiểu số Việt Nam). ${SAVE_AS_UTF8}`,
          },
        ],
      };
    }
  }

  const problems: DataProblem[] = [];
  const rows: CsvRow[] = [];
  const parsed = Papa.parse<string[]>(text, {delimiter: ','});
  // Line numbers without a per-row callback: each row starts one line after
  // the previous one, plus the line breaks kept inside its quoted cells.
  const lineOfRow = new Array<number>(parsed.data.length);
  let line = 1;
  parsed.data.forEach((raw, r) => {
    lineOfRow[r] = line;
    // Trim in place: papaparse's arrays are ours, and fewer allocations keep 100 000 rows fast.
    let blank = true;
    let breaks = 0;
    for (let c = 0; c < raw.length; c += 1) {
      const cell = raw[c]!;
      if (cell.includes('\n')) breaks += cell.split('\n').length - 1;
      const trimmed = cell.trim();
      if (trimmed !== '') blank = false;
      raw[c] = trimmed;
    }
    if (!blank) rows.push({line, cells: raw});
    line += 1 + breaks;
  });
  for (const e of parsed.errors) {
    problems.push({
      file,
      line: lineOfRow[e.row ?? 0] ?? 1,
      message:
        e.code === 'MissingQuotes'
          ? 'có dấu ngoặc kép (") mở mà không đóng. Hãy đóng ngoặc kép ở cuối ô, hoặc bỏ dấu ngoặc kép.'
          : `không đọc được dòng này (${e.message}). Hãy kiểm tra dấu phẩy và dấu ngoặc kép.`,
    });
  }

  const [header, ...dataRows] = rows;
  if (header === undefined) {
    return {ok: false, problems: [{file, line: 1, message: `tệp trống. ${headerHint}.`}]};
  }
  return {ok: true, header, rows: dataRows, problems};
}
