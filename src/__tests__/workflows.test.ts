/**
 * The pipelines: each GitHub Actions workflow validates against the workflow
 * schema with @action-validator/cli (offline: the schema is compiled into
 * its WebAssembly, nothing is downloaded), .gitlab-ci.yml against GitLab's
 * CI schema with gitlab-ci-local (bundled with it, offline; `--list-json`
 * parses and validates without running a job), and both do what the README
 * says the pipeline does.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const CLI = path.join(path.dirname(require.resolve('@action-validator/cli/package.json')), 'cli.mjs');
const GITLAB_CLI = path.join(path.dirname(require.resolve('gitlab-ci-local/package.json')), 'dist', 'index.js');

function validate(file: string): {status: number | null; output: string} {
  const run = spawnSync(process.execPath, [CLI, file], {cwd: ROOT, encoding: 'utf8', timeout: 60_000});
  return {status: run.status, output: `${run.stdout}${run.stderr}`};
}

const workflowFiles = fs
  .readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

test('there are workflow files', () => {
  expect(workflowFiles).toEqual(['ci.yml']);
});

test.each(workflowFiles)('%s passes action-validator', (file) => {
  expect(validate(path.join(WORKFLOWS, file))).toEqual({status: 0, output: ''});
});

test('action-validator reports a broken workflow (the check can fail)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-'));
  try {
    const file = path.join(dir, 'broken.yml');
    fs.writeFileSync(file, 'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo\n');
    const result = validate(file);
    expect(result.status).toBe(1);
    expect(result.output).toContain("Additional property 'step' is not allowed");
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  container?: string;
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}

describe('ci.yml', () => {
  const workflow = yaml.load(fs.readFileSync(path.join(WORKFLOWS, 'ci.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };
  const check = workflow.jobs.check!;
  const deploy = workflow.jobs.deploy!;
  const ON_MAIN = "github.event_name == 'push' && github.ref == 'refs/heads/main'";

  test('runs on change requests and on pushes to main, read-only by default', () => {
    expect(workflow.on).toEqual({pull_request: null, push: {branches: ['main']}});
    expect(workflow.permissions).toEqual({contents: 'read'});
  });

  test('check: node:20-bookworm, Debian Chromium, .ci/run; on main: audit --require, production build, Pages artifact', () => {
    expect(check.container).toBe('node:20-bookworm');
    expect(check.steps.map((s) => [s.uses ?? s.run?.trim().split('\n')[0], s.if ?? ''])).toEqual([
      ['actions/checkout@v4', ''],
      ['apt-get update -qq', ''],
      ['bash .ci/run', ''],
      ['npm run audit:deps -- --require', ON_MAIN],
      ['npm run build:production', ON_MAIN],
      ['actions/upload-pages-artifact@v3', ON_MAIN],
    ]);
    expect(check.steps[1]!.run).toContain('apt-get install -y -qq chromium');
    expect(check.steps[4]!.env).toEqual({
      SITE_URL: '${{ vars.SITE_URL }}',
      SITE_OPERATOR_NAME: '${{ vars.SITE_OPERATOR_NAME }}',
      SITE_OPERATOR_CONTACT: '${{ vars.SITE_OPERATOR_CONTACT }}',
      BASE_URL: '${{ vars.BASE_URL }}',
      CMS_BACKEND: '${{ vars.CMS_BACKEND }}',
      CMS_REPO: '${{ vars.CMS_REPO }}',
      CMS_BRANCH: '${{ vars.CMS_BRANCH }}',
      CMS_AUTH_URL: '${{ vars.CMS_AUTH_URL }}',
    });
    expect(check.steps[5]!.with).toEqual({path: 'build/'});
  });

  test('deploy: only after check, only from main, with the Pages permissions', () => {
    expect([deploy.needs, deploy.if, deploy.permissions]).toEqual(['check', ON_MAIN, {pages: 'write', 'id-token': 'write'}]);
    expect(deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });
});

/**
 * gitlab-ci-local on a copy of the file in a throwaway repository (it reads
 * the remote's name and writes its own folder next to the file): the jobs as
 * JSON, or the validation error. --list-json evaluates no rule and runs nothing.
 */
function gitlabJobs(text: string): {status: number | null; jobs: unknown; output: string} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gitlab-ci-'));
  try {
    fs.writeFileSync(path.join(dir, '.gitlab-ci.yml'), text);
    spawnSync('git', ['init', '-q'], {cwd: dir});
    spawnSync('git', ['remote', 'add', 'origin', 'https://gitlab.example.org/so-ttt/ocop.git'], {cwd: dir});
    const run = spawnSync(process.execPath, [GITLAB_CLI, '--list-json'], {cwd: dir, encoding: 'utf8', timeout: 60_000});
    let jobs: unknown = null;
    try {
      jobs = JSON.parse(run.stdout);
    } catch {
      // Not JSON: the file did not validate; the output says why.
    }
    return {status: run.status, jobs, output: `${run.stdout}${run.stderr}`};
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

describe('.gitlab-ci.yml', () => {
  const text = fs.readFileSync(path.join(ROOT, '.gitlab-ci.yml'), 'utf8');

  test('validates against GitLab\'s CI schema: two jobs, pages after test', () => {
    const result = gitlabJobs(text);
    expect(result.status).toBe(0);
    const jobs = result.jobs as {name: string; stage: string; needs?: {job: string}[]}[];
    expect(jobs.map((j) => [j.name, j.stage, (j.needs ?? []).map((n) => n.job)])).toEqual([
      ['test', 'test', []],
      ['pages', 'deploy', ['test']],
    ]);
  }, 90_000);

  test('gitlab-ci-local reports a broken file (the check can fail)', () => {
    const result = gitlabJobs(text.replace(/^ {2}script:$/m, '  scrip:'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('test must have script specified');
  }, 90_000);

  test('test: node:20-bookworm, Debian Chromium, .ci/run on merge requests and the default branch; pages: audit --require, production build, public/', () => {
    const file = yaml.load(text) as {
      default: {image: string};
      variables: Record<string, unknown>;
      test: {rules: {if: string}[]; before_script: string[]; script: string[]};
      pages: {rules: {if: string}[]; needs: string[]; script: string[]; artifacts: {paths: string[]}};
    };
    expect(file.default.image).toBe('node:20-bookworm');
    expect(file.variables.GIT_DEPTH).toBe(0);
    expect(file.test.rules.map((r) => r.if)).toEqual(['$CI_PIPELINE_SOURCE == "merge_request_event"', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    expect(file.test.before_script.join('\n')).toContain('apt-get install -y -qq chromium');
    expect(file.test.script).toEqual(['bash .ci/run']);
    expect(file.pages.rules.map((r) => r.if)).toEqual(['$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    expect(file.pages.needs).toEqual(['test']);
    expect(file.pages.script).toEqual(['npm ci --no-audit --no-fund', 'npm run audit:deps -- --require', 'npm run build:production', 'rm -rf public && mv build public']);
    expect(file.pages.artifacts.paths).toEqual(['public']);
  });
});
