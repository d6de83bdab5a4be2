// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, onTestFinished, test, vi } from 'vitest';
import { prebuildScenarios } from '../../server/prebuilt-scenarios';
import { plainScenario, START } from '../test-support';
import {
  fetchPrebuiltScenario,
  isPrepared,
  PREBUILT_ACCOUNT_HEADER,
  PREBUILT_FRESH_MS,
  type PreparedScenario,
  prebuiltCopy,
  prebuiltScenarioPath,
  readPrebuiltAccount,
  withPrebuiltScenarios,
} from './prebuilt';
import type { Scenario } from './scenarios';

/** A small `many`, so that these tests need no minting. */
const scenario = (now: number): Scenario => plainScenario(3, now);

/** What the demo server sends for a copy built at `builtAt`. */
function serverCopy(builtAt: number, account: Record<string, unknown> = {}, body?: string) {
  const copy = prebuiltCopy('many', builtAt, scenario(builtAt));
  const header = JSON.stringify({ ...JSON.parse(copy.account), ...account });
  return new Response(body ?? copy.body, {
    headers: { 'content-type': 'application/json; charset=utf-8', [PREBUILT_ACCOUNT_HEADER]: header },
  });
}

async function prepared(built: Scenario | PreparedScenario | null): Promise<PreparedScenario> {
  if (!built || !isPrepared(built)) throw new Error('expected the server’s copy to be taken');
  return built;
}

test('a fresh copy is taken: its first list answer is the copy’s bytes, and the account is read from them', async () => {
  const builtAt = START - 10 * 60_000;
  const fetchImpl = vi.fn(async () => serverCopy(builtAt));
  const build = vi.fn();

  const copy = await prepared(await withPrebuiltScenarios(build, fetchImpl)('many', START));

  expect(await copy.firstList.text()).toBe(prebuiltCopy('many', builtAt, scenario(builtAt)).body);
  expect(await copy.scenario()).toEqual(scenario(builtAt));
  expect(copy.scenarioNow()).toEqual(scenario(builtAt));
  expect(build).not.toHaveBeenCalled();
  expect(fetchImpl).toHaveBeenCalledWith(prebuiltScenarioPath('many'), expect.anything());
});

test('the account is there before anybody reads the list answer, and only then at once', async () => {
  const copy = await prepared(await fetchPrebuiltScenario('many', START, async () => serverCopy(START)));

  expect(copy.scenarioNow()).toBeUndefined();
  expect(await copy.scenario()).toEqual(scenario(START));
  expect(copy.scenarioNow()).toEqual(scenario(START));
  expect(JSON.parse(await copy.firstList.text()).result).toHaveLength(3);
});

test('the copy is read into the account only once asked to: reading it beside the mock’s start slowed that start', async () => {
  const bytes = new TextEncoder().encode(prebuiltCopy('many', START, scenario(START)).body);
  const CHUNK = 64;
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled * CHUNK >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(pulled * CHUNK, (pulled + 1) * CHUNK));
      pulled += 1;
    },
  });
  const headers = serverCopy(START).headers;
  const copy = await prepared(
    await fetchPrebuiltScenario('many', START, async () => new Response(body, { headers })),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  // A stream fills its small queue at most: nothing reads the copy yet.
  expect(pulled).toBeLessThanOrEqual(2);

  copy.startReading();
  expect(await copy.scenario()).toEqual(scenario(START));
  expect(pulled).toBe(Math.ceil(bytes.length / CHUNK));
  expect(JSON.parse(await copy.firstList.text()).result).toHaveLength(3);
});

test('a copy let go before its first answer went out is no longer downloaded', async () => {
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull: () => undefined,
    cancel: () => {
      cancelled = true;
    },
  });
  const headers = serverCopy(START).headers;
  const copy = await prepared(
    await fetchPrebuiltScenario('many', START, async () => new Response(body, { headers })),
  );
  copy.drop();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(cancelled).toBe(true);
});

test('the account read from a list answer is the one it was built from, bookkeeping included', () => {
  const built = scenario(START);
  const copy = prebuiltCopy('many', START, built);

  const read = readPrebuiltAccount(new TextEncoder().encode(copy.body).buffer, JSON.parse(copy.account));

  expect(read).toEqual(built);
});

test('a scenario whose list answer cannot show all its state is never published', () => {
  const built = scenario(START);
  const [first] = built.state.certificates;
  if (!first) throw new Error('the scenario has certificates');
  first.binding_status = 'pending_deployment';

  expect(() => prebuiltCopy('many', START, built)).toThrow(/cannot show/);
});

test.each([
  ['the server has none (404)', () => new Response('Not found', { status: 404 })],
  [
    'a development server sends the page instead',
    () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
  ],
  ['the copy is older than the tolerance', () => serverCopy(START - PREBUILT_FRESH_MS - 1)],
  ['the copy is for a later time (a clock moved back)', () => serverCopy(START + PREBUILT_FRESH_MS + 1)],
  ['the copy is another scenario', () => serverCopy(START, { name: 'default' })],
  ['the copy’s behaviour is not one', () => serverCopy(START, { behaviour: 'slow' })],
  [
    'the copy has no account header',
    () => new Response('{}', { headers: { 'content-type': 'application/json' } }),
  ],
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

test.each([
  ['is not JSON', '{'],
  ['is not an account', JSON.stringify({ success: true, errors: [], messages: [], result: [{ id: 1 }] })],
])('a copy whose body %s is minted in the page once it is read', async (_, body) => {
  const build = vi.fn(async (_name: string, now: number) => scenario(now));

  const copy = await prepared(
    await withPrebuiltScenarios(build, async () => serverCopy(START, {}, body))('many', START),
  );

  expect(await copy.scenario()).toEqual(scenario(START));
  expect(build).toHaveBeenCalledWith('many', START);
  expect(copy.scenarioNow()).toBeNull();
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
    const copy = await fetchPrebuiltScenario('many', START, async (input) => {
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
    const read = await prepared(copy);
    expect(await read.scenario()).toEqual(scenario(START));
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

  expect(await (await prepared(await withServer('many', START))).scenario()).toEqual(scenario(START));
  expect(fetchImpl).not.toHaveBeenCalled();
  // Taken once: the next time (Demo settings: many, again) asks the server anew.
  expect(await (await prepared(await withServer('many', START))).scenario()).toEqual(
    scenario(START - 60_000),
  );
  expect(fetchImpl).toHaveBeenCalledOnce();
});

test('the early script asks for the very path the mock reads, and only on a visit to `many`', () => {
  const early = readFileSync(new URL('../../public/mock-worker-early.js', import.meta.url), 'utf8');

  expect(early).toContain(`fetch('${prebuiltScenarioPath('many')}'`);
  expect(early).toContain('/[?&]scenario=many(&|$)/');
});
