/**
 * Reads the JSON that `npm audit --json` prints (report version 2, npm 7 and
 * later) and decides whether the gate passes: any high or critical advisory
 * in the production dependencies fails it. Pure: the command that runs npm
 * is src/scripts/audit-deps.ts.
 */

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Severities that fail the gate. */
export const BLOCKING: readonly Severity[] = ['high', 'critical'];

export interface Finding {
  /** Package name as npm reports it. */
  name: string;
  severity: Severity;
  /** Advisory titles and links found directly on this package (not via others). */
  advisories: {title: string; url: string}[];
  /** Packages through which the problem arrives, when it is not the package's own. */
  via: string[];
}

export type AuditVerdict =
  | {kind: 'pass'; counts: Record<Severity, number>; findings: Finding[]}
  | {kind: 'fail'; counts: Record<Severity, number>; findings: Finding[]}
  | {kind: 'unavailable'; reason: string};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSeverity = (value: unknown): value is Severity =>
  typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);

function readFinding(name: string, entry: unknown): Finding | null {
  if (!isRecord(entry) || !isSeverity(entry.severity)) return null;
  const advisories: Finding['advisories'] = [];
  const via: string[] = [];
  for (const item of Array.isArray(entry.via) ? entry.via : []) {
    if (typeof item === 'string') via.push(item);
    else if (isRecord(item)) {
      advisories.push({
        title: typeof item.title === 'string' ? item.title : '(không có tiêu đề)',
        url: typeof item.url === 'string' ? item.url : '',
      });
    }
  }
  return {name, severity: entry.severity, advisories, via};
}

function unavailableReason(report: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof report.message === 'string' && report.message !== '') parts.push(report.message);
  const error = report.error;
  if (isRecord(error)) {
    for (const key of ['summary', 'detail'] as const) {
      const text = error[key];
      if (typeof text === 'string' && text !== '' && !parts.includes(text)) parts.push(text);
    }
  }
  return parts.length > 0 ? parts.join(' — ') : 'npm audit không trả về báo cáo.';
}

/** Decides the gate from the text `npm audit --json` printed. */
export function assessAudit(stdout: string): AuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(stdout);
  } catch {
    return {kind: 'unavailable', reason: 'npm audit không in ra JSON đọc được.'};
  }
  if (!isRecord(report)) return {kind: 'unavailable', reason: 'npm audit không in ra JSON đọc được.'};
  if (report.auditReportVersion !== 2 || !isRecord(report.vulnerabilities)) {
    return {kind: 'unavailable', reason: unavailableReason(report)};
  }

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const findings: Finding[] = [];
  for (const [name, entry] of Object.entries(report.vulnerabilities)) {
    const finding = readFinding(name, entry);
    if (finding === null) {
      return {kind: 'unavailable', reason: `Báo cáo của npm audit có mục "${name}" không đọc được.`};
    }
    counts[finding.severity] += 1;
    findings.push(finding);
  }
  findings.sort(
    (a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.name.localeCompare(b.name),
  );
  const blocked = findings.some((f) => BLOCKING.includes(f.severity));
  return {kind: blocked ? 'fail' : 'pass', counts, findings};
}

/** One line per finding, most severe first. */
export function formatFindings(findings: readonly Finding[]): string[] {
  return findings.map((f) => {
    const own = f.advisories.map((a) => (a.url === '' ? a.title : `${a.title} <${a.url}>`));
    const through = f.via.length > 0 ? [`qua ${f.via.join(', ')}`] : [];
    return `${f.severity.toUpperCase()} ${f.name}: ${[...own, ...through].join('; ')}`;
  });
}
