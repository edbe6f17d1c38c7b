import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadDatasets} from '../../plugins/ocop-data/loadDatasets';
import {DataValidationError, formatProblemReport} from '../problems';
import {validateDatasets} from '../validateDatasets';
import {DATA_DIR, FIXTURE_DIR} from './helpers';

describe('validateDatasets', () => {
  it('data/ is valid', async () => {
    const {result} = await loadDatasets(DATA_DIR);
    expect(result.ok).toBe(true);
  });

  it('reports a missing file with the header to create', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-data-'));
    for (const f of ['targets.csv', 'ocop-totals.csv', 'tile-grid.csv']) fs.copyFileSync(path.join(DATA_DIR, f), path.join(dir, f));
    const {result} = await loadDatasets(dir);
    fs.rmSync(dir, {recursive: true, force: true});
    expect(result.ok).toBe(false);
    expect(!result.ok && formatProblemReport(result.problems)).toBe(
      [
        'Dữ liệu trong thư mục data/ có 1 lỗi. Hãy sửa các lỗi dưới đây rồi chạy lại (npm run check:data):',
        'recognitions.csv:1: không tìm thấy tệp. Hãy tạo tệp recognitions.csv trong thư mục dữ liệu, với dòng tiêu đề: ngay,so_quyet_dinh,ma_don_vi,san_pham,chu_the,nhom,sao,loai,nguon (có thể thêm cột dia_ban ở cuối)',
      ].join('\n'),
    );
  });

  it('checks recognitions against targets.csv', async () => {
    const {files} = await loadDatasets(DATA_DIR);
    const fixture = fs.readFileSync(path.join(FIXTURE_DIR, 'recognitions.csv'));
    const result = validateDatasets({...files, 'recognitions.csv': fixture});
    expect(result.ok && result.datasets.recognitions).toHaveLength(7);
  });

  it('the build error carries the whole report as its message', () => {
    const e = new DataValidationError([{file: 'targets.csv', line: 5, message: 'x'}]);
    expect(e.message.split('\n')).toEqual([expect.stringMatching(/^Dữ liệu trong thư mục data\/ có 1 lỗi/), 'targets.csv:5: x']);
  });
});
