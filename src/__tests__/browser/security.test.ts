/**
 * Text from the data files and from news posts is shown as text, never run.
 *
 * Builds a throwaway copy of the site whose CSV cells and one news post
 * (front matter and body) carry script-injection payloads, serves it without
 * any Content-Security-Policy (so the test proves the markup itself is
 * inert, not that CSP blocks it), opens the pages that show those values
 * and checks that nothing executed: `window.__xss` stays undefined, no
 * dialog opened, no payload became an element or a live link, and the
 * payload text is visible as text.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import Papa from 'papaparse';
import {chromium, type Browser, type Page} from 'playwright-core';
import {CHROMIUM_ARGS, PAGE_READY, findChromium, itInBrowser, serveBuild, type ServedSite} from './support/site';
import {publishedPosts} from '../support/sourcePosts';

const REPO = path.resolve(__dirname, '../../..');
const BUILD_TIMEOUT = 300_000;
jest.setTimeout(BUILD_TIMEOUT + 60_000);

/** Each payload sets window.__xss if it ever runs. */
const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const JS_URL = 'javascript:window.__xss=1';
const SVG = '"><svg onload="window.__xss=1">';

/** Both payloads, 68 characters: within the news checks' 70-character limit for titles. */
const POST_TITLE = `${SCRIPT} ${IMG}`;

// Dated as the site's newest post, so that it is on the first page of the news list and its tag page however many posts there are.
const POST_DATE = publishedPosts(REPO)[0]?.date ?? '2025-03-01';
const POST_FOLDER = `${POST_DATE}-kiem-thu-an-toan`;
const POST_PATH = `/tin-tuc/${POST_DATE.replace(/-/g, '/')}/kiem-thu-an-toan/`;
const TAG_PATH = '/tin-tuc/the/so-lieu/';
const UNIT_PATH = '/chi-tieu/nga-son/';

const POST = `---
title: '${POST_TITLE}'
description: 'Mô tả ${SVG} ${JS_URL}'
date: ${POST_DATE}
mdx: {format: md}
authors: [ban-bien-tap]
tags: [so-lieu]
---

Đoạn mở đầu: \\<script>window.__xss=1\\</script> và \\<img src=x onerror="window.__xss=1"> và ">\\<svg onload="window.__xss=1">.

<!-- truncate -->

## Liên kết thử {#lien-ket-thu}

[Liên kết thử](${JS_URL})

## Nguồn {#nguon}

- [Kế hoạch 36/KH-UBND](/ke-hoach/)
`;

/** Appends rows, each padded with empty cells to the header's width (optional last columns such as dia_ban, trang_thai). */
function appendCsvRows(file: string, rows: string[][]): void {
  const text = fs.readFileSync(file, 'utf8');
  const width = Papa.parse<string[]>(text.split('\n')[0] ?? '').data[0]?.length ?? 0;
  const padded = rows.map((r) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')]);
  fs.writeFileSync(file, `${text.replace(/\n?$/, '\n')}${Papa.unparse(padded, {newline: '\n'})}\n`);
}

/** A copy of the site with the payloads in its data and news; returns its folder. */
function makeSiteCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-xss-'));
  for (const name of ['static', 'node_modules', 'tsconfig.json', 'package.json']) {
    fs.symlinkSync(path.join(REPO, name), path.join(dir, name));
  }
  // Real copies: the config imports the site's own modules relative to
  // itself; Docusaurus matches MDX files to their metadata by path, which a
  // symlinked docs/ breaks (the bundler follows links to the real path).
  for (const name of ['src', 'docs', 'docusaurus.config.ts', 'sidebars.ts', 'data', 'blog']) {
    fs.cpSync(path.join(REPO, name), path.join(dir, name), {recursive: true});
  }

  appendCsvRows(path.join(dir, 'data', 'recognitions.csv'), [
    ['2025-03-15', '9001/QĐ-KIEMTHU', 'nga-son', SCRIPT, IMG, 'thu-cong-my-nghe', '3', 'moi', JS_URL],
    ['2025-03-15', '9001/QĐ-KIEMTHU', 'nga-son', SVG, 'Chủ thể thử', 'thuc-pham', '4', 'cong-nhan-lai', SVG],
  ]);
  appendCsvRows(path.join(dir, 'data', 'ocop-totals.csv'), [['2025-12-31', '700', '', '', '', JS_URL, `${SCRIPT} ${IMG} ${SVG}`]]);

  fs.mkdirSync(path.join(dir, 'blog', POST_FOLDER));
  fs.writeFileSync(path.join(dir, 'blog', POST_FOLDER, 'index.md'), POST);
  return dir;
}

/**
 * Docusaurus reads "last updated" dates from Git and refuses a site outside
 * any Git worktree. A throwaway repository with one empty commit satisfies
 * it; pages whose files it does not track simply show no date.
 */
async function initGit(dir: string): Promise<void> {
  const git = (...args: string[]) => promisify(execFile)('git', args, {cwd: dir});
  await git('init', '-q');
  await git('-c', 'user.name=kiem-thu', '-c', 'user.email=kiem-thu@localhost', 'commit', '-q', '--allow-empty', '-m', 'Bản sao thử');
}

async function buildSite(dir: string): Promise<void> {
  try {
    await promisify(execFile)(path.join(REPO, 'node_modules', '.bin', 'docusaurus'), ['build', dir, '--out-dir', path.join(dir, 'build')], {
      cwd: REPO,
      timeout: BUILD_TIMEOUT,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const {stdout = '', stderr = ''} = error as {stdout?: string; stderr?: string};
    throw new Error(`Không dựng được bản sao có dữ liệu thử:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n')}`);
  }
}

interface Visit {
  page: Page;
  dialogs: string[];
  requests: string[];
}

describe('payloads in data files and news posts render inert', () => {
  let dir: string | undefined;
  let served: ServedSite | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) return; // itInBrowser skips, or fails under CI.
    dir = makeSiteCopy();
    await initGit(dir);
    await buildSite(dir);
    served = await serveBuild([], path.join(dir, 'build'));
    browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
  }, BUILD_TIMEOUT + 30_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  });

  async function visit(pathname: string): Promise<Visit> {
    if (!browser || !served) throw new Error('site not started');
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, locale: 'vi-VN'});
    const page = await context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => void requests.push(new URL(request.url()).pathname));
    await page.goto(served.origin + pathname, {waitUntil: 'load'});
    await page.waitForSelector(PAGE_READY, {state: 'attached'});
    await page.waitForLoadState('networkidle');
    return {page, dialogs, requests};
  }

  /** Nothing ran, no payload became markup, and the given payloads are readable text. */
  async function expectInert({page, dialogs, requests}: Visit, visibleText: string[]): Promise<void> {
    try {
      expect(await page.evaluate(() => (window as unknown as {__xss?: unknown}).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      // An <img src=x> would have requested "x" relative to the page.
      expect(requests.filter((p) => p.endsWith('/x'))).toEqual([]);
      const live = await page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.outerHTML.slice(0, 120)),
        scripts: [...document.scripts].filter((s) => s.textContent?.includes('__xss') && s.type !== 'application/ld+json').length,
        // React 19 replaces a javascript: URL by one that only throws; none may carry the payload.
        links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((href) => href.includes('__xss')),
        svgs: document.querySelectorAll('main svg[onload]').length,
      }));
      expect(live).toEqual({handlers: [], scripts: 0, links: [], svgs: 0});
      // Tables of chart data sit in closed <details>: open them to read them.
      const text = await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
        return document.body.innerText;
      });
      expect(visibleText.filter((t) => !text.includes(t))).toEqual([]);
    } finally {
      await page.context().close();
    }
  }

  itInBrowser('unit page: product, owner and source cells', async () => {
    const v = await visit(UNIT_PATH);
    await expectInert(v, [SCRIPT, IMG, SVG, JS_URL]);
  });

  itInBrowser('targets page: notes and source of the totals timeline', async () => {
    const v = await visit('/chi-tieu/');
    await expectInert(v, [SCRIPT, IMG, SVG, JS_URL]);
  });

  itInBrowser('news post: title, description and body', async () => {
    const v = await visit(POST_PATH);
    // The description is in <meta> only; its text must stay an attribute value.
    const description = await v.page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toBe(`Mô tả ${SVG} ${JS_URL}`);
    // A Markdown link to javascript: is not followable: clicking it runs nothing.
    await v.page.locator('article .markdown a', {hasText: 'Liên kết thử'}).click();
    await v.page.waitForTimeout(300);
    await expectInert(v, [POST_TITLE, `${SCRIPT} và ${IMG} và ${SVG}`]);
  });

  itInBrowser('news list, tag page and archive: title and excerpt', async () => {
    for (const pathname of ['/tin-tuc/', TAG_PATH, '/tin-tuc/luu-tru/']) {
      const v = await visit(pathname);
      await expectInert(v, [POST_TITLE]);
    }
  });
});
