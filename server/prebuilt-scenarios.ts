import { gzipSync } from 'node:zlib';
import {
  type BuildScenario,
  PREBUILT_ACCOUNT_HEADER,
  PREBUILT_SCENARIOS,
  prebuiltCopy,
  prebuiltScenarioPath,
} from '../mocks/scenarios/prebuilt.ts';
import { buildScenario } from '../mocks/scenarios/scenarios.ts';
import { chooseEncoding } from './content-encoding.ts';

/** Well within the page's tolerance (PREBUILT_FRESH_MS): a copy is never more than this old. */
export const REBUILD_EVERY_MS = 15 * 60_000;

type Copy = { identity: Uint8Array<ArrayBuffer>; gzip: Uint8Array<ArrayBuffer>; account: string };

export type PrebuiltScenarios = {
  /** The answer for a prebuilt scenario's path, or null for any other path (or while none is built). */
  answer(path: string, acceptEncoding: string | undefined): Response | null;
  /** Settles once the first copies are built (or failed to be). */
  ready: Promise<void>;
  stop(): void;
};

export type PrebuiltOptions = {
  now?: () => number;
  rebuildEveryMs?: number;
  log?: (message: string) => void;
  /** Tests build something smaller than 2,000 certificates. */
  build?: BuildScenario;
};

/**
 * The demo server's copies of the large scenarios (`many`: 2,000 certificates), built when it starts and
 * again every 15 minutes, so that a visit takes them ready-made instead of signing 2,000 certificates on
 * the page's one thread (mocks/scenarios/prebuilt.ts reads them). Each is the same `buildScenario` the
 * page would run, as of the time it was built: real certificates, dates relative to then. Demo mode only:
 * a live server has no demo data.
 */
export function prebuildScenarios({
  now = Date.now,
  rebuildEveryMs = REBUILD_EVERY_MS,
  log = console.log,
  build = buildScenario,
}: PrebuiltOptions = {}): PrebuiltScenarios {
  const copies = new Map<string, Copy>();
  const buildAll = async () => {
    for (const name of PREBUILT_SCENARIOS) {
      const builtAt = now();
      // The account's first list answer, and the rest of the account for a header (mocks/scenarios/prebuilt.ts).
      const { body, account } = prebuiltCopy(name, builtAt, await build(name, builtAt));
      const identity = new Uint8Array(Buffer.from(body));
      // Gzip at a middle level: the copy is made again every 15 minutes, and PEM text compresses little more.
      copies.set(prebuiltScenarioPath(name), {
        identity,
        gzip: new Uint8Array(gzipSync(identity, { level: 6 })),
        account,
      });
    }
  };
  const rebuild = () =>
    buildAll().catch((error: unknown) => {
      // The page mints for itself when there is no copy: a failure here costs time, not data.
      log(
        `Could not prebuild the demo's large scenarios: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  const ready = rebuild();
  const timer = setInterval(rebuild, rebuildEveryMs);
  timer.unref?.();

  return {
    ready,
    stop: () => clearInterval(timer),
    answer(path, acceptEncoding) {
      const copy = copies.get(path);
      if (!copy) return null;
      const gzip = chooseEncoding(acceptEncoding, ['gzip']) === 'gzip';
      const body = gzip ? copy.gzip : copy.identity;
      const headers = new Headers({
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(body.byteLength),
        // Built again every 15 minutes, and stale after 30: never kept by a cache.
        'cache-control': 'no-store',
        vary: 'Accept-Encoding',
        [PREBUILT_ACCOUNT_HEADER]: copy.account,
      });
      if (gzip) headers.set('content-encoding', 'gzip');
      return new Response(body, { status: 200, headers });
    },
  };
}
