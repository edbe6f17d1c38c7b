/**
 * `npm run bench:lighthouse`: Lighthouse scores of the built site, a
 * benchmark for the README (not run in CI: scores vary with the machine).
 *
 * Serves build/ with `serve` on 127.0.0.1 like a real host (gzip, the headers
 * of build/_headers: security headers, long caching for /assets/), runs
 * Lighthouse 12 in Debian's Chromium with the mobile preset (Lighthouse's
 * default: Moto G Power, slow 4G, 4× CPU slowdown) and the desktop preset,
 * N runs per page (default 5), and prints the medians: the four category
 * scores, Largest Contentful Paint, Total Blocking Time and Cumulative
 * Layout Shift, then the audits that failed, with how often.
 *
 * Also prints each page's median BenchmarkIndex, Lighthouse's measure of the
 * host's CPU, so that scores taken on different machines can be compared:
 * the mobile preset's 4× slowdown assumes a high-end desktop host (index
 * 1500–2000, Lighthouse's docs/throttling.md), and at 1000 or less scores
 * come out low: Lighthouse's command line warns then, its Node API (used
 * here) does not, so this script does, for the mobile rows. Chromium's
 * version matters too (the output names it).
 *
 *   npm run bench:lighthouse
 *   npm run bench:lighthouse -- --runs 3 --pages /,/chi-tieu/
 *   npm run bench:lighthouse -- --presets mobile --build /tmp/other-build
 *
 * Needs `npm run build` first. Chromium: CHROME_PATH or /usr/bin/chromium.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, {desktopConfig, type Flags, type Result} from 'lighthouse';
import {PAGE_BUDGETS} from '../__tests__/support/budgets';
import {parseHeadersFile, serveHeaders} from '../security/headers';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Preset = 'mobile' | 'desktop';

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '5'},
    pages: {type: 'string'},
    presets: {type: 'string', default: 'mobile,desktop'},
    build: {type: 'string', default: path.join(ROOT, 'build')},
  },
});
const BUILD_DIR = path.resolve(values.build);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: cần một số nguyên ≥ 1, nhận "${values.runs}"`);
const pages = values.pages ? values.pages.split(',').map((p) => p.trim()) : PAGE_BUDGETS.map((b) => b.path);
const presets = values.presets.split(',').map((p) => p.trim()) as Preset[];
for (const p of presets) if (p !== 'mobile' && p !== 'desktop') throw new Error(`--presets: "${p}" không phải mobile hoặc desktop`);
/** Lighthouse warns that the host CPU is too slow for its default throttling at this BenchmarkIndex or below (core/gather/driver/environment.js). */
const SLOW_HOST_INDEX = 1000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * `serve` (gzip on) for build/, sending the headers of build/_headers as a
 * real host would (security headers, a year of caching for /assets/);
 * resolves once it answers.
 */
async function startServer(): Promise<{origin: string; process: ChildProcess}> {
  if (!fs.existsSync(path.join(BUILD_DIR, 'index.html'))) throw new Error(`Chưa có bản dựng trong ${BUILD_DIR}: hãy chạy \`npm run build\` trước.`);
  const headersFile = path.join(BUILD_DIR, '_headers');
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-'));
  process.on('exit', () => fs.rmSync(configDir, {recursive: true, force: true}));
  const config = path.join(configDir, 'serve.json');
  // serve refuses an empty `headers` list (a build without _headers, such as Docusaurus's default template used as a control).
  fs.writeFileSync(config, JSON.stringify(rules.length > 0 ? {headers: serveHeaders(rules)} : {}));
  const port = await freePort();
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'serve'), [BUILD_DIR, '--config', config, '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-port-switching'], {stdio: 'ignore'});
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return {origin, process: child};
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('Máy chủ thử (serve) không khởi động được.');
}

interface RunResult {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  tbt: number;
  cls: number;
  benchmarkIndex: number;
  failed: {id: string; title: string; display: string}[];
}

function summarise(lhr: Result): RunResult {
  const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const ids = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0 || c === 'performance').map((r) => r.id) ?? []));
  const failed = [...ids]
    .map((id) => lhr.audits[id])
    .filter((a): a is NonNullable<typeof a> => a !== undefined && a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .map((a) => ({id: a.id, title: a.title, display: a.displayValue ?? ''}));
  return {
    scores: {performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo')},
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failed,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function main(): Promise<void> {
  const server = await startServer();
  const chrome = await chromeLauncher.launch({chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS});
  const rows: string[][] = [];
  const failures = new Map<string, {title: string; pages: Set<string>; displays: Set<string>; count: number}>();
  let browserVersion = 'Chromium';
  try {
    // The full version (the user agent says only "156.0.0.0").
    const {Browser: browser} = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as {Browser: string};
    browserVersion = browser.replace(/^(Headless)?Chrome\//, 'Chromium ');
    for (const preset of presets) {
      for (const page of pages) {
        const results: RunResult[] = [];
        for (let i = 0; i < runs; i += 1) {
          const flags: Flags = {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]};
          const runner = await lighthouse(server.origin + page, flags, preset === 'desktop' ? desktopConfig : undefined);
          if (!runner) throw new Error(`Lighthouse không trả về kết quả cho ${page}.`);
          if (runner.lhr.runtimeError) throw new Error(`${page}: ${runner.lhr.runtimeError.message}`);
          results.push(summarise(runner.lhr));
          process.stderr.write('.');
        }
        const m = (f: (r: RunResult) => number) => median(results.map(f));
        rows.push([
          page,
          preset,
          String(m((r) => r.scores.performance)),
          String(m((r) => r.scores.accessibility)),
          String(m((r) => r.scores['best-practices'])),
          String(m((r) => r.scores.seo)),
          (m((r) => r.lcp) / 1000).toFixed(1),
          String(Math.round(m((r) => r.tbt))),
          m((r) => r.cls).toFixed(3),
          String(Math.round(m((r) => r.benchmarkIndex))),
        ]);
        for (const r of results) {
          for (const f of r.failed) {
            const key = `${preset} ${f.id}`;
            const entry = failures.get(key) ?? {title: f.title, pages: new Set(), displays: new Set(), count: 0};
            entry.pages.add(page);
            if (f.display) entry.displays.add(f.display);
            entry.count += 1;
            failures.set(key, entry);
          }
        }
      }
    }
  } finally {
    chrome.kill();
    server.process.kill();
  }
  process.stderr.write('\n');

  const header = ['Trang', 'Cấu hình', 'Hiệu năng', 'Tiếp cận', 'Thực hành tốt', 'SEO', 'LCP (s)', 'TBT (ms)', 'CLS', 'BenchmarkIndex'];
  console.log(`Lighthouse 12, trung vị của ${runs} lần chạy mỗi trang (${browserVersion}, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map((h, i) => (i < 2 ? '---' : '---:')).join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  const mobileRows = rows.filter((r) => r[1] === 'mobile');
  const slowRows = mobileRows.filter((r) => Number(r[r.length - 1]) <= SLOW_HOST_INDEX);
  if (slowRows.length > 0) {
    console.log(`\nCảnh báo: BenchmarkIndex ≤ ${SLOW_HOST_INDEX} ở ${slowRows.length}/${mobileRows.length} dòng di động. Với chỉ số này, Lighthouse coi CPU của máy đo là quá chậm cho mức giảm tốc 4 lần của cấu hình di động: điểm hiệu năng thấp hơn so với khi đo trên máy nhanh (docs/throttling.md của Lighthouse, "Calibrating the CPU slowdown").`);
  }

  console.log(`\nMục kiểm tra dưới 0,9 (số lần trượt / ${runs * pages.length} lần chạy mỗi cấu hình):`);
  for (const [key, f] of [...failures].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`- ${key} — ${f.title}: ${f.count}; ${f.pages.size} trang${f.displays.size ? `; ${[...f.displays].slice(0, 3).join(' / ')}` : ''}`);
  }
}

await main();
