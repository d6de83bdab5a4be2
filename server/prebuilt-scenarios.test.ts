// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { afterEach, expect, test, vi } from 'vitest';
import {
  PREBUILT_ACCOUNT_HEADER,
  type PrebuiltAccount,
  prebuiltScenarioPath,
} from '../mocks/scenarios/prebuilt.ts';
import type { Scenario, ScenarioName } from '../mocks/scenarios/scenarios.ts';
import type { ApiCertificate } from '../mocks/store/api-view.ts';
import { plainScenario } from '../mocks/test-support.ts';
import { type PrebuiltScenarios, prebuildScenarios } from './prebuilt-scenarios.ts';
import { closedAfterEach, liveUpstream, rawGet, startApp, startUpstream } from './test-support.ts';

const running = closedAfterEach();
const stops: PrebuiltScenarios[] = [];
afterEach(() => {
  for (const prebuilt of stops.splice(0)) prebuilt.stop();
  vi.useRealTimers();
});

const MANY_PATH = prebuiltScenarioPath('many');
const NOW = Date.parse('2026-03-01T12:00:00.000Z');

/** A stand-in for buildScenario that records what it was asked and builds an empty account. */
function fakeBuild() {
  const calls: { name: ScenarioName; now: number }[] = [];
  const build = async (name: ScenarioName, now: number): Promise<Scenario> => {
    calls.push({ name, now });
    return plainScenario(0, now);
  };
  return { build, calls };
}

function prebuilt(options: Parameters<typeof prebuildScenarios>[0]) {
  const made = prebuildScenarios(options);
  stops.push(made);
  return made;
}

test('the real `many` is built at start: 2,000 certificates that openssl reads, with true fingerprints', async () => {
  const scenarios = prebuilt({ now: () => NOW });
  await scenarios.ready;

  const answer = scenarios.answer(MANY_PATH, undefined);
  const account = JSON.parse(answer?.headers.get(PREBUILT_ACCOUNT_HEADER) ?? '{}') as PrebuiltAccount;
  // The account's first list answer, as the mock would send it; the rest of the account in a header.
  const body = (await answer?.json()) as { success: boolean; result: ApiCertificate[] };

  expect(account.name).toBe('many');
  expect(account.builtAt).toBe(NOW);
  expect(body.success).toBe(true);
  expect(body.result).toHaveLength(2000);
  expect(body.result.filter((certificate) => certificate.in_use).map(({ id }) => id)).toEqual([
    account.inUseId,
  ]);
  const [first] = body.result;
  if (!first) throw new Error('the scenario has certificates');
  const fingerprint = execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256'], {
    input: first.certificate,
    encoding: 'utf8',
  });
  expect(fingerprint.trim().split('=')[1]).toBe(first.fingerprint);
  expect(first.created_at).toBe(new Date(NOW - 6 * 3_600_000).toISOString());
}, 60_000);

test('sent gzipped when the browser takes it, never cached, and nothing but the prebuilt paths', async () => {
  const { build } = fakeBuild();
  const scenarios = prebuilt({ now: () => NOW, build });
  await scenarios.ready;

  const plain = scenarios.answer(MANY_PATH, undefined);
  const zipped = scenarios.answer(MANY_PATH, 'gzip, deflate, br');

  expect(plain?.headers.get('content-encoding')).toBeNull();
  expect(zipped?.headers.get('content-encoding')).toBe('gzip');
  for (const answer of [plain, zipped]) {
    expect(answer?.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer?.headers.get('cache-control')).toBe('no-store');
    expect(answer?.headers.get('vary')).toBe('Accept-Encoding');
  }
  const unzipped = gunzipSync(new Uint8Array(await (zipped as Response).arrayBuffer())).toString('utf8');
  expect(JSON.parse(unzipped)).toEqual(await plain?.json());
  expect(scenarios.answer('/demo-data/scenarios/default.json', undefined)).toBeNull();
  expect(scenarios.answer('/demo-data/scenarios/../../secret.txt', undefined)).toBeNull();
});

test('nothing is answered before the first build ends, and a failed build is logged, not thrown', async () => {
  const logs: string[] = [];
  const scenarios = prebuilt({
    now: () => NOW,
    log: (line) => logs.push(line),
    build: () => Promise.reject(new Error('no entropy today')),
  });
  expect(scenarios.answer(MANY_PATH, undefined)).toBeNull();

  await scenarios.ready;

  expect(scenarios.answer(MANY_PATH, undefined)).toBeNull();
  expect(logs).toEqual(["Could not prebuild the demo's large scenarios: no entropy today"]);
});

test('built again on its schedule, as of the time of each build', async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  let now = NOW;
  const { build, calls } = fakeBuild();
  const scenarios = prebuilt({ now: () => now, build, rebuildEveryMs: 60_000 });
  await scenarios.ready;

  now = NOW + 60_000;
  vi.advanceTimersByTime(60_000);
  await vi.waitFor(() => expect(calls).toHaveLength(2));
  const builtAt = () =>
    (
      JSON.parse(
        scenarios.answer(MANY_PATH, undefined)?.headers.get(PREBUILT_ACCOUNT_HEADER) ?? '{}',
      ) as PrebuiltAccount
    ).builtAt;
  await vi.waitFor(async () => expect(await builtAt()).toBe(now));
  expect(calls).toEqual([
    { name: 'many', now: NOW },
    { name: 'many', now: NOW + 60_000 },
  ]);
});

test('`npm run serve` sends it in the demo, with the security headers, and never in live mode', async () => {
  const { build } = fakeBuild();
  const scenarios = prebuilt({ now: () => NOW, build });
  await scenarios.ready;
  const demo = await startApp({}, { prebuilt: scenarios });
  const upstream = await startUpstream();
  const live = await startApp({ live: liveUpstream(`${upstream.url}/client/v4`) }, { prebuilt: scenarios });
  running.push(demo, upstream, live);

  const fromDemo = await rawGet(`${demo.url}${MANY_PATH}`, { 'accept-encoding': 'gzip' });
  const fromLive = await rawGet(`${live.url}${MANY_PATH}`);
  const otherFile = await rawGet(`${demo.url}/demo-data/scenarios/default.json`);

  expect(fromDemo.status).toBe(200);
  expect(fromDemo.headers['content-encoding']).toBe('gzip');
  expect(fromDemo.headers['x-content-type-options']).toBe('nosniff');
  expect(JSON.parse(gunzipSync(fromDemo.body).toString('utf8')).success).toBe(true);
  expect(JSON.parse(String(fromDemo.headers[PREBUILT_ACCOUNT_HEADER])).builtAt).toBe(NOW);
  expect(fromLive.status).toBe(404);
  expect(otherFile.status).toBe(404);
});
