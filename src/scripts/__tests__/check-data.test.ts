/**
 * The check:data CLI as staff run it: exit codes, the one-line summary, and
 * every problem on its own line without a stack trace.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function run(...args: string[]) {
  const r = spawnSync(TSX, ['src/scripts/check-data.ts', ...args], {cwd: ROOT, encoding: 'utf8'});
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

const FIXTURES = path.join(ROOT, 'src/datasets/__fixtures__');
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, {recursive: true, force: true});
});

/** A data folder: the plan's targets and tile grid from data/, the staff-edited files from fixtures. */
function copyData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-check-'));
  tempDirs.push(dir);
  for (const f of ['targets.csv', 'tile-grid.csv']) fs.copyFileSync(path.join(ROOT, 'data', f), path.join(dir, f));
  fs.copyFileSync(path.join(FIXTURES, 'with-recognitions/recognitions.csv'), path.join(dir, 'recognitions.csv'));
  fs.copyFileSync(path.join(FIXTURES, 'totals-2025/ocop-totals.csv'), path.join(dir, 'ocop-totals.csv'));
  return dir;
}

/** Data rows of a published CSV file (records after the header, blank lines aside), counted by papaparse. */
const dataRows = (file: string) => Papa.parse(fs.readFileSync(path.join(ROOT, 'data', file), 'utf8'), {skipEmptyLines: 'greedy'}).data.length - 1;

jest.setTimeout(30000);

describe('npm run check:data', () => {
  it('valid data (fixture): exit 0 and a one-line summary with the counts', () => {
    const dir = copyData();
    const r = run('--data-dir', dir);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      `Dữ liệu hợp lệ (${dir}/): 26 đơn vị trong targets.csv, 7 sản phẩm trong recognitions.csv, 9 mốc trong ocop-totals.csv, 26 ô trong tile-grid.csv.`,
    ]);
  });

  it('the published data/: exit 0, counting every row of each file', () => {
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      `Dữ liệu hợp lệ (data/): ${dataRows('targets.csv')} đơn vị trong targets.csv, ${dataRows('recognitions.csv')} sản phẩm trong recognitions.csv, ` +
        `${dataRows('ocop-totals.csv')} mốc trong ocop-totals.csv, ${dataRows('tile-grid.csv')} ô trong tile-grid.csv.`,
    ]);
  });

  it('invalid data in another folder: exit 1, every problem on its own line, no stack trace, files untouched', () => {
    const dir = copyData();
    const targets = path.join(dir, 'targets.csv');
    const broken = fs.readFileSync(targets, 'utf8').replace('nga-son,Huyện Nga Sơn,8,2,2,4', 'nga-son,Huyện Nga Sơn,8,2,"2,5",4');
    fs.writeFileSync(targets, broken);
    fs.writeFileSync(path.join(dir, 'recognitions.csv'), 'ngay;so_quyet_dinh\n');
    const before = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const r = run('--data-dir', dir);
    expect(r.status).toBe(1);
    const out = r.stderr.trim().split('\n');
    expect(out[0]).toBe(`Dữ liệu trong thư mục ${dir}/ có 2 lỗi. Hãy sửa các lỗi dưới đây rồi chạy lại (npm run check:data):`);
    expect(out.slice(1)).toEqual([
      'targets.csv:5: cột "sao_4": giá trị "2,5" không phải số nguyên. Hãy ghi số nguyên không âm, ví dụ 2.',
      expect.stringMatching(/^recognitions\.csv:1: tệp dùng dấu chấm phẩy/),
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))).toEqual(before);
  });

  it('a folder that does not exist', () => {
    const r = run('--data-dir', path.join(os.tmpdir(), 'khong-co-thu-muc-nay'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Không tìm thấy thư mục dữ liệu/);
  });
});
