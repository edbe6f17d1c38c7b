/**
 * A copy of the site's working tree in a temporary folder, for tests and
 * benchmarks that must change content without touching the repository:
 * every tracked file and every new file that git does not ignore, as the
 * working tree has them (uncommitted changes included), without `.git`.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The working tree as a git tree object, through a throw-away index in `scratch`. */
function snapshotTree(repo: string, scratch: string): string {
  const index = path.join(scratch, '.snapshot-index');
  const env = {...process.env, GIT_INDEX_FILE: index};
  execFileSync('git', ['read-tree', 'HEAD'], {cwd: repo, env});
  execFileSync('git', ['add', '-A'], {cwd: repo, env});
  const tree = execFileSync('git', ['write-tree'], {cwd: repo, env, encoding: 'utf8'}).trim();
  fs.rmSync(index);
  return tree;
}

/** Writes the working tree of `repo` into the empty folder `dest`. */
export function copyWorkingTree(repo: string, dest: string): void {
  const tree = snapshotTree(repo, dest);
  execFileSync('bash', ['-c', `git archive --format=tar ${tree} | tar -x -C "${dest}"`], {cwd: repo});
}

/**
 * Gives `dest` the packages of `repo` without installing them again: a
 * `node_modules` folder of links to each of the repository's packages. The
 * build caches (`node_modules/.cache`) stay the copy's own.
 */
export function linkNodeModules(repo: string, dest: string): void {
  const from = path.join(repo, 'node_modules');
  const to = path.join(dest, 'node_modules');
  fs.mkdirSync(to);
  for (const name of fs.readdirSync(from)) {
    if (name === '.cache') continue;
    fs.symlinkSync(path.join(from, name), path.join(to, name));
  }
}
