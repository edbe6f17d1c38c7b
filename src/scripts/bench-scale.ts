/**
 * npm run bench:scale -- --posts 0,500,2000 [--lighthouse] [--runs 5]
 *
 * Page weight as the news grows (issue #17). For each N, a temporary copy
 * of the working tree with N generated posts (src/bench/scalePosts.ts, each
 * passing the news checks) is built as `npm run build` does; the script
 * prints the build's time and peak memory, then, per page type, the HTML,
 * CSS and JavaScript (gzip level 9, the page's own route chunks included)
 * of a first visit, measured as the budget test measures it
 * (src/__tests__/browser/support/weight.ts), and the change of each from
 * the first N. --lighthouse adds Lighthouse mobile medians
 * (npm run bench:lighthouse on each scaled build). --keep keeps the copies
 * and their build logs (DOCUSAURUS_PERF_LOGGER=true adds each phase's time).
 * Not part of `npm test`.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';
import {pageTypes, percentChange} from '../bench/pageTypes';
import {buildScaledCopy, removeScaledBuild, type ScaledBuild} from '../bench/scaledBuild';
import {publishedPosts} from '../__tests__/support/sourcePosts';
import {CHROMIUM_ARGS, findChromium, serveBuild} from '../__tests__/browser/support/chromium';
import {kb, measureFirstVisit, type PageWeight} from '../__tests__/browser/support/weight';

const ROOT = path.resolve(__dirname, '../..');
const {values} = parseArgs({
  options: {
    posts: {type: 'string', default: '0,500,2000'},
    lighthouse: {type: 'boolean', default: false},
    runs: {type: 'string', default: '5'},
    keep: {type: 'boolean', default: false},
  },
});
const counts = values.posts.split(',').map((s) => Number(s.trim()));
for (const n of counts) if (!Number.isInteger(n) || n < 0) throw new Error(`--posts: cần các số nguyên ≥ 0, cách nhau bằng dấu phẩy; nhận "${values.posts}"`);

const newestPost = publishedPosts(ROOT)[0]?.path;
if (newestPost === undefined) throw new Error('Trang chưa có bài tin nào đã đăng.');

function firstTagPage(buildDir: string): string {
  const tags = fs.readdirSync(path.join(buildDir, 'tin-tuc', 'the'), {withFileTypes: true}).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  if (tags.length === 0) throw new Error('Bản dựng không có trang thẻ nào.');
  return `/tin-tuc/the/${tags[0]}/`;
}

/** Peak memory for the report in GiB (GNU time gives KiB; peakMB is KiB / 1024); unknown without GNU time (Debian package "time"). */
const gb = (mb: number | null): string => (mb === null ? 'không đo được (cần gói time của Debian)' : `${(mb / 1024).toFixed(2)} GiB`);

interface Row {
  build: ScaledBuild;
  weights: Map<string, PageWeight>;
}

async function measure(build: ScaledBuild): Promise<Map<string, PageWeight>> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('Không tìm thấy Chromium.');
  const browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
  const server = await serveBuild([], build.buildDir);
  try {
    const weights = new Map<string, PageWeight>();
    for (const type of pageTypes(newestPost!, firstTagPage(build.buildDir))) {
      weights.set(type.label, await measureFirstVisit(browser, server.origin, type.path));
    }
    return weights;
  } finally {
    await server.close();
    await browser.close();
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const n of counts) {
    process.stdout.write(`== ${n} bài thêm: đang dựng…\n`);
    const build = buildScaledCopy(ROOT, n);
    process.stdout.write(
      `   ${build.pages} trang; docusaurus build ${build.buildSeconds.toFixed(1)} s, bộ nhớ tối đa ${gb(build.peakMB)}; chỉ mục tìm kiếm ${build.searchSeconds.toFixed(1)} s\n`,
    );
    rows.push({build, weights: await measure(build)});
    if (values.lighthouse) {
      const paths = pageTypes(newestPost!, firstTagPage(build.buildDir)).map((t) => t.path).join(',');
      const r = spawnSync('npm', ['run', '-s', 'bench:lighthouse', '--', '--build', build.buildDir, '--presets', 'mobile', '--runs', values.runs, '--pages', paths], {cwd: ROOT, stdio: 'inherit'});
      if (r.status !== 0) throw new Error('bench:lighthouse thất bại.');
    }
    if (!values.keep) removeScaledBuild(build);
    else process.stdout.write(`   bản sao giữ lại: ${build.dir} (nhật ký dựng: ${build.logFile})\n`);
  }

  const base = rows[0]!;
  process.stdout.write('\nTrang | ' + rows.map((r) => `${r.build.posts} bài: HTML / CSS / JS (KB gzip)`).join(' | ') + ' | JS so với ' + `${base.build.posts} bài\n`);
  for (const label of base.weights.keys()) {
    const cells = rows.map((r) => {
      const w = r.weights.get(label)!;
      return `${kb(w.html)} / ${kb(w.css)} / ${kb(w.js)}`;
    });
    const changes = rows.slice(1).map((r) => {
      const change = percentChange(base.weights.get(label)!.js, r.weights.get(label)!.js);
      return change === null ? `${kb(r.weights.get(label)!.js)} KB (0 KB khi ${base.build.posts} bài)` : `${change.toFixed(1)} %`;
    });
    process.stdout.write(`${label} | ${cells.join(' | ')} | ${changes.join(', ') || '—'}\n`);
  }
  process.stdout.write('\nBản dựng | ' + rows.map((r) => `${r.build.posts} bài: ${r.build.pages} trang, ${r.build.buildSeconds.toFixed(1)} s + ${r.build.searchSeconds.toFixed(1)} s, bộ nhớ tối đa ${gb(r.build.peakMB)}`).join(' | ') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
