/**
 * The parts of the browser harness that need no test runner, shared by the
 * browser tests (./site.ts) and the benchmarks (src/scripts/bench-scale.ts):
 * Debian's Chromium, a static server for a build folder, and when a page is
 * ready to be looked at.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import handler from 'serve-handler';

export const BUILD_DIR = path.resolve(__dirname, '../../../../build');

const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((p): p is string => Boolean(p));

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

/** HTTP headers the site is served with (see README, "Tiêu đề bảo mật"). */
export type Headers = {source: string; headers: {key: string; value: string}[]}[];

export interface ServedSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * A page is ready once React has hydrated it, or at once for a page served
 * as static HTML without scripts (the news: data-static-page).
 */
export const PAGE_READY = 'html[data-has-hydrated="true"], html[data-static-page]';

/**
 * Serve build/ (or another build folder) like a plain static host:
 * directory index.html, 404.html for unknown paths.
 */
export async function serveBuild(headers: Headers = [], dir: string = BUILD_DIR): Promise<ServedSite> {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`Chưa có bản dựng trong ${dir}: hãy chạy \`npm run build\` trước.`);
  }
  const server = http.createServer((req, res) => {
    void handler(req, res, {public: dir, trailingSlash: true, headers});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
