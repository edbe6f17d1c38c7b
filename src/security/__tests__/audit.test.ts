/**
 * The npm audit gate: the JSON shapes npm 7+ prints (report version 2) for a
 * clean tree, for findings, and when the advisory service is unreachable
 * (the exact 405 answer this project's registry mirror gives).
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {assessAudit, formatFindings} from '../audit';

const zero = {info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0};

const clean = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: {vulnerabilities: zero, dependencies: {prod: 900, dev: 0, optional: 40, peer: 0, peerOptional: 0, total: 900}},
});

const advisory = (severity: string, title: string, id: string, name: string) => ({
  source: 1,
  name,
  dependency: name,
  title,
  url: `https://github.com/advisories/${id}`,
  severity,
  cwe: ['CWE-79'],
  cvss: {score: 7.5, vectorString: null},
  range: '<1.0.0',
});

const withFindings = (severity: string) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {
      'tiny-lib': {
        name: 'tiny-lib',
        severity,
        isDirect: false,
        via: [advisory(severity, 'Prototype pollution in tiny-lib', 'GHSA-aaaa-bbbb-cccc', 'tiny-lib')],
        effects: ['wrapper'],
        range: '<1.0.0',
        nodes: ['node_modules/tiny-lib'],
        fixAvailable: true,
      },
      wrapper: {
        name: 'wrapper',
        severity,
        isDirect: true,
        via: ['tiny-lib'],
        effects: [],
        range: '2.0.0 - 2.3.1',
        nodes: ['node_modules/wrapper'],
        fixAvailable: true,
      },
      'old-parser': {
        name: 'old-parser',
        severity: 'low',
        isDirect: true,
        via: [advisory('low', 'ReDoS in old-parser', 'GHSA-dddd-eeee-ffff', 'old-parser')],
        effects: [],
        range: '<3.0.0',
        nodes: ['node_modules/old-parser'],
        fixAvailable: false,
      },
    },
    metadata: {vulnerabilities: {...zero, [severity]: 2, low: 1, total: 3}},
  });

/** What `npm audit --omit=dev --json` printed here, 2026-11-28 (date header trimmed). */
const mirror405 = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  headers: {allow: ['GET,HEAD'], 'content-length': ['0']},
  statusCode: 405,
  body: '',
  error: {summary: '', detail: ''},
});

describe('assessAudit', () => {
  it('passes a clean report with every count at zero', () => {
    expect(assessAudit(clean)).toEqual({
      kind: 'pass',
      counts: {info: 0, low: 0, moderate: 0, high: 0, critical: 0},
      findings: [],
    });
  });

  it.each(['high', 'critical'])('fails on a %s advisory, direct or through another package', (severity) => {
    const verdict = assessAudit(withFindings(severity));
    expect(verdict.kind).toBe('fail');
    if (verdict.kind === 'unavailable') throw new Error('unexpected');
    expect(verdict.counts).toEqual({info: 0, low: 1, moderate: 0, high: severity === 'high' ? 2 : 0, critical: severity === 'critical' ? 2 : 0});
    expect(formatFindings(verdict.findings)).toEqual([
      `${severity.toUpperCase()} tiny-lib: Prototype pollution in tiny-lib <https://github.com/advisories/GHSA-aaaa-bbbb-cccc>`,
      `${severity.toUpperCase()} wrapper: qua tiny-lib`,
      'LOW old-parser: ReDoS in old-parser <https://github.com/advisories/GHSA-dddd-eeee-ffff>',
    ]);
  });

  it('passes when only moderate and lower advisories remain, and lists them', () => {
    const verdict = assessAudit(withFindings('moderate'));
    expect(verdict.kind).toBe('pass');
    if (verdict.kind === 'unavailable') throw new Error('unexpected');
    expect(verdict.findings.map((f) => `${f.severity} ${f.name}`)).toEqual(['moderate tiny-lib', 'moderate wrapper', 'low old-parser']);
  });

  it('reports the advisory service as unavailable, with npm’s own message, instead of passing', () => {
    expect(assessAudit(mirror405)).toEqual({
      kind: 'unavailable',
      reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
    expect(assessAudit('{"error":{"code":"ENOTFOUND","summary":"request to registry failed","detail":"check your network"}}')).toEqual({
      kind: 'unavailable',
      reason: 'request to registry failed — check your network',
    });
  });

  it('never passes output it cannot read', () => {
    for (const text of ['', 'npm ERR! something', '[]', '{"auditReportVersion":1,"advisories":{}}']) {
      expect(assessAudit(text).kind).toBe('unavailable');
    }
    expect(assessAudit('{"auditReportVersion":2,"vulnerabilities":{"x":{"severity":"urgent"}}}')).toEqual({
      kind: 'unavailable',
      reason: 'Báo cáo của npm audit có mục "x" không đọc được.',
    });
  });
});

describe('npm run audit:deps', () => {
  const ROOT = path.resolve(__dirname, '../../..');
  const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-audit-'));
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));
  const run = (report: string, ...flags: string[]) => {
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, report);
    const r = spawnSync(TSX, ['src/scripts/audit-deps.ts', '--report', file, ...flags], {cwd: ROOT, encoding: 'utf8'});
    return {status: r.status, out: `${r.stdout}${r.stderr}`};
  };

  jest.setTimeout(30000);

  it('exit 0 and a summary for a clean report', () => {
    const r = run(clean);
    expect(r.status).toBe(0);
    expect(r.out.trim()).toBe('Không có lỗ hổng mức high/critical trong các gói dùng để dựng trang (info 0, low 0, moderate 0, high 0, critical 0).');
  });

  it('exit 1 naming each package and advisory when one is high', () => {
    const r = run(withFindings('high'));
    expect(r.status).toBe(1);
    expect(r.out).toContain('HIGH tiny-lib: Prototype pollution in tiny-lib <https://github.com/advisories/GHSA-aaaa-bbbb-cccc>');
    expect(r.out).not.toMatch(/\n\s+at /);
  });

  it('an unreachable advisory service: a loud warning and exit 0, or exit 3 with --require', () => {
    const lenient = run(mirror405);
    expect(lenient.status).toBe(0);
    expect(lenient.out).toContain('KHÔNG KIỂM TRA ĐƯỢC lỗ hổng của các gói (npm audit --omit=dev): 405 Method Not Allowed');
    const strict = run(mirror405, '--require');
    expect(strict.status).toBe(3);
  });
});
