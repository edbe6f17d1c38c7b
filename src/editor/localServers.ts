/**
 * Local mode of the editor: the built site (with /admin/) served on this
 * machine, and decap-server, Decap's proxy that reads and writes the files
 * of a working copy. Used by `npm run editor` (src/scripts/editor.ts) and by
 * the editor's browser test on a throwaway copy of the site.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import handler from 'serve-handler';
import {parseHeadersFile, serveHeaders} from '../security/headers';

export interface LocalEditor {
  /** The site, e.g. http://127.0.0.1:3000; the editor is at `${siteOrigin}/admin/`. */
  siteOrigin: string;
  /** decap-server's API, e.g. http://127.0.0.1:8081/api/v1. */
  proxyUrl: string;
  close(): Promise<void>;
}

export interface LocalEditorOptions {
  /** The working copy decap-server writes to (data/, blog/ are under it). */
  siteDir: string;
  /** The built site to serve (with admin/ and _headers). */
  buildDir: string;
  /** 0: any free port. */
  sitePort: number;
  proxyPort: number;
  /** Where decap-server's log goes (default: this process's stderr). */
  log?: (line: string) => void;
}

/** A port free on 127.0.0.1 now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Serves a build folder with the headers of its _headers file, as a static host would. */
async function serveSite(buildDir: string, port: number): Promise<{origin: string; close(): Promise<void>}> {
  const headersFile = path.join(buildDir, '_headers');
  const headers = fs.existsSync(headersFile) ? serveHeaders(parseHeadersFile(fs.readFileSync(headersFile, 'utf8'))) : [];
  const server = http.createServer((req, res) => {
    void handler(req, res, {public: buildDir, trailingSlash: true, headers});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const {port: bound} = server.address() as net.AddressInfo;
  return {origin: `http://127.0.0.1:${bound}`, close: () => new Promise<void>((resolve) => server.close(() => resolve()))};
}

/** Starts decap-server (file-system mode) on 127.0.0.1:port for siteDir; resolves once it listens. */
async function startProxy(siteDir: string, port: number, log: (line: string) => void): Promise<ChildProcess> {
  const script = require.resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [script], {
    cwd: siteDir,
    env: {...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: siteDir, LOG_LEVEL: 'info'},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never leave decap-server behind, even when the caller stops without close().
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  };
  process.once('exit', stop);
  child.once('exit', () => process.removeListener('exit', stop));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('decap-server không khởi động sau 20 giây.')), 20_000);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        log(line);
        if (line.includes('listening on')) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`decap-server dừng ngay khi khởi động (mã ${code ?? '?'}): cổng ${port} có thể đang bận.`));
    });
  });
  return child;
}

export async function startLocalEditor(options: LocalEditorOptions): Promise<LocalEditor> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const proxyPort = options.proxyPort === 0 ? await freePort() : options.proxyPort;
  const proxy = await startProxy(options.siteDir, proxyPort, log);
  const stopProxy = async (): Promise<void> => {
    if (proxy.exitCode !== null || proxy.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proxy.once('exit', () => resolve()));
    proxy.kill();
    await exited;
  };
  let site: Awaited<ReturnType<typeof serveSite>>;
  try {
    site = await serveSite(options.buildDir, options.sitePort);
  } catch (error) {
    await stopProxy();
    throw error;
  }
  return {
    siteOrigin: site.origin,
    proxyUrl: `http://127.0.0.1:${proxyPort}/api/v1`,
    close: async () => {
      await site.close();
      await stopProxy();
    },
  };
}
