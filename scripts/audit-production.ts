/**
 * `npm run audit:prod`: `npm audit --omit=dev`, judged. Exits 1 when a dependency that ships to the
 * browser or the server has a high or critical advisory, 0 when none has, and 3 when the audit could
 * not be run (the registry's audit endpoint is unreachable): that is "not checked", never "clean".
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

export type AuditVerdict =
  | { kind: 'clean'; counts: Record<Severity, number> }
  | { kind: 'findings'; counts: Record<Severity, number>; findings: string[] }
  | { kind: 'unavailable'; reason: string };

const SEVERITIES: Severity[] = ['info', 'low', 'moderate', 'high', 'critical'];
const BLOCKING: Severity[] = ['high', 'critical'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What an advisory says, from npm's `via` list (advisories are objects, transitive hops are names). */
function describeAdvisory(name: string, entry: Record<string, unknown>): string {
  const via = Array.isArray(entry.via) ? entry.via : [];
  const titles = via.flatMap((item) =>
    isRecord(item) && typeof item.title === 'string'
      ? [`${item.title}${typeof item.url === 'string' ? ` (${item.url})` : ''}`]
      : typeof item === 'string'
        ? [`through ${item}`]
        : [],
  );
  return `${name} (${String(entry.severity)}${typeof entry.range === 'string' ? `, ${entry.range}` : ''}): ${titles.join('; ') || 'no details'}`;
}

/** Reads `npm audit --json` output (npm 7 and later). */
export function judgeAudit(output: string): AuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(output);
  } catch {
    return { kind: 'unavailable', reason: `npm audit did not answer with JSON: ${output.slice(0, 200)}` };
  }
  if (!isRecord(report)) return { kind: 'unavailable', reason: 'npm audit answered with something else' };
  const metadata = isRecord(report.metadata) ? report.metadata : null;
  const totals = metadata && isRecord(metadata.vulnerabilities) ? metadata.vulnerabilities : null;
  if (!totals) {
    const error = isRecord(report.error) ? report.error : {};
    const reason =
      [report.message, error.code, error.summary]
        .filter((part) => typeof part === 'string' && part)
        .join(': ') || 'npm audit gave no report';
    return { kind: 'unavailable', reason };
  }
  const counts = Object.fromEntries(
    SEVERITIES.map((severity) => [severity, Number(totals[severity] ?? 0)]),
  ) as Record<Severity, number>;
  const vulnerabilities = isRecord(report.vulnerabilities) ? report.vulnerabilities : {};
  const findings = Object.entries(vulnerabilities).flatMap(([name, entry]) =>
    isRecord(entry) && BLOCKING.includes(entry.severity as Severity) ? [describeAdvisory(name, entry)] : [],
  );
  const blocking = BLOCKING.reduce((sum, severity) => sum + counts[severity], 0);
  return blocking > 0 || findings.length > 0
    ? { kind: 'findings', counts, findings }
    : { kind: 'clean', counts };
}

export function runAudit(cwd = process.cwd()): { verdict: AuditVerdict; output: string } {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  if (result.error) {
    return { verdict: { kind: 'unavailable', reason: result.error.message }, output: '' };
  }
  return { verdict: judgeAudit(result.stdout), output: result.stdout };
}

function main() {
  const { verdict } = runAudit();
  if (verdict.kind === 'unavailable') {
    console.warn(`npm audit could not be run, so nothing was checked: ${verdict.reason}`);
    process.exit(3);
  }
  const summary = SEVERITIES.map((severity) => `${verdict.counts[severity]} ${severity}`).join(', ');
  if (verdict.kind === 'findings') {
    console.error(`npm audit --omit=dev: ${summary}. High or critical:\n${verdict.findings.join('\n')}`);
    process.exit(1);
  }
  console.log(`npm audit --omit=dev: ${summary}. No high or critical advisory.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
