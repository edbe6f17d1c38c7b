/**
 * A problem found in a data file, kept as a value so that validation can
 * report every problem at once (to the build, the CLI and the tests).
 */
export interface DataProblem {
  /** File name inside data/, e.g. "targets.csv". */
  file: string;
  /** 1-based line in the file; 1 for problems with the header or the whole file. */
  line: number;
  /** Column the problem is in, when there is one. */
  column?: string;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
}

/** One problem per line: `targets.csv:5: cột "sao_4": …`. */
export function formatProblem(p: DataProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** The message the build and the CLI show when data/ is invalid. */
export function formatProblemReport(problems: readonly DataProblem[], dirLabel = 'data/'): string {
  const headline = `Dữ liệu trong thư mục ${dirLabel} có ${problems.length} lỗi. Hãy sửa các lỗi dưới đây rồi chạy lại (npm run check:data):`;
  return [headline, ...problems.map(formatProblem)].join('\n');
}

/** Thrown by the plugin when data/ is invalid; its message is the full report. */
export class DataValidationError extends Error {
  declare readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    super(formatProblemReport(problems));
    this.name = 'DataValidationError';
    // Not enumerable, and no stack frames: the build log then shows just the
    // Vietnamese report, as the CLI does.
    Object.defineProperty(this, 'problems', {value: problems, enumerable: false});
    this.stack = `${this.name}: ${this.message}`;
  }
}
