/**
 * The "staff day" scenario (jest project "staff", run last by `npm test`):
 * what a communications officer does in a year, done on a copy of the site,
 * then built and checked as the public sees it. It proves that the site can
 * be run by its staff:
 *
 *  1. The copy is made with `git archive` (no .git: the build must work
 *     without history) and installed with `npm ci --omit=dev` (the build must
 *     need no devDependency).
 *  2. Staff edits, as the editorial guide describes them: recognition rows
 *     from several decisions (new and re-recognised, 3/4/5 stars, before and
 *     after 01/07/2025 with the commune or ward, one unit reaching its target
 *     exactly, one exceeding it, one with only re-recognitions), two province
 *     totals (one conflicting, kept with a note), a post made with
 *     `npm run new-post` and filled in, and a new tag. One of the rows and a
 *     second post are entered in the web editor (/admin/ of build/, local
 *     mode, decap-server writing the copy) through its Vietnamese interface,
 *     the post published by turning its draft switch off: the build below
 *     shows them on the site like any other edit.
 *  3. One build; then the site's own build-output tests for data and news run
 *     on the copy (every figure derived from its files), and this file checks
 *     the scenario's exact figures, the feeds, the sitemap and search.
 *  4. The bad edits staff really make, one at a time, through the same
 *     validators the build calls, each with its Vietnamese file:line message;
 *     one full build shows that the build stops; no tool changes a file.
 *
 * The rows below are made up ("dữ liệu giả") and exist only in the copy.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {load} from 'cheerio';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {chromium} from 'playwright-core';
import {formatProblemReport} from '../../datasets/problems';
import {readPngInfo} from '../../share/png';
import {validateDatasets, DATA_FILES, type DataFileName} from '../../datasets/validateDatasets';
import {checkPost, postSourceFromText} from '../../news/checkPost';
import {formatProblems} from '../../news/report';
import {loadVocabulary} from '../../plugins/news/vocabulary';
import {NO_GIT_NOTICE} from '../../site/gitCheckout';
import {BUILD_DIR, CHROMIUM_ARGS, findChromium, serveBuild} from '../browser/support/site';
import {addDataRow, choose, openEditor, publish, saved, setText, signIn, typeBody} from '../browser/support/editor';
import {startLocalEditor} from '../../editor/localServers';
import {copyWorkingTree} from '../../bench/siteCopy';

const REPO = path.resolve(__dirname, '../../..');
const MINUTE = 60_000;
jest.setTimeout(20 * MINUTE);

let site = '';
let buildOutput = '';
let checkDataOutput = {status: null as number | null, output: ''};
const build = () => path.join(site, 'build');
const page = (route: string) => load(fs.readFileSync(path.join(build(), route, 'index.html'), 'utf8'));
const mainText = (route: string) => page(route)('main').text().replace(/\s+/g, ' ');

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, ...env}, maxBuffer: 64 * 1024 * 1024});
  return {status: r.status, output: `${r.stdout}\n${r.stderr}`};
}

/** A file of the copy ends its header with an optional column, as data/README.md tells staff to add it: empty cells for the rows already there. */
function withLastColumn(file: string, column: string): void {
  const full = path.join(site, file);
  const [header = '', ...rows] = fs.readFileSync(full, 'utf8').split('\n').filter((l) => l.trim() !== '');
  if (header.split(',').at(-1) === column) return;
  fs.writeFileSync(full, [`${header},${column}`, ...rows.map((r) => `${r},`)].join('\n') + '\n');
}

function append(file: string, lines: string[]): void {
  const full = path.join(site, file);
  const text = fs.readFileSync(full, 'utf8');
  fs.writeFileSync(full, `${text.endsWith('\n') || text === '' ? text : `${text}\n`}${lines.join('\n')}\n`);
}

/** Hash of every file under the given folders of the copy: tools must never write to them. */
function hashTree(...dirs: string[]): string {
  const h = crypto.createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else h.update(full).update(fs.readFileSync(full));
    }
  };
  for (const d of dirs) walk(path.join(site, d));
  return h.digest('hex');
}

// ---------------------------------------------------------------------------
// The year's edits.

const HEADER = 'ngay,so_quyet_dinh,ma_don_vi,san_pham,chu_the,nhom,sao,loai,nguon,dia_ban';
const SRC = 'https://example.org/quyet-dinh-gia';
const RECOGNITIONS = [
  // Decision A, before 01/07/2025: Nga Sơn (target 8: 2/2/4) gets 3 new + 1 re-recognised.
  `2025-04-15,101/QĐ-UBND,nga-son,Chiếu cói thử (dữ liệu giả),HTX Thử Một,thu-cong-my-nghe,4,moi,${SRC},`,
  `2025-04-15,101/QĐ-UBND,nga-son,Thảm cói thử (dữ liệu giả),HTX Thử Một,thu-cong-my-nghe,3,moi,${SRC},`,
  `2025-04-15,101/QĐ-UBND,nga-son,Túi cói thử (dữ liệu giả),HTX Thử Hai,thu-cong-my-nghe,3,cong-nhan-lai,${SRC},`,
  // Decision B: Sầm Sơn reaches its target exactly (2: 0/1/1).
  `2025-05-20,202/QĐ-UBND,sam-son,Nước mắm thử (dữ liệu giả),"Cơ sở Thử Ba, Sầm Sơn",thuc-pham,4,moi,${SRC},`,
  `2025-05-20,202/QĐ-UBND,sam-son,Mực khô thử (dữ liệu giả),Cơ sở Thử Bốn,thuc-pham,3,moi,${SRC},`,
  // Decision C: a national 5-star product for Nga Sơn.
  `2025-06-10,303/QĐ-BNNMT,nga-son,Chiếu cói xuất khẩu thử (dữ liệu giả),HTX Thử Một,thu-cong-my-nghe,5,moi,${SRC},`,
  // Decision D, after 01/07/2025 (communes and wards only): Mường Lát exceeds its target (2: 0/0/2).
  `2025-09-05,404/QĐ-UBND,muong-lat,Mật ong thử (dữ liệu giả),Tổ hợp tác Thử Năm,thuc-pham,3,moi,${SRC},xã Mường Lát`,
  `2025-09-05,404/QĐ-UBND,muong-lat,Gạo nếp thử (dữ liệu giả),Tổ hợp tác Thử Năm,thuc-pham,3,moi,${SRC},xã Mường Lát`,
  `2025-09-05,404/QĐ-UBND,muong-lat,Chè thử (dữ liệu giả),Tổ hợp tác Thử Sáu,do-uong,3,moi,${SRC},xã Mường Lát`,
  // Decision D also re-recognises a Hà Trung product: the unit's only row.
  `2025-09-05,404/QĐ-UBND,ha-trung,Nem chua thử (dữ liệu giả),Cơ sở Thử Bảy,thuc-pham,3,cong-nhan-lai,${SRC},phường Thử Tám`,
];
const NEW_TOTALS = [
  '2025-12-20,700,3,60,637,https://example.org/tong-so-gia,"Dữ liệu giả của kịch bản kiểm thử.",',
  '2025-12-21,650,,,,https://example.org/tong-so-gia-2,"Dữ liệu giả: mâu thuẫn với số 700 ngày 20/12/2025, được giữ kèm ghi chú.",nghi-van',
];
/** The row entered in the web editor (the last of the file, as "Thêm dòng" appends it). */
const EDITOR_ROW = RECOGNITIONS.find((r) => r.includes('Chè thử'))!;
const EDITOR_POST = {
  title: 'Tin thử đăng bằng trang biên tập',
  description: 'Bài của kịch bản kiểm thử, viết và đăng trong trang biên tập trên web (dữ liệu giả).',
  date: '2025-12-23',
  path: '/tin-tuc/2025/12/23/tin-thu-dang-bang-trang-bien-tap/',
};
const POST_TITLE = 'Hội chợ đặc sản OCOP cuối năm: bài thử của cán bộ';
const POST_DATE = '2025-12-22';
const POST_WORD = 'kẹo dồi đường phèn';
const NEW_TAG = 'hoi-cho';

function fillPost(file: string): void {
  let text = fs.readFileSync(file, 'utf8');
  const set = (placeholder: RegExp, value: string) => {
    expect(text).toMatch(placeholder);
    text = text.replace(placeholder, value);
  };
  // As the editorial guide says: replace every [[…]], choose tags, delete draft: true.
  set(/description: "\[\[[^\]]*\]\]"/, 'description: "Hội chợ thử giới thiệu đặc sản OCOP của các địa phương (dữ liệu giả của kịch bản kiểm thử)."');
  set(/^tags: \[\]$/m, `tags: [xuc-tien-thuong-mai, ${NEW_TAG}]`);
  set(/^draft: true\n/m, '');
  set(/\[\[Đoạn mở đầu[\s\S]*?\]\]/, 'Hội chợ thử giới thiệu các sản phẩm OCOP cuối năm (dữ liệu giả).');
  set(/\[\[Nội dung chính[\s\S]*?\]\]/, `Gian hàng bày ${POST_WORD} và nhiều đặc sản khác. Đây là bài của kịch bản kiểm thử, không phải tin thật.`);
  set(/^- \[\[Mỗi nguồn.*$/m, '- [Trang thử của kịch bản kiểm thử](https://example.org/bai-thu) (dữ liệu giả, 22/12/2025)');
  expect(text).not.toMatch(/\[\[/);
  // The template writes plain Markdown.
  expect(text).toMatch(/^mdx: \{format: md\}$/m);
  expect(text).toMatch(/^<!-- truncate -->$/m);
  fs.writeFileSync(file, text);
}

// ---------------------------------------------------------------------------

/**
 * Through /admin/ of the repository's build (same configuration: the copy is
 * this working tree), with decap-server writing the copy: one recognition
 * row, then a post written, saved as a draft, and published by turning its
 * draft switch off.
 */
async function editInWebEditor(): Promise<void> {
  if (!fs.existsSync(path.join(BUILD_DIR, 'admin', 'index.html'))) throw new Error('Chưa có build/admin/: chạy npm run build trước (npm test dựng trang trước khi chạy kịch bản này).');
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('Không tìm thấy Chromium: kịch bản cần trình duyệt để dùng trang biên tập.');
  const editor = await startLocalEditor({siteDir: site, buildDir: BUILD_DIR, sitePort: 0, proxyPort: 0, log: () => undefined});
  const browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
  try {
    const {page, problems} = await openEditor(browser, editor);
    await signIn(page);
    // The row: every cell as its column asks.
    const [ngay, so, donVi, sanPham, chuThe, nhom, sao, loai, nguon, diaBan] = EDITOR_ROW.split(',') as [string, string, string, string, string, string, string, string, string, string];
    await addDataRow(page, 'Sản phẩm được công nhận');
    await setText(page, 'Ngày ký quyết định', ngay);
    await setText(page, 'Số quyết định', so);
    await choose(page, 'Đơn vị cấp huyện (theo Kế hoạch)', donVi);
    await setText(page, 'Tên sản phẩm', sanPham);
    await setText(page, 'Chủ thể OCOP', chuThe);
    await choose(page, 'Nhóm sản phẩm', nhom);
    await choose(page, 'Hạng sao', `${sao} sao`);
    await choose(page, 'Loại công nhận', loai);
    await setText(page, 'Nguồn', nguon);
    // An optional column: Decap adds "(không bắt buộc)" to its label.
    await setText(page, 'Xã, phường của chủ thể (không bắt buộc)', diaBan);
    await publish(page);
    await saved(page);
    // The post: written, saved (a draft), then published.
    await page.goto(`${editor.siteOrigin}/admin/#/collections/tin-tuc/new`);
    await setText(page, 'Tiêu đề', EDITOR_POST.title);
    await setText(page, 'Mô tả', EDITOR_POST.description);
    await setText(page, 'Ngày đăng', EDITOR_POST.date);
    await choose(page, 'Thẻ', loadVocabulary(path.join(site, 'blog')).tags[0]!.label);
    await typeBody(page, `Bài thử của kịch bản kiểm thử, không phải tin thật.\n\n<!-- truncate -->\n\nNội dung thử.\n\n## Nguồn {#nguon}\n\n- [Trang thử của kịch bản kiểm thử](https://example.org/bai-thu-bien-tap) (dữ liệu giả)\n`);
    await publish(page);
    await saved(page);
    // The draft switch (optional field, so its label ends with "(không bắt buộc)"): off publishes the post.
    const draft = page.getByLabel(/^Bản nháp \(chưa đăng lên trang\)/);
    expect(await draft.getAttribute('aria-checked')).toBe('true');
    await draft.click();
    expect(await draft.getAttribute('aria-checked')).toBe('false');
    await publish(page);
    await saved(page);
    expect(problems).toEqual([]);
  } finally {
    await browser.close();
    await editor.close();
  }
}

beforeAll(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'kich-ban-bien-tap-'));
  copyWorkingTree(REPO, site);
  expect(fs.existsSync(path.join(site, '.git'))).toBe(false);
  const install = run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], site);
  if (install.status !== 0) throw new Error(`npm ci --omit=dev thất bại:\n${install.output}`);

  // The optional last columns (dia_ban, trang_thai), then the year's rows.
  withLastColumn('data/recognitions.csv', 'dia_ban');
  expect(fs.readFileSync(path.join(site, 'data', 'recognitions.csv'), 'utf8').split('\n')[0]).toBe(HEADER);
  append('data/recognitions.csv', RECOGNITIONS.filter((r) => r !== EDITOR_ROW));
  withLastColumn('data/ocop-totals.csv', 'trang_thai');
  append('data/ocop-totals.csv', NEW_TOTALS);
  append('blog/tags.yml', [
    '',
    `${NEW_TAG}:`,
    '  label: Hội chợ',
    `  permalink: /${NEW_TAG}`,
    '  description: Tin về các hội chợ có sản phẩm OCOP của tỉnh.',
  ]);
  const created = run('npm', ['run', '-s', 'new-post', '--', POST_TITLE, '--date', POST_DATE], site);
  if (created.status !== 0) throw new Error(`npm run new-post thất bại:\n${created.output}`);
  const postFile = path.join(site, 'blog', `${POST_DATE}-hoi-cho-dac-san-ocop-cuoi-nam-bai-thu-cua-can-bo`, 'index.md');
  expect(created.output).toContain(path.relative(site, postFile));
  fillPost(postFile);

  await editInWebEditor();
  const recognitions = fs.readFileSync(path.join(site, 'data', 'recognitions.csv'), 'utf8');
  expect(recognitions.endsWith(`\n${EDITOR_ROW}\n`)).toBe(true);
  checkDataOutput = run('npm', ['run', '-s', 'check:data'], site);

  const built = run('npm', ['run', 'build'], site);
  buildOutput = built.output;
  if (built.status !== 0) throw new Error(`npm run build thất bại trên bản sao:\n${built.output.slice(-6000)}`);
});

afterAll(() => {
  if (site !== '') fs.rmSync(site, {recursive: true, force: true});
});

const POST_PATH = `/tin-tuc/${POST_DATE.replace(/-/g, '/')}/hoi-cho-dac-san-ocop-cuoi-nam-bai-thu-cua-can-bo/`;

describe('a year of staff updates, built from a copy without git or devDependencies', () => {
  it('builds, saying once that last-update dates are left out', () => {
    expect(buildOutput.split(NO_GIT_NOTICE)).toHaveLength(2);
    expect(page('ke-hoach')('main time')).toHaveLength(0);
  });

  it('the site’s own build-output tests for data and news pass on the copy', () => {
    const r = run(
      path.join(REPO, 'node_modules/.bin/jest'),
      ['--ci', '--selectProjects', 'build', '--runTestsByPath', 'src/__tests__/site/data.test.ts', 'src/__tests__/site/news.test.ts', 'src/__tests__/site/share.test.ts'],
      REPO,
      {OCOP_SITE_DIR: site},
    );
    expect({status: r.status, output: r.status === 0 ? '' : r.output}).toEqual({status: 0, output: ''});
  });

  it('home: the new products counted, re-recognitions not, with the date of the latest decision', () => {
    // New: Nga Sơn 3, Sầm Sơn 2, Mường Lát 3 = 8 of 160; latest decision 05/09/2025.
    expect(mainText('')).toContain('Tiến độ: đã công nhận 8/160 sản phẩm mới (5 %), tính đến 05/09/2025.');
  });

  it('the status line: the new total (or a later one already in data/), never the doubted one entered after it', () => {
    const rows = fs.readFileSync(path.join(site, 'data', 'ocop-totals.csv'), 'utf8').split('\n').slice(1).filter((l) => /^\d{4}-\d{2}-\d{2},/.test(l) && !l.endsWith(',nghi-van'));
    const latest = rows.map((l) => l.split(',')).sort((a, b) => a[0]!.localeCompare(b[0]!)).at(-1)!;
    const expected = latest[0] === '2025-12-20' ? '700 sản phẩm, tính đến 20/12/2025' : `sản phẩm, tính đến ${latest[0]!.split('-').reverse().join('/')}`;
    for (const route of ['', 'ke-hoach', 'chi-tieu']) {
      const status = page(route)('aside[aria-label="Tình hình thực hiện Kế hoạch"]').text();
      expect(status).toContain(expected);
      expect(status).not.toContain('650 sản phẩm');
    }
    const $ = page('chi-tieu');
    const table = $('main table').filter((_i, el) => $(el).find('caption').text().startsWith('Số liệu của biểu đồ: số sản phẩm OCOP lũy kế'));
    const doubted = table.find('tbody tr').filter((_i, tr) => $(tr).find('th').first().text().trim() === '21/12/2025');
    expect(doubted.text()).toContain('Số liệu bị nghi vấn, không dùng làm số mới nhất. Dữ liệu giả: mâu thuẫn với số 700');
  });

  it('/chi-tieu/: the progress table, exactly as the rows add up', () => {
    const $ = page('chi-tieu');
    const rows = $('main table').eq(1).find('tbody tr');
    const row = (name: string) =>
      rows
        .filter((_i, el) => $(el).find('th').text().trim() === name)
        .find('th, td')
        .map((_i, el) => $(el).text().trim())
        .get();
    expect(row('Huyện Nga Sơn')).toEqual(['Huyện Nga Sơn', '8', '3', '1/2', '1/2', '1/4', '37,5 %']);
    expect(row('TP Sầm Sơn')).toEqual(['TP Sầm Sơn', '2', '2', '0/0', '1/1', '1/1', '100 %']);
    expect(row('Huyện Mường Lát')).toEqual(['Huyện Mường Lát', '2', '3', '0/0', '0/0', '3/2', '150 % (vượt chỉ tiêu)']);
    expect(row('Huyện Hà Trung')).toEqual(['Huyện Hà Trung', '3', '0', '0/0', '0/0', '0/3', '0 %']);
    expect(row('Huyện Thọ Xuân')[2]).toBe('chưa có số liệu');
    const foot = $('main table').eq(1).find('tfoot').find('th, td').map((_i, el) => $(el).text().trim()).get();
    expect(foot).toEqual(['Toàn tỉnh', '160', '8', '1/3', '2/20', '5/137', '5 %']);
  });

  it('/chi-tieu/ charts: progress figures in the SVG, a bar beyond its target drawn past the track, the new totals on the timeline', () => {
    const $ = page('chi-tieu');
    const progress = $('svg[data-chart="tien-do-theo-don-vi"]');
    const labels = progress.find('text').map((_i, el) => $(el).text()).get();
    expect(labels).toEqual(expect.arrayContaining(['3/8 · 37,5 %', '2/2 · 100 %', '3/2 · 150 %', '0/3 · 0 %']));
    const muongLat = progress.find('g').filter((_i, g) => $(g).children('text').first().text() === 'Mường Lát');
    const [track, bar] = muongLat.children('rect').map((_i, r) => Number($(r).attr('width'))).get();
    expect(bar).toBeCloseTo(track! * 1.5, 0);
    const timeline = $('svg[data-chart="so-san-pham-ocop-theo-thoi-gian"]').parent().parent();
    expect(timeline.find('table').text()).toContain('700');
    expect(timeline.find('table').text()).toContain('650');
    // The downloaded SVG is the page's chart.
    const svg = fs.readFileSync(path.join(build(), 'du-lieu', 'bieu-do', 'tien-do-theo-don-vi.svg'), 'utf8');
    expect(svg).toContain('3/2 · 150 %');
  });

  it('share pictures: the progress chart\'s pictures appear with their date, the /chi-tieu/ card and the new post\'s card say what changed', () => {
    const texts = (file: string) => readPngInfo(new Uint8Array(fs.readFileSync(path.join(build(), ...file.split('/'))))).texts.Description!.split('\n');
    for (const size of ['1200x675', '1080x1080']) {
      const drawn = texts(`du-lieu/bieu-do/tien-do-theo-don-vi-${size}.png`);
      expect(drawn).toContain('Số liệu tính đến: 05/09/2025 (quyết định mới nhất được ghi)');
    }
    expect(texts('anh-chia-se/chi-tieu.png')).toContain('3 × 5 sao, 20 × 4 sao, 137 × 3 sao · đã công nhận 8 sản phẩm mới (đến 05/09/2025)');
    expect(texts(`anh-chia-se${POST_PATH.replace(/\/$/, '')}.png`)).toEqual(expect.arrayContaining([`Tin tức · ${POST_DATE.split('-').reverse().join('/')}`]));
  });

  it('npm run check:data accepts the files as staff and the web editor left them', () => {
    expect(checkDataOutput.status).toBe(0);
  });

  it('the row and the post entered in the web editor: on the unit page, in the news list and on the post\'s own page', () => {
    const [, , donVi, sanPham] = EDITOR_ROW.split(',');
    expect(mainText(`chi-tieu/${donVi}`)).toContain(sanPham);
    expect(mainText('tin-tuc')).toContain(EDITOR_POST.title);
    const post = page(EDITOR_POST.path.slice(1, -1));
    expect(post('h1').text()).toBe(EDITOR_POST.title);
    expect(post('main').text()).toContain('Nội dung thử.');
    expect(fs.readFileSync(path.join(build(), 'sitemap.xml'), 'utf8')).toContain(EDITOR_POST.path);
  });

  it('unit pages: products listed with the commune or ward, re-recognitions marked as not counted', () => {
    const muong = page('chi-tieu/muong-lat');
    expect(muong('main').text()).toContain('150 % (vượt chỉ tiêu)');
    expect(muong('main table').eq(1).find('tbody tr')).toHaveLength(3);
    expect(muong('main table').eq(1).text()).toContain('xã Mường Lát');
    const haTrung = page('chi-tieu/ha-trung');
    const listed = haTrung('main table').eq(1).find('tbody tr');
    expect(listed).toHaveLength(1);
    expect(listed.text()).toContain('Công nhận lại (không tính vào mục tiêu)');
    expect(listed.text()).toContain('phường Thử Tám');
    expect(haTrung('main table').first().find('tfoot td').eq(1).text()).toBe('0');
  });

  it('/du-lieu/: the published CSV files are the edited files', () => {
    for (const f of ['recognitions.csv', 'ocop-totals.csv']) {
      const published = fs.readFileSync(path.join(build(), 'du-lieu', f));
      const source = fs.readFileSync(path.join(site, 'data', f));
      const bom = Buffer.from([0xef, 0xbb, 0xbf]);
      expect([source.toString('hex'), Buffer.concat([bom, source]).toString('hex')]).toContain(published.toString('hex'));
    }
  });

  it('news: the list, the new tag’s page, the three feeds and the sitemap carry the new post', () => {
    expect(page('tin-tuc')('main').text()).toContain(POST_TITLE);
    const tagPage = page(`tin-tuc/the/${NEW_TAG}`);
    expect(tagPage('h1').text()).toContain('Hội chợ');
    expect(tagPage('main').text()).toContain(POST_TITLE);
    for (const feed of ['rss.xml', 'atom.xml', 'feed.json']) {
      expect(fs.readFileSync(path.join(build(), 'tin-tuc', feed), 'utf8')).toContain(POST_PATH);
    }
    const sitemap = fs.readFileSync(path.join(build(), 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(POST_PATH);
    expect(sitemap).toContain(`/tin-tuc/the/${NEW_TAG}/`);
    expect(sitemap).toContain('/chi-tieu/muong-lat/');
  });

  const chromiumPath = findChromium();
  (chromiumPath || process.env.CI === 'true' ? it : it.skip)('search finds the new post by a word of its body typed without diacritics', async () => {
    const served = await serveBuild([], build());
    const browser = await chromium.launch({executablePath: chromiumPath ?? undefined, args: CHROMIUM_ARGS});
    try {
      const p = await browser.newPage();
      await p.goto(`${served.origin}/tim-kiem/`, {waitUntil: 'load'});
      await p.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
      await p.locator('input[type="search"], .pagefind-ui__search-input').first().fill('keo doi duong phen');
      await p.waitForSelector('.pagefind-ui__result-link');
      const links = await p.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toContain(POST_PATH);
    } finally {
      await browser.close();
      await served.close();
    }
  });
});

// ---------------------------------------------------------------------------
// The bad edits staff really make.

/** Data problems, as the build would print them, after replacing one file's bytes. */
function dataReport(file: DataFileName, bytes: Uint8Array): string[] {
  const files = Object.fromEntries(DATA_FILES.map((f) => [f, new Uint8Array(fs.readFileSync(path.join(site, 'data', f)))]));
  const result = validateDatasets({...files, [file]: bytes});
  return result.ok ? [] : formatProblemReport(result.problems).split('\n').slice(1);
}

const recognitionsWith = (line: string) => Buffer.from(`${fs.readFileSync(path.join(site, 'data', 'recognitions.csv'), 'utf8')}${line}\n`);
const lastLine = () => fs.readFileSync(path.join(site, 'data', 'recognitions.csv'), 'utf8').trimEnd().split('\n').length + 1;

/** News problems for the post after one edit, through the build's own checks. */
async function postReport(edit: (text: string) => string): Promise<string> {
  const folder = path.join(site, 'blog', `${POST_DATE}-hoi-cho-dac-san-ocop-cuoi-nam-bai-thu-cua-can-bo`);
  const text = edit(fs.readFileSync(path.join(folder, 'index.md'), 'utf8'));
  const file = path.relative(site, path.join(folder, 'index.md'));
  let frontMatter: Record<string, unknown>;
  try {
    frontMatter = (await DEFAULT_PARSE_FRONT_MATTER({filePath: path.join(folder, 'index.md'), fileContent: text})).frontMatter;
  } catch {
    return 'YAML';
  }
  const source = postSourceFromText(file, text, frontMatter);
  const problems = 'body' in source ? checkPost(source, loadVocabulary(path.join(site, 'blog'))) : [source];
  return formatProblems(problems);
}

describe('the bad edits staff make: each refused with a Vietnamese file:line message', () => {
  it('a totals row pasted under the recognitions', () => {
    const line = lastLine();
    const report = dataReport('recognitions.csv', recognitionsWith(',,Tổng cộng,,,,10,,,'));
    expect(report.length).toBeGreaterThan(0);
    for (const message of report) expect(message).toMatch(new RegExp(`^recognitions\\.csv:${line}: `));
  });
  it('a date written 15/06/2025', () => {
    const line = lastLine();
    expect(dataReport('recognitions.csv', recognitionsWith(`15/06/2025,505/QĐ-UBND,nga-son,Sản phẩm mới thử (dữ liệu giả),HTX Thử,thuc-pham,3,moi,${SRC},`))).toEqual([
      `recognitions.csv:${line}: cột "ngay": ngày "15/06/2025" viết theo kiểu ngày/tháng/năm. Hãy viết theo dạng năm-tháng-ngày (YYYY-MM-DD), tức là 2025-06-15. Nếu bảng tính tự đổi dạng ngày, hãy định dạng cột này là văn bản (Text).`,
    ]);
  });
  it('a file saved by Excel with semicolons', () => {
    const text = fs.readFileSync(path.join(site, 'data', 'recognitions.csv'), 'utf8').replace(/,/g, ';');
    expect(dataReport('recognitions.csv', Buffer.from(text))).toEqual([expect.stringMatching(/^recognitions\.csv:1: tệp dùng dấu chấm phẩy/)]);
  });
  it('a file saved as Windows-1258', () => {
    // "Hóa" in Windows-1258: H, o, U+0301 as 0xEC, a: not UTF-8.
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\n2025-04-15,101/QĐ-UBND,nga-son,Cói Ho`), Buffer.from([0xec]), Buffer.from(`a,HTX,thuc-pham,3,moi,${SRC},\n`)]);
    expect(dataReport('recognitions.csv', bytes)).toEqual([expect.stringMatching(/^recognitions\.csv:\d+: .*UTF-8/)]);
  });
  it('an unknown unit code, with the closest one', () => {
    const line = lastLine();
    expect(dataReport('recognitions.csv', recognitionsWith(`2025-06-15,505/QĐ-UBND,nga-sonn,Sản phẩm mới thử (dữ liệu giả),HTX Thử,thuc-pham,3,moi,${SRC},`))).toEqual([
      `recognitions.csv:${line}: cột "ma_don_vi": mã "nga-sonn" không có trong targets.csv. Có phải là "nga-son"? Hãy dùng đúng mã trong cột ma_don_vi của targets.csv.`,
    ]);
  });
  it('a misspelled tag in a post', async () => {
    expect(await postReport((t) => t.replace(`tags: [xuc-tien-thuong-mai, ${NEW_TAG}]`, 'tags: [xuc-tien-thuong-mia, hoi-cho]'))).toMatch(
      /blog\/2025-12-22-hoi-cho-dac-san-ocop-cuoi-nam-bai-thu-cua-can-bo\/index\.md, dòng \d+.*xuc-tien-thuong-mia.*xuc-tien-thuong-mai/s,
    );
  });
  it('a post without its "Nguồn" section', async () => {
    expect(await postReport((t) => t.replace(/## Nguồn[\s\S]*$/, ''))).toMatch(/index\.md.*Nguồn/s);
  });
  it('a front-matter date that does not exist', async () => {
    expect(await postReport((t) => t.replace(`date: ${POST_DATE}`, 'date: 2025-02-30'))).toMatch(/index\.md, dòng \d+.*2025-02-30/s);
  });

  it('raw HTML in a post, named with the Markdown to write instead', async () => {
    const report = await postReport((t) => t.replace('Gian hàng bày', 'Gian hàng<br>bày'));
    expect(report).toMatch(/index\.md, dòng \d+ \(nội dung\)  \[mã lỗi: content\.html\]\n {3}Bài tin viết bằng Markdown, không chèn mã HTML \(ở đây là thẻ <br>\)\. Cách sửa: để một dòng trống giữa hai đoạn văn\./);
  });
  it('a post that lost its "mdx: {format: md}" line', async () => {
    expect(await postReport((t) => t.replace('mdx: {format: md}\n', ''))).toMatch(/index\.md, dòng \d+ \(trường mdx\)  \[mã lỗi: format\.md\]\n {3}Thiếu dòng mdx: \{format: md\}\./);
  });

  it('the build stops on a bad row with the same message, and no tool changes a file', () => {
    const before = hashTree('data', 'blog');
    const rec = path.join(site, 'data', 'recognitions.csv');
    const good = fs.readFileSync(rec);
    const line = lastLine();
    fs.writeFileSync(rec, recognitionsWith(`2025-06-15,505/QĐ-UBND,nga-sonn,Sản phẩm mới thử (dữ liệu giả),HTX Thử,thuc-pham,3,moi,${SRC},`));
    const broken = hashTree('data', 'blog');
    try {
      const check = run('npm', ['run', '-s', 'check:data'], site);
      expect(check.status).toBe(1);
      expect(check.output).toContain(`recognitions.csv:${line}: cột "ma_don_vi": mã "nga-sonn" không có trong targets.csv.`);
      const built = run('npx', ['docusaurus', 'build', '--out-dir', path.join(site, 'build-hong')], site);
      expect(built.status).not.toBe(0);
      expect(built.output).toContain(`recognitions.csv:${line}: cột "ma_don_vi": mã "nga-sonn" không có trong targets.csv.`);
      expect(hashTree('data', 'blog')).toBe(broken);
    } finally {
      fs.writeFileSync(rec, good);
    }
    expect(hashTree('data', 'blog')).toBe(before);
  });
});
