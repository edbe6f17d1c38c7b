/**
 * The web editor at /admin/ in local mode, driven through its Vietnamese
 * interface in Chromium, as a member of staff would use it.
 *
 * The built site (build/, with admin/ and the _headers that give /admin/ its
 * own CSP) is served as a static host would; decap-server runs on a
 * throwaway copy of data/ and blog/ (never the repository's own files), on a
 * free port: the page asks for decap-server at 127.0.0.1:8081, as it does on
 * staff machines, and the test forwards those requests to the copy's server.
 *
 * Checked: sign-in in local mode; a recognition row added in "Số liệu" is
 * exactly one line appended to recognitions.csv; a date written 15/06/2025
 * gets a Vietnamese message and nothing is written; a news post created in
 * "Tin tức" is a folder blog/<date>-<slug>/index.md with the front matter of
 * the new-post template, which passes the news checks; an existing post
 * opened and saved unchanged stays byte for byte; every request stays on
 * this machine and nothing breaks the CSP. Screenshots for the editorial
 * guide are written to static/img/huong-dan-bien-tap/ when EDITOR_SCREENSHOTS=1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import {chromium, type Browser, type Page} from 'playwright-core';
import {editorBackend, LOCAL_PROXY_URL} from '../../editor/backend';
import {VI_WIDGET_TEXTS} from '../../editor/locale';
import {addDataRow, choose, openEditor as openEditorOf, publish, saved, setText, signIn, typeBody} from './support/editor';
import {adminContentSecurityPolicy, configScript, type EditorSetup} from '../../editor/adminPage';
import {serveBuild} from './support/site';
import {startLocalEditor, type LocalEditor} from '../../editor/localServers';
import {checkPost, postSourceFromText} from '../../news/checkPost';
import {splitFrontMatter} from '../../news/postFile';
import {loadVocabulary} from '../../plugins/news/vocabulary';
import {postFolderName} from '../../news/newPost';
import {BUILD_DIR, CHROMIUM_ARGS, findChromium, itInBrowser, runAxe} from './support/site';

const REPO = path.resolve(__dirname, '../../..');
const SHOTS = process.env.EDITOR_SCREENSHOTS === '1' ? path.join(REPO, 'static', 'img', 'huong-dan-bien-tap') : null;
jest.setTimeout(120_000);

let site: string | undefined;
let editor: LocalEditor | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) return; // itInBrowser skips, or fails under CI.
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-editor-'));
  for (const name of ['data', 'blog']) fs.cpSync(path.join(REPO, name), path.join(site, name), {recursive: true});
  editor = await startLocalEditor({siteDir: site, buildDir: BUILD_DIR, sitePort: 0, proxyPort: 0, log: () => undefined});
  browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await editor?.close();
  if (site) fs.rmSync(site, {recursive: true, force: true});
});

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  fs.mkdirSync(SHOTS, {recursive: true});
  await page.screenshot({path: path.join(SHOTS, `${name}.png`)});
}

const read = (rel: string) => fs.readFileSync(path.join(site!, rel), 'utf8');
/** The line a row becomes in a CSV file with this text: its header's columns in order, an optional column left empty. */
const rowFor = (file: string, cells: Record<string, string>) =>
  file.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(',').map((name) => cells[name] ?? '').join(',');
/** The first tag and author of blog/tags.yml and authors.yml as staff keep them (the editor's default author is the first). */
const firstOf = () => {
  const vocab = loadVocabulary(path.join(site!, 'blog'));
  return {tag: vocab.tags[0]!, author: vocab.authors[0]!};
};

/** Decap's own uncaught rejection when a save is refused by validation (it rejects with undefined). */
const REFUSED_SAVE = 'pageerror: undefined';

const openEditor = () => openEditorOf(browser!, editor!);

describe('the editor in local mode', () => {
  itInBrowser('shows its Vietnamese sign-in page under its own CSP, every string of Decap in Vietnamese', async () => {
    const {page, context, problems} = await openEditor();
    try {
      await page.getByRole('button', {name: 'Đăng nhập'}).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      expect(await page.title()).toBe('Trang biên tập – OCOP Thanh Hóa 2025');
      const response = await page.request.get(`${editor!.siteOrigin}/admin/`);
      const csp = response.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("connect-src 'self' blob: http://127.0.0.1:8081;");
      expect(csp).not.toContain('sha256-');
      // After the start script: no key of Decap's English strings is missing from Vietnamese.
      const missing = await page.evaluate(`(() => {
        const flat = (o, p) => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v, p + k + '.') : [p + k]));
        const vi = new Set(flat(CMS.getLocale('vi'), ''));
        return flat(CMS.getLocale('en'), '').filter((k) => !vi.has(k));
      })()`);
      expect(missing).toEqual([]);
      await shot(page, 'dang-nhap');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('Số liệu: a bad date or an unknown unit gets a Vietnamese message and nothing is written; a good row is one line appended', async () => {
    const {page, context, problems} = await openEditor();
    try {
      const before = read('data/recognitions.csv');
      await signIn(page);
      await addDataRow(page, 'Sản phẩm được công nhận');
      await setText(page, 'Ngày ký quyết định', '15/06/2025');
      await setText(page, 'Số quyết định', '1234/QĐ-UBND');
      // A unit code that is not in targets.csv: the list has nothing to choose, and says so in Vietnamese.
      const unit = page.getByLabel('Đơn vị cấp huyện (theo Kế hoạch)', {exact: true}).last();
      await unit.click();
      await unit.fill('huyen-khong-co');
      await page.getByText(VI_WIDGET_TEXTS['No options']!, {exact: true}).waitFor();
      await page.keyboard.press('Escape');
      await setText(page, 'Tên sản phẩm', 'Chiếu cói Nga Sơn');
      await setText(page, 'Chủ thể OCOP', 'Hợp tác xã thử nghiệm');
      await choose(page, 'Nhóm sản phẩm', 'thủ công');
      await choose(page, 'Hạng sao', '3 sao');
      await choose(page, 'Loại công nhận', 'moi');
      await setText(page, 'Nguồn', 'https://example.org/quyet-dinh-1234');
      await publish(page);
      const message = page.getByText('Ngày ký quyết định: Ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD), trong năm 2025, ví dụ 2025-06-30.');
      await message.waitFor();
      await page.getByText('Đơn vị cấp huyện (theo Kế hoạch) bắt buộc nhập.', {exact: true}).waitFor();
      await message.scrollIntoViewIfNeeded();
      await shot(page, 'so-lieu-loi-ngay');
      expect(read('data/recognitions.csv')).toBe(before);

      await choose(page, 'Đơn vị cấp huyện (theo Kế hoạch)', 'nga-son');
      await setText(page, 'Ngày ký quyết định', '2025-06-15');
      await publish(page);
      await saved(page);
      // The rows already there are kept byte for byte, the new row comes last, in the file's own line ending
      // (a valid file may be saved with Windows line endings, or without a final newline).
      const after = read('data/recognitions.csv');
      const eol = before.includes('\r\n') ? '\r\n' : '\n';
      const kept = before.replace(/(\r?\n)+$/, '');
      const row = rowFor(before, {ngay: '2025-06-15', so_quyet_dinh: '1234/QĐ-UBND', ma_don_vi: 'nga-son', san_pham: 'Chiếu cói Nga Sơn', chu_the: 'Hợp tác xã thử nghiệm', nhom: 'thu-cong-my-nghe', sao: '3', loai: 'moi', nguon: 'https://example.org/quyet-dinh-1234'});
      expect(after.startsWith(`${kept}${eol}${row}`)).toBe(true);
      expect(after.slice(`${kept}${eol}${row}`.length)).toMatch(eol === '\r\n' ? /^(\r\n)*$/ : /^\n*$/);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'so-lieu-them-dong');
      expect(problems.filter((p) => p !== REFUSED_SAVE)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('Tin tức: a new post is the folder and index.md the news checks accept; an edit changes one line, undone the same bytes', async () => {
    const {page, context, problems} = await openEditor();
    try {
      await signIn(page);
      await page.getByText('＋ Thêm bài tin', {exact: true}).click();
      const title = 'Đoàn công tác thăm làng nghề chiếu cói Nga Sơn';
      await setText(page, 'Tiêu đề', title);
      await setText(page, 'Mô tả', 'Ngày 06/07/2025, đoàn công tác thăm làng nghề chiếu cói ở Nga Sơn, nơi có nhiều sản phẩm OCOP.');
      await setText(page, 'Ngày đăng', '2025-07-06');
      const {tag, author} = firstOf();
      await choose(page, 'Thẻ', tag.label);
      await typeBody(page, 'Đoạn mở đầu của tin.\n\n<!-- truncate -->\n\nNội dung chính.\n\n## Nguồn {#nguon}\n\n- [Kế hoạch 36/KH-UBND](/ke-hoach/)\n');
      await shot(page, 'tin-tuc-bai-moi');
      await publish(page);
      await saved(page);

      const folder = postFolderName(title, '2025-07-06');
      if ('error' in folder) throw new Error(folder.error);
      const file = `blog/${folder.folder}/index.md`;
      const text = read(file);
      expect(fs.readdirSync(path.join(site!, 'blog', folder.folder))).toEqual(['index.md']);
      expect(text).toBe(
        `---\ntitle: "${title}"\ndescription: "Ngày 06/07/2025, đoàn công tác thăm làng nghề chiếu cói ở Nga Sơn, nơi có nhiều sản phẩm OCOP."\ndate: 2025-07-06\nmdx: {format: md}\nauthors: [${author.key}]\ntags: [${tag.key}]\ndraft: true\n---\n\nĐoạn mở đầu của tin.\n\n<!-- truncate -->\n\nNội dung chính.\n\n## Nguồn {#nguon}\n\n- [Kế hoạch 36/KH-UBND](/ke-hoach/)\n`,
      );
      const split = splitFrontMatter(text)!;
      const source = postSourceFromText(file, text, yaml.load(split.frontMatter) as Record<string, unknown>);
      if ('code' in source) throw new Error(source.message);
      expect(checkPost(source, loadVocabulary(path.join(site!, 'blog')))).toEqual([]);

      // An existing post: a changed field changes its own line only; changed back, the file is the same bytes.
      const existing = fs.readdirSync(path.join(site!, 'blog')).find((f) => /^\d{4}-\d{2}-\d{2}-/.test(f) && f !== folder.folder)!;
      const original = read(`blog/${existing}/index.md`);
      await page.goto(`${editor!.siteOrigin}/admin/#/collections/tin-tuc/entries/${existing}/index`);
      await page.reload();
      const description = (yaml.load(splitFrontMatter(original)!.frontMatter) as {description: string}).description;
      const field = page.getByLabel('Mô tả', {exact: true});
      for (let i = 0; i < 100 && (await field.inputValue().catch(() => '')) !== description; i += 1) await page.waitForTimeout(100);
      expect(await field.inputValue()).toBe(description);
      // Decap saves only a changed entry: change the description, then change it back.
      await setText(page, 'Mô tả', `${description} Sửa thử.`);
      await publish(page);
      await saved(page);
      expect(read(`blog/${existing}/index.md`)).toBe(original.replace(`description: "${description}"`, `description: "${description} Sửa thử."`));
      // Decap compares with the entry as it was opened: open it again to change it back.
      await page.reload();
      for (let i = 0; i < 100 && (await field.inputValue().catch(() => '')) !== `${description} Sửa thử.`; i += 1) await page.waitForTimeout(100);
      await setText(page, 'Mô tả', description);
      await publish(page);
      await saved(page);
      expect(read(`blog/${existing}/index.md`)).toBe(original);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('Tin tức: a photo straight from a camera, uploaded in the editor, is stored next to the post as ./<name>, with its alt text', async () => {
    const {page, context, problems} = await openEditor();
    try {
      // A camera-sized JPEG (the build makes the smaller copies; the editor takes it as it is).
      const photo = await sharp({create: {width: 3000, height: 2000, channels: 3, background: '#6a8f4e'}}).jpeg({quality: 95}).toBuffer();
      await signIn(page);
      await page.getByText('＋ Thêm bài tin', {exact: true}).click();
      const title = 'Gian hàng OCOP tại hội chợ thử của trang biên tập';
      await setText(page, 'Tiêu đề', title);
      await setText(page, 'Mô tả', 'Bài thử có ảnh đại diện tải lên từ máy (dữ liệu giả của kiểm thử).');
      await setText(page, 'Ngày đăng', '2025-07-08');
      await choose(page, 'Thẻ', firstOf().tag.label);
      await page.getByRole('button', {name: 'Chọn một hình'}).click();
      await page.locator('input[type="file"]').setInputFiles({name: 'gian-hang.jpg', mimeType: 'image/jpeg', buffer: photo});
      await page.getByRole('button', {name: 'Lấy những cái đã chọn'}).click();
      await setText(page, 'Mô tả ảnh đại diện (không bắt buộc)', 'Gian hàng sản phẩm OCOP tại hội chợ');
      await typeBody(page, 'Đoạn mở đầu.\n\n<!-- truncate -->\n\nNội dung.\n\n## Nguồn {#nguon}\n\n- [Kế hoạch 36/KH-UBND](/ke-hoach/)\n');
      await publish(page);
      await saved(page);

      const folder = postFolderName(title, '2025-07-08');
      if ('error' in folder) throw new Error(folder.error);
      const dir = path.join(site!, 'blog', folder.folder);
      expect(fs.readdirSync(dir).sort()).toEqual(['gian-hang.jpg', 'index.md']);
      expect(fs.readFileSync(path.join(dir, 'gian-hang.jpg')).equals(photo)).toBe(true);
      const text = read(`blog/${folder.folder}/index.md`);
      expect(text).toContain('\nimage: ./gian-hang.jpg\nimage_alt: "Gian hàng sản phẩm OCOP tại hội chợ"\n');
      const split = splitFrontMatter(text)!;
      const source = postSourceFromText(`blog/${folder.folder}/index.md`, text, yaml.load(split.frontMatter) as Record<string, unknown>);
      if ('code' in source) throw new Error(source.message);
      expect(checkPost(source, loadVocabulary(path.join(site!, 'blog')))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('axe on the editor: what comes from Decap itself is reported, not hidden', async () => {
    const {page, context} = await openEditor();
    try {
      await signIn(page);
      await addDataRow(page, 'Sản phẩm được công nhận');
      const violations = await runAxe(page);
      // Recorded for the report (README, "Trang biên tập"); the page's own parts are checked in unit tests.
      console.info(`axe trên trang biên tập (vi phạm của Decap CMS):\n${violations.join('\n')}`);
      expect(violations.filter((v) => /^(html-has-lang|html-lang-valid|document-title|meta-viewport):/.test(v))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * Production mode cannot sign in here (no Git host), so for each documented
 * backend the editor is built with that configuration (the build's own
 * admin/ files, config.js written for the backend, served with the CSP the
 * build would write for it) and must load and show its sign-in button.
 */
describe('each documented Git host', () => {
  const HOSTS = [
    {env: {CMS_BACKEND: 'github', CMS_REPO: 'so-ttt/ocop', CMS_AUTH_URL: 'https://oauth.example.org'}, button: 'Đăng nhập bằng GitHub'},
    {env: {CMS_BACKEND: 'gitlab', CMS_REPO: 'so-ttt/ocop', CMS_HOST_URL: 'https://git.example.org', CMS_APP_ID: 'ma-ung-dung'}, button: 'Đăng nhập bằng GitLab'},
    {env: {CMS_BACKEND: 'gitea', CMS_REPO: 'so-ttt/ocop', CMS_HOST_URL: 'https://git.example.org', CMS_APP_ID: 'ma-ung-dung'}, button: 'Đăng nhập bằng Gitea'},
    {env: {CMS_BACKEND: 'forgejo', CMS_REPO: 'so-ttt/ocop', CMS_HOST_URL: 'https://git.example.org', CMS_APP_ID: 'ma-ung-dung'}, button: 'Đăng nhập bằng Forgejo'},
  ];

  itInBrowser.each(HOSTS.map((h) => [h.env.CMS_BACKEND, h] as const))('%s: the editor loads and shows its sign-in button', async (_name, host) => {
    const backend = editorBackend(host.env);
    if (!backend.ok) throw new Error(backend.problems.join('\n'));
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-editor-host-'));
    const window: {OCOP_EDITOR?: EditorSetup} = {};
    new Function('window', fs.readFileSync(path.join(BUILD_DIR, 'admin', 'config.js'), 'utf8'))(window);
    const setup = window.OCOP_EDITOR!;
    fs.cpSync(path.join(BUILD_DIR, 'admin'), path.join(root, 'admin'), {recursive: true});
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
    const {publish_mode: _mode, ...rest} = setup.config;
    fs.writeFileSync(
      path.join(root, 'admin', 'config.js'),
      configScript({...setup, config: {...rest, backend: backend.value.backend, publish_mode: backend.value.publishMode}}),
    );
    const served = await serveBuild([{source: '/admin/**', headers: [{key: 'Content-Security-Policy', value: adminContentSecurityPolicy(backend.value)}]}], root);
    const context = await browser!.newContext({viewport: {width: 1280, height: 800}, locale: 'vi-VN'});
    try {
      // No decap-server here: the local backend is not found, and Decap falls back to the Git host.
      await context.route(`${LOCAL_PROXY_URL}**`, (route) => route.abort());
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy|EvalError/.test(msg.text())) errors.push(msg.text());
      });
      await page.goto(`${served.origin}/admin/`);
      await page.getByRole('button', {name: host.button}).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await served.close();
      fs.rmSync(root, {recursive: true, force: true});
    }
  });
});
