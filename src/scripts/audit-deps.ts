/**
 * `npm run audit:deps [-- --require] [-- --report <file.json>]`
 *
 * Runs `npm audit --omit=dev --json` (the packages the published site is
 * built from) and exits 1 when any high or critical advisory is reported.
 * When the registry's advisory service cannot be reached (this project's
 * build machines get `405 Method Not Allowed` from their registry mirror),
 * it says so and exits 0 — or 3 with `--require`, for machines that should
 * always reach it. `--report` reads a saved `npm audit --json` output
 * instead of calling npm.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {assessAudit, formatFindings, SEVERITIES} from '../security/audit';

interface Args {
  require: boolean;
  report: string | null;
}

function parseArgs(argv: readonly string[]): Args | {error: string} {
  const args: Args = {require: false, report: null};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--require') args.require = true;
    else if (arg === '--report') {
      const value = argv[i + 1];
      if (value === undefined) return {error: 'Thiếu tên tệp sau --report.'};
      args.report = value;
      i += 1;
    } else return {error: `Không hiểu tham số "${arg}". Cách dùng: npm run audit:deps [-- --require] [-- --report <tệp.json>]`};
  }
  return args;
}

function readReport(args: Args): string {
  if (args.report !== null) return fs.readFileSync(args.report, 'utf8');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], {encoding: 'utf8', timeout: 120_000});
  // npm audit exits 1 both for findings and for errors: the JSON tells which.
  return run.stdout ?? '';
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  const verdict = assessAudit(readReport(args));
  if (verdict.kind === 'unavailable') {
    const message = `KHÔNG KIỂM TRA ĐƯỢC lỗ hổng của các gói (npm audit --omit=dev): ${verdict.reason}`;
    if (args.require) {
      console.error(message);
      return 3;
    }
    console.warn(`${message}\nBỏ qua bước này (chạy với --require để coi đây là lỗi).`);
    return 0;
  }
  const summary = SEVERITIES.map((s) => `${s} ${verdict.counts[s]}`).join(', ');
  const lines = formatFindings(verdict.findings);
  if (verdict.kind === 'fail') {
    console.error(`Có lỗ hổng mức high/critical trong các gói dùng để dựng trang (${summary}):\n${lines.join('\n')}`);
    return 1;
  }
  console.log(`Không có lỗ hổng mức high/critical trong các gói dùng để dựng trang (${summary}).`);
  if (lines.length > 0) console.log(lines.join('\n'));
  return 0;
}

try {
  process.exitCode = main();
} catch (error: unknown) {
  console.error(`Không kiểm tra được lỗ hổng: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
