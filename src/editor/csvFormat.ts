/**
 * A Decap CMS file format for the CSV files of data/ (recognitions.csv,
 * ocop-totals.csv), edited in the CMS as a list of rows:
 *
 *   CMS.registerCustomFormat(CSV_FORMAT, CSV_EXTENSION, csvFormatter)
 *
 * `fromFile(text)` gives `{rows: [{column: value, …}, …], _source: text}`.
 * `toFile(data)` writes the file back so that only what staff changed
 * changes: the byte-order mark, the line ending, the final newline (or its
 * absence), the header line and the exact text of every row whose values did
 * not change (quoting, spacing, blank lines before it) are kept; a changed or
 * new row is written with quotes only where needed (papaparse's rule: comma,
 * quote, line break, leading or trailing space); a deleted row disappears.
 *
 * `toFile` only receives the entry's data, so the original file travels in
 * the data as `_source` (declared as a hidden field by src/editor/cmsConfig.ts).
 * Decap keeps values it has no field for when it saves (serializeEntryValues
 * in decap-cms-core: "preserve unknown fields value"), so `_source` would
 * survive even undeclared. Rows are matched to the original by their values,
 * not by position, so a row keeps its original text wherever the list
 * widget moved it.
 *
 * Known limit, outside this module: Decap's backend (entryToRaw in
 * decap-cms-core/src/backend.ts) appends "\n" to whatever a format returns
 * when it does not end with "\n". A file saved from Decap therefore always
 * ends with a line break; the data files of this repository already do.
 */
import Papa from 'papaparse';

/** Format name for the collection's `format` option. */
export const CSV_FORMAT = 'csv-rows';
/** File extension of the format. */
export const CSV_EXTENSION = 'csv';
/** The list field holding the rows. */
export const ROWS_FIELD = 'rows';
/** The hidden field carrying the file as it was read. */
export const SOURCE_FIELD = '_source';

const BOM = '\uFEFF';

/** One data row: cell text by column name. */
export type CsvRecord = Record<string, string>;

/** The entry data Decap edits. */
export interface CsvEntryData {
  rows: CsvRecord[];
  /** The file's text as read (byte-order mark included), or '' for a new file. */
  _source: string;
}

/** Decap's formatter interface (decap-cms-core `Formatter`). */
export interface DecapFormatter {
  fromFile(content: string): object;
  toFile(data: object, sortedKeys?: string[], comments?: Record<string, string>): string;
}

/** The part of Decap's `CMS` object used to register a format. */
export interface CustomFormatRegistry {
  registerCustomFormat(name: string, extension: string, formatter: DecapFormatter): void;
}

/** One data row of the original file. */
interface SourceRow {
  /** Text between the end of the previous record and this one: its line break and any blank lines. */
  gap: string;
  /** The row's own text, without line break. */
  text: string;
  record: CsvRecord;
}

/** A file cut into pieces whose concatenation is the file. */
interface SourceLayout {
  bom: boolean;
  eol: string;
  /** Up to the end of the header line (blank lines before it included), without its line break. */
  head: string;
  columns: string[];
  rows: SourceRow[];
  /** After the last row: its line break and trailing blank lines, or '' without a final newline. */
  tail: string;
}

/** A record keyed by column name; a repeated column name keeps its first cell, as the validator does. */
function toRecord(columns: readonly string[], cells: readonly string[]): CsvRecord {
  const entries: [string, string][] = [];
  const seen = new Set<string>();
  columns.forEach((name, i) => {
    if (seen.has(name)) return;
    seen.add(name);
    entries.push([name, cells[i] ?? '']);
  });
  return Object.fromEntries(entries);
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** Cuts the file into head, rows and tail, with papaparse's record boundaries. */
function readLayout(source: string): SourceLayout | null {
  const bom = source.startsWith(BOM);
  const text = bom ? source.slice(BOM.length) : source;
  const records: {content: string; end: string; cells: string[]}[] = [];
  let eol = '\n';
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      // meta.cursor: where the next record starts (after this one's line break).
      const cursor = result.meta.cursor;
      const span = text.slice(start, cursor);
      const linebreak = result.meta.linebreak;
      if (records.length === 0 && linebreak !== '') eol = linebreak;
      const hasBreak = linebreak !== '' && span.endsWith(linebreak);
      records.push({
        content: hasBreak ? span.slice(0, span.length - linebreak.length) : span,
        end: hasBreak ? linebreak : '',
        cells: result.data,
      });
      start = cursor;
    },
  });
  if (start !== text.length) {
    // Never expected; refuse rather than lose text.
    throw new Error(`csvFormat: papaparse stopped at ${start} of ${text.length} characters`);
  }
  const h = records.findIndex((r) => !isBlank(r.cells));
  if (h < 0) return null;
  const header = records[h]!;
  const head = records.slice(0, h).map((r) => r.content + r.end).join('') + header.content;
  const columns = header.cells;
  const rows: SourceRow[] = [];
  let pending = header.end;
  for (const r of records.slice(h + 1)) {
    if (isBlank(r.cells)) {
      pending += r.content + r.end;
    } else {
      rows.push({gap: pending, text: r.content, record: toRecord(columns, r.cells)});
      pending = r.end;
    }
  }
  return {bom, eol, head, columns, rows, tail: pending};
}

/** Reads a CSV file into the entry data Decap edits. */
export function csvFromFile(content: string): CsvEntryData {
  const layout = readLayout(content);
  return {rows: layout === null ? [] : layout.rows.map((r) => r.record), _source: content};
}

/** A cell value from the CMS as text: null or absent is an empty cell. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`Ô có giá trị không phải chữ hay số (${JSON.stringify(value)}), không ghi được vào tệp CSV.`);
}

function readEntryData(data: object): {rows: Record<string, unknown>[]; source: string} {
  const record = data as Record<string, unknown>;
  const rows = record[ROWS_FIELD] ?? [];
  const source = record[SOURCE_FIELD] ?? '';
  if (!Array.isArray(rows) || rows.some((r) => r === null || typeof r !== 'object' || Array.isArray(r))) {
    throw new Error(`Dữ liệu không đúng dạng: "${ROWS_FIELD}" phải là danh sách các dòng. Không ghi tệp.`);
  }
  if (typeof source !== 'string') {
    throw new Error(`Dữ liệu không đúng dạng: "${SOURCE_FIELD}" phải là nội dung tệp. Không ghi tệp.`);
  }
  return {rows: rows as Record<string, unknown>[], source};
}

/**
 * Column names of rows that `known` lacks, in first-seen order, skipping the
 * format's own "_" fields; with `filledOnly`, only columns with a value.
 */
function columnsOf(rows: readonly Record<string, unknown>[], known: readonly string[], filledOnly: boolean): string[] {
  const names: string[] = [];
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (name.startsWith('_') || known.includes(name) || names.includes(name)) continue;
      if (!filledOnly || cellText(value) !== '') names.push(name);
    }
  }
  return names;
}

/** Writes the entry data back as CSV, keeping every unchanged row's original text. */
export function csvToFile(data: object): string {
  const {rows, source} = readEntryData(data);
  const layout = readLayout(source);
  const eol = layout?.eol ?? '\n';
  const unparse = (cells: string[]): string => Papa.unparse([cells], {delimiter: ',', newline: eol, quotes: false});
  const original = layout?.columns ?? [];
  // Columns the file does not have yet (an optional column filled in for the
  // first time) go at the end; a new file takes its columns from the rows.
  const added = columnsOf(rows, original, layout !== null);
  const columns = [...original, ...added];
  const values = rows.map((row) => columns.map((name) => cellText(row[name])));

  // Match each row to an unused original row with the same values.
  const unused = new Map<string, number[]>();
  layout?.rows.forEach((r, i) => {
    const key = JSON.stringify(original.map((name) => r.record[name] ?? ''));
    unused.set(key, [...(unused.get(key) ?? []), i]);
  });
  const matched = values.map((cells) => {
    if (cells.slice(original.length).some((c) => c !== '')) return undefined;
    return unused.get(JSON.stringify(cells.slice(0, original.length)))?.shift();
  });
  const used = new Set(matched.filter((i): i is number => i !== undefined));
  const extra = ','.repeat(added.length);

  const body = values.map((cells, j) => {
    const i = matched[j];
    if (i !== undefined) {
      const r = layout!.rows[i]!;
      return r.gap + r.text + extra;
    }
    // An edited row keeps the blank lines before it when its original slot is free.
    const slot = layout?.rows[j];
    const gap = slot !== undefined && !used.has(j) ? slot.gap : eol;
    return gap + unparse(cells);
  });

  const head =
    layout === null
      ? unparse(columns)
      : added.length === 0
        ? layout.head
        : `${layout.head},${unparse(added)}`;
  const tail = layout?.tail ?? eol;
  return (layout?.bom ? BOM : '') + head + body.join('') + tail;
}

/** The format, as Decap's registerCustomFormat takes it. */
export const csvFormatter: DecapFormatter = {
  fromFile: csvFromFile,
  toFile: (data) => csvToFile(data),
};

/** Registers the format with Decap (the `CMS` global of decap-cms). */
export function registerCsvFormat(cms: CustomFormatRegistry): void {
  cms.registerCustomFormat(CSV_FORMAT, CSV_EXTENSION, csvFormatter);
}
