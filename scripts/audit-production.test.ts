// @vitest-environment node

import { expect, test } from 'vitest';
import { judgeAudit, runAudit } from './audit-production.ts';

/**
 * No high or critical advisory in what ships (`npm audit --omit=dev`). The judge is
 * tested on recorded reports; the real audit needs the registry's audit endpoint and is skipped, saying
 * why, when that cannot be reached.
 */

const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } },
  });

test('a report with a high or critical advisory fails, naming the package and the advisory', () => {
  const verdict = judgeAudit(
    report(
      {
        hono: {
          name: 'hono',
          severity: 'high',
          range: '<4.6.5',
          via: [{ title: 'Path traversal in serveStatic', url: 'https://github.com/advisories/GHSA-x' }],
        },
        'left-pad': { name: 'left-pad', severity: 'critical', via: ['hono'] },
        lodash: { name: 'lodash', severity: 'moderate', via: [{ title: 'Prototype pollution' }] },
      },
      { moderate: 1, high: 1, critical: 1 },
    ),
  );
  expect(verdict.kind).toBe('findings');
  expect(verdict.kind === 'findings' && verdict.findings).toEqual([
    'hono (high, <4.6.5): Path traversal in serveStatic (https://github.com/advisories/GHSA-x)',
    'left-pad (critical): through hono',
  ]);
});

test('moderate and low advisories alone pass, and so does a clean report', () => {
  expect(
    judgeAudit(report({ a: { name: 'a', severity: 'moderate', via: [] } }, { moderate: 1, low: 2 })),
  ).toEqual({
    kind: 'clean',
    counts: { info: 0, low: 2, moderate: 1, high: 0, critical: 0 },
  });
  expect(judgeAudit(report({}, {})).kind).toBe('clean');
});

test('an audit that could not run is "unavailable" with the reason, never clean', () => {
  const refused = judgeAudit(
    JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    }),
  );
  expect(refused).toEqual({
    kind: 'unavailable',
    reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  });
  expect(
    judgeAudit(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND' } })),
  ).toEqual({
    kind: 'unavailable',
    reason: 'ENOTFOUND: getaddrinfo ENOTFOUND',
  });
  expect(judgeAudit('npm ERR! something').kind).toBe('unavailable');
});

test('npm audit --omit=dev finds no high or critical advisory', (context) => {
  const { verdict } = runAudit();
  if (verdict.kind === 'unavailable') {
    context.skip(`the npm audit endpoint could not be reached, so nothing was checked: ${verdict.reason}`);
  }
  expect(verdict.kind === 'findings' ? verdict.findings : []).toEqual([]);
  expect(verdict.kind).toBe('clean');
}, 150_000);
