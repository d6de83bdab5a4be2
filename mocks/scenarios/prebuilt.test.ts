// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, onTestFinished, test, vi } from 'vitest';
import { prebuildScenarios } from '../../server/prebuilt-scenarios';
import { plainScenario, START } from '../test-support';
import {
  fetchPrebuiltScenario,
  PREBUILT_FRESH_MS,
  type PrebuiltScenario,
  prebuiltScenarioPath,
  withPrebuiltScenarios,
} from './prebuilt';
import type { Scenario } from './scenarios';

/** A small `many`, so that these tests need no minting. */
const scenario = (now: number): Scenario => plainScenario(1, now);

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

const serverCopy = (builtAt: number, fields: Partial<PrebuiltScenario> = {}) =>
  json({ name: 'many', builtAt, ...scenario(builtAt), ...fields });

test('a fresh copy from the server is taken as it is, and nothing is minted', async () => {
  const fetchImpl = vi.fn(async () => serverCopy(START - 10 * 60_000));
  const build = vi.fn();

  const built = await withPrebuiltScenarios(build, fetchImpl)('many', START);

  expect(built).toEqual(scenario(START - 10 * 60_000));
  expect(build).not.toHaveBeenCalled();
  expect(fetchImpl).toHaveBeenCalledWith(prebuiltScenarioPath('many'), expect.anything());
});

test.each([
  ['the server has none (404)', () => new Response('Not found', { status: 404 })],
  [
    'a development server sends the page instead',
    () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
  ],
  ['the copy is older than the tolerance', () => serverCopy(START - PREBUILT_FRESH_MS - 1)],
  ['the copy is for a later time (a clock moved back)', () => serverCopy(START + PREBUILT_FRESH_MS + 1)],
  ['the copy is another scenario', () => serverCopy(START, { name: 'default' as 'many' })],
  [
    'the copy is not an account',
    () => json({ name: 'many', builtAt: START, state: { certificates: 'no' }, behaviour: {} }),
  ],
  ['the body is not JSON', () => new Response('{', { headers: { 'content-type': 'application/json' } })],
  [
    'the network fails',
    () => {
      throw new TypeError('Failed to fetch');
    },
  ],
])('minted in the page when %s', async (_, answer) => {
  const build = vi.fn(async (_name: string, now: number) => scenario(now));

  const built = await withPrebuiltScenarios(build, async () => answer())('many', START);

  expect(build).toHaveBeenCalledWith('many', START);
  expect(built).toEqual(scenario(START));
});

test('small scenarios never ask the server', async () => {
  const fetchImpl = vi.fn();
  const build = vi.fn(async (_name: string, now: number) => scenario(now));

  await withPrebuiltScenarios(build, fetchImpl)('default', START);

  expect(fetchImpl).not.toHaveBeenCalled();
  expect(build).toHaveBeenCalledWith('default', START);
});

test('reads what the demo server sends, gzipped or not', async () => {
  const server = prebuildScenarios({ now: () => START, build: async (_, now) => scenario(now) });
  await server.ready;
  server.stop();

  for (const encoding of [undefined, 'gzip']) {
    const read = await fetchPrebuiltScenario('many', START, async (input) => {
      const answer = server.answer(String(input), encoding);
      if (!answer) return new Response(null, { status: 404 });
      // What the browser does with a gzipped answer: it hands the page the text.
      return encoding
        ? new Response(
            new Blob([await answer.arrayBuffer()]).stream().pipeThrough(new DecompressionStream('gzip')),
            { headers: answer.headers },
          )
        : answer;
    });
    expect(read).toEqual(scenario(START));
  }
});

test('the request the early script sent is used once, before any other', async () => {
  const early = serverCopy(START);
  vi.stubGlobal('window', { __ztPrebuilt: { many: Promise.resolve(early) } });
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
  const fetchImpl = vi.fn(async () => serverCopy(START - 60_000));
  const build = vi.fn();
  const withServer = withPrebuiltScenarios(build, fetchImpl);

  expect(await withServer('many', START)).toEqual(scenario(START));
  expect(fetchImpl).not.toHaveBeenCalled();
  // Taken once: the next time (Demo settings: many, again) asks the server anew.
  expect(await withServer('many', START)).toEqual(scenario(START - 60_000));
  expect(fetchImpl).toHaveBeenCalledOnce();
});

test('the early script asks for the very path the mock reads, and only on a visit to `many`', () => {
  const early = readFileSync(new URL('../../public/mock-worker-early.js', import.meta.url), 'utf8');

  expect(early).toContain(`fetch('${prebuiltScenarioPath('many')}'`);
  expect(early).toContain('/[?&]scenario=many(&|$)/');
});
