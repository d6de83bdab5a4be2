import { describe, expect, test } from 'vitest';
import { aCertificate } from '../../../../test-kit/certificate';
import type { Certificate } from './certificate';
import { type RotationMemory, rotationProgress } from './rotation';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const DAY_MS = 86_400_000;
const iso = (at: number) => new Date(at).toISOString();

const certificate = (id: string, overrides: Partial<Certificate> = {}) =>
  aCertificate({ id, createdAt: iso(NOW - 400 * DAY_MS), expiresOn: iso(NOW + 1000 * DAY_MS), ...overrides });

const old = certificate('old', {
  bindingStatus: 'available',
  inUse: true,
  createdAt: iso(NOW - 1000 * DAY_MS),
});
const configured = (id: string | null) => ({ certificateId: id, updatedAt: null });

const states = (rotation: ReturnType<typeof rotationProgress>) =>
  rotation.kind === 'rotation'
    ? rotation.steps.map((step) => `${step.name}: ${step.state}`)
    : [rotation.kind];

function progress(certificates: Certificate[], inUseId: string | null, memory: RotationMemory | null = null) {
  return rotationProgress({ certificates, configuration: configured(inUseId), memory, now: NOW });
}

describe('each step is read from the account', () => {
  test('nothing newer than the certificate in use: Generate is the current step', () => {
    const rotation = progress([old], 'old');
    expect(states(rotation)).toEqual([
      'Generate: current',
      'Activate: to-do',
      'Install on devices: to-do',
      'Turn on: to-do',
      'Retire the old certificate: to-do',
    ]);
    expect(rotation).toMatchObject({ action: { kind: 'generate', blocked: null }, from: { id: 'old' } });
  });

  test('a newer inactive certificate is the successor: Activate is current', () => {
    const next = certificate('next', { createdAt: iso(NOW - DAY_MS) });
    const rotation = progress([old, next], 'old');
    expect(states(rotation).slice(0, 2)).toEqual(['Generate: done', 'Activate: current']);
    expect(rotation).toMatchObject({
      successor: { id: 'next' },
      action: { kind: 'activate', blocked: null },
    });
  });

  test('while it deploys, Activate stays current and waits', () => {
    const next = certificate('next', { createdAt: iso(NOW - DAY_MS), bindingStatus: 'pending_deployment' });
    expect(progress([old, next], 'old')).toMatchObject({ action: { kind: 'deploying' } });
  });

  test('once Available, Install on devices is current until the administrator says devices trust it', () => {
    const next = certificate('next', { createdAt: iso(NOW - DAY_MS), bindingStatus: 'available' });
    const before = progress([old, next], 'old');
    expect(states(before).slice(1, 4)).toEqual([
      'Activate: done',
      'Install on devices: current',
      'Turn on: to-do',
    ]);
    const after = progress([old, next], 'old', { fromId: 'old', successorId: 'next', devicesReady: true });
    expect(states(after).slice(2, 4)).toEqual(['Install on devices: done', 'Turn on: current']);
    expect(after).toMatchObject({ action: { kind: 'turn-on', certificate: { id: 'next' } } });
  });

  test('turned on: the old certificate is to be retired, then it is done', () => {
    const next = certificate('next', {
      createdAt: iso(NOW - DAY_MS),
      bindingStatus: 'available',
      inUse: true,
    });
    const replaced = { ...old, inUse: false };
    const memory = { fromId: 'old', successorId: 'next', devicesReady: false };
    const retiring = progress([replaced, next], 'next', memory);
    expect(states(retiring)).toEqual([
      'Generate: done',
      'Activate: done',
      'Install on devices: done',
      'Turn on: done',
      'Retire the old certificate: current',
    ]);
    expect(retiring).toMatchObject({ action: { kind: 'retire', certificate: { id: 'old' } } });
    expect(
      progress([{ ...replaced, bindingStatus: 'pending_deletion' }, next], 'next', memory),
    ).toMatchObject({
      action: { kind: 'removing' },
    });
    const done = progress([{ ...replaced, bindingStatus: 'inactive' }, next], 'next', memory);
    expect(states(done).every((state) => state.endsWith('done'))).toBe(true);
    expect(done).toMatchObject({ action: { kind: 'complete' } });
    // Deleted afterwards: still complete, not a new rotation of the new certificate.
    expect(progress([next], 'next', memory)).toMatchObject({ action: { kind: 'complete' }, from: null });
  });
});

describe('the successor', () => {
  test('is the same after a reload: the remembered one, even when a newer one appears', () => {
    const chosen = certificate('chosen', { createdAt: iso(NOW - 2 * DAY_MS), bindingStatus: 'available' });
    const newer = certificate('newer', { createdAt: iso(NOW - DAY_MS) });
    const memory = { fromId: 'old', successorId: 'chosen', devicesReady: false };
    expect(progress([old, chosen, newer], 'old', memory)).toMatchObject({ successor: { id: 'chosen' } });
    // Without a memory, the newest qualifying certificate is taken.
    expect(progress([old, chosen, newer], 'old')).toMatchObject({ successor: { id: 'newer' } });
  });

  test('is never an expired, soon-expiring, older, custom or departing certificate', () => {
    const candidates = [
      certificate('expired', { createdAt: iso(NOW - DAY_MS), expiresOn: iso(NOW - DAY_MS) }),
      certificate('soon', { createdAt: iso(NOW - DAY_MS), expiresOn: iso(NOW + 10 * DAY_MS) }),
      certificate('older', { createdAt: iso(NOW - 2000 * DAY_MS) }),
      certificate('custom', { createdAt: iso(NOW - DAY_MS), type: 'custom' }),
      certificate('leaving', { createdAt: iso(NOW - DAY_MS), bindingStatus: 'pending_deletion' }),
    ];
    expect(progress([old, ...candidates], 'old')).toMatchObject({
      successor: null,
      action: { kind: 'generate' },
    });
  });

  test('a remembered successor that expired before use is dropped', () => {
    const lapsed = certificate('lapsed', { createdAt: iso(NOW - DAY_MS), expiresOn: iso(NOW - 1) });
    const memory = { fromId: 'old', successorId: 'lapsed', devicesReady: true };
    const rotation = progress([old, lapsed], 'old', memory);
    expect(rotation).toMatchObject({
      successor: null,
      memory: { fromId: 'old', successorId: null, devicesReady: false },
    });
  });

  test('a memory about another rotation (neither of its certificates in use) is ignored', () => {
    const other = certificate('other', {
      bindingStatus: 'available',
      inUse: true,
      createdAt: iso(NOW - 10 * DAY_MS),
    });
    const memory = { fromId: 'old', successorId: 'next', devicesReady: true };
    const rotation = progress([{ ...old, inUse: false }, other], 'other', memory);
    expect(rotation).toMatchObject({ from: { id: 'other' }, successor: null });
  });
});

describe('the safety rules', () => {
  test('Generate is blocked after 3 generations in 24 hours, with the time of the next one', () => {
    const recent = ['a', 'b', 'c'].map((id, i) =>
      certificate(id, { createdAt: iso(NOW - (i + 1) * 3_600_000), expiresOn: iso(NOW + 5 * DAY_MS) }),
    );
    const rotation = progress([old, ...recent], 'old');
    expect(rotation).toMatchObject({
      action: { kind: 'generate', blocked: expect.stringMatching(/3 certificates in the last 24 hours/) },
    });
  });

  test('Activate is blocked with 10 certificates available or pending, naming the limit', () => {
    const deployed = Array.from({ length: 9 }, (_, i) =>
      certificate(`d${i}`, { bindingStatus: 'available', createdAt: iso(NOW - 2000 * DAY_MS) }),
    );
    const next = certificate('next', { createdAt: iso(NOW - DAY_MS) });
    expect(progress([old, ...deployed, next], 'old')).toMatchObject({
      action: { kind: 'activate', blocked: expect.stringMatching(/most allowed is 10/) },
    });
  });

  test('with Cloudflare’s own root in use there is nothing to rotate', () => {
    expect(progress([certificate('x')], null)).toEqual({ kind: 'nothing-in-use' });
  });
});
