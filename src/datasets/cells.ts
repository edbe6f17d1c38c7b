/**
 * Cell parsers. Each returns the parsed value, or records a problem that
 * names the column, quotes the bad value and says how to fix it, and
 * returns undefined. A column missing from the header is skipped quietly:
 * the header check has already reported it.
 */
import type {DataProblem} from './problems';
import type {TableRecord} from './table';
import {isRealIsoDate, readDayMonthYear} from '../text/dates';
import {closest} from '../text/vietnamese';

/** A number from a source that may only give a lower bound ("hơn 600" → ">600"). */
export interface ReportedCount {
  value: number;
  /** True when the source says "more than value". */
  lowerBound: boolean;
}

/** A count as a source reports it: "573", or ">600" when the source only says "hơn 600". */
export const REPORTED_COUNT = /^(>\s*)?(\d+)$/;

/** How to write a reported count, in Vietnamese. */
export const REPORTED_COUNT_FIX = 'Hãy ghi số nguyên không âm, ví dụ 573, hoặc >600 nếu nguồn chỉ ghi "hơn 600".';

/** Why a string is not a non-negative integer, in Vietnamese, or undefined if it is one. */
export function describeNotCount(raw: string): string | undefined {
  if (/^\d+$/.test(raw)) return undefined;
  if (/^-\s*\d+([.,]\d+)?$/.test(raw)) return 'là số âm';
  if (/^\d{1,3}(\.\d{3})+$/.test(raw)) return 'có dấu chấm ngăn cách hàng nghìn';
  if (/^\d*[.,]\d+$/.test(raw)) return 'không phải số nguyên';
  return 'không phải là số';
}

/**
 * Reads the cells of one file, row after row: `at(record)` moves to a row.
 * One reader per file rather than one per row keeps large files fast.
 */
export class CellReader<Name extends string> {
  private record: TableRecord = {line: 1, cells: []};

  constructor(
    private readonly file: string,
    private readonly index: ReadonlyMap<Name, number>,
    private readonly problems: DataProblem[],
  ) {}

  at(record: TableRecord): this {
    this.record = record;
    return this;
  }

  get line(): number {
    return this.record.line;
  }

  /** The trimmed cell, or undefined when the column is absent. */
  raw(column: Name): string | undefined {
    const i = this.index.get(column);
    return i === undefined ? undefined : this.record.cells[i];
  }

  report(column: Name | undefined, message: string): void {
    this.problems.push({file: this.file, line: this.record.line, column, message});
  }

  private blank(column: Name, fix: string): void {
    this.report(column, `cột "${column}": ô trống. ${fix}`);
  }

  /** Required free text. */
  text(column: Name, fix: string): string | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    if (v === '') {
      this.blank(column, fix);
      return undefined;
    }
    return v;
  }

  /** A non-negative integer (required, or blank allowed when optional). */
  count(column: Name, {optional = false} = {}): number | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    const fix = 'Hãy ghi số nguyên không âm, ví dụ 2.';
    if (v === '') {
      if (!optional) this.blank(column, `${fix} Ghi 0 nếu không có.`);
      return undefined;
    }
    const why = describeNotCount(v);
    if (why !== undefined) {
      const extra = why.includes('hàng nghìn') ? ' Hãy ghi số không có dấu ngăn cách, ví dụ 1000.' : ` ${fix}`;
      this.report(column, `cột "${column}": giá trị "${v}" ${why}.${extra}`);
      return undefined;
    }
    return Number(v);
  }

  /** A count, or ">N" when the source only says "more than N"; blank allowed when optional. */
  reportedCount(column: Name, {optional}: {optional: boolean}): ReportedCount | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    if (v === '') {
      if (!optional) this.blank(column, REPORTED_COUNT_FIX);
      return undefined;
    }
    const ok = REPORTED_COUNT.exec(v);
    if (ok) return {value: Number(ok[2]), lowerBound: ok[1] !== undefined};
    const why = describeNotCount(v.replace(/^>\s*/, '')) ?? 'không phải là số';
    this.report(column, `cột "${column}": giá trị "${v}" ${why}. ${REPORTED_COUNT_FIX}`);
    return undefined;
  }

  /** An ISO date YYYY-MM-DD that exists in the calendar. */
  isoDate(column: Name): string | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    if (v === '') {
      this.blank(column, 'Hãy ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-03-15.');
      return undefined;
    }
    if (isRealIsoDate(v)) return v;
    const dmy = readDayMonthYear(v);
    if (dmy) {
      const hint = dmy.real ? `, tức là ${dmy.iso}` : '';
      this.report(
        column,
        `cột "${column}": ngày "${v}" viết theo kiểu ngày/tháng/năm. Hãy viết theo dạng năm-tháng-ngày (YYYY-MM-DD)${hint}. Nếu bảng tính tự đổi dạng ngày, hãy định dạng cột này là văn bản (Text).`,
      );
      return undefined;
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
      this.report(column, `cột "${column}": ngày "${v}" không có thật trong lịch. Hãy kiểm tra lại tháng và ngày (YYYY-MM-DD).`);
      return undefined;
    }
    this.report(
      column,
      `cột "${column}": giá trị "${v}" không phải ngày hợp lệ. Hãy viết theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-03-15.`,
    );
    return undefined;
  }

  /** One of a fixed list of codes; suggests the closest code. */
  oneOf<Code extends string>(column: Name, allowed: readonly Code[], labels?: Readonly<Record<Code, string>>): Code | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as Code;
    const list = allowed.map((a) => `"${a}"`).join(', ');
    if (v === '') {
      this.blank(column, `Hãy ghi một trong các giá trị: ${list}.`);
      return undefined;
    }
    const byLabel = labels && allowed.find((a) => closest(v, [labels[a]]) !== undefined);
    const guess = byLabel ?? closest(v, allowed);
    const suggestion = guess !== undefined ? ` Có phải là "${guess}"?` : '';
    this.report(column, `cột "${column}": giá trị "${v}" không hợp lệ.${suggestion} Chỉ dùng một trong các giá trị: ${list}.`);
    return undefined;
  }
}
