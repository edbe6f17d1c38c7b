/**
 * Scaled page-weight budget (issue #17), run by `npm test` after the
 * browser tests: a copy of the site with 300 generated news posts
 * (src/bench/scaledBuild.ts) is built, and a first visit to the home page
 * and to a news post must not download more than 10 % more JavaScript
 * (gzip) than the same page of this site's own build (build/). Docusaurus
 * would otherwise put every post's route into the JavaScript of every page
 * (facebook/docusaurus#7256). The full benchmark is `npm run bench:scale`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {buildScaledCopy, removeScaledBuild, type ScaledBuild} from '../../bench/scaledBuild';
import {publishedPosts} from '../support/sourcePosts';
import {BUILD_DIR, CHROMIUM_ARGS, findChromium, serveBuild, type ServedSite} from '../browser/support/chromium';
import {kb, measureFirstVisit} from '../browser/support/weight';

const REPO = path.resolve(__dirname, '../../..');
const POSTS = 300;
const ALLOWED_GROWTH = 0.1;
jest.setTimeout(10 * 60_000);

const chromiumPath = findChromium();
const itInBrowser = chromiumPath || process.env.CI === 'true' ? it : it.skip;

let scaled: ScaledBuild | undefined;
let browser: Browser | undefined;
const servers: ServedSite[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(BUILD_DIR, 'index.html'))) throw new Error('Chưa có build/: hãy chạy npm run build trước.');
  scaled = buildScaledCopy(REPO, POSTS);
  if (chromiumPath) browser = await chromium.launch({executablePath: chromiumPath, args: CHROMIUM_ARGS});
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await browser?.close();
  if (scaled) removeScaledBuild(scaled);
});

const newestPost = publishedPosts(REPO)[0]?.path;

describe(`the site with ${POSTS} more news posts`, () => {
  it('has a page for every added post', () => {
    const news = path.join(scaled!.buildDir, 'tin-tuc');
    const postPages = (dir: string): number =>
      fs.readdirSync(dir, {withFileTypes: true}).reduce((n, e) => n + (e.isDirectory() ? postPages(path.join(dir, e.name)) : 0), /\/\d{4}\/\d{2}\/\d{2}\/[^/]+$/.test(dir) ? 1 : 0);
    expect(postPages(news)).toBe(POSTS + publishedPosts(REPO).length);
  });

  itInBrowser.each([
    ['trang chủ', '/'],
    ['bài tin mới nhất', newestPost ?? '/tin-tuc/'],
  ])('%s: JavaScript within +10 %% of the site without the added posts', async (_label, pathname) => {
    if (!browser) throw new Error('Không tìm thấy Chromium.');
    const [own, big] = await Promise.all([serveBuild([], BUILD_DIR), serveBuild([], scaled!.buildDir)]);
    servers.push(own, big);
    const before = await measureFirstVisit(browser, own.origin, pathname);
    const after = await measureFirstVisit(browser, big.origin, pathname);
    const limit = before.js * (1 + ALLOWED_GROWTH);
    // The figures are in the object, so that a failure shows them.
    expect({pathname, before: `${kb(before.js)} KB`, after: `${kb(after.js)} KB`, limit: `${kb(limit)} KB`, over: after.js > limit}).toMatchObject({over: false});
  });
});
