// @vitest-environment node
// The bench's deterministic figures as a test: the live first screen stays within 1.15x of the floor's
// JavaScript (gzip), and carries none of the mock demo (MSW) or its X.509 minting.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, buildFloor, readFirstScreen } from './build.ts';
import { FORBIDDEN_IN_ENTRY, forbiddenIn, markersIn, measureBundles } from './bundle-size.ts';
import { TARGETS } from './report.ts';

const work = mkdtempSync(join(tmpdir(), 'zt-budget-'));
const appDir = join(work, 'app');
const floorDir = join(work, 'floor');

describe('performance budget (bench/, see docs/performance.md)', () => {
  beforeAll(async () => {
    await buildApp(appDir);
    await buildFloor(floorDir);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`keeps the live first screen's JS within ${TARGETS.entryJsVsFloor}x of the floor's (gzip)`, () => {
    const { live, floor, ratio } = measureBundles(appDir, floorDir);
    const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    expect(
      ratio,
      `live ${kB(live.js)} vs floor ${kB(floor.js)}: ${ratio.toFixed(3)}x; ` +
        `the budget is ${kB(floor.js * TARGETS.entryJsVsFloor)}. Load what the first screen does not show lazily.`,
    ).toBeLessThanOrEqual(TARGETS.entryJsVsFloor);
  });

  it('keeps MSW and the X.509 minting out of the live first screen', () => {
    const screen = readFirstScreen(appDir);
    expect(screen.mockJs.length, 'the mock demo is a chunk of its own').toBeGreaterThan(0);
    expect(forbiddenIn(appDir, screen), 'markers of MSW or X.509 code in the first screen').toEqual([]);
  });

  it('sees the markers where they belong (the mock demo chunks), so the check above can see them', () => {
    const found = markersIn(appDir, readFirstScreen(appDir).mockJs);
    for (const [library, markers] of Object.entries(FORBIDDEN_IN_ENTRY)) {
      expect(
        markers.some((marker) => found.includes(marker)),
        `one of ${markers.join(', ')} (${library})`,
      ).toBe(true);
    }
  });
});
