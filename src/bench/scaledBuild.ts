/**
 * The site built with N generated news posts added, in a temporary copy
 * (src/bench/siteCopy.ts): for `npm run bench:scale` and the scaled budget
 * test. Reports the build's wall time and peak memory (GNU time's maximum
 * resident set size of the build process, which holds Docusaurus's worker
 * threads).
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadVocabulary} from '../plugins/news/vocabulary';
import {generatePosts} from './scalePosts';
import {copyWorkingTree, linkNodeModules} from './siteCopy';

export interface ScaledBuild {
  /** The copy's folder (delete it with removeScaledBuild). */
  dir: string;
  buildDir: string;
  posts: number;
  /** `docusaurus build`, seconds and peak memory (MB; null without GNU time). */
  buildSeconds: number;
  peakMB: number | null;
  /** The search index step of `npm run build`, seconds. */
  searchSeconds: number;
  /** Pages (index.html files) in the build. */
  pages: number;
  /** The build's output, kept in the copy (with DOCUSAURUS_PERF_LOGGER=true, the time of each phase). */
  logFile: string;
}

function countPages(dir: string): number {
  return fs.readdirSync(dir, {withFileTypes: true}).reduce((n, e) => n + (e.isDirectory() ? countPages(path.join(dir, e.name)) : e.name === 'index.html' ? 1 : 0), 0);
}

/** The newest date among the site's post folders (YYYY-MM-DD-…). */
function newestPostDate(blogDir: string): string {
  const dates = fs.readdirSync(blogDir).flatMap((name) => /^(\d{4}-\d{2}-\d{2})-/.exec(name)?.[1] ?? []);
  const newest = dates.sort().at(-1);
  if (newest === undefined) throw new Error(`Không có bài nào trong ${blogDir}.`);
  return newest;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command; GNU time (Debian package "time"), when installed, gives its peak memory, otherwise peakMB is null. */
function timed(command: string, args: string[], cwd: string): {seconds: number; peakMB: number | null; output: string} {
  const withTime = fs.existsSync(GNU_TIME);
  const started = Date.now();
  const r = withTime
    ? spawnSync(GNU_TIME, ['-f', 'ocop-time %e %M', command, ...args], {cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
    : spawnSync(command, args, {cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
  const output = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} thất bại (mã ${r.status}) trong ${cwd}:\n${output.slice(-6000)}`);
  if (!withTime) return {seconds: (Date.now() - started) / 1000, peakMB: null, output};
  const m = /ocop-time ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`Không đọc được thời gian và bộ nhớ từ ${GNU_TIME}.`);
  return {seconds: Number(m[1]), peakMB: Number(m[2]) / 1024, output};
}

/** Copies the repository's working tree, adds `posts` generated posts, and builds it as `npm run build` does. */
export function buildScaledCopy(repo: string, posts: number): ScaledBuild {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ocop-scale-${posts}-`));
  copyWorkingTree(repo, dir);
  linkNodeModules(repo, dir);
  const blogDir = path.join(dir, 'blog');
  for (const post of generatePosts(posts, loadVocabulary(blogDir), newestPostDate(blogDir))) {
    fs.mkdirSync(path.join(blogDir, post.folder));
    fs.writeFileSync(path.join(blogDir, post.folder, 'index.md'), post.text);
  }
  const docusaurus = path.join(repo, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const build = timed(process.execPath, [docusaurus, 'build'], dir);
  const search = timed(path.join(repo, 'node_modules/.bin/tsx'), ['src/scripts/build-search-index.mts'], dir);
  const buildDir = path.join(dir, 'build');
  const logFile = path.join(dir, 'build.log');
  fs.writeFileSync(logFile, `${build.output}\n${search.output}`);
  return {dir, buildDir, posts, buildSeconds: build.seconds, peakMB: build.peakMB, searchSeconds: search.seconds, pages: countPages(buildDir), logFile};
}

export function removeScaledBuild(build: ScaledBuild): void {
  fs.rmSync(build.dir, {recursive: true, force: true});
}
