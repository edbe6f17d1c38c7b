/**
 * `npm run bench`: time of validation + aggregation for generated
 * recognitions.csv files of 1 000, 10 000 and 100 000 rows (with the real
 * targets and other files of data/). A benchmark, not a test: it prints
 * times and the cost per row, so that linear growth is easy to see.
 * Goal: 100 000 rows in under 1 s.
 */
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {buildProgress} from '../datasets/progress';
import {PRODUCT_GROUP_CODES} from '../datasets/productGroups';
import {validateDatasets} from '../datasets/validateDatasets';
import {validateTargets} from '../datasets/targets';
import {readDataDir} from '../plugins/ocop-data/loadDatasets';

const HEADER = 'ngay,so_quyet_dinh,ma_don_vi,san_pham,chu_the,nhom,sao,loai,nguon';

/** A valid recognitions.csv of n made-up rows (never written to disk). */
export function generateRecognitions(n: number, units: readonly string[]): Uint8Array {
  const lines = [HEADER];
  for (let i = 0; i < n; i += 1) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const star = 3 + (i % 3);
    const kind = i % 10 === 0 ? 'cong-nhan-lai' : 'moi';
    lines.push(
      `2025-${month}-${day},${1000 + (i % 500)}/QĐ-UBND,${units[i % units.length]},"Sản phẩm thử ${i}, loại A",Chủ thể thử ${i % 997},${PRODUCT_GROUP_CODES[i % PRODUCT_GROUP_CODES.length]},${star},${kind},https://example.org/quyet-dinh/${i}`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

async function main(): Promise<void> {
  const files = await readDataDir(path.resolve('data'));
  const units = validateTargets(files['targets.csv'] ?? '').unitCodes ?? [];
  console.log('Kiểm tra + tổng hợp recognitions.csv (thời gian tốt nhất của 3 lần chạy):');
  for (const n of [1_000, 10_000, 100_000]) {
    const bytes = generateRecognitions(n, units);
    let best = Infinity;
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      const result = validateDatasets({...files, 'recognitions.csv': bytes});
      if (!result.ok) throw new Error(`dữ liệu sinh ra không hợp lệ: ${result.problems[0]?.message}`);
      const model = buildProgress(result.datasets.targets, result.datasets.recognitions);
      if (model.recognitionCount !== n) throw new Error('số dòng không khớp');
      best = Math.min(best, performance.now() - start);
    }
    const perRow = (best * 1000) / n;
    console.log(`${String(n).padStart(7)} dòng: ${best.toFixed(1).padStart(7)} ms  (${perRow.toFixed(2)} µs/dòng, ${(bytes.length / 1e6).toFixed(1)} MB)`);
  }
}

if (require.main === module) main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
