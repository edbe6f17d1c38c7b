/**
 * `npm run check:data [-- --data-dir <folder>]`: validates the CSV files the
 * way the build does. Exit 0 with a one-line summary, or exit 1 with every
 * problem, one per line (`<file>:<line>: <message>`), never a stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadDatasets} from '../plugins/ocop-data/loadDatasets';
import {formatProblemReport} from '../datasets/problems';

function parseArgs(argv: readonly string[]): {dataDir: string} | {error: string} {
  let dataDir = 'data';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      if (value === undefined) return {error: 'Thiếu tên thư mục sau --data-dir. Ví dụ: npm run check:data -- --data-dir data'};
      dataDir = value;
      i += 1;
    } else if (arg.startsWith('--data-dir=')) {
      dataDir = arg.slice('--data-dir='.length);
    } else {
      return {error: `Không hiểu tham số "${arg}". Cách dùng: npm run check:data [-- --data-dir <thư mục>]`};
    }
  }
  return {dataDir};
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  const dir = path.resolve(args.dataDir);
  const relative = path.relative(process.cwd(), dir);
  const label = `${relative === '' ? '.' : relative.startsWith('..') ? dir : relative}/`;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`Không tìm thấy thư mục dữ liệu "${args.dataDir}". Hãy kiểm tra lại đường dẫn sau --data-dir.`);
    return 1;
  }
  const {result} = await loadDatasets(dir);
  if (!result.ok) {
    console.error(formatProblemReport(result.problems, label));
    return 1;
  }
  const d = result.datasets;
  console.log(
    `Dữ liệu hợp lệ (${label}): ${d.targets.length} đơn vị trong targets.csv, ${d.recognitions.length} sản phẩm trong recognitions.csv, ${d.ocopTotals.length} mốc trong ocop-totals.csv, ${d.tileGrid.length} ô trong tile-grid.csv.`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Unexpected failures (e.g. unreadable folder): one line, no stack trace.
    console.error(`Không kiểm tra được dữ liệu: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
