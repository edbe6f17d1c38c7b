/**
 * `npm run build:production`: the build that is published. Checks first that
 * whoever deploys has set the public address and the site's operator with
 * its contact (src/deploy/config.ts), and stops with a Vietnamese message
 * naming each missing variable; then runs `npm run build` with the same
 * environment. `npm run build` alone (local work, tests) needs none of them.
 */
import {spawnSync} from 'node:child_process';
import {formatDeployProblems, readDeployConfig} from '../deploy/config';

const {problems} = readDeployConfig(process.env, {production: true});
if (problems.length > 0) {
  console.error(formatDeployProblems(problems, {production: true}));
  process.exit(1);
}
const build = spawnSync('npm', ['run', 'build'], {stdio: 'inherit', shell: process.platform === 'win32'});
process.exit(build.status ?? 1);
